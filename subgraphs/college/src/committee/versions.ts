/**
 * Course versions: an adopted REVISE or REPLACE adds the course's next
 * version from the term's first day and ends the one in force the day before;
 * RETIRE only ends it. Versions are never deleted, so the course's history
 * (4G Network Optimization, then 5G Network Architecture) stays readable.
 */
import { IsNull, type EntityManager } from 'typeorm';
import { addDays } from '@guantong/shared/clock';
import { conflict } from '@guantong/shared/errors';
import type { CourseRow } from '../entities/course.ts';
import { CourseVersionEntity, type CourseVersionRow } from '../entities/course-version.ts';
import type { ProposalRow } from '../entities/committee.ts';

/** Applies an adopted proposal to the course's versions; returns the version created, or null (RETIRE). */
export async function applyToVersions(em: EntityManager, course: CourseRow, proposal: ProposalRow, from: string): Promise<number | null> {
  const versions = await em.find(CourseVersionEntity, { where: { courseCode: course.code }, order: { version: 'ASC' } });
  const dayBefore = addDays(from, -1);
  let current: CourseVersionRow;
  if (versions.length === 0) {
    // The course as first catalogued becomes version 1, ending the day before the change.
    current = { courseCode: course.code, version: 1, title: course.title, credits: course.credits, hours: course.hours, effectiveFrom: null, effectiveTo: dayBefore, proposalId: null };
    await em.insert(CourseVersionEntity, current);
  } else {
    const latest = versions[versions.length - 1];
    if ((latest.effectiveFrom !== null && latest.effectiveFrom >= from) || (latest.effectiveTo !== null && latest.effectiveTo < dayBefore)) {
      throw conflict(`course ${course.code}'s latest version (${latest.version}) does not run into ${from}: it starts on or after that day, or has ended; a change applies to the version in force`);
    }
    const { affected } = await em.update(CourseVersionEntity, { courseCode: course.code, version: latest.version, effectiveTo: latest.effectiveTo === null ? IsNull() : latest.effectiveTo }, { effectiveTo: dayBefore });
    if (!affected) throw conflict(`course ${course.code}'s versions were changed by another request at the same time; read them again`);
    current = latest;
  }
  if (proposal.kind === 'RETIRE') return null;
  const next: CourseVersionRow = {
    courseCode: course.code, version: current.version + 1, title: proposal.newTitle ?? current.title, credits: proposal.newCredits ?? current.credits,
    hours: proposal.newHours ?? current.hours, effectiveFrom: from, effectiveTo: null, proposalId: proposal.id,
  };
  await em.insert(CourseVersionEntity, next);
  return next.version;
}
