/**
 * What a learner lacks for their target job: required competencies they have
 * not acquired (by a passed course that taught them, or a certificate that
 * assesses them) and required certificates they do not hold.
 */
import { describe, expect, it } from 'vitest';
import { careerGap, type JobRequirementFact, type PassedCourse } from '../careers/career-gap.ts';
import { cover, curriculum, teach, unit } from './curriculum-fixtures.ts';

const needs = (kind: JobRequirementFact['kind'], id: string, essential = true): JobRequirementFact => ({
  kind, essential, itemId: kind === 'COMPETENCY' ? id : null, standardCode: kind === 'CERTIFICATE' ? id : null,
});
const passed = (stage: PassedCourse['stage'], courseCode: string, termStart = '2024-09-01'): PassedCourse => ({ stage, courseCode, termStart });

const c = curriculum({
  school: [teach('S1', 'ops', 30, 2), teach('S2', 'old', 10, 2, '2021-09-01', '2024-08-31')],
  schoolContent: [cover('S1', 'NED', 'N1', 30)],
  college: [teach('C1', 'sec', 40, 3), teach('C2', 'sec', 10, 2), teach('C3', 'fresh', 10, 2, '2026-09-01')],
  collegeContent: [cover('C1', 'NE', 'E1', 40)],
  units: [unit('NED', 'N1', 1, ['ops']), unit('NE', 'E1', 1, ['sec', 'aware'])],
});
const today = '2026-11-23';

describe('the career gap', () => {
  it('lists what is missing with the courses that teach it, secondary first, and marks those passed', () => {
    const gap = careerGap(c, [needs('COMPETENCY', 'ops'), needs('COMPETENCY', 'sec'), needs('CERTIFICATE', 'NE'), needs('CERTIFICATE', 'NED')], { passed: [passed('SECONDARY', 'S1')], heldStandards: new Set(['NED']) }, today);
    expect(gap.missingCompetencies).toEqual([{ itemId: 'sec', courses: [{ stage: 'HIGHER', courseCode: 'C1', passed: false }, { stage: 'HIGHER', courseCode: 'C2', passed: false }], standardCodes: ['NE'] }]);
    expect(gap.missingCertificates).toEqual([{ standardCode: 'NE', courses: [{ stage: 'HIGHER', courseCode: 'C1', passed: false }] }]);
  });

  it('a competency counts as acquired from a held certificate that assesses it, not from an optional requirement', () => {
    const gap = careerGap(c, [needs('COMPETENCY', 'aware'), needs('COMPETENCY', 'ops', false), needs('CERTIFICATE', 'X', false)], { passed: [], heldStandards: new Set(['NE']) }, today);
    expect(gap).toEqual({ missingCompetencies: [], missingCertificates: [] });
  });

  it('a passed course teaches what its mapping said when its term began, and lists the courses in force today', () => {
    const learner = { passed: [passed('SECONDARY', 'S2', '2023-09-01'), passed('HIGHER', 'C2')], heldStandards: new Set<string>() };
    const gap = careerGap(c, [needs('COMPETENCY', 'old'), needs('COMPETENCY', 'sec'), needs('COMPETENCY', 'fresh'), needs('CERTIFICATE', 'NE')], learner, today);
    // S2 taught "old" in 2023; C2 taught "sec". "fresh" is taught from 2026-09-01 by C3.
    expect(gap.missingCompetencies).toEqual([{ itemId: 'fresh', courses: [{ stage: 'HIGHER', courseCode: 'C3', passed: false }], standardCodes: [] }]);
    expect(gap.missingCertificates).toEqual([{ standardCode: 'NE', courses: [{ stage: 'HIGHER', courseCode: 'C1', passed: false }] }]);
    const late = careerGap(c, [needs('COMPETENCY', 'old')], { passed: [passed('SECONDARY', 'S2', '2024-09-01')], heldStandards: new Set() }, today);
    expect(late.missingCompetencies.map((m) => [m.itemId, m.courses])).toEqual([['old', []]]);
  });

  it('a passed course is marked, and a course covering a certificate’s content is listed once', () => {
    const both = curriculum({ school: [teach('S1', 'ops', 5, 2)], schoolContent: [cover('S1', 'NED', 'N1', 5), cover('S1', 'NED', 'N2', 5)], units: [unit('NED', 'N1', 1, ['ops'])] });
    const gap = careerGap(both, [needs('CERTIFICATE', 'NED')], { passed: [passed('SECONDARY', 'S1')], heldStandards: new Set() }, today);
    expect(gap.missingCertificates).toEqual([{ standardCode: 'NED', courses: [{ stage: 'SECONDARY', courseCode: 'S1', passed: true }] }]);
  });

  it('malformed requirements are ignored', () => {
    const odd: JobRequirementFact[] = [{ kind: 'COMPETENCY', essential: true, itemId: null, standardCode: 'NE' }, { kind: 'CERTIFICATE', essential: true, itemId: 'ops', standardCode: null }];
    expect(careerGap(c, odd, { passed: [], heldStandards: new Set() }, today)).toEqual({ missingCompetencies: [], missingCertificates: [] });
  });

  it('a passed course gives only its own items; covering courses are listed by stage then code, certificates by code', () => {
    const wide = curriculum({
      school: [teach('S3', 'ops', 5, 2), teach('S2', 'ops', 5, 2), teach('S1', 'own', 5, 2)],
      college: [teach('C9', 'ops', 5, 3), teach('C1', 'ops', 5, 3)],
      collegeContent: [cover('C1', 'NED', 'N1', 5), cover('C1', 'NE', 'E1', 5)],
      units: [unit('Z', 'Z1', 1, ['ops']), unit('A', 'A1', 1, ['ops']), unit('NE', 'E1', 1, []), unit('NED', 'N1', 1, [])],
    });
    const gap = careerGap(wide, [needs('COMPETENCY', 'ops'), needs('COMPETENCY', 'own'), needs('CERTIFICATE', 'NE')], { passed: [passed('SECONDARY', 'S1', '2021-09-01')], heldStandards: new Set() }, today);
    expect(gap.missingCompetencies).toEqual([{
      itemId: 'ops',
      courses: [{ stage: 'SECONDARY', courseCode: 'S2', passed: false }, { stage: 'SECONDARY', courseCode: 'S3', passed: false }, { stage: 'HIGHER', courseCode: 'C1', passed: false }, { stage: 'HIGHER', courseCode: 'C9', passed: false }],
      standardCodes: ['A', 'Z'],
    }]);
    expect(gap.missingCertificates).toEqual([{ standardCode: 'NE', courses: [{ stage: 'HIGHER', courseCode: 'C1', passed: false }] }]);
  });
});
