/** Two fixture learners on a four-item framework, for the growth method tests. */
import type { FrameworkItem, GrowthFacts, ModuleFact } from '../types.ts';

export const K1: FrameworkItem = { id: 'k1', code: 'NT-K1', kind: 'KNOWLEDGE', level: 2 };
export const K2: FrameworkItem = { id: 'k2', code: 'NT-K2', kind: 'KNOWLEDGE', level: 3 };
export const S2: FrameworkItem = { id: 's2', code: 'NT-S2', kind: 'SKILL', level: 4 };
export const A1: FrameworkItem = { id: 'a1', code: 'NT-A1', kind: 'ATTITUDE', level: 2 };
export const ITEMS = [K1, K2, S2, A1];

const module = (code: string, competencies: ModuleFact['competencies'], prerequisiteCodes: string[] = [], credits = 2): ModuleFact => ({
  code, standardCode: 'STD-1', title: `Module ${code}`, credits, hours: 32, sequence: 1, providerId: 'col-1', prerequisiteCodes, competencies,
});

export const M1 = module('M1', [{ itemId: 's2', hours: 16, targetLevel: 3 }, { itemId: 'a1', hours: 8, targetLevel: 2 }]);

const shared = {
  items: ITEMS,
  mappings: [
    { stage: 'SECONDARY' as const, courseCode: 'C1', itemId: 'k1', hours: 40, targetLevel: 2, effectiveFrom: '2021-09-01', effectiveTo: null },
    { stage: 'SECONDARY' as const, courseCode: 'C1', itemId: 's2', hours: 20, targetLevel: 2, effectiveFrom: '2021-09-01', effectiveTo: null },
    // Ended before any of C1's terms ended: never evidence.
    { stage: 'SECONDARY' as const, courseCode: 'C1', itemId: 'a1', hours: 10, targetLevel: 2, effectiveFrom: '2021-09-01', effectiveTo: '2022-08-31' },
    // Not an item of the framework: ignored.
    { stage: 'SECONDARY' as const, courseCode: 'C1', itemId: 'elsewhere', hours: 10, targetLevel: 2, effectiveFrom: '2021-09-01', effectiveTo: null },
    { stage: 'HIGHER' as const, courseCode: 'H1', itemId: 's2', hours: 30, targetLevel: 3, effectiveFrom: '2021-09-01', effectiveTo: null },
  ],
  modules: [M1],
  units: [
    { standardCode: 'STD-1', code: 'U1', weight: 10, itemIds: ['s2', 'elsewhere'] },
    { standardCode: 'STD-1', code: 'U2', weight: 6, itemIds: ['a1'] },
  ],
  providerStages: { 'col-1': 'HIGHER' as const },
};

/** Learner A, as of 2025-03-01. */
export const learnerA: GrowthFacts = {
  ...shared,
  results: [
    { stage: 'SECONDARY', courseCode: 'C1', term: '2022-2023-1', score: 80, passed: true, issuerId: 'sch-1' },
    { stage: 'SECONDARY', courseCode: 'C1', term: '2022-2023-2', score: 70, passed: true, issuerId: 'sch-1' },
    { stage: 'HIGHER', courseCode: 'H1', term: '2024-2025-1', score: 50, passed: false, issuerId: 'col-1' },
  ],
  assessments: [{ moduleCode: 'M1', score: 90, assessedOn: '2024-05-10' }],
  certificates: [{ serial: 'CERT-A', standardCode: 'STD-1', issuerId: 'ent-1', score: 85, issuedOn: '2024-06-01', revokedOn: null }],
};

/** Learner B, as of 2024-12-31. */
export const learnerB: GrowthFacts = {
  ...shared,
  results: [
    { stage: 'SECONDARY', courseCode: 'C1', term: '2023-2024-2', score: 60, passed: true, issuerId: 'sch-1' },
    { stage: 'SECONDARY', courseCode: 'C1', term: '2022-2023-2', score: 60, passed: true, issuerId: 'sch-1' },
    // Its term ends on 2025-01-31, after the day.
    { stage: 'HIGHER', courseCode: 'H1', term: '2024-2025-1', score: 95, passed: true, issuerId: 'col-1' },
  ],
  assessments: [
    { moduleCode: 'M1', score: 55, assessedOn: '2024-04-01' },
    { moduleCode: 'M1', score: 55, assessedOn: '2024-03-01' },
    { moduleCode: 'M1', score: 95, assessedOn: '2025-02-01' },
  ],
  certificates: [
    { serial: 'CERT-REVOKED', standardCode: 'STD-1', issuerId: 'ent-1', score: 90, issuedOn: '2024-01-10', revokedOn: '2024-10-01' },
    { serial: 'CERT-B', standardCode: 'STD-2', issuerId: 'ent-1', score: null, issuedOn: '2024-11-01', revokedOn: null },
    { serial: 'CERT-LATER', standardCode: 'STD-1', issuerId: 'ent-1', score: 99, issuedOn: '2025-01-05', revokedOn: null },
  ],
  units: [...shared.units, { standardCode: 'STD-2', code: 'U9', weight: 6, itemIds: ['a1'] }],
};
