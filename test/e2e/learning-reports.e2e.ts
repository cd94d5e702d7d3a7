/**
 * A module assessment recorded through the gateway generates its learning
 * report: the school asks the college (under the caller's delegation) for the
 * learner's profile evidence and target job, and stores the report with the
 * assessment. The expected gaps and suggestions are recomputed here from the
 * demo dataset and the school's stored rows, with the documented method.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { careers, growth } from '@guantong/shared/demo';
import { MET_LEVEL, profileOf, recommendModules, type ModuleFact } from '@guantong/shared/growth/index';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();
/** Network Technology, cohort 2022, target job jp-ty-sec; secondary stage 2022-09-01 to 2025-07-01. */
const LEARNER = learnerId(2022, 1);
const RECORD = /* GraphQL */ `mutation($input: RecordModuleAssessmentInput!) { recordModuleAssessment(input: $input) { score passed } }`;
const LATEST = /* GraphQL */ `
  query($id: LearnerId!) {
    student(id: $id) {
      latestLearningReport {
        asOf score passed module { code } jobPosition { id }
        remainingGaps { item { id } level essential }
        suggestions { kind module { code } text }
        competenciesGained { item { id } before after }
        cohort { learners percentile }
        printableHtml
      }
    }
  }
`;

interface Report {
  asOf: string; score: number; passed: boolean; module: { code: string }; jobPosition: { id: string } | null;
  remainingGaps: { item: { id: string }; level: number; essential: boolean }[];
  suggestions: { kind: string; module: { code: string }; text: string }[];
  competenciesGained: { item: { id: string }; before: number; after: number }[];
  cohort: { learners: number; percentile: number };
  printableHtml: string;
}

describe.each(kinds)('recording a module assessment generates its learning report (%s)', (kind) => {
  let hub: Hub;
  let school: string;
  beforeAll(async () => {
    hub = await startHub(kind);
    school = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' });
  });
  afterAll(() => hub?.stop());

  const sql = (query: string, params: unknown[] = []) => hub.databases.secondary.dataSource.query(query, params);

  /** The catalogue and the learner's module rows as the school stores them. */
  async function stored(): Promise<{ catalogue: ModuleFact[]; assessments: { moduleCode: string; score: number; assessedOn: string }[]; enrolments: { moduleCode: string; enrolledOn: string; startsOn: string }[] }> {
    const modules: { code: string; standard_code: string; title: string; credits: number; hours: number; sequence: number; provider_id: string }[] = await sql('SELECT * FROM certificate_module');
    const competencies: { module_code: string; item_id: string; hours: number; target_level: number }[] = await sql('SELECT * FROM module_competency');
    const prerequisites: { module_code: string; prerequisite_code: string }[] = await sql('SELECT * FROM module_prerequisite');
    const assessments: { module_code: string; score: number; assessed_on: string }[] = await sql('SELECT * FROM module_assessment WHERE student_id = ?', [LEARNER]);
    const enrolments: { module_code: string; enrolled_on: string; starts_on: string }[] = await sql('SELECT * FROM module_enrolment WHERE student_id = ?', [LEARNER]);
    return {
      catalogue: modules.map((m) => ({
        code: m.code, standardCode: m.standard_code, title: m.title, credits: Number(m.credits), hours: Number(m.hours), sequence: Number(m.sequence), providerId: m.provider_id,
        prerequisiteCodes: prerequisites.filter((p) => p.module_code === m.code).map((p) => p.prerequisite_code),
        competencies: competencies.filter((c) => c.module_code === m.code).map((c) => ({ itemId: c.item_id, hours: Number(c.hours), targetLevel: Number(c.target_level) })),
      })),
      assessments: assessments.map((a) => ({ moduleCode: a.module_code, score: Number(a.score), assessedOn: a.assessed_on })),
      enrolments: enrolments.map((e) => ({ moduleCode: e.module_code, enrolledOn: e.enrolled_on, startsOn: e.starts_on })),
    };
  }

  /** The expected gaps and suggestions, from the demo's other evidence and the school's rows (the new assessment included). */
  async function expected(moduleCode: string, score: number, on: string) {
    const rows = await stored();
    const facts = growth.demoGrowthFacts(LEARNER, on, rows.catalogue, rows.assessments.filter((a) => a.assessedOn <= on))!;
    const profile = profileOf(facts, on);
    const job = careers.demoJobPositions.find((j) => j.id === 'jp-ty-sec')!;
    const requirements = job.requirements.filter((r) => r.kind === 'COMPETENCY').map((r) => ({ itemId: r.itemId!, essential: r.essential }));
    const gaps = profile.items.filter((a) => requirements.some((r) => r.itemId === a.item.id) && a.exactLevel < MET_LEVEL)
      .map((a) => ({ item: { id: a.item.id }, level: a.level, essential: requirements.find((r) => r.itemId === a.item.id)!.essential }));
    const recommended = recommendModules({ profile, requirements, jobTitle: job.title, modules: rows.catalogue, enrolments: rows.enrolments, assessments: rows.assessments }, 5);
    const modules = [...(score < 60 ? [moduleCode] : []), ...recommended.map((r) => r.module.code).filter((c) => !(score < 60 && c === moduleCode))].slice(0, 5);
    return { gaps, modules, kinds: modules.map((_code, i) => (i === 0 && score < 60 ? 'RETAKE' : 'MODULE')) };
  }

  const record = async (moduleCode: string, score: number, assessedOn: string) => {
    const res = await hub.query(RECORD, { input: { studentId: LEARNER, moduleCode, score, assessedOn } }, school);
    expect(res.errors).toBeUndefined();
    const read = await hub.query<{ student: { latestLearningReport: Report } }>(LATEST, { id: LEARNER }, school);
    expect(read.errors).toBeUndefined();
    return read.data!.student.latestLearningReport;
  };

  it('the profile, radar, recommendations and latest report of a demo learner come back in one query from three subgraphs', async () => {
    const res = await hub.query<{ student: Record<string, { [k: string]: unknown } | null> }>(`query($id: LearnerId!) {
      student(id: $id) {
        certificates(first: 5) { totalCount }
        competencyProfile { asOf items(first: 3) { totalCount nodes { item { code } level } } }
        competencyRadar { axes { kind attained required } }
        moduleRecommendations(first: 3) { nodes { rank module { code title } reason } }
        latestLearningReport { asOf module { code title } remainingGaps { item { code } level } suggestions { kind module { code } } }
      }
    }`, { id: LEARNER }, school);
    expect(res.errors).toBeUndefined();
    const student = res.data!.student;
    expect(Object.values(student).every((v) => v !== null)).toBe(true);
    const demoAssessments: { module_code: string; assessed_on: string }[] = await sql('SELECT * FROM module_assessment WHERE student_id = ? ORDER BY assessed_on DESC', [LEARNER]);
    expect(student.latestLearningReport).toMatchObject({ asOf: demoAssessments[0]!.assessed_on, module: { code: demoAssessments[0]!.module_code } });
  });

  it('a passed X-NE-2-M1 assessment: its report names the gaps left for the target job and the modules to take next', async () => {
    const report = await record('X-NE-2-M1', 86, '2025-06-10');
    const want = await expected('X-NE-2-M1', 86, '2025-06-10');
    expect(report).toMatchObject({ asOf: '2025-06-10', score: 86, passed: true, module: { code: 'X-NE-2-M1' }, jobPosition: { id: 'jp-ty-sec' } });
    expect(want.gaps.length).toBeGreaterThan(0);
    expect(report.remainingGaps).toEqual(want.gaps);
    expect(report.suggestions.map((s) => [s.kind, s.module.code])).toEqual(want.modules.map((c, i) => [want.kinds[i], c]));
    // M2 (security deployment) needs M1, now passed: it closes the security gaps of the job.
    expect(report.suggestions[0]).toMatchObject({ kind: 'MODULE', module: { code: 'X-NE-2-M2' }, text: expect.stringMatching(/prerequisite X-NE-2-M1 met/) });
    expect(report.competenciesGained.every((c) => c.after >= c.before)).toBe(true);
    expect(report.printableHtml).toContain('<svg');
  });

  it('a failed assessment is suggested for a retake first', async () => {
    const report = await record('X-NE-2-M3', 41, '2025-06-17');
    const want = await expected('X-NE-2-M3', 41, '2025-06-17');
    expect(report).toMatchObject({ score: 41, passed: false });
    expect(report.suggestions[0]).toMatchObject({ kind: 'RETAKE', module: { code: 'X-NE-2-M3' } });
    expect(report.remainingGaps).toEqual(want.gaps);
    expect(report.suggestions.map((s) => [s.kind, s.module.code])).toEqual(want.modules.map((c, i) => [want.kinds[i], c]));
  });

  it('another school may not record it, and no report is written', async () => {
    const before = await sql('SELECT COUNT(*) AS n FROM learning_report');
    const other = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-hillview' });
    const res = await hub.query(RECORD, { input: { studentId: LEARNER, moduleCode: 'X-NE-2-M3', score: 70, assessedOn: '2025-06-24' } }, other);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await sql('SELECT COUNT(*) AS n FROM learning_report')).toEqual(before);
  });
});
