import { describe, expect, it } from 'vitest';
import { demoRoster } from '@guantong/shared/demo';
import { databaseKinds } from '@guantong/shared/testing';
import { collegeSubgraph } from '../definition.ts';
import { openCollege } from './harness.ts';

const kinds = await databaseKinds();
const TABLES = ['college', 'college_program', 'college_course', 'articulation_agreement', 'pathway', 'higher_enrollment', 'college_course_result'];

describe.each(kinds)('the college database (%s)', (kind) => {
  it('seeds the demo data once: a second run changes nothing', async () => {
    const college = await openCollege(kind, { seed: false });
    try {
      const roster = demoRoster();
      expect(await collegeSubgraph.seedDemo(college.db.dataSource)).toBe(true);
      expect(await college.count('pathway')).toBe(roster.students.length);
      expect(await college.count('higher_enrollment')).toBe(roster.students.filter((s) => s.higher).length);
      expect(await college.count('college_course_result')).toBe(roster.collegeResults.length);
      expect(await college.count('articulation_agreement')).toBe(3);
      expect(await collegeSubgraph.seedDemo(college.db.dataSource)).toBe(false);
      expect(await college.count('pathway')).toBe(roster.students.length);
    } finally {
      await college.db.drop();
    }
  });

  it('the initial migration reverts cleanly and applies again', async () => {
    const college = await openCollege(kind);
    const { dataSource } = college.db;
    const hasTables = async () => {
      const runner = dataSource.createQueryRunner();
      try {
        return await Promise.all(TABLES.map((t) => runner.hasTable(t)));
      } finally {
        await runner.release();
      }
    };
    try {
      expect(await hasTables()).toEqual(TABLES.map(() => true));
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await hasTables()).toEqual(TABLES.map(() => false));
      await dataSource.runMigrations({ transaction: 'each' });
      expect(await hasTables()).toEqual(TABLES.map(() => true));
      expect(await college.count('pathway')).toBe(0);
    } finally {
      await college.db.drop();
    }
  });
});
