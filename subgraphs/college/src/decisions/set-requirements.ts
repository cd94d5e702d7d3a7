/**
 * setProgressionRequirements: a new version of an agreement's progression
 * requirements, in force from a date until the next version. Earlier versions
 * stay, so a decision can always be explained by the version it applied. The
 * version row's key (agreement, version) makes two concurrent new versions
 * collide: one is stored, the other gets CONFLICT.
 */
import { isUniqueViolation, writeTransaction } from '@guantong/shared/database';
import { badInput, conflict } from '@guantong/shared/errors';
import { authorize } from '@guantong/shared/policy';
import { requireDate, requireScore, requireText } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import { AgreementEntity, type AgreementRow } from '../entities/agreement.ts';
import { ProgressionRequirementEntity, type ProgressionRequirementRow } from '../entities/progression-requirement.ts';
import { RequirementVersionEntity } from '../entities/requirement-version.ts';
import type { ProgressionRequirementInput, SetProgressionRequirementsInput } from '../generated/resolvers.ts';
import { requireSecondaryCourses, requireStandard } from '../peers/catalogue.ts';
import { nowInstant, todayInChina } from '@guantong/shared/clock';

type NewRequirement = Omit<ProgressionRequirementRow, 'id' | 'agreementId' | 'version'>;

/** Each kind sets exactly the value it reads. */
function requirementOf(input: ProgressionRequirementInput, i: number): NewRequirement {
  const field = `requirements[${i}]`;
  const base = { kind: input.kind, description: requireText(input.description, `${field}.description`, 500), courseCodes: null, minScore: null, standardCode: null, minCredits: null };
  switch (input.kind) {
    case 'CORE_COURSES_PASSED':
      if (!input.courseCodes?.length) throw badInput(`${field}: CORE_COURSES_PASSED needs courseCodes`, { field: `${field}.courseCodes` });
      return { ...base, courseCodes: input.courseCodes.map((c) => requireText(c, `${field}.courseCodes`, 32)).join(',') };
    case 'MIN_AVERAGE_SCORE':
      return { ...base, minScore: requireScore(input.minScore ?? Number.NaN, `${field}.minScore`) };
    case 'REQUIRED_CERTIFICATE':
      return { ...base, standardCode: requireText(input.standardCode ?? '', `${field}.standardCode`, 32) };
    case 'MIN_MODULE_CREDITS':
      if (!(typeof input.minCredits === 'number' && input.minCredits >= 0)) throw badInput(`${field}: MIN_MODULE_CREDITS needs minCredits of 0 or more`, { field: `${field}.minCredits` });
      return { ...base, minCredits: input.minCredits };
  }
}

async function agreementFor(ctx: Context, agreementId: string): Promise<AgreementRow> {
  const agreement = await ctx.db.getRepository(AgreementEntity).findOneBy({ id: agreementId });
  if (!agreement) throw badInput(`agreementId "${agreementId}" is not an articulation agreement on this hub; see articulationAgreements`, { field: 'agreementId' });
  authorize(ctx.actor, { action: 'org:write', organizationId: agreement.collegeId, staffRole: 'COLLEGE_STAFF' });
  return agreement;
}

/** What a requirement names must exist: its courses in the agreement's secondary programme, its standard in the catalogue. */
async function requireNamedEvidence(ctx: Context, requirements: NewRequirement[], agreement: AgreementRow): Promise<void> {
  for (const [i, r] of requirements.entries()) {
    if (r.courseCodes !== null) await requireSecondaryCourses(ctx.peers, r.courseCodes.split(','), agreement.secondaryProgramCode, `requirements[${i}].courseCodes`);
    if (r.standardCode !== null) await requireStandard(ctx.peers, r.standardCode, `requirements[${i}].standardCode`);
  }
}

export async function setProgressionRequirements(ctx: Context, input: SetProgressionRequirementsInput): Promise<AgreementRow> {
  const effectiveFrom = requireDate(input.effectiveFrom, 'effectiveFrom');
  const requirements = input.requirements.map(requirementOf);
  const agreement = await agreementFor(ctx, input.agreementId);
  const today = todayInChina();
  if (effectiveFrom < today) throw badInput(`effectiveFrom ${effectiveFrom} is before today (${today}); requirements change from today or later`, { field: 'effectiveFrom' });
  const versions = await ctx.loaders.requirementVersionsByAgreement.load(agreement.id);
  const latest = versions.at(-1);
  if (latest && effectiveFrom <= latest.effectiveFrom) {
    throw badInput(`version ${latest.version} already takes effect on ${latest.effectiveFrom}; a new version starts after it`, { field: 'effectiveFrom' });
  }
  await requireNamedEvidence(ctx, requirements, agreement);
  const version = (latest?.version ?? 1) + 1;
  try {
    await writeTransaction(ctx.db, async (em) => {
      const recordedBy = ctx.actor.kind === 'user' ? ctx.actor.subject : 'anonymous';
      await em.insert(RequirementVersionEntity, { agreementId: agreement.id, version, effectiveFrom, recordedBy, recordedAt: nowInstant() });
      for (const r of requirements) await em.insert(ProgressionRequirementEntity, { ...r, agreementId: agreement.id, version });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`another version of agreement ${agreement.id}'s requirements was set at the same time; read requirementVersions and retry`);
    throw err;
  }
  // The versions were loaded for the checks above: the answer must show the one just stored.
  ctx.loaders.requirementVersionsByAgreement.clear(agreement.id);
  ctx.loaders.requirementsByAgreement.clear(agreement.id);
  return agreement;
}
