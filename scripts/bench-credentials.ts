/**
 * `npm run bench:credentials`: measures what verifiable certificates cost, on
 * this machine, with the real libraries — signing one OB 3.0 credential,
 * verifying one (proof, issuer key, status list, dates), and the size of an
 * issuer's signed status list as a verifier fetches it (raw and gzipped).
 * It prints figures; it asserts nothing.
 */
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { DEMO_ISSUER_KEY_SECRETS, DEMO_CREDENTIALS_PUBLIC_URL } from '../shared/src/config.ts';
import { buildStatusListCredential, deriveIssuer, pinnedDids, signCredential, statusEntry, verifyCredentialChecks } from '../shared/src/credentials.ts';
import { achievementCredential } from '../subgraphs/enterprise/src/credentials/achievement.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const WARM_UP = 20;

const issuer = await deriveIssuer(DEMO_ISSUER_KEY_SECRETS.enterprise, DEMO_CREDENTIALS_PUBLIC_URL, 'org-zhongxin');
const listUrl = `${DEMO_CREDENTIALS_PUBLIC_URL}/issuers/org-zhongxin/status/revocation/0`;
// A list as a busy issuer's would be: 1% of 131,072 places revoked, spread over the list.
const revoked = Array.from({ length: 1311 }, (_, i) => (i * 9973) % 131_072);
const created = new Date().toISOString();

let t = performance.now();
const list = await buildStatusListCredential(issuer, listUrl, revoked, created);
const listMs = performance.now() - t;
const listJson = JSON.stringify(list);

const unsigned = (i: number) => achievementCredential({
  id: `urn:uuid:00000000-0000-8000-8000-${String(i).padStart(12, '0')}`,
  issuer: { did: issuer.did, name: 'Zhongxin Evaluation' },
  standard: { code: 'X-NED-1', name: 'Network Device Installation', kind: 'VOCATIONAL_SKILL_LEVEL', level: 'ENTRY', description: 'Installs and configures network devices.' },
  award: { serial: `NED1-2024-${String(i).padStart(6, '0')}`, issuedOn: '2024-06-20', score: 85 },
  recognitions: [{ id: 'rec-ned-ty', code: 'E-TY-NT', name: 'Network Technician', level: null, mutual: true, effectiveFrom: '2024-01-01', effectiveTo: null, basis: 'joint pilot' }],
  subject: { learnerId: 'GT202200001X', salt: `salt-${i}` },
  status: statusEntry(listUrl, i),
});

const options = { now: created, resolveDid: pinnedDids([issuer.didDocument]), fetchDocument: async (url: string) => (url === listUrl ? (JSON.parse(listJson) as object) : undefined) };
const signed = [];
for (let i = 0; i < WARM_UP; i += 1) signed.push(await signCredential(unsigned(i), issuer, { created }));
t = performance.now();
for (let i = 0; i < ROUNDS; i += 1) signed.push(await signCredential(unsigned(WARM_UP + i), issuer, { created }));
const signMs = (performance.now() - t) / ROUNDS;

for (let i = 0; i < WARM_UP; i += 1) await verifyCredentialChecks(signed[i], options);
t = performance.now();
for (let i = 0; i < ROUNDS; i += 1) {
  const checks = await verifyCredentialChecks(signed[WARM_UP + i], options);
  if (!checks.find((c) => c.name === 'proof')?.passed) throw new Error('a benchmark credential did not verify');
}
const verifyMs = (performance.now() - t) / ROUNDS;

const credentialBytes = Buffer.byteLength(JSON.stringify(signed[0]));
console.log(`credentials: ${ROUNDS} rounds after ${WARM_UP} warm-up, Node ${process.version}`);
console.log(`  sign one OB 3.0 credential (eddsa-rdfc-2022):                 ${signMs.toFixed(2)} ms`);
console.log(`  verify one (proof, issuer key, status list, dates):           ${verifyMs.toFixed(2)} ms`);
console.log(`  signed credential size:                                       ${credentialBytes} bytes`);
console.log(`  status list (131,072 places, ${revoked.length} revoked), build and sign: ${listMs.toFixed(1)} ms`);
console.log(`  status list fetch size:                                       ${Buffer.byteLength(listJson)} bytes (${gzipSync(listJson).length} bytes gzipped)`);
