import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { In } from 'typeorm';
import type { Actor } from '@guantong/shared/identity';
import { databaseKinds } from '@guantong/shared/testing';
import { StandardEntity } from '../entities/standard.ts';
import { agree } from './agreements.ts';
import { callers, freshLearner, openHarness, studentRef, type Harness } from './harness.ts';
import { pinClock } from '@guantong/shared/clock';
import { TODAY, autoGraduate, netGraduate, pinToday, readerOf } from './recognized.ts';

const kinds = await databaseKinds();
pinToday();

const AWARD = /* GraphQL */ `mutation($input: AwardCertificateInput!) { awardCertificate(input: $input) { serial } }`;

describe.each(kinds)('recognition chains (%s)', (kind) => {
  let hub: Harness;
  // Each story adds its own agreements, so each starts from the demo as seeded.
  beforeEach(async () => {
    hub = await openHarness(kind);
  });
  afterEach(() => hub?.close());
  const { linesSeenBy } = readerOf(() => hub);

  /**
   * An agreement both issuers gave their word to. Tianyi's grade is ENTRY and
   * the ICV grades INTERMEDIATE; these stories are about chains, not levels,
   * so Tianyi's grade is taken as intermediate here, and with it X-NED-1,
   * whose holders count as that grade: no path raises a level (the level rule
   * is checked when an agreement is proposed, in propose-recognition.test.ts,
   * and on every path, in recognition-levels.test.ts).
   */
  const addRecognition = async (proposer: Actor, acceptor: Actor, { mutual, ...input }: Record<string, unknown>) => {
    await hub.db.dataSource.getRepository(StandardEntity).update({ code: In(['E-TY-NT', 'X-NED-1']) }, { level: 'INTERMEDIATE' });
    return agree(hub, proposer, acceptor, { ...input, direction: mutual ? 'MUTUAL' : 'ONE_WAY' });
  };
  /** A learner who holds just one certificate, issued by an admin. */
  const holderOf = async (standardCode: string) => {
    const studentId = freshLearner();
    const input = { studentId, holderName: 'Test Holder', standardCode, serial: `T-${studentId}`, issuedOn: '2026-06-01', score: 90 };
    hub.schoolEnrols(studentId, input.holderName);
    expect((await hub.run(callers.admin, AWARD, { input })).errors).toBeUndefined();
    return studentRef(studentId, []);
  };

  it('follows mutual agreements transitively, after a one-way first hop, through a cycle: each standard once, by its shortest path, with the chain’s dates', async () => {
    // Tianyi and Xinghe bridge the X-NED-1 → E-TY-NT agreement to the ICV cycle.
    const bridge = await addRecognition(callers.tianyi, callers.xinghe, { fromCode: 'E-TY-NT', toCode: 'E-XH-ADAS', mutual: true, effectiveFrom: '2025-01-01', basis: 'field technician exchange' });
    const ned = 'NED1-2023-000001';
    expect(await linesSeenBy(callers.admin, netGraduate)).toEqual([
      { standard: 'E-HD-ICVT', award: ned, path: ['rec-ned-tianyi', bridge, 'rec-huadong-xinghe'], via: ['E-TY-NT', 'E-XH-ADAS', 'E-HD-ICVT'], from: '2025-01-01', to: '2028-12-31' },
      { standard: 'E-TY-NT', award: ned, path: ['rec-ned-tianyi'], via: ['E-TY-NT'], from: '2024-01-01', to: '2028-12-31' },
      { standard: 'E-XH-ADAS', award: ned, path: ['rec-ned-tianyi', bridge], via: ['E-TY-NT', 'E-XH-ADAS'], from: '2025-01-01', to: '2028-12-31' },
      { standard: 'X-ICV-2', award: ned, path: ['rec-ned-tianyi', bridge, 'rec-icv-xinghe'], via: ['E-TY-NT', 'E-XH-ADAS', 'X-ICV-2'], from: '2025-03-01', to: '2028-12-31' },
    ]);
    // From the other side of the cycle, only mutual agreements: X-NED-1 is not reached, since its agreement is one-way.
    expect(await linesSeenBy(callers.admin, autoGraduate)).toEqual([
      { standard: 'E-TY-NT', award: 'HDICVT-2026-000004', path: ['rec-huadong-xinghe', bridge], via: ['E-XH-ADAS', 'E-TY-NT'], from: '2025-01-01', to: null },
      { standard: 'E-XH-ADAS', award: 'HDICVT-2026-000004', path: ['rec-huadong-xinghe'], via: ['E-XH-ADAS'], from: '2024-09-01', to: null },
    ]);
  });

  it('follows a one-way agreement only from the award’s own standard, never after another hop', async () => {
    const tianyiToHuadong = await addRecognition(callers.tianyi, callers.huadong, { fromCode: 'E-TY-NT', toCode: 'E-HD-ICVT', mutual: false, effectiveFrom: '2025-01-01', basis: 'Huadong accepts Tianyi technicians' });
    const huadongToTianyi = await addRecognition(callers.huadong, callers.tianyi, { fromCode: 'E-HD-ICVT', toCode: 'E-TY-NT', mutual: false, effectiveFrom: '2025-01-01', basis: 'Tianyi accepts Huadong technicians' });
    // X-NED-1 → E-TY-NT → E-HD-ICVT would need a second one-way hop.
    expect((await linesSeenBy(callers.admin, netGraduate))?.map((l) => l.standard)).toEqual(['E-TY-NT']);
    // A holder of E-TY-NT itself: the one-way first hop, then the mutual cycle.
    expect(await linesSeenBy(callers.admin, await holderOf('E-TY-NT'))).toEqual([
      expect.objectContaining({ standard: 'E-HD-ICVT', path: [tianyiToHuadong] }),
      expect.objectContaining({ standard: 'E-XH-ADAS', path: [tianyiToHuadong, 'rec-huadong-xinghe'], from: '2025-01-01', to: null }),
      expect.objectContaining({ standard: 'X-ICV-2', path: [tianyiToHuadong, 'rec-icv-huadong'] }),
    ]);
    // X-ICV-2 ⇄ E-HD-ICVT → E-TY-NT: a one-way hop after a mutual one is not followed …
    expect((await linesSeenBy(callers.admin, await holderOf('X-ICV-2')))?.map((l) => l.standard)).toEqual(['E-HD-ICVT', 'E-XH-ADAS']);
    // … but a holder of E-HD-ICVT takes it first.
    expect((await linesSeenBy(callers.huadong, autoGraduate))?.find((l) => l.standard === 'E-TY-NT')?.path).toEqual([huadongToTianyi]);
  });

  it('ignores agreements that have ended or not yet begun, and counts an agreement on its last day', async () => {
    const ended = await addRecognition(callers.tianyi, callers.xinghe, { fromCode: 'E-TY-NT', toCode: 'E-XH-ADAS', mutual: true, effectiveFrom: '2025-01-01', effectiveTo: '2026-08-31', basis: 'ended pilot' });
    await addRecognition(callers.tianyi, callers.xinghe, { fromCode: 'E-TY-NT', toCode: 'E-XH-ADAS', mutual: true, effectiveFrom: '2026-09-02', basis: 'renewed pilot, from tomorrow' });
    expect((await linesSeenBy(callers.admin, netGraduate))?.map((l) => l.standard)).toEqual(['E-TY-NT']);
    pinClock('2026-08-31');
    try {
      expect((await linesSeenBy(callers.admin, netGraduate))?.find((l) => l.standard === 'E-XH-ADAS')).toEqual(
        expect.objectContaining({ path: ['rec-ned-tianyi', ended], from: '2025-01-01', to: '2026-08-31' }),
      );
    } finally {
      pinClock(TODAY);
    }
  });
});
