/**
 * Writing a course's mapping, the same at a school and at a college: the new
 * rows take effect from a day, the rows in force then are closed the day
 * before, and nothing earlier is rewritten, so every past report can be
 * computed again as it was.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { addDays, nowInstant } from '../clock.ts';
import { isUniqueViolation, writeTransaction } from '../database.ts';
import { badInput, conflict } from '../errors.ts';
import type { Actor } from '../identity.ts';
import { requireDate } from '../validation.ts';
import { CourseCompetencyEntity, CourseContentEntity } from './entities.ts';

export interface CompetencyInput { itemId: string; hours: number; targetLevel: number }
export interface ContentInput { standardCode: string; unitCode: string; hours: number }
export interface CourseMapping { effectiveFrom: string; competencies: CompetencyInput[]; content: ContentInput[] }

const requireHours = (hours: number, field: string) => {
  if (!Number.isFinite(hours) || hours <= 0 || hours > 1000) throw badInput(`${field} must be more than 0 and at most 1000 class hours, got ${hours}`, { field });
};

function requireUnique(keys: string[], field: string, what: string): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) throw badInput(`${field} lists ${what} ${key} twice; give each once, with all its hours`, { field });
    seen.add(key);
  }
}

function requireWithinCourse(total: number, course: { code: string; hours: number }, field: string): void {
  if (total > course.hours) throw badInput(`${field} add up to ${total} class hours, more than course ${course.code} has (${course.hours})`, { field });
}

/** Checks a mapping against its course; BAD_USER_INPUT naming the field otherwise. */
export function validateMapping(input: CourseMapping, course: { code: string; hours: number }): CourseMapping {
  const effectiveFrom = requireDate(input.effectiveFrom, 'effectiveFrom');
  for (const c of input.competencies) {
    requireHours(c.hours, 'competencies.hours');
    if (!Number.isInteger(c.targetLevel) || c.targetLevel < 1 || c.targetLevel > 5) {
      throw badInput(`competencies.targetLevel must be a whole level from 1 to 5, got ${c.targetLevel}`, { field: 'competencies.targetLevel' });
    }
  }
  for (const c of input.content) requireHours(c.hours, 'certificateContent.hours');
  requireUnique(input.competencies.map((c) => c.itemId), 'competencies', 'competency item');
  requireUnique(input.content.map((c) => `${c.standardCode} ${c.unitCode}`), 'certificateContent', 'content unit');
  requireWithinCourse(input.competencies.reduce((n, c) => n + c.hours, 0), course, 'competencies.hours');
  requireWithinCourse(input.content.reduce((n, c) => n + c.hours, 0), course, 'certificateContent.hours');
  return { ...input, effectiveFrom };
}

/** The start of the course's latest mapping, or null when it has none. */
async function latestStart(em: EntityManager, courseCode: string): Promise<string | null> {
  const starts = await Promise.all([CourseCompetencyEntity, CourseContentEntity].map((entity) =>
    em.getRepository(entity).createQueryBuilder('m').select('MAX(m.effectiveFrom)', 'latest').where('m.courseCode = :courseCode', { courseCode }).getRawOne<{ latest: string | null }>()));
  return starts.map((s) => s?.latest ?? null).reduce<string | null>((a, b) => (a === null || (b !== null && b > a) ? b : a), null);
}

/** Closes the rows in force on the new start and inserts the new ones, in the caller's transaction. */
export async function remapCourse(em: EntityManager, courseCode: string, mapping: CourseMapping, recordedBy: string, recordedAt: string): Promise<void> {
  const latest = await latestStart(em, courseCode);
  if (latest !== null && mapping.effectiveFrom <= latest) {
    throw badInput(`effectiveFrom must be after ${latest}, the start of course ${courseCode}'s latest mapping: earlier mappings are history and are not rewritten`, { field: 'effectiveFrom' });
  }
  const dayBefore = addDays(mapping.effectiveFrom, -1);
  for (const entity of [CourseCompetencyEntity, CourseContentEntity]) {
    await em.getRepository(entity).createQueryBuilder().update().set({ effectiveTo: dayBefore })
      .where('course_code = :courseCode AND (effective_to IS NULL OR effective_to >= :from)', { courseCode, from: mapping.effectiveFrom }).execute();
  }
  const stamp = { courseCode, effectiveFrom: mapping.effectiveFrom, effectiveTo: null, recordedBy, recordedAt };
  if (mapping.competencies.length > 0) {
    await em.insert(CourseCompetencyEntity, mapping.competencies.map(({ itemId, hours, targetLevel }) => ({ ...stamp, itemId, hours, targetLevel })));
  }
  if (mapping.content.length > 0) {
    await em.insert(CourseContentEntity, mapping.content.map(({ standardCode, unitCode, hours }) => ({ ...stamp, standardCode, unitCode, hours })));
  }
}

/** What writing a mapping needs of a subgraph's request: its database, caller and the loaders that cache mappings. */
export interface MappingWriter {
  db: DataSource;
  actor: Actor;
  loaders: { competenciesByCourse: { clear(code: string): unknown }; contentByCourse: { clear(code: string): unknown } };
}

/**
 * Writes a checked mapping in its own transaction. Two requests mapping one
 * course from one day at once: the unique key keeps one, the other hears
 * CONFLICT. The request's cached mappings of the course are dropped after.
 */
export async function writeCourseMapping(ctx: MappingWriter, courseCode: string, mapping: CourseMapping): Promise<void> {
  try {
    await writeTransaction(ctx.db, (em) => remapCourse(em, courseCode, mapping, ctx.actor.kind === 'user' ? ctx.actor.subject : 'anonymous', nowInstant()));
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`course ${courseCode} was mapped from ${mapping.effectiveFrom} by another request at the same time; read its mapping again`);
    throw err;
  }
  ctx.loaders.competenciesByCourse.clear(courseCode);
  ctx.loaders.contentByCourse.clear(courseCode);
}
