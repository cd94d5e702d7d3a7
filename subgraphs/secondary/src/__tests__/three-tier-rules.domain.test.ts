/**
 * The three-tier evaluation as a school explains it to a learner: which
 * modules count, how many credits they make, and when the formal exam opens.
 */
import { describe, expect, it } from 'vitest';
import type { CertificateModuleRow } from '../entities/certificate-module.ts';
import type { ModuleAssessmentRow } from '../entities/module-assessment.ts';
import type { PreliminaryExamRow } from '../entities/preliminary-exam.ts';
import {
  DEFAULT_PRELIMINARY_THRESHOLD, bestModuleScores, heldOn, bestPreliminaryScore, examEligibility, gateRefusal, moduleCredits, passedModuleCodes, thresholdOf,
} from '../training/rules.ts';

const LEARNER = 'GT2022000028';
let id = 0;
const assessment = (moduleCode: string, score: number): ModuleAssessmentRow => ({ id: (id += 1), studentId: LEARNER, moduleCode, score, assessedOn: '2024-05-01' });
const module = (code: string, credits = 2): CertificateModuleRow => ({ code, standardCode: 'X-OSOP-1', title: code, credits, sequence: 1, hours: 24, providerId: 'sch-hillview' });
const exam = (score: number, standardCode = 'X-OSOP-1'): PreliminaryExamRow => ({ id: (id += 1), studentId: LEARNER, standardCode, score, takenOn: '2024-06-01' });

describe('what counts on a given day', () => {
  it('an assessment, an exam sitting or a registration counts from its own day on, not before', () => {
    const assessed = { ...assessment('M1', 80), assessedOn: '2024-05-01' };
    const sat = { ...exam(90), takenOn: '2024-06-01' };
    const registered = { studentId: LEARNER, standardCode: 'X-OSOP-1', registeredOn: '2024-06-10' };
    expect(heldOn([assessed], '2024-04-30')).toEqual([]);
    expect(heldOn([assessed], '2024-05-01')).toEqual([assessed]);
    expect(heldOn([sat], '2024-05-31')).toEqual([]);
    expect(heldOn([sat], '2024-06-01')).toEqual([sat]);
    expect(heldOn([registered], '2024-06-09')).toEqual([]);
    expect(heldOn([registered], '2024-06-10')).toEqual([registered]);
  });
});

describe('module assessments (tier 1)', () => {
  it('a module retaken counts at its best score, whichever attempt came first', () => {
    expect(bestModuleScores([assessment('M1', 72), assessment('M1', 48)]).get('M1')).toBe(72);
    expect(bestModuleScores([assessment('M1', 48), assessment('M1', 72)]).get('M1')).toBe(72);
  });

  it('a module passes at exactly the pass mark of 60, and not below', () => {
    expect([...passedModuleCodes([assessment('M1', 60), assessment('M2', 59.5)])]).toEqual(['M1']);
  });

  it('each passed module’s credits count once, however often it was retaken; unknown modules count nothing', () => {
    const taken = [assessment('M1', 80), assessment('M1', 90), assessment('M2', 65), assessment('M3', 40)];
    expect(moduleCredits(taken, [module('M1', 2), module('M2', 3), module('M3', 2), null])).toBe(5);
    expect(moduleCredits([], [module('M1')])).toBe(0);
  });
});

describe('the preliminary exam (tier 2) and the gate to the formal exam (tier 3)', () => {
  it('the best sitting of that standard counts, whatever the order; other standards do not', () => {
    expect(bestPreliminaryScore([exam(91), exam(70)], 'X-OSOP-1')).toBe(91);
    expect(bestPreliminaryScore([exam(70), exam(91)], 'X-OSOP-1')).toBe(91);
    expect(bestPreliminaryScore([exam(99, 'X-ICV-2')], 'X-OSOP-1')).toBeNull();
  });

  it('the threshold is the standard’s own, or 80 when it sets none', () => {
    expect(DEFAULT_PRELIMINARY_THRESHOLD).toBe(80);
    expect(thresholdOf(null)).toBe(80);
    expect(thresholdOf({ standardCode: 'X-OSOP-1', preliminaryThreshold: 85 })).toBe(85);
  });

  it('opens at exactly the threshold, and says why it is shut otherwise', () => {
    expect(gateRefusal('X-OSOP-1', 80, 80)).toBeNull();
    expect(gateRefusal('X-OSOP-1', 79.5, 80)).toBe('best X-OSOP-1 preliminary score 79.5 is below the threshold of 80; registering needs at least 80');
    expect(gateRefusal('X-OSOP-1', null, 80)).toBe('no X-OSOP-1 preliminary exam sat yet; registering needs a best preliminary score of at least 80');
  });
});

describe('exam eligibility, explained', () => {
  const base = {
    standardCode: 'X-OSOP-1', known: true, threshold: 80,
    exams: [exam(70), exam(90)], registrations: [],
    modules: [module('M1'), module('M2'), module('M3')], assessments: [assessment('M1', 75), assessment('M2', 55)],
  };

  it('a learner whose best preliminary reaches the threshold may register', () => {
    expect(examEligibility(base)).toEqual({
      standardCode: 'X-OSOP-1', eligible: true, bestPreliminaryScore: 90, threshold: 80, modulesPassed: 1, modulesTotal: 3, registered: false, reasons: [],
    });
  });

  it('a learner already registered may not register again, and is told when they did', () => {
    const registered = examEligibility({ ...base, registrations: [{ studentId: LEARNER, standardCode: 'X-OSOP-1', registeredOn: '2024-06-10' }] });
    expect(registered).toMatchObject({ eligible: false, registered: true, reasons: ['already registered for the X-OSOP-1 formal exam on 2024-06-10'] });
    const elsewhere = examEligibility({ ...base, registrations: [{ studentId: LEARNER, standardCode: 'X-ICV-2', registeredOn: '2024-06-10' }] });
    expect(elsewhere).toMatchObject({ eligible: true, registered: false });
  });

  it('a standard whose exams the schools do not handle is never open here, and says so', () => {
    expect(examEligibility({ ...base, known: false })).toMatchObject({
      eligible: false,
      reasons: ['X-OSOP-1 has no training modules or exam gate here, so its formal exam is not registered through a secondary school'],
    });
  });

  it('a best preliminary below the threshold keeps the gate shut, with the reason', () => {
    expect(examEligibility({ ...base, exams: [exam(70)] })).toMatchObject({
      eligible: false, bestPreliminaryScore: 70, reasons: ['best X-OSOP-1 preliminary score 70 is below the threshold of 80; registering needs at least 80'],
    });
  });
});

describe('records count from their date', () => {
  it('an assessment, a sitting or a registration counts from its own day, not before', () => {
    const assessed = { ...assessment('M1', 90), assessedOn: '2024-05-01' };
    const sat = { ...exam(85), takenOn: '2024-06-01' };
    const registered = { studentId: LEARNER, standardCode: 'X-OSOP-1', registeredOn: '2024-07-01' };
    expect(heldOn([assessed], '2024-04-30')).toEqual([]);
    expect(heldOn([assessed], '2024-05-01')).toEqual([assessed]);
    expect(heldOn([sat], '2024-05-31')).toEqual([]);
    expect(heldOn([sat], '2024-06-01')).toEqual([sat]);
    expect(heldOn([registered], '2024-06-30')).toEqual([]);
    expect(heldOn([registered], '2024-07-01')).toEqual([registered]);
  });
});
