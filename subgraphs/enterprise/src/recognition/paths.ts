/**
 * Recognition chains, kept apart from storage and GraphQL: what a learner's
 * certificates count as on one day, and through which agreements.
 *
 * The rule for a path from the standard of an award:
 * - the first hop may follow any agreement in force from that standard: a
 *   one-way agreement from it, or a mutual agreement at either end;
 * - every later hop follows only a mutual agreement in force.
 *
 * So a one-way agreement serves the holders of its own `fromCode` standard and
 * never learners who merely count as that standard: "Tianyi accepts X-NED-1"
 * is a promise about X-NED-1 holders, not about everyone X-NED-1 is
 * equivalent to. Mutual agreements are equivalences and chain freely, after a
 * one-way first hop too. Each standard is visited once, breadth first, so
 * cycles end the search and every standard keeps its shortest path.
 *
 * No hop raises a level. Each direction of an agreement is an edge only when
 * its holders may count as the other standard by level (agreements/rules.ts:
 * the same level, or a lower one, or from a levelled standard to one without
 * a level). proposeRecognition refuses anything else, but agreements stored
 * before that rule, or a mutual link between levels, would otherwise let every
 * ENTRY holder count as an INTERMEDIATE standard; here such a direction is
 * simply no path, so nothing reached ever lies above the award's own level.
 */
import { levelRefusal } from '../agreements/rules.ts';
import type { AwardRow } from '../entities/award.ts';
import type { RecognitionRow } from '../entities/recognition.ts';
import type { CertificateLevel } from '../entities/standard.ts';
import { compareText } from '@guantong/shared/loaders';
import { byEffectiveFromThenId, countsOn, type RecognitionView } from '../agreements/terms.ts';

/** A standard a learner counts as, through one of their awards. */
export interface RecognitionPath {
  standardCode: string;
  award: AwardRow;
  /** Agreements in order from the award's standard; never empty. */
  path: RecognitionView[];
  /** The latest start along the path. */
  effectiveFrom: string;
  /** The earliest end along the path, or null when every agreement is open-ended. */
  effectiveTo: string | null;
}

/** Oldest first; the serial breaks ties so "the earliest award" is one award. */
const oldestFirst = (a: AwardRow, b: AwardRow) => compareText(a.issuedOn, b.issuedOn) || compareText(a.serial, b.serial);

/** The recognition agreements that count on one day (agreed by both issuers, in force), as a graph of standards. */
export class RecognitionGraph {
  /** Standard → what it is recognised as that day, earliest agreement first (so ties between equal paths are stable). */
  private readonly edges = new Map<string, RecognitionView[]>();
  private readonly reached = new Map<string, ReadonlyMap<string, RecognitionView[]>>();

  /** `levels`: each standard's level (null: it declares none); a standard missing from it counts as declaring none. */
  constructor(agreements: readonly RecognitionRow[], readonly day: string, private readonly levels: ReadonlyMap<string, CertificateLevel | null>) {
    for (const agreement of agreements) {
      // The one place every chain is built: a proposal never becomes an edge, nor a direction that raises a level.
      if (!countsOn(agreement, day)) continue;
      this.addEdge({ standardCode: agreement.fromCode, counterpartCode: agreement.toCode, agreement });
      if (agreement.mutual) this.addEdge({ standardCode: agreement.toCode, counterpartCode: agreement.fromCode, agreement });
    }
    for (const views of this.edges.values()) views.sort(byEffectiveFromThenId);
  }

  private addEdge(view: RecognitionView): void {
    const level = (code: string) => ({ code, level: this.levels.get(code) ?? null });
    if (levelRefusal(level(view.standardCode), level(view.counterpartCode), false) !== null) return;
    const views = this.edges.get(view.standardCode);
    if (views) views.push(view);
    else this.edges.set(view.standardCode, [view]);
  }

  /** Every standard a holder of `start` counts as, each with its shortest path; `start` itself is left out. */
  pathsFrom(start: string): ReadonlyMap<string, RecognitionView[]> {
    const known = this.reached.get(start);
    if (known) return known;
    // Stryker disable next-line ArrayDeclaration: the start's own entry only keeps it from being reached again, and is deleted below
    const paths = new Map<string, RecognitionView[]>([[start, []]]);
    let frontier = [start];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const code of frontier) {
        // Stryker disable next-line ArrayDeclaration: every code on the frontier has its path already
        const here = paths.get(code) ?? [];
        for (const view of this.edges.get(code) ?? []) {
          // One-way agreements only on the first hop, from the award's own standard.
          if (here.length > 0 && !view.agreement.mutual) continue;
          if (paths.has(view.counterpartCode)) continue;
          paths.set(view.counterpartCode, [...here, view]);
          next.push(view.counterpartCode);
        }
      }
      frontier = next;
    }
    paths.delete(start);
    this.reached.set(start, paths);
    return paths;
  }

  /**
   * What a learner's awards count as: VALID awards issued by the graph's day
   * only (an award counts from its issue date); each standard once,
   * by its shortest path, the earliest award breaking ties; and never a
   * standard the learner holds a VALID award of themselves. Sorted by code.
   */
  recognizedFor(awards: readonly AwardRow[]): RecognitionPath[] {
    const valid = awards.filter((award) => award.status === 'VALID' && award.issuedOn <= this.day).sort(oldestFirst);
    const held = new Set(valid.map((award) => award.standardCode));
    const best = new Map<string, RecognitionPath>();
    for (const award of valid) {
      for (const [standardCode, path] of this.pathsFrom(award.standardCode)) {
        const known = best.get(standardCode);
        if (held.has(standardCode) || (known && known.path.length <= path.length)) continue;
        best.set(standardCode, { standardCode, award, path, ...periodOf(path) });
      }
    }
    return [...best.values()].sort((a, b) => compareText(a.standardCode, b.standardCode));
  }
}

/** The days every agreement of a path is in force: the latest start to the earliest end. */
export function periodOf(path: readonly RecognitionView[]): { effectiveFrom: string; effectiveTo: string | null } {
  let effectiveFrom = '';
  let effectiveTo: string | null = null;
  for (const { agreement } of path) {
    // Stryker disable next-line EqualityOperator: replacing a date by an equal one changes nothing
    if (agreement.effectiveFrom > effectiveFrom) effectiveFrom = agreement.effectiveFrom;
    if (agreement.effectiveTo !== null && (effectiveTo === null || agreement.effectiveTo < effectiveTo)) effectiveTo = agreement.effectiveTo;
  }
  return { effectiveFrom, effectiveTo };
}
