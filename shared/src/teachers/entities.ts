/**
 * Teachers, kept by their own institution (a school's in the secondary
 * database, a college's in the college's): the programme they teach in, their
 * qualifications and their enterprise practice, year by year.
 */
import { EntitySchema } from 'typeorm';
import type { QualificationKind } from './dual-qualified.ts';

export interface TeacherRow {
  id: string;
  institutionId: string;
  programCode: string;
  name: string;
  activeFrom: string;
  activeTo: string | null;
}

export interface TeacherQualificationRow {
  id: number;
  teacherId: string;
  kind: QualificationKind;
  title: string;
  obtainedOn: string;
}

export interface TeacherPracticeRow {
  id: number;
  teacherId: string;
  year: number;
  hours: number;
  enterprise: string;
  recordedAt: string;
}

export const TeacherEntity = new EntitySchema<TeacherRow>({
  name: 'Teacher',
  tableName: 'teacher',
  columns: {
    id: { type: 'varchar', length: 32, primary: true },
    institutionId: { name: 'institution_id', type: 'varchar', length: 64 },
    programCode: { name: 'program_code', type: 'varchar', length: 32 },
    name: { type: 'varchar', length: 100 },
    activeFrom: { name: 'active_from', type: 'varchar', length: 10 },
    activeTo: { name: 'active_to', type: 'varchar', length: 10, nullable: true },
  },
  indices: [{ name: 'idx_teacher_program', columns: ['programCode'] }, { name: 'idx_teacher_institution', columns: ['institutionId'] }],
});

export const TeacherQualificationEntity = new EntitySchema<TeacherQualificationRow>({
  name: 'TeacherQualification',
  tableName: 'teacher_qualification',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    teacherId: { name: 'teacher_id', type: 'varchar', length: 32 },
    kind: { type: 'varchar', length: 16 },
    title: { type: 'varchar', length: 200 },
    obtainedOn: { name: 'obtained_on', type: 'varchar', length: 10 },
  },
  indices: [{ name: 'idx_teacher_qualification_teacher', columns: ['teacherId'] }],
});

export const TeacherPracticeEntity = new EntitySchema<TeacherPracticeRow>({
  name: 'TeacherPractice',
  tableName: 'teacher_practice',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    teacherId: { name: 'teacher_id', type: 'varchar', length: 32 },
    year: { type: 'int' },
    hours: { type: 'double' },
    enterprise: { type: 'varchar', length: 200 },
    recordedAt: { name: 'recorded_at', type: 'varchar', length: 30 },
  },
  indices: [{ name: 'idx_teacher_practice_teacher', columns: ['teacherId'] }],
});

export const teacherEntities = [TeacherEntity, TeacherQualificationEntity, TeacherPracticeEntity];
