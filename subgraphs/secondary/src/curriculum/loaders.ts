/** The request's loaders for the school's course mappings and teachers: one statement per batch. */
import { In, type DataSource } from 'typeorm';
import type { Config } from '@guantong/shared/config';
import { groupLoader, rowLoader } from '@guantong/shared/loaders';
import { CourseCompetencyEntity, CourseContentEntity } from '@guantong/shared/curriculum/entities';
import { TeacherEntity, TeacherPracticeEntity, TeacherQualificationEntity } from '@guantong/shared/teachers/entities';

export function createCurriculumLoaders(db: DataSource, config: Pick<Config, 'dualQualified'>) {
  const repo = db.getRepository.bind(db);
  return {
    /** The hub's dual-qualified rule, from the configuration. */
    dualQualifiedRule: config.dualQualified,
    competenciesByCourse: groupLoader(
      (keys: readonly string[]) => repo(CourseCompetencyEntity).find({ where: { courseCode: In([...keys]) }, order: { effectiveFrom: 'ASC', id: 'ASC' } }),
      (row) => row.courseCode,
    ),
    contentByCourse: groupLoader(
      (keys: readonly string[]) => repo(CourseContentEntity).find({ where: { courseCode: In([...keys]) }, order: { effectiveFrom: 'ASC', id: 'ASC' } }),
      (row) => row.courseCode,
    ),
    teacherById: rowLoader((keys: readonly string[]) => repo(TeacherEntity).findBy({ id: In([...keys]) }), (row) => row.id),
    teachersByProgram: groupLoader((keys: readonly string[]) => repo(TeacherEntity).find({ where: { programCode: In([...keys]) }, order: { id: 'ASC' } }), (row) => row.programCode),
    qualificationsByTeacher: groupLoader(
      (keys: readonly string[]) => repo(TeacherQualificationEntity).find({ where: { teacherId: In([...keys]) }, order: { obtainedOn: 'ASC', id: 'ASC' } }),
      (row) => row.teacherId,
    ),
    practiceByTeacher: groupLoader(
      (keys: readonly string[]) => repo(TeacherPracticeEntity).find({ where: { teacherId: In([...keys]) }, order: { year: 'ASC', id: 'ASC' } }),
      (row) => row.teacherId,
    ),
  };
}
