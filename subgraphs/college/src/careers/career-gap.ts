/**
 * What a learner still lacks for their target job: the required (essential)
 * competencies they have not acquired and the required certificates they do
 * not hold, each with the courses of their pathway that would cover it.
 *
 * A competency is acquired by passing a course that taught it (the mapping in
 * force when the course's term began), or by holding a certificate whose
 * content units assess it.
 */
import { compareText } from '@guantong/shared/loaders';
import { inForce, STAGES, type Curriculum, type Stage } from '../curriculum/chain.ts';

export interface JobRequirementFact {
  kind: 'COMPETENCY' | 'CERTIFICATE';
  essential: boolean;
  itemId: string | null;
  standardCode: string | null;
}

/** A course the learner passed, and the day its term began. */
export interface PassedCourse {
  stage: Stage;
  courseCode: string;
  termStart: string;
}

export interface CoveringCourseRow {
  stage: Stage;
  courseCode: string;
  /** True when the learner has passed it already. */
  passed: boolean;
}

export interface MissingCompetencyRow {
  itemId: string;
  courses: CoveringCourseRow[];
  /** Standards whose content units assess the item: holding one would count. */
  standardCodes: string[];
}

export interface MissingCertificateRow {
  standardCode: string;
  courses: CoveringCourseRow[];
}

export interface CareerGap {
  missingCompetencies: MissingCompetencyRow[];
  missingCertificates: MissingCertificateRow[];
}

/** The gap with the job it is measured against. */
export type CareerGapView = CareerGap & { jobPositionId: string };

export interface LearnerFacts {
  passed: readonly PassedCourse[];
  /** Standards of the certificates the learner holds today. */
  heldStandards: ReadonlySet<string>;
}

function acquiredItems(curriculum: Curriculum, learner: LearnerFacts): Set<string> {
  const items = new Set<string>();
  for (const course of learner.passed) {
    const side = course.stage === 'SECONDARY' ? curriculum.secondary : curriculum.higher;
    for (const m of inForce(side.competencies, course.termStart)) if (m.courseCode === course.courseCode) items.add(m.itemId);
  }
  for (const unit of curriculum.units) if (learner.heldStandards.has(unit.standardCode)) unit.itemIds.forEach((id) => items.add(id));
  return items;
}

const byStageAndCode = (a: CoveringCourseRow, b: CoveringCourseRow) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || compareText(a.courseCode, b.courseCode);

function covering(curriculum: Curriculum, learner: LearnerFacts, on: string, teaches: (stage: Stage, courseCode: string) => boolean): CoveringCourseRow[] {
  const passed = new Set(learner.passed.map((p) => `${p.stage}|${p.courseCode}`));
  const found = new Map<string, CoveringCourseRow>();
  for (const side of [curriculum.secondary, curriculum.higher]) {
    const codes = [...inForce(side.competencies, on), ...inForce(side.content, on)].map((row) => row.courseCode);
    for (const code of codes) {
      if (teaches(side.stage, code)) found.set(`${side.stage}|${code}`, { stage: side.stage, courseCode: code, passed: passed.has(`${side.stage}|${code}`) });
    }
  }
  return [...found.values()].sort(byStageAndCode);
}

export function careerGap(curriculum: Curriculum, requirements: readonly JobRequirementFact[], learner: LearnerFacts, on: string): CareerGap {
  const acquired = acquiredItems(curriculum, learner);
  const required = requirements.filter((r) => r.essential);
  const sideOf = (stage: Stage) => (stage === 'SECONDARY' ? curriculum.secondary : curriculum.higher);
  const missingCompetencies = required
    .flatMap((r) => (r.kind === 'COMPETENCY' && r.itemId !== null && !acquired.has(r.itemId) ? [r.itemId] : []))
    .map((itemId) => ({
      itemId,
      courses: covering(curriculum, learner, on, (stage, code) => inForce(sideOf(stage).competencies, on).some((m) => m.courseCode === code && m.itemId === itemId)),
      standardCodes: [...new Set(curriculum.units.filter((u) => u.itemIds.includes(itemId)).map((u) => u.standardCode))].sort(compareText),
    }));
  const missingCertificates = required
    .flatMap((r) => (r.kind === 'CERTIFICATE' && r.standardCode !== null && !learner.heldStandards.has(r.standardCode) ? [r.standardCode] : []))
    .map((standardCode) => ({
      standardCode,
      courses: covering(curriculum, learner, on, (stage, code) => inForce(sideOf(stage).content, on).some((c) => c.courseCode === code && c.standardCode === standardCode)),
    }));
  return { missingCompetencies, missingCertificates };
}
