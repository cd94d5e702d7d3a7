/**
 * The curriculum reports cost the same number of SQL statements for 10
 * learners as for 100: every row they read comes through a per-request
 * DataLoader, in every subgraph the query plan visits. A fixture agreement
 * grows from 10 to 100 learners, each with a higher-stage enrolment, a
 * placement, a certificate and a subsidy flag.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();

const REPORTS: Record<string, string> = {
  mappingTable: '{ articulationAgreement(id: "agr-fx") { mappingTable(first: 100) { totalCount nodes { competency { code } certificate { code } contentShare hourShare } } } }',
  stageSplits: '{ articulationAgreement(id: "agr-fx") { stageSplits { nodes { standard { code name } secondaryShare gaps { code } } } } }',
  overlap: '{ articulationAgreement(id: "agr-fx") { overlap(on: "2025-08-31") { rate duplicates { nodes { competency { code } hours } } suggestions { nodes { action existingRule { id } competencies { code } } } } } }',
  alignment: '{ articulationAgreement(id: "agr-fx") { alignment { placements certificates aligned rate } } }',
  cohortOutcomes: '{ articulationAgreement(id: "agr-fx") { cohortOutcomes(reformDate: "2025-09-01") { before { learners passRate employmentRate alignment { rate } overlap { rate } dualQualified { ratio } } after { learners alignment { rate } } } } }',
  semesterReview: '{ articulationAgreement(id: "agr-fx") { semesterReview(term: "2025-2026-1") { courses(first: 50) { nodes { courseCode jobRelevance certificates { code } } } alignment { rate } } } }',
};

// The page size is a variable: the gateway's cost limit multiplies by a literal `first`, not by a variable.
const LEARNER_FIELDS = /* GraphQL */ `query($first: Int) { students(filter: { agreementId: "agr-net" }, first: $first) { nodes { id placements { totalCount nodes { jobPosition { id title } } } careerTarget { jobPosition { title } } trainingSubsidy { scheme } careerGap { missingCertificates { certificate { code } courses { courseCode } } missingCompetencies { competency { code } } } } } }`;

describe.each(kinds)('the cost of the curriculum reports does not grow with the learners (%s)', (kind) => {
  let hub: Hub;
  let admin: string;
  let added = 0;

  async function addLearners(count: number): Promise<void> {
    const college = hub.databases.college.dataSource;
    const enterprise = hub.databases.enterprise.dataSource;
    for (let i = 0; i < count; i += 1) {
      added += 1;
      const id = learnerId(2029, added);
      const graduated = added % 2 === 0;
      await college.getRepository('Pathway').insert({ studentId: id, agreementId: 'agr-fx', cohort: '2022', stage: graduated ? 'GRADUATED' : 'HIGHER', registeredOn: '2022-09-01', birthDate: '2007-01-01' });
      await college.getRepository('HigherEnrollment').insert({ studentId: id, collegeId: 'col-metro', programCode: 'COL-NET', enrolledOn: graduated ? '2024-09-01' : '2025-09-01', completedOn: null });
      await college.getRepository('Placement').insert({
        studentId: id, kind: graduated ? 'EMPLOYMENT' : 'INTERNSHIP', employerName: 'Tianyi', employerId: 'org-tianyi', jobPositionId: added % 3 ? 'jp-ty-noc' : 'jp-ty-sec',
        startedOn: '2026-07-15', endedOn: null, outcome: 'ONGOING', recordedByOrganizationId: 'col-metro', recordedBy: 'fixture', recordedAt: '2026-07-15T00:00:00.000Z',
      });
      if (added % 2) await college.getRepository('TrainingSubsidy').insert({ studentId: id, scheme: 'subsidy', grantedOn: '2023-03-01', recordedByOrganizationId: 'col-metro', recordedBy: 'fixture', recordedAt: '2023-03-01T00:00:00.000Z' });
      await enterprise.getRepository('CertificateAward').insert({ serial: `FX-${added}`, studentId: id, holderName: '测试', standardCode: 'X-NED-1', issuedOn: '2024-06-20', score: 80, status: 'VALID', revokedOn: null, revocationReason: null });
    }
  }

  async function cost(query: string, variables: Record<string, unknown> = {}): Promise<number> {
    const before = hub.statementCount();
    const res = await hub.query(query, variables, admin);
    expect(res.errors).toBeUndefined();
    return hub.statementCount() - before;
  }

  beforeAll(async () => {
    hub = await startHub(kind);
    admin = await hub.token({ role: 'ADMIN' });
    await hub.databases.college.dataSource.getRepository('ArticulationAgreement').insert({
      id: 'agr-fx', name: 'Fixture pathway', collegeId: 'col-metro', collegeProgramCode: 'COL-NET', secondarySchoolId: 'sch-riverside', secondaryProgramCode: 'SEC-NET',
      effectiveFrom: '2021-09-01', effectiveTo: null, maxTransferCredits: 0,
    });
    await addLearners(10);
  });
  afterAll(() => hub?.stop());

  it('each report sends the same number of SQL statements for 10 learners as for 100', async () => {
    for (const query of Object.values(REPORTS)) await cost(query); // warm-up
    const ten: Record<string, number> = {};
    for (const [name, query] of Object.entries(REPORTS)) ten[name] = await cost(query);
    await addLearners(90);
    const alignment = await hub.query<{ articulationAgreement: { alignment: { placements: number; certificates: number } } }>(REPORTS.alignment, {}, admin);
    expect(alignment.data!.articulationAgreement.alignment).toMatchObject({ placements: 100, certificates: 100 });
    const hundred: Record<string, number> = {};
    for (const [name, query] of Object.entries(REPORTS)) hundred[name] = await cost(query);
    console.log(`[${kind}] SQL statements per report, 10 learners → 100 learners: ${Object.keys(REPORTS).map((n) => `${n} ${ten[n]} → ${hundred[n]}`).join(', ')}`);
    expect(hundred).toEqual(ten);
    for (const n of Object.values(ten)) expect(n).toBeGreaterThan(0);
  });

  it('a page of learners’ placements, career targets, subsidies and career gaps costs the same for 10 as for 100', async () => {
    // Every learner of the page aims at a job, so every career gap is computed, on both pages.
    const college = hub.databases.college.dataSource;
    const targeted = new Set((await college.getRepository('CareerTarget').find() as { studentId: string }[]).map((t) => t.studentId));
    const learners = (await college.getRepository('Pathway').findBy({ agreementId: 'agr-net' }) as { studentId: string }[]).filter((p) => !targeted.has(p.studentId));
    await college.getRepository('CareerTarget').insert(learners.map((p) => ({ studentId: p.studentId, jobPositionId: 'jp-ty-5g', setByRole: 'ADMIN', setBy: 'fixture', setAt: '2026-10-01T00:00:00.000Z' })));
    await cost(LEARNER_FIELDS, { first: 5 });
    const ten = await cost(LEARNER_FIELDS, { first: 10 });
    const hundred = await cost(LEARNER_FIELDS, { first: 100 });
    console.log(`[${kind}] students with careers fields: 10 learners ${ten} statements, 100 learners ${hundred}`);
    expect(hundred).toBe(ten);
  });
});
