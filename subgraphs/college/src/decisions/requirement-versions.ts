/**
 * Which version of an agreement's progression requirements is in force on a
 * day. Version 1 has no version row: it is in force from the agreement's
 * start until version 2's date; each later version until the next one's.
 */
import type { ProgressionRequirementRow } from '../entities/progression-requirement.ts';
import type { RequirementVersionRow } from '../entities/requirement-version.ts';

export interface RequirementVersionView {
  version: number;
  effectiveFrom: string;
  requirements: ProgressionRequirementRow[];
}

/** The version number in force on `asOf` (versions in any order). */
export function versionOn(versions: readonly Pick<RequirementVersionRow, 'version' | 'effectiveFrom'>[], asOf: string): number {
  return versions.filter((v) => v.effectiveFrom <= asOf).reduce((best, v) => Math.max(best, v.version), 1);
}

/** Every version with its requirements, oldest first; version 1 dates from the agreement's start. */
export function versionsOf(agreementFrom: string, rows: readonly ProgressionRequirementRow[], versions: readonly RequirementVersionRow[]): RequirementVersionView[] {
  const dated = [{ version: 1, effectiveFrom: agreementFrom }, ...versions.map((v) => ({ version: v.version, effectiveFrom: v.effectiveFrom }))];
  return dated
    .sort((a, b) => a.version - b.version)
    .map((v) => ({ ...v, requirements: rows.filter((r) => r.version === v.version) }));
}

/** The requirements in force on `asOf`, and their version. */
export function requirementsOn(rows: readonly ProgressionRequirementRow[], versions: readonly RequirementVersionRow[], asOf: string): { version: number; requirements: ProgressionRequirementRow[] } {
  const version = versionOn(versions, asOf);
  return { version, requirements: rows.filter((r) => r.version === version) };
}
