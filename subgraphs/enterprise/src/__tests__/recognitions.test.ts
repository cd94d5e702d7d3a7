import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { callers, codeOf, fieldOf, openHarness, type Harness } from './harness.ts';

const kinds = await databaseKinds();

interface RecognitionView { id: string; counterpart: { code: string; name: string }; mutual: boolean; effectiveFrom: string; effectiveTo: string | null; basis: string }
type Recognitions = { certificateStandard: { recognitions: RecognitionView[] } | null };

/** The contract query integrators use: what a certificate counts as, optionally on a given day. */
const RECOGNITIONS = /* GraphQL */ `
  query($code: ID!, $activeOn: Date) {
    certificateStandard(code: $code) {
      recognitions(activeOn: $activeOn) { id counterpart { code name } mutual effectiveFrom effectiveTo basis }
    }
  }
`;

describe.each(kinds)('what a certificate is recognised as (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  const recognitionsOf = async (code: string, activeOn?: string) => {
    const reply = await hub.run<Recognitions>(callers.anonymous, RECOGNITIONS, { code, activeOn });
    expect(reply.errors).toBeUndefined();
    return reply.data!.certificateStandard!.recognitions;
  };

  it('X-ICV-2 is recognised as Huadong’s ICV test technician and Xinghe’s ADAS technician certificates, mutually, earliest first', async () => {
    expect(await recognitionsOf('X-ICV-2')).toEqual([
      {
        id: 'rec-icv-huadong',
        counterpart: { code: 'E-HD-ICVT', name: 'Huadong ICV Test Technician (Level 2)' },
        mutual: true,
        effectiveFrom: '2023-09-01',
        effectiveTo: null,
        basis: 'Huadong – Zhilian mutual recognition pilot for ICV testing and calibration (seed 002 §5.1, §5.5)',
      },
      {
        id: 'rec-icv-xinghe',
        counterpart: { code: 'E-XH-ADAS', name: 'Xinghe ADAS Calibration Technician (Level 2)' },
        mutual: true,
        effectiveFrom: '2025-03-01',
        effectiveTo: '2030-08-31',
        basis: 'Zhilian – Xinghe pilot: X-ICV-2 holders and Xinghe ADAS technicians count as each other (seed 002 §5.5)',
      },
    ]);
  });

  it('E-HD-ICVT sees X-ICV-2 back through the same mutual agreement, and Xinghe’s certificate through its own', async () => {
    const recognitions = await recognitionsOf('E-HD-ICVT');
    expect(recognitions.map((r) => [r.id, r.counterpart.code, r.mutual])).toEqual([
      ['rec-icv-huadong', 'X-ICV-2', true],
      ['rec-huadong-xinghe', 'E-XH-ADAS', true],
    ]);
  });

  it('the one-way X-NED-1 → E-TY-NT agreement is listed on X-NED-1 only', async () => {
    const fromNed = await recognitionsOf('X-NED-1');
    expect(fromNed).toMatchObject([{ id: 'rec-ned-tianyi', counterpart: { code: 'E-TY-NT' }, mutual: false, effectiveFrom: '2024-01-01', effectiveTo: '2028-12-31' }]);
    expect(await recognitionsOf('E-TY-NT')).toEqual([]);
  });

  it('a standard with no agreements is recognised as nothing', async () => {
    expect(await recognitionsOf('X-OSOP-1')).toEqual([]);
  });

  it.each([
    ['the day before the ICV pilot starts', 'X-ICV-2', '2023-08-31', []],
    ['the day the ICV pilot starts', 'X-ICV-2', '2023-09-01', ['E-HD-ICVT']],
    ['long after, when only the open-ended agreements remain', 'E-HD-ICVT', '2040-01-01', ['X-ICV-2', 'E-XH-ADAS']],
    ['the last day of the Zhilian – Xinghe pilot', 'X-ICV-2', '2030-08-31', ['E-HD-ICVT', 'E-XH-ADAS']],
    ['the day after that pilot ends', 'X-ICV-2', '2030-09-01', ['E-HD-ICVT']],
    ['before Tianyi accepts X-NED-1', 'X-NED-1', '2023-12-31', []],
    ['the last day Tianyi accepts it', 'X-NED-1', '2028-12-31', ['E-TY-NT']],
    ['the day after it ends', 'X-NED-1', '2029-01-01', []],
  ])('with activeOn, lists only agreements in force that day: %s', async (_when, code, activeOn, expected) => {
    expect((await recognitionsOf(code, activeOn)).map((r) => r.counterpart.code)).toEqual(expected);
  });

  it.each(['2024-02-30', '31/12/2024', 'yesterday'])('refuses activeOn "%s" that is not an ISO date', async (activeOn) => {
    const reply = await hub.run<Recognitions>(callers.anonymous, RECOGNITIONS, { code: 'X-NED-1', activeOn });
    expect(codeOf(reply)).toBe('BAD_USER_INPUT');
    expect(fieldOf(reply)).toBe('activeOn');
    expect(reply.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });

  it('lists the whole catalogue’s recognitions in one statement for the agreements', async () => {
    const before = hub.db.statements.count;
    const { data, errors } = await hub.run<{ certificateStandards: { nodes: { code: string; recognitions: { counterpart: { code: string } }[] }[] } }>(
      callers.anonymous,
      '{ certificateStandards { nodes { code recognitions { counterpart { code issuer { id } } } } } }',
    );
    expect(errors).toBeUndefined();
    const listed = Object.fromEntries(data!.certificateStandards.nodes.map((s) => [s.code, s.recognitions.map((r) => r.counterpart.code)]));
    expect(listed).toMatchObject({
      'X-ICV-2': ['E-HD-ICVT', 'E-XH-ADAS'],
      'E-HD-ICVT': ['X-ICV-2', 'E-XH-ADAS'],
      'E-XH-ADAS': ['E-HD-ICVT', 'X-ICV-2'],
      'X-NED-1': ['E-TY-NT'],
      'E-TY-NT': [],
    });
    // Standards, agreements, issuers: the counterparts are already loaded with the list.
    expect(hub.db.statements.count - before).toBe(3);
  });
});
