/**
 * A recognised standard never counts above the level of the certificate the
 * learner holds, in the college's decisions too: even if the enterprise sent
 * one (an agreement from before the level rule), the progression check leaves
 * it out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { ProgressionRequirementEntity } from '../entities/progression-requirement.ts';
import { demoEvidence, withEvidence } from './credit-fixtures.ts';
import { metro, openCollege, type College } from './harness.ts';

const kinds = await databaseKinds();
const LEARNER = 'GT2024000013'; // Network Technology, holds X-NED-1 (ENTRY)

const PROGRESSION = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { progression { eligible checks { met detail requirement { standardCode } } } } } }';
type Reply = { _entities: { progression: { eligible: boolean; checks: { met: boolean; detail: string; requirement: { standardCode: string | null } }[] } }[] };

/** X-NE-2 (INTERMEDIATE) as the enterprise would list it, counted through an award of the given level. */
const recognisedAsNe2 = (heldLevel: string | null) => [
  { standard: { code: 'X-NE-2', level: 'INTERMEDIATE' }, award: { standard: { level: heldLevel } }, effectiveFrom: '2024-01-01', effectiveTo: null },
];

describe.each(kinds)('recognition in the college’s decisions respects level (%s)', (kind) => {
  let college: College;
  beforeAll(async () => {
    college = await openCollege(kind);
    await college.db.dataSource.getRepository(ProgressionRequirementEntity).insert({
      agreementId: 'agr-net', kind: 'REQUIRED_CERTIFICATE', standardCode: 'X-NE-2', courseCodes: null, minScore: null, minCredits: null,
      description: 'Network Engineer (intermediate), or a recognised equivalent',
    });
  });
  afterAll(() => college?.close());

  const ne2Check = async (heldLevel: string | null) => {
    const representation = withEvidence(LEARNER, { ...demoEvidence(LEARNER), recognizedCertificateFacts: recognisedAsNe2(heldLevel), moduleCredits: 0 });
    const res = await college.run<Reply>(metro, PROGRESSION, { r: [representation] });
    expect(res.errors).toBeUndefined();
    return res.data!._entities[0].progression.checks.find((c) => c.requirement.standardCode === 'X-NE-2')!;
  };

  it('an INTERMEDIATE standard recognised through an ENTRY certificate does not meet an INTERMEDIATE requirement', async () => {
    // Before, any recognition the enterprise listed counted, whatever the level of the award behind it.
    expect(await ne2Check('ENTRY')).toMatchObject({ met: false, detail: expect.stringContaining('no valid X-NE-2 certificate or recognised equivalent') });
    expect((await ne2Check(null)).met).toBe(false);
  });

  it('recognised through a certificate of the same or a higher level, it does', async () => {
    expect((await ne2Check('INTERMEDIATE')).met).toBe(true);
    expect((await ne2Check('ADVANCED')).met).toBe(true);
  });
});
