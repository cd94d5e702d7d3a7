/**
 * The facts behind an agreement's cohort figures: its learners (registry),
 * their placements and subsidy flags (this database), their certificates
 * (the enterprise's, through `@requires`, read with the caller's own access)
 * and the job positions they were placed in (the enterprise catalogue). Four
 * statements here whatever the number of learners. Every learner whose
 * record a figure reads is recorded in the audit trail.
 */
import { GraphQLError } from 'graphql';
import { authorize, decide } from '@guantong/shared/policy';
import type { CertificateFact, JobCertificates } from '../careers/alignment.ts';
import type { Context } from '../context.ts';
import type { AgreementParent, RawRequirement } from '../curriculum/facts.ts';
import type { AgreementRow } from '../entities/agreement.ts';
import type { PlacementRow } from '../entities/careers.ts';
import type { CohortFacts, LearnerFact, PlacementRecord } from './cohorts.ts';

const institutionsOf = (agreement: AgreementRow) => [agreement.secondarySchoolId, agreement.collegeId];

/** Refuses (FORBIDDEN) a caller who may not see the agreement's cohort figures. */
export function requireCohortReader(ctx: Context, agreement: AgreementRow): void {
  authorize(ctx.actor, { action: 'cohort:read', organizationIds: institutionsOf(agreement) });
}

/** The same question without a refusal: the internal fields answer empty instead. */
export const mayReadCohort = (ctx: Context, agreement: AgreementRow): boolean =>
  decide(ctx.actor, { action: 'cohort:read', organizationIds: institutionsOf(agreement) }).allowed;

const settled = <T>(values: (T | Error)[]): T[] => values.map((v) => {
  if (v instanceof Error) throw v;
  return v;
});

export const jobCertificates = (requirements: readonly RawRequirement[]): JobCertificates[] => {
  const byJob = new Map<string, string[]>();
  for (const r of requirements) {
    const codes = byJob.get(r.positionId) ?? [];
    if (r.kind === 'CERTIFICATE' && r.standardCode !== null) codes.push(r.standardCode);
    byJob.set(r.positionId, codes);
  }
  return [...byJob].map(([jobPositionId, standardCodes]) => ({ jobPositionId, standardCodes }));
};

function certificatesOf(agreement: AgreementParent): CertificateFact[] {
  const learners = agreement.facts?.cohortLearners;
  if (!learners || learners.some((l) => l.certificateFacts === null)) {
    throw new GraphQLError('the learners’ certificates could not be read from the enterprise subgraph, so no cohort figure is made on partial data; try again', { extensions: { code: 'SERVICE_UNAVAILABLE' } });
  }
  return learners.flatMap((l) => l.certificateFacts ?? []).map((c) => ({
    holderId: c.holderId ?? '', standardCode: c.standard.code, issuedOn: c.issuedOn ?? '', status: c.status, revokedOn: c.revokedOn ?? null,
  }));
}

export interface CohortRows extends CohortFacts {
  placementRows: PlacementRow[];
}

/** Everything the cohort figures of one agreement rest on; `field` names the figure in the audit trail. */
export async function cohortFacts(ctx: Context, agreement: AgreementParent, field: string, standards: ReadonlySet<string> = new Set()): Promise<CohortRows> {
  requireCohortReader(ctx, agreement);
  const pathways = await ctx.loaders.pathwaysByAgreement.load(agreement.id);
  const ids = pathways.map((p) => p.studentId);
  const [higher, subsidies, placements] = await Promise.all([
    ctx.loaders.higherByStudent.loadMany(ids),
    ctx.loaders.subsidyByStudent.loadMany(ids),
    ctx.loaders.placementsByStudent.loadMany(ids),
  ]);
  const higherRows = settled(higher);
  const subsidyRows = settled(subsidies);
  const placementRows = settled(placements).flat();
  for (const id of ids) {
    ctx.access.audit.record(id, `RESULTS:${field}`, decide(ctx.actor, { action: 'student:read', studentId: id, part: 'RESULTS', organizationIds: institutionsOf(agreement) }));
  }
  const learners: LearnerFact[] = pathways.map((p, i) => ({ studentId: p.studentId, stage: p.stage, higherFrom: higherRows[i]?.enrolledOn ?? null, subsidized: subsidyRows[i] !== null }));
  const records: PlacementRecord[] = placementRows.map((p) => ({ studentId: p.studentId, jobPositionId: p.jobPositionId, startedOn: p.startedOn, kind: p.kind }));
  const jobs = jobCertificates((agreement.facts?.placementJobs ?? []).flatMap((j) => j.requirementFacts));
  return { learners, certificates: certificatesOf(agreement), placements: records, jobs, standards, placementRows };
}
