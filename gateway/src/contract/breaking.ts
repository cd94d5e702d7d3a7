/**
 * The breaking-change rule: every change to the API schema that
 * graphql-inspector rates BREAKING, since the last release, must be named by
 * its coordinate (e.g. `Query.colleges`, `Student.certificates.first`), in
 * backticks, in CHANGELOG.md under the next version's section. Dangerous and
 * safe changes need no entry.
 */
import { createRequire } from 'node:module';
import { CriticalityLevel, diff } from '@graphql-inspector/core';

// graphql-inspector loads graphql-js through Node's resolution (its CommonJS
// build); schemas built by another copy fail its instanceof checks, so build them with that one.
const { buildSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export interface BreakingChange {
  /** The schema coordinate the change is named by. */
  coordinate: string;
  message: string;
}

/** The BREAKING changes from one API schema to the next. */
export async function breakingChanges(previousSdl: string, currentSdl: string): Promise<BreakingChange[]> {
  const changes = await diff(buildSchema(previousSdl), buildSchema(currentSdl));
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .map((change) => ({ coordinate: change.path ?? change.message, message: change.message }));
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

function parts(version: string): [number, number, number] {
  const match = SEMVER.exec(version);
  if (!match) throw new Error(`"${version}" is not a release version written MAJOR.MINOR.PATCH`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The newest of the released versions (file names in api/releases/, without .graphql). */
export function newestRelease(versions: readonly string[]): string {
  if (versions.length === 0) throw new Error('no release in api/releases/: commit the last released API schema as api/releases/<version>.graphql');
  const order = (v: string) => parts(v).reduce((sum, n) => sum * 100_000 + n, 0);
  return versions.reduce((newest, v) => (order(v) > order(newest) ? v : newest), versions[0]);
}

/** A breaking change makes the next release a major one. */
export function nextMajor(version: string): string {
  return `${parts(version)[0] + 1}.0.0`;
}

/** The text of `## [version]` in a Keep a Changelog file, up to the next version's heading. */
export function changelogSection(changelog: string, version: string): string | undefined {
  const escaped = version.replace(/\./g, '\\.');
  const match = new RegExp(`^## \\[${escaped}\\][^\\n]*\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(changelog);
  return match?.[1];
}

/** The BREAKING changes the section does not name, each by its coordinate in backticks. */
export function unrecorded(changes: readonly BreakingChange[], section: string | undefined): BreakingChange[] {
  const named = new Set([...(section ?? '').matchAll(/`([^`\n]+)`/g)].map((m) => m[1]));
  return changes.filter((change) => !named.has(change.coordinate));
}
