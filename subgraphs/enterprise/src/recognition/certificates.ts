/**
 * Student.recognizedCertificates: every standard the learner's valid
 * certificates count as today, with the award and the chain of agreements.
 *
 * It is computed only from the awards the caller may see (the same decision
 * as `certificates`, audited under this field), so an issuer that sees one
 * award learns what that award counts as and nothing about the others, not
 * even through a standard left out because the learner holds it.
 */
import { todayInChina } from '@guantong/shared/clock';
import { visibleCertificates, type StudentParent } from '../certificates/access.ts';
import type { Context } from '../context.ts';
import type { AwardRow } from '../entities/award.ts';
import type { StandardRow } from '../entities/standard.ts';
import type { RecognitionView } from '../agreements/terms.ts';
import { requireRow } from '../resolvers/require-row.ts';

const FIELD = 'recognizedCertificates';

/** What RecognizedCertificate resolvers receive. */
export interface RecognizedCertificateView {
  standard: StandardRow;
  award: AwardRow;
  path: RecognitionView[];
  effectiveFrom: string;
  effectiveTo: string | null;
}

/**
 * Three batched statements for every learner of the request, whatever their
 * number or the chains' length: the awards, the recognition graph, and the
 * standards reached (issuers too when the caller sees award by award).
 */
export async function recognizedCertificates(ctx: Context, student: StudentParent): Promise<RecognizedCertificateView[]> {
  const awards = await visibleCertificates(ctx, student, FIELD);
  const graph = await ctx.loaders.recognitionGraphOn.load(todayInChina());
  const recognized = graph.recognizedFor(awards);
  const standards = await ctx.loaders.standardByCode.loadMany(recognized.map((r) => r.standardCode));
  return recognized.map(({ standardCode, award, path, effectiveFrom, effectiveTo }, i) => {
    const standard = standards[i];
    if (standard instanceof Error) throw standard;
    return { standard: requireRow(standard ?? null, 'certificate standard', standardCode), award, path, effectiveFrom, effectiveTo };
  });
}
