/**
 * The stackable certificate ladder: a standard is awarded only to learners who
 * already hold each of its prerequisites, directly or through recognition.
 *
 * Only a standard's own prerequisites are checked, not theirs in turn: the
 * rung below was itself checked when it was awarded.
 */
import type { EntityManager } from 'typeorm';
import { AwardEntity, type AwardRow } from '../entities/award.ts';
import { PrerequisiteEntity, type PrerequisiteRow } from '../entities/prerequisite.ts';
import { RecognitionEntity } from '../entities/recognition.ts';
import { StandardEntity } from '../entities/standard.ts';
import { standardLevels } from '../loaders.ts';
import { RecognitionGraph } from '../recognition/paths.ts';
import { compareText } from '@guantong/shared/loaders';

/**
 * The chain of prerequisites leading from `from` down to `to` (both
 * included), or null when `to` is not below `from`. Breadth first, so the
 * shortest chain is the one reported.
 */
export function requirementChain(rungs: readonly PrerequisiteRow[], from: string, to: string): string[] | null {
  const below = new Map<string, string[]>();
  const byCode = [...rungs].sort((a, b) => compareText(a.requiresCode, b.requiresCode));
  // Stryker disable next-line ArrayDeclaration: a placeholder prerequisite no rung names is never the standard asked about, nor on its way
  for (const { standardCode, requiresCode } of byCode) below.set(standardCode, [...(below.get(standardCode) ?? []), requiresCode]);
  const chains = new Map<string, string[]>([[from, [from]]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const code of frontier) {
      // Stryker disable next-line ArrayDeclaration: every code on the frontier has its chain already
      const chain = chains.get(code) ?? [];
      if (code === to) return chain;
      // Stryker disable next-line ArrayDeclaration: a placeholder prerequisite no rung names is never the standard asked about, nor on its way
      for (const required of below.get(code) ?? []) {
        if (chains.has(required)) continue;
        chains.set(required, [...chain, required]);
        next.push(required);
      }
    }
    frontier = next;
  }
  return null;
}

/**
 * The prerequisites of `award`'s standard the learner lacks on its issue day,
 * sorted by code: empty when the award may be made, null when the standard
 * has no prerequisites (and the learner's record was not read). A prerequisite is held
 * when the learner has a VALID award issued on or before that day of it, or
 * of a standard that counts as it through agreements in force that day
 * (the same paths as Student.recognizedCertificates, so never a standard above
 * the held award's level). Read inside the award's
 * transaction, so the answer and the write see the same data.
 */
export async function missingPrerequisites(em: EntityManager, award: AwardRow): Promise<string[] | null> {
  const rungs = await em.findBy(PrerequisiteEntity, { standardCode: award.standardCode });
  if (rungs.length === 0) return null;
  const held = (await em.findBy(AwardEntity, { studentId: award.studentId, status: 'VALID' })).filter((a) => a.issuedOn <= award.issuedOn);
  const direct = new Set(held.map((a) => a.standardCode));
  const lacking = rungs.map((rung) => rung.requiresCode).filter((code) => !direct.has(code));
  if (lacking.length === 0) return [];
  const graph = new RecognitionGraph(await em.find(RecognitionEntity), award.issuedOn, await standardLevels(em.getRepository(StandardEntity)));
  const recognised = new Set(graph.recognizedFor(held).map((r) => r.standardCode));
  return lacking.filter((code) => !recognised.has(code)).sort(compareText);
}
