/**
 * `npm run bench:transcript`: what a five-year transcript costs, on this
 * machine, with the real libraries: signing its parts (the school's stage, the
 * college's higher stage and progression decision, an issuer's certificate)
 * and the CLR around them, and verifying the CLR and each credential it holds.
 * It prints figures; it asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { DEMO_CREDENTIALS_PUBLIC_URL, DEMO_ISSUER_KEY_SECRETS } from '../shared/src/config.ts';
import {
  buildStatusListCredential, clrCredential, deriveIssuer, embeddedCredentials, hashedIdentifier, pinnedDids, signCredential, stageAchievementId, stageCredential,
  statusEntry, verifyCredentialChecks, type Credential, type IssuerIdentity, type StageResult,
} from '../shared/src/credentials.ts';
import { achievementCredential } from '../subgraphs/enterprise/src/credentials/achievement.ts';
import { progressionCredential } from '../subgraphs/college/src/transcript/progression-credential.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const WARM_UP = 5;
const LEARNER = 'GT202200001X';
const now = new Date().toISOString();
const LIST_URL = `${DEMO_CREDENTIALS_PUBLIC_URL}/issuers/org-zhongxin/status/revocation/0`;

const [school, college, evaluator] = await Promise.all([
  deriveIssuer(DEMO_ISSUER_KEY_SECRETS.secondary, DEMO_CREDENTIALS_PUBLIC_URL, 'sch-riverside'),
  deriveIssuer(DEMO_ISSUER_KEY_SECRETS.college, DEMO_CREDENTIALS_PUBLIC_URL, 'col-metro'),
  deriveIssuer(DEMO_ISSUER_KEY_SECRETS.enterprise, DEMO_CREDENTIALS_PUBLIC_URL, 'org-zhongxin'),
]);
const sign = (credential: Credential, issuer: IssuerIdentity) => signCredential(credential, issuer, { created: now });
const subject = (label: string) => hashedIdentifier(LEARNER, label);
// Six terms of four courses at the secondary stage, four terms of four at the college.
const results = (prefix: string, years: number): StageResult[] => Array.from({ length: years * 2 * 4 }, (_, i) => ({
  courseCode: `${prefix}-${100 + i}`, title: `Course ${i}`, credits: 3, term: `${2022 + Math.floor(i / 8)}-${2023 + Math.floor(i / 8)}-${1 + (Math.floor(i / 4) % 2)}`, score: 55 + (i % 45), passed: 55 + (i % 45) >= 60,
}));

async function transcript(i: number): Promise<Credential> {
  const stage = (issuer: IssuerIdentity, which: 'SECONDARY' | 'HIGHER', code: string) => sign(stageCredential({
    id: `urn:uuid:00000000-0000-8000-8000-${String(i).padStart(10, '0')}${which === 'SECONDARY' ? '01' : '02'}`, issuer: { did: issuer.did, name: issuer.organizationId }, stage: which,
    program: { code, name: 'Network Technology' }, enrolledOn: '2022-09-01', completedOn: null, results: results(code, which === 'SECONDARY' ? 3 : 2), subject: subject(`${which}-${i}`), issuedAt: now,
  }), issuer);
  const [secondary, higher, progression, certificate] = await Promise.all([
    stage(school, 'SECONDARY', 'SEC-NET'),
    stage(college, 'HIGHER', 'COL-NET'),
    sign(progressionCredential({
      id: `urn:uuid:00000000-0000-8000-8000-${String(i).padStart(10, '0')}03`, issuer: { did: college.did, name: 'Metro' }, agreement: { id: 'agr-net', name: 'Network Technology 3+2' },
      decidedOn: '2025-07-01', requirementsVersion: 1, checks: [1, 2, 3].map((n) => ({ requirementId: String(n), description: `Requirement ${n}`, met: true, explanation: `Requirement ${n} was met.` })),
      transfers: [{ ruleId: 1, course: { code: 'NET-H210', title: 'Routing' }, credits: 4, explanation: 'Excused from NET-H210.', status: 'CONFIRMED' }], subject: subject(`progression-${i}`), issuedAt: now,
    }), college),
    sign(achievementCredential({
      id: `urn:uuid:00000000-0000-8000-8000-${String(i).padStart(10, '0')}04`, issuer: { did: evaluator.did, name: 'Zhongxin' },
      standard: { code: 'X-NED-1', name: 'Network Equipment Debugger', kind: 'VOCATIONAL_SKILL_LEVEL', level: 'ENTRY', description: 'Installs network devices.' },
      award: { serial: `NED1-${i}`, issuedOn: '2024-06-20', score: 85 }, recognitions: [], subject: { learnerId: LEARNER, salt: `certificate-${i}` },
      status: statusEntry(LIST_URL, i),
    }), evaluator),
  ]);
  return sign(clrCredential({
    id: `urn:uuid:00000000-0000-8000-8000-${String(i).padStart(10, '0')}00`, issuer: { did: college.did, name: 'Metro' }, issuedAt: now, subject: subject(`transcript-${i}`),
    pathway: { agreementId: 'agr-net', agreementName: 'Network Technology 3+2', stage: 'HIGHER', cohort: '2022' },
    credentials: [secondary, progression, higher, certificate], recognitions: [],
    stageAchievementIds: [stageAchievementId('SECONDARY', 'SEC-NET'), stageAchievementId('HIGHER', 'COL-NET')],
  }), college);
}

const list = JSON.stringify(await buildStatusListCredential(evaluator, LIST_URL, [], now));
const options = {
  now,
  resolveDid: pinnedDids([school.didDocument, college.didDocument, evaluator.didDocument]),
  fetchDocument: async (url: string) => (url === LIST_URL ? (JSON.parse(list) as object) : undefined),
};
/** Every check of the CLR and of each credential it holds, as verifyCredential makes them (without the hub's own knowledge of issuers). */
const verifyAll = async (clr: Credential) => (await Promise.all([clr, ...embeddedCredentials(clr)].map((c) => verifyCredentialChecks(c, options)))).flat();

for (let i = 0; i < WARM_UP; i += 1) await verifyAll(await transcript(i));
let t = performance.now();
const made = [];
for (let i = 0; i < ROUNDS; i += 1) made.push(await transcript(WARM_UP + i));
const signMs = (performance.now() - t) / ROUNDS;
t = performance.now();
for (const clr of made) if (!(await verifyAll(clr)).every((c) => c.passed)) throw new Error('a benchmark transcript did not verify');
const verifyMs = (performance.now() - t) / ROUNDS;

console.log(`transcripts: ${ROUNDS} rounds after ${WARM_UP} warm-up, Node ${process.version}`);
console.log(`  sign one transcript (4 parts, 40 course results, then the CLR):   ${signMs.toFixed(1)} ms`);
console.log(`  verify one (proof, issuer key, status, dates of the CLR and each part): ${verifyMs.toFixed(1)} ms`);
console.log(`  signed transcript size:                                           ${Buffer.byteLength(JSON.stringify(made[0]))} bytes`);
