import { describe, expect, it } from 'vitest';
import { loadConfig } from '@guantong/shared/config';
import { demoRoster } from '@guantong/shared/demo';
import { databaseKinds } from '@guantong/shared/testing';
import { birthDateOf, learnerId } from '@guantong/shared/validation';
import { collegeSubgraph } from '../definition.ts';
import { demoCreditRules, demoRequirements } from '../demo/articulation.ts';
import { ConsentGrantEntity } from '../entities/consent-grant.ts';
import { PathwayEntity } from '../entities/pathway.ts';
import { openCollege } from './harness.ts';

const kinds = await databaseKinds();
const INITIAL_TABLES = ['college', 'college_program', 'college_course', 'articulation_agreement', 'pathway', 'higher_enrollment', 'college_course_result'];
const CURRICULUM_TABLES = [
  'competency_framework', 'competency_item', 'competency_association', 'course_competency', 'course_content', 'teacher', 'teacher_qualification', 'teacher_practice',
  'college_course_version', 'curriculum_committee', 'committee_member', 'committee_proposal', 'committee_vote', 'committee_decision', 'placement', 'career_target', 'training_subsidy',
];
const config = loadConfig({});

describe.each(kinds)('the college database (%s)', (kind) => {
  it('seeds the demo data once: a second run changes nothing', async () => {
    const college = await openCollege(kind, { seed: false });
    try {
      const roster = demoRoster();
      expect(await collegeSubgraph.seedDemo(college.db.dataSource, config)).toBe(true);
      expect(await college.count('pathway')).toBe(roster.students.length);
      expect(await college.count('higher_enrollment')).toBe(roster.students.filter((s) => s.higher).length);
      expect(await college.count('college_course_result')).toBe(roster.collegeResults.length);
      expect(await college.count('articulation_agreement')).toBe(3);
      expect(await college.count('consent_grant')).toBe(4);
      expect(await college.count('credit_rule')).toBe(demoCreditRules.length);
      expect(await college.count('progression_requirement')).toBe(demoRequirements.length);
      expect(await collegeSubgraph.seedDemo(college.db.dataSource, config)).toBe(false);
      expect(await college.count('pathway')).toBe(roster.students.length);
    } finally {
      await college.close();
    }
  });

  it('the demo registry knows every learner’s birth date, read from their national ID', async () => {
    const college = await openCollege(kind);
    try {
      const rows = await college.db.dataSource.getRepository(PathwayEntity).find();
      const births = new Map(rows.map((row) => [row.studentId, row.birthDate]));
      for (const s of demoRoster().students) expect(births.get(s.id)).toBe(birthDateOf(s.nationalId));
    } finally {
      await college.close();
    }
  });

  it('the demo shows consent: an Automotive graduate’s grant to Huadong in force, one revoked, one expired', async () => {
    const college = await openCollege(kind);
    try {
      const grants = await college.db.dataSource.getRepository(ConsentGrantEntity).find({ order: { id: 'ASC' } });
      expect(grants[0]).toMatchObject({
        studentId: learnerId(2021, 3), organizationId: 'org-huadong', scopes: 'RESULTS,CERTIFICATES', purpose: 'graduate recruitment',
        expiresAt: '2027-06-30T23:59:59.999Z', revokedAt: null, grantedBy: 'STUDENT',
      });
      expect(grants.filter((g) => g.revokedAt !== null)).toHaveLength(1);
      expect(grants.filter((g) => g.expiresAt < '2026-11-23')).toHaveLength(1);
      expect(grants.filter((g) => g.grantedBy === 'GUARDIAN')).toHaveLength(1);
    } finally {
      await college.close();
    }
  });

  it('the migrations revert cleanly, newest first, and apply again', async () => {
    const college = await openCollege(kind);
    const { dataSource } = college.db;
    const inspect = async () => {
      const runner = dataSource.createQueryRunner();
      try {
        const initial = await Promise.all(INITIAL_TABLES.map((t) => runner.hasTable(t)));
        const consent = await runner.hasTable('consent_grant');
        const birthDate = initial[4] && (await runner.hasColumn('pathway', 'birth_date'));
        const articulation = (await runner.hasTable('credit_rule')) && (await runner.hasTable('progression_requirement'));
        const activeKey = consent && (await runner.hasColumn('consent_grant', 'active_key'));
        const transferCap = initial[3] && (await runner.hasColumn('articulation_agreement', 'max_transfer_credits'));
        const decisions = (await runner.hasTable('progression_decision')) && (await runner.hasColumn('progression_requirement', 'version'));
        const curriculum = (await Promise.all(CURRICULUM_TABLES.map((t) => runner.hasTable(t)))).every(Boolean);
        const feed = (await runner.hasTable('change_log')) && (await runner.hasTable('webhook_delivery'));
        const imports = (await runner.hasTable('import_job')) && (await runner.hasTable('import_row_error'));
        const counts = await runner.hasTable('pathway_count');
        return { initial: initial.every(Boolean), anyInitial: initial.some(Boolean), consent, birthDate, articulation, activeKey, transferCap, decisions, curriculum, feed, imports, counts };
      } finally {
        await runner.release();
      }
    };
    try {
      expect(await inspect()).toEqual({ initial: true, anyInitial: true, consent: true, birthDate: true, articulation: true, activeKey: true, transferCap: true, decisions: true, curriculum: true, feed: true, imports: true, counts: true });
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await inspect()).toEqual({ initial: true, anyInitial: true, consent: true, birthDate: true, articulation: true, activeKey: true, transferCap: true, decisions: true, curriculum: true, feed: true, imports: true, counts: false });
      // A counts trigger left behind would make this write fail: its table is gone.
      await dataSource.query("UPDATE pathway SET cohort = '2000' WHERE student_id = ?", [learnerId(2022, 1)]);
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await inspect()).toEqual({ initial: true, anyInitial: true, consent: true, birthDate: true, articulation: true, activeKey: true, transferCap: true, decisions: true, curriculum: true, feed: true, imports: false, counts: false });
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await inspect()).toEqual({ initial: true, anyInitial: true, consent: true, birthDate: true, articulation: true, activeKey: true, transferCap: true, decisions: true, curriculum: true, feed: false, imports: false, counts: false });
      // A change-log trigger left behind would make this write fail: its table is gone.
      await dataSource.query('UPDATE college SET name = name');
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await inspect()).toEqual({ initial: true, anyInitial: true, consent: true, birthDate: true, articulation: true, activeKey: true, transferCap: true, decisions: true, curriculum: false, feed: false, imports: false, counts: false });
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await inspect()).toEqual({ initial: true, anyInitial: true, consent: true, birthDate: true, articulation: true, activeKey: true, transferCap: true, decisions: false, curriculum: false, feed: false, imports: false, counts: false });
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await inspect()).toEqual({ initial: true, anyInitial: true, consent: true, birthDate: true, articulation: true, activeKey: true, transferCap: false, decisions: false, curriculum: false, feed: false, imports: false, counts: false });
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await inspect()).toEqual({ initial: true, anyInitial: true, consent: true, birthDate: true, articulation: true, activeKey: false, transferCap: false, decisions: false, curriculum: false, feed: false, imports: false, counts: false });
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await inspect()).toEqual({ initial: true, anyInitial: true, consent: true, birthDate: true, articulation: false, activeKey: false, transferCap: false, decisions: false, curriculum: false, feed: false, imports: false, counts: false });
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await inspect()).toEqual({ initial: true, anyInitial: true, consent: false, birthDate: false, articulation: false, activeKey: false, transferCap: false, decisions: false, curriculum: false, feed: false, imports: false, counts: false });
      // The registry survives the consent migration's removal.
      expect(await college.count('pathway')).toBe(demoRoster().students.length);
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await inspect()).toEqual({ initial: false, anyInitial: false, consent: false, birthDate: false, articulation: false, activeKey: false, transferCap: false, decisions: false, curriculum: false, feed: false, imports: false, counts: false });
      await dataSource.runMigrations({ transaction: 'each' });
      expect(await inspect()).toEqual({ initial: true, anyInitial: true, consent: true, birthDate: true, articulation: true, activeKey: true, transferCap: true, decisions: true, curriculum: true, feed: true, imports: true, counts: true });
      expect(await college.count('pathway')).toBe(0);
    } finally {
      await college.close();
    }
  });
});
