/** Reads a Stryker JSON report (mutation-testing-report-schema) into a score per module. */

/** Each domain module must score at least this. */
export const THRESHOLD = 90;

interface Mutant {
  status: string;
}
export interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

export interface ModuleScore {
  file: string;
  score: number;
  killed: number;
  survived: number;
  noCoverage: number;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Detected ÷ (detected + undetected), as Stryker defines the mutation score; ignored and compile-error mutants do not count. */
export function moduleScores(report: Report): ModuleScore[] {
  return Object.entries(report.files)
    .map(([file, { mutants }]) => {
      const count = (statuses: Set<string>) => mutants.filter((m) => statuses.has(m.status)).length;
      const detected = count(DETECTED);
      const valid = detected + count(UNDETECTED);
      return {
        file,
        score: valid === 0 ? 100 : (100 * detected) / valid,
        killed: detected,
        survived: mutants.filter((m) => m.status === 'Survived').length,
        noCoverage: mutants.filter((m) => m.status === 'NoCoverage').length,
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}
