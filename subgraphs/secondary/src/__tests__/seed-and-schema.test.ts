import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kind, parse, print } from 'graphql';
import type { ObjectLiteral } from 'typeorm';
import { databaseKinds } from '@guantong/shared/testing';
import { catalog, demoRoster } from '@guantong/shared/demo';
import { isValidLearnerId } from '@guantong/shared/validation';
import { secondarySubgraph } from '../definition.ts';
import { CertificateModuleEntity } from '../entities/certificate-module.ts';
import { CourseEntity } from '../entities/course.ts';
import { ExamGateEntity } from '../entities/exam-gate.ts';
import { ExamRegistrationEntity } from '../entities/exam-registration.ts';
import { ModuleAssessmentEntity } from '../entities/module-assessment.ts';
import { PreliminaryExamEntity } from '../entities/preliminary-exam.ts';
import { EnrollmentEntity } from '../entities/enrollment.ts';
import { LearnerEntity } from '../entities/learner.ts';
import { ProgramEntity } from '../entities/program.ts';
import { ResultEntity } from '../entities/result.ts';
import { SchoolEntity } from '../entities/school.ts';
import { demoTraining } from '../training/demo.ts';
import { callers, openHarness, testConfig, type Harness } from './harness.ts';

const kinds = await databaseKinds();
const TABLES = [
  'secondary_school', 'secondary_program', 'secondary_course', 'learner', 'secondary_enrollment', 'secondary_result',
  'certificate_module', 'exam_gate', 'module_assessment', 'preliminary_exam', 'exam_registration',
  'course_competency', 'course_content', 'teacher', 'teacher_qualification', 'teacher_practice',
];
const TRAINING = [CertificateModuleEntity, ExamGateEntity, ModuleAssessmentEntity, PreliminaryExamEntity, ExamRegistrationEntity];

describe.each(kinds)('the demo dataset and the schema (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind, { seed: false });
  });
  afterAll(() => hub?.close());

  it('seeds an empty database once, with every secondary row of the demo roster', async () => {
    expect(await secondarySubgraph.seedDemo(hub.db.dataSource, testConfig)).toBe(true);
    const roster = demoRoster();
    expect(await hub.count(SchoolEntity)).toBe(catalog.secondarySchools.length);
    expect(await hub.count(ProgramEntity)).toBe(catalog.secondaryPrograms.length);
    expect(await hub.count(CourseEntity)).toBe(catalog.secondaryCourses.length);
    expect(await hub.count(LearnerEntity)).toBe(315);
    expect(await hub.count(EnrollmentEntity)).toBe(315);
    expect(await hub.count(ResultEntity)).toBe(roster.secondaryResults.length);
    const training = demoTraining(roster);
    expect(await hub.count(CertificateModuleEntity)).toBe(12);
    expect(await hub.count(ModuleAssessmentEntity)).toBe(training.assessments.length);
    expect(await hub.count(PreliminaryExamEntity)).toBe(training.exams.length);
    expect(await hub.count(ExamRegistrationEntity)).toBe(training.registrations.length);
    expect(await secondarySubgraph.seedDemo(hub.db.dataSource, testConfig)).toBe(false);
    expect(await hub.count(LearnerEntity)).toBe(315);
    expect(await hub.count(ModuleAssessmentEntity)).toBe(training.assessments.length);
  });

  it('a demo database from before the training tables gets the training demo on its next seed, and nothing else twice', async () => {
    const { dataSource } = hub.db;
    for (const table of TRAINING) await dataSource.getRepository<ObjectLiteral>(table).clear();
    expect(await secondarySubgraph.seedDemo(dataSource, testConfig)).toBe(true);
    expect(await hub.count(CertificateModuleEntity)).toBe(12);
    expect(await hub.count(ExamGateEntity)).toBe(1);
    expect(await hub.count(ModuleAssessmentEntity)).toBe(demoTraining(demoRoster()).assessments.length);
    expect(await hub.count(LearnerEntity)).toBe(315);
    expect(await hub.count(ResultEntity)).toBe(demoRoster().secondaryResults.length);
  });

  it('the training demo is deterministic and tells several stories: retakes, resits, eligible and refused learners', () => {
    const training = demoTraining(demoRoster());
    expect(demoTraining(demoRoster())).toEqual(training);
    expect(training.modules.filter((m) => m.standardCode === 'X-OSOP-1').map((m) => [m.sequence, m.credits])).toEqual([[1, 2], [2, 2], [3, 2], [4, 2], [5, 2]]);
    expect(training.modules.filter((m) => m.standardCode === 'X-NED-1')).toHaveLength(4);
    expect(training.gates).toEqual([{ standardCode: 'X-OSOP-1', preliminaryThreshold: 80 }]);
    const taken = training.assessments.map((a) => `${a.studentId} ${a.moduleCode}`);
    expect(new Set(taken).size).toBeLessThan(taken.length); // retakes
    expect(training.assessments.filter((a) => a.score < 60).length).toBeGreaterThan(0);
    expect(training.assessments.filter((a) => a.score >= 60).length).toBeGreaterThan(training.assessments.length * 0.8);
    const best = new Map<string, number>();
    for (const e of training.exams) best.set(e.studentId, Math.max(e.score, best.get(e.studentId) ?? 0));
    const registered = new Set(training.registrations.map((r) => r.studentId));
    expect([...registered].every((id) => best.get(id)! >= 80)).toBe(true);
    expect([...best].filter(([id, score]) => score >= 80 && !registered.has(id)).length).toBeGreaterThan(0);
    expect([...best.values()].filter((score) => score < 80).length).toBeGreaterThan(0);
  });

  it('stores the demo learners’ names, 4-byte characters included, exactly', async () => {
    const roster = demoRoster();
    const rare = roster.students.filter((s) => s.name.includes('𠮷'));
    expect(rare.length).toBeGreaterThan(0);
    const stored = await hub.db.dataSource.getRepository(LearnerEntity).findBy(rare.map((s) => ({ id: s.id })));
    expect(new Map(stored.map((l) => [l.id, l.name]))).toEqual(new Map(rare.map((s) => [s.id, s.name])));
    expect(stored.every((l) => isValidLearnerId(l.id))).toBe(true);
  });

  it('exposes the national ID only as Student.nationalId (masked unless asked otherwise), and the birth date only to a college’s enrolment check', async () => {
    const { data } = await hub.run<{ _service: { sdl: string } }>(callers.admin, '{ _service { sdl } }');
    const doc = parse(data!._service.sdl);
    // Read from the parsed schema, so descriptions (which may mention it) never count.
    const fields = doc.definitions.flatMap((d) =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION
        ? (d.fields ?? []).map((f) => {
            const args = (f.arguments ?? []).map((a) => `${a.name.value}: ${print(a.type)}${a.defaultValue ? ` = ${print(a.defaultValue)}` : ''}`);
            return `${d.name.value}.${f.name.value}${args.length ? `(${args.join(', ')})` : ''}`;
          })
        : [],
    );
    expect(fields.filter((f) => /national|birth/i.test(f))).toEqual(['Query.studentByNationalId(nationalId: String!)', 'EnrolmentCheck.birthDate', 'Student.nationalId(unmasked: Boolean = false)']);
    const sdl = data!._service.sdl;
    expect(sdl).toMatch(/input EnrollSecondaryStudentInput[^}]*nationalId/);
  });

  it('the learner table has no plaintext national ID column, and its blind index is unique', async () => {
    const runner = hub.db.dataSource.createQueryRunner();
    try {
      const table = (await runner.getTable('learner'))!;
      expect(table.columns.map((c) => c.name).sort()).toEqual(['birth_date', 'id', 'name', 'national_id_cipher', 'national_id_index']);
      const unique = [...table.uniques.map((u) => u.columnNames), ...table.indices.filter((i) => i.isUnique).map((i) => i.columnNames)];
      expect(unique).toContainEqual(['national_id_index']);
    } finally {
      await runner.release();
    }
  });

  it('the migrations can be reverted, dropping every table they created', async () => {
    const { dataSource } = hub.db;
    const migrations = (secondarySubgraph.migrations as unknown[]).length;
    for (let i = 0; i < migrations; i += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    const runner = dataSource.createQueryRunner();
    try {
      for (const table of TABLES) expect(await runner.hasTable(table)).toBe(false);
    } finally {
      await runner.release();
    }
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await hub.count(LearnerEntity)).toBe(0);
  });
});
