/**
 * The container image's entry point: runs one service by name, so one image
 * serves every role of a deployment.
 *
 *   gateway | secondary | college | enterprise   one service
 *   hive-gateway                                  Hive Gateway in place of the Apollo gateway
 *   migrate                                       migrate (and in demo mode seed) every database, then exit
 *   hub                                           all four, supervised (npm start)
 */
export {};

const entries: Record<string, string> = {
  gateway: '../gateway/src/index.ts',
  'hive-gateway': '../gateway/src/hive/index.ts',
  secondary: '../subgraphs/secondary/src/index.ts',
  college: '../subgraphs/college/src/index.ts',
  enterprise: '../subgraphs/enterprise/src/index.ts',
  migrate: './migrate.ts',
  hub: './start.ts',
};

const role = process.argv[2] ?? '';
const entry = entries[role];
if (!entry) {
  console.error(`usage: serve <${Object.keys(entries).join('|')}>, got "${role}"`);
  process.exit(2);
}
await import(entry);
