import { describe, expect, it } from 'vitest';
import type { FrameworkItem, ModuleFact } from '@guantong/shared/growth/index';
import { MAX_SUGGESTIONS, buildReport, type ReportInputs } from '../reports/build.ts';
import { distributionOf } from '../reports/cohort.ts';

const S2: FrameworkItem = { id: 's2', code: 'NT-S2', kind: 'SKILL', level: 4 };
const S5: FrameworkItem = { id: 's5', code: 'NT-S5', kind: 'SKILL', level: 4 };
const K3: FrameworkItem = { id: 'k3', code: 'NT-K3', kind: 'KNOWLEDGE', level: 2 };
const module = (code: string, competencies: ModuleFact['competencies'], prerequisiteCodes: string[] = []): ModuleFact => ({
  code, standardCode: 'STD', title: `Module ${code}`, credits: 2, hours: 32, sequence: Number(code.slice(-1)), providerId: 'col-1', prerequisiteCodes, competencies,
});
const M1 = module('STD-M1', [{ itemId: 's2', hours: 20, targetLevel: 4 }]);
const M2 = module('STD-M2', [{ itemId: 's5', hours: 20, targetLevel: 4 }, { itemId: 'k3', hours: 10, targetLevel: 2 }], ['STD-M1']);

const inputs = (score: number, over: Partial<ReportInputs> = {}): ReportInputs => ({
  assessment: { moduleCode: 'STD-M1', score, assessedOn: '2026-05-01' },
  catalogue: [M1, M2],
  peer: {
    items: [S2, S5, K3],
    // A course result gave NT-S2 0.5 over 20 hours (value 0.5).
    otherEvidence: [{ itemId: 's2', kind: 'COURSE_RESULT', source: 'C1', issuerId: 'sch-1', stage: 'SECONDARY', on: '2026-01-31', score: 50, value: 0.5, weight: 20 }],
    job: { id: 'jp-1', title: 'Security engineer', requirements: [{ itemId: 's5', essential: true }, { itemId: 's2', essential: false }] },
  },
  enrolments: [],
  earlier: [],
  cohort: distributionOf(2024, 'sch-1', [score], score),
  gate: { standardCode: 'STD', moduleCodes: ['STD-M1', 'STD-M2'], threshold: 80, bestPreliminaryScore: null },
  ...over,
});

describe('a learning report’s content', () => {
  it('a pass raises the items the module teaches, from the evidence before to the evidence with it', () => {
    const report = buildReport(inputs(90));
    // After: (0.5·20 + min(1, 4/4)·0.9·20) / 40 = 0.7.
    expect(report.competenciesGained).toEqual([{ itemId: 's2', code: 'NT-S2', before: 0.5, after: 0.7 }]);
    expect(report.remainingGaps).toEqual([{ itemId: 's5', code: 'NT-S5', level: 0, essential: true }]);
    expect(report.suggestions.map((s) => [s.kind, s.moduleCode])).toEqual([['MODULE', 'STD-M2']]);
    expect(report.suggestions[0]!.text).toMatch(/prerequisite STD-M1 met/);
    expect(report.examGate).toMatchObject({ modulesPassed: 1, modulesTotal: 2, allModulesPassed: false, bestPreliminaryScore: null });
  });

  it('a fail counts as value 0, is suggested for a retake first, and the prerequisite it guards is not suggested', () => {
    const report = buildReport(inputs(40));
    expect(report.competenciesGained).toEqual([{ itemId: 's2', code: 'NT-S2', before: 0.5, after: 0.25 }]);
    expect(report.remainingGaps.map((g) => g.code)).toEqual(['NT-S2', 'NT-S5']);
    expect(report.suggestions.map((s) => [s.kind, s.moduleCode])).toEqual([['RETAKE', 'STD-M1']]);
    expect(report.suggestions.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
  });

  it('a weaker retake leaves the levels where the better assessment put them', () => {
    const report = buildReport(inputs(70, { earlier: [{ moduleCode: 'STD-M1', score: 90, assessedOn: '2026-03-01' }] }));
    expect(report.competenciesGained).toEqual([{ itemId: 's2', code: 'NT-S2', before: 0.7, after: 0.7 }]);
  });

  it('without a framework or target job: no competencies, no gaps, and suggestions only for a retake', () => {
    const report = buildReport(inputs(40, { peer: { items: [], otherEvidence: [], job: null } }));
    expect(report).toMatchObject({ competenciesGained: [], remainingGaps: [], jobPosition: null });
    expect(report.suggestions.map((s) => s.kind)).toEqual(['RETAKE']);
  });
});

describe('resource suggestions', () => {
  it('each suggested module with a published resource package is followed by it, within the five suggestions', () => {
    const report = buildReport(inputs(40, { resources: new Map([['STD-M1', '17']]) }));
    expect(report.suggestions.map((s) => [s.kind, s.moduleCode, s.resourcePackageId])).toEqual([['RETAKE', 'STD-M1', null], ['RESOURCE', 'STD-M1', '17']]);
  });
});
