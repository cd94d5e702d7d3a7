/**
 * Teachers' records, written and read the same way at a school and at a
 * college: each institution keeps its own (its staff and admins read and
 * write them), and the dual-qualified figures are computed from these rows.
 */
import type { EntityManager } from 'typeorm';
import { todayInChina } from '../clock.ts';
import { badInput, conflict, notFound } from '../errors.ts';
import { isUniqueViolation } from '../database.ts';
import { requireDate, requireText } from '../validation.ts';
import type { TeacherFacts } from './dual-qualified.ts';
import { TeacherEntity, TeacherPracticeEntity, TeacherQualificationEntity, type TeacherPracticeRow, type TeacherQualificationRow, type TeacherRow } from './entities.ts';

export interface TeacherInput {
  id: string;
  programCode: string;
  name: string;
  activeFrom: string;
  qualifications: { kind: 'TEACHING' | 'INDUSTRY'; title: string; obtainedOn: string }[];
}

export interface PracticeInput { teacherId: string; year: number; hours: number; enterprise: string }

const TEACHER_ID = /^[a-z0-9-]{2,32}$/;

/** The rows of a teacher as the dual-qualified rule reads them. */
export const teacherFactsOf = (teacher: TeacherRow, qualifications: readonly TeacherQualificationRow[], practice: readonly TeacherPracticeRow[]): TeacherFacts => ({
  activeFrom: teacher.activeFrom, activeTo: teacher.activeTo, qualifications, practice,
});

/** Validates and inserts a teacher of `institutionId`, in the caller's transaction; CONFLICT for a taken id. */
export async function insertTeacher(em: EntityManager, institutionId: string, input: TeacherInput): Promise<TeacherRow> {
  if (!TEACHER_ID.test(input.id)) throw badInput(`id must be 2 to 32 lower-case letters, digits and hyphens, e.g. tch-metro-14, got "${input.id}"`, { field: 'id' });
  const today = todayInChina();
  const teacher: TeacherRow = { id: input.id, institutionId, programCode: input.programCode, name: requireText(input.name, 'name', 100), activeFrom: requireDate(input.activeFrom, 'activeFrom'), activeTo: null };
  const qualifications = input.qualifications.map((q) => {
    const obtainedOn = requireDate(q.obtainedOn, 'qualifications.obtainedOn');
    if (obtainedOn > today) throw badInput(`qualifications.obtainedOn ${obtainedOn} is after today ${today}; record a qualification once it is obtained`, { field: 'qualifications.obtainedOn' });
    return { teacherId: teacher.id, kind: q.kind, title: requireText(q.title, 'qualifications.title'), obtainedOn };
  });
  try {
    await em.insert(TeacherEntity, teacher);
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`a teacher with id ${teacher.id} is already recorded`);
    throw err;
  }
  if (qualifications.length > 0) await em.insert(TeacherQualificationEntity, qualifications);
  return teacher;
}

/** Validates practice hours of a teacher of this database; the teacher row is returned for authorisation. */
export async function teacherForPractice(em: EntityManager, input: PracticeInput): Promise<TeacherRow> {
  const teacher = await em.findOneBy(TeacherEntity, { id: input.teacherId });
  if (!teacher) throw notFound(`teacher ${input.teacherId} is not recorded here`);
  const thisYear = Number(todayInChina().slice(0, 4));
  if (!Number.isInteger(input.year) || input.year < 1990 || input.year > thisYear) throw badInput(`year must be a calendar year from 1990 to ${thisYear}, got ${input.year}`, { field: 'year' });
  if (!Number.isFinite(input.hours) || input.hours <= 0 || input.hours > 2000) throw badInput(`hours must be more than 0 and at most 2000, got ${input.hours}`, { field: 'hours' });
  return teacher;
}

/** Inserts the practice; CONFLICT when that teacher, year and enterprise are recorded already. */
export async function insertPractice(em: EntityManager, input: PracticeInput, recordedAt: string): Promise<void> {
  try {
    await em.insert(TeacherPracticeEntity, { teacherId: input.teacherId, year: input.year, hours: input.hours, enterprise: requireText(input.enterprise, 'enterprise'), recordedAt });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`practice of teacher ${input.teacherId} at ${input.enterprise} in ${input.year} is recorded already`);
    throw err;
  }
}
