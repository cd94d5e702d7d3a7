/**
 * `npm run check:breaking`: diffs the published API schema against the last
 * release's (api/releases/<newest>.graphql) with graphql-inspector. Each
 * BREAKING change must be named by its coordinate, in backticks, under the next
 * version's heading in CHANGELOG.md; an unrecorded one fails the check.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiSchemaPath } from '../gateway/src/composition.ts';
import { breakingChanges, changelogSection, newestRelease, nextMajor, unrecorded } from '../gateway/src/contract/breaking.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const releasesDir = path.join(root, 'api/releases');
const changelogPath = path.join(root, 'CHANGELOG.md');

const released = newestRelease(fs.readdirSync(releasesDir).filter((f) => f.endsWith('.graphql')).map((f) => f.slice(0, -'.graphql'.length)));
const next = nextMajor(released);
const changes = await breakingChanges(fs.readFileSync(path.join(releasesDir, `${released}.graphql`), 'utf8'), fs.readFileSync(apiSchemaPath, 'utf8'));
const changelog = fs.existsSync(changelogPath) ? fs.readFileSync(changelogPath, 'utf8') : '';
const missing = unrecorded(changes, changelogSection(changelog, next));

if (missing.length > 0) {
  console.error(`${missing.length} breaking change(s) to the API since ${released} are not recorded in CHANGELOG.md:`);
  for (const change of missing) console.error(`  - \`${change.coordinate}\`: ${change.message}`);
  console.error(`\nRecord each under "## [${next}]" in CHANGELOG.md, naming it by its coordinate in backticks, e.g.\n  - \`${missing[0].coordinate}\`: what changed and what clients do instead.\nOr make the change without breaking clients (deprecate first, add rather than change).`);
  process.exit(1);
}
console.log(`API schema vs ${released}: ${changes.length} breaking change(s), each recorded under ${next} in CHANGELOG.md`);
