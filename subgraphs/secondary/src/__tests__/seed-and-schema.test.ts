import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { catalog, demoRoster } from '@guantong/shared/demo';
import { isValidLearnerId } from '@guantong/shared/validation';
import { secondarySubgraph } from '../definition.ts';
import { CourseEntity } from '../entities/course.ts';
import { EnrollmentEntity } from '../entities/enrollment.ts';
import { LearnerEntity } from '../entities/learner.ts';
import { ProgramEntity } from '../entities/program.ts';
import { ResultEntity } from '../entities/result.ts';
import { SchoolEntity } from '../entities/school.ts';
import { callers, openHarness, type Harness } from './harness.ts';

const kinds = await databaseKinds();
const TABLES = ['secondary_school', 'secondary_program', 'secondary_course', 'learner', 'secondary_enrollment', 'secondary_result'];

describe.each(kinds)('the demo dataset and the schema (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind, { seed: false });
  });
  afterAll(() => hub?.close());

  it('seeds an empty database once, with every secondary row of the demo roster', async () => {
    expect(await secondarySubgraph.seedDemo(hub.db.dataSource)).toBe(true);
    const roster = demoRoster();
    expect(await hub.count(SchoolEntity)).toBe(catalog.secondarySchools.length);
    expect(await hub.count(ProgramEntity)).toBe(catalog.secondaryPrograms.length);
    expect(await hub.count(CourseEntity)).toBe(catalog.secondaryCourses.length);
    expect(await hub.count(LearnerEntity)).toBe(315);
    expect(await hub.count(EnrollmentEntity)).toBe(315);
    expect(await hub.count(ResultEntity)).toBe(roster.secondaryResults.length);
    expect(await secondarySubgraph.seedDemo(hub.db.dataSource)).toBe(false);
    expect(await hub.count(LearnerEntity)).toBe(315);
  });

  it('stores the demo learners’ names, 4-byte characters included, exactly', async () => {
    const roster = demoRoster();
    const rare = roster.students.filter((s) => s.name.includes('𠮷'));
    expect(rare.length).toBeGreaterThan(0);
    const stored = await hub.db.dataSource.getRepository(LearnerEntity).findBy(rare.map((s) => ({ id: s.id })));
    expect(new Map(stored.map((l) => [l.id, l.name]))).toEqual(new Map(rare.map((s) => [s.id, s.name])));
    expect(stored.every((l) => isValidLearnerId(l.id))).toBe(true);
  });

  it('offers no way to read a national ID or birth date through the API: only enrolment accepts one', async () => {
    const { data } = await hub.run<{ _service: { sdl: string } }>(callers.admin, '{ _service { sdl } }');
    const sdl = data!._service.sdl.replace(/"""[\s\S]*?"""|"[^"\n]*"/g, ''); // descriptions may mention it
    const outputTypes = sdl.match(/^type \w+[^{]*\{[^}]*\}/gm) ?? [];
    expect(outputTypes.map((t) => t.split(/\s/)[1])).toContain('Student');
    expect(outputTypes.filter((t) => /national|birth/i.test(t))).toEqual([]);
    expect(sdl).toMatch(/input EnrollSecondaryStudentInput[^}]*nationalId/);
  });

  it('the migration can be reverted, dropping every table it created', async () => {
    const { dataSource } = hub.db;
    await dataSource.undoLastMigration({ transaction: 'each' });
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
