import { describe, expect, it } from 'vitest';
import { breakingChanges, changelogSection, newestRelease, nextMajor, unrecorded } from './breaking.ts';

const released = `
"""Root."""
type Query {
  """Colleges."""
  colleges: [College!]!
  """One college."""
  college(id: ID!): College
  """A student."""
  student(id: ID!): Student
}
"""A college."""
type College { """Id.""" id: ID! """Name.""" name: String! }
"""A learner."""
type Student {
  """Id."""
  id: ID!
  """Certificates."""
  certificates(first: Int): [String!]!
}
"""Stage."""
enum Stage { """One.""" SECONDARY """Two.""" HIGHER }
`;

/** Breaks `Query.colleges` (removed) and `Student.certificates.first` (now required); adds a field (safe) and an enum value (dangerous). */
const next = `
"""Root."""
type Query {
  """One college."""
  college(id: ID!): College
  """A student."""
  student(id: ID!): Student
}
"""A college."""
type College { """Id.""" id: ID! """Name.""" name: String! """Region.""" region: String }
"""A learner."""
type Student {
  """Id."""
  id: ID!
  """Certificates."""
  certificates(first: Int!): [String!]!
}
"""Stage."""
enum Stage { """One.""" SECONDARY """Two.""" HIGHER """Three.""" BACHELOR }
`;

const changelog = (entries: string) => `# Changelog

## [2.0.0] - unreleased

### Breaking
${entries}

## [1.0.0] - 2026-11-23

- \`Query.students\` became a connection.
`;

describe('the breaking-change rule', () => {
  it('finds the breaking changes by their coordinates, and ignores dangerous and safe ones', async () => {
    const changes = await breakingChanges(released, next);
    expect(changes.map((c) => c.coordinate).sort()).toEqual(['Query.colleges', 'Student.certificates.first']);
    expect(await breakingChanges(released, released)).toEqual([]);
  });

  it('passes when every breaking change is named in backticks under the next version', async () => {
    const section = changelogSection(changelog('- `Query.colleges` removed: page with `colleges(first:)` instead.\n- `Student.certificates.first` is required.'), '2.0.0');
    expect(unrecorded(await breakingChanges(released, next), section)).toEqual([]);
  });

  it('fails for each breaking change that is not named, or named only under another version, or not in backticks', async () => {
    const changes = await breakingChanges(released, next);
    const partly = changelogSection(changelog('- `Query.colleges` removed.\n- Student.certificates.first is required.'), '2.0.0');
    expect(unrecorded(changes, partly).map((c) => c.coordinate)).toEqual(['Student.certificates.first']);
    const elsewhere = `${changelog('- nothing yet')}\n- \`Query.colleges\` \`Student.certificates.first\`\n`.replace('## [1.0.0]', '## [0.9.0]\n\n## [1.0.0]');
    expect(unrecorded(changes, changelogSection(elsewhere, '2.0.0')).map((c) => c.coordinate).sort()).toEqual(['Query.colleges', 'Student.certificates.first']);
    expect(unrecorded(changes, undefined)).toHaveLength(2);
  });

  it('reads one version\'s section only, up to the next heading or the end', () => {
    const text = changelog('- `A.b`');
    expect(changelogSection(text, '2.0.0')).toContain('`A.b`');
    expect(changelogSection(text, '2.0.0')).not.toContain('Query.students');
    expect(changelogSection(text, '1.0.0')).toContain('`Query.students`');
    expect(changelogSection(text, '3.0.0')).toBeUndefined();
  });

  it('names the next version after the newest release, by version order rather than text order', () => {
    expect(newestRelease(['1.0.0', '10.0.0', '9.2.1'])).toBe('10.0.0');
    expect(nextMajor('1.0.0')).toBe('2.0.0');
    expect(nextMajor('2.3.4')).toBe('3.0.0');
    expect(() => newestRelease([])).toThrow(/api\/releases/);
    expect(() => newestRelease(['v1'])).toThrow(/MAJOR\.MINOR\.PATCH/);
  });
});
