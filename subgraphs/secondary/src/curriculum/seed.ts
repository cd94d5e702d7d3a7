/** The school's part of the curriculum demo: Riverside's Network Technology mapping (seed 000 Table 1) and teachers. */
import type { DataSource } from 'typeorm';
import { writeTransaction } from '@guantong/shared/database';
import { mappings, teachers } from '@guantong/shared/demo';
import { remapCourse } from '@guantong/shared/curriculum/remap';
import { CourseCompetencyEntity } from '@guantong/shared/curriculum/entities';
import { TeacherEntity, TeacherPracticeEntity, TeacherQualificationEntity } from '@guantong/shared/teachers/entities';
import { SchoolEntity } from '../entities/school.ts';

export async function seedCurriculum(db: DataSource): Promise<boolean> {
  const [mapped, schools] = await Promise.all([db.getRepository(CourseCompetencyEntity).count(), db.getRepository(SchoolEntity).count()]);
  if (mapped > 0 || schools === 0) return false;
  await writeTransaction(db, async (em) => {
    const courses = [...new Set(mappings.secondaryCompetencyMappings.map((m) => m.courseCode))].sort();
    for (const courseCode of courses) {
      const competencies = mappings.secondaryCompetencyMappings.filter((m) => m.courseCode === courseCode);
      const content = mappings.secondaryContentCoverage.filter((c) => c.courseCode === courseCode);
      await remapCourse(em, courseCode, { effectiveFrom: competencies[0].effectiveFrom, competencies, content }, 'demo seed', '2021-08-20T02:00:00.000Z');
    }
    const list = teachers.secondaryTeachers;
    await em.insert(TeacherEntity, list.map(({ qualifications: _q, practice: _p, ...t }) => t));
    await em.insert(TeacherQualificationEntity, list.flatMap((t) => t.qualifications.map((q) => ({ teacherId: t.id, ...q }))));
    await em.insert(TeacherPracticeEntity, list.flatMap((t) => t.practice.map((p) => ({ teacherId: t.id, ...p, recordedAt: `${p.year}-12-20T02:00:00.000Z` }))));
  });
  return true;
}
