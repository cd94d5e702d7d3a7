import { describe, expect, it } from 'vitest';
import { DEMO_TODAY, catalog } from '@guantong/shared/demo';
import { findConflicts } from '../credit-bank/conflicts.ts';
import { evaluateCredit } from '../credit-bank/evaluate.ts';
import { termEnd } from '../evidence/evidence.ts';
import { award, certRule, courseRule, result } from './credit-fixtures.ts';

const courseCredits = new Map(catalog.collegeCourses.map((c) => [c.code, c.credits]));
/** Under a cap no test reaches unless it sets one. */
const evaluate = (rules: Parameters<typeof evaluateCredit>[0], certificates = [award()], results = [result('NET-S120', 90)], maxTransferCredits = 100) =>
  evaluateCredit(rules, { certificates, results }, { courseCredits, maxTransferCredits }, DEMO_TODAY);

describe('the credit bank’s decision (pure)', () => {
  describe('CERTIFICATE rules', () => {
    it('an award of the standard, in force on its issue date and reaching the minimum score, exempts the course', () => {
      const rule = certRule({ minScore: 60 });
      const { transfers, totalCredits } = evaluate([rule]);
      expect(transfers).toEqual([
        expect.objectContaining({
          rule, exemptedCourseCode: 'NET-H210', credits: 4, status: 'APPLIED', reason: null,
          evidence: { kind: 'CERTIFICATE', certificateSerial: 'NED1-2024-000001', standardCode: 'X-NED-1', secondaryCourseCode: null, term: null, score: 80, evidencedOn: '2024-06-20' },
        }),
      ]);
      expect(totalCredits).toBe(4);
    });

    it.each([
      ['a score below the minimum', { minScore: 81 }, {}],
      ['an award issued before the rule took effect', {}, { issuedOn: '2023-08-31' }],
      ['an award issued after the rule was retired', { effectiveTo: '2024-06-19' }, {}],
      ['a level below the minimum', { minLevel: 'INTERMEDIATE' as const }, {}],
      ['a standard without a level, when a level is required', { minLevel: 'ENTRY' as const }, { level: null }],
      ['an award with no score, when a score is required', { minScore: 1 }, { score: null }],
      ['another standard', {}, { standardCode: 'X-NE-2' }],
    ])('%s earns nothing', (_what, rule, evidence) => {
      expect(evaluate([certRule(rule)], [award(evidence)]).transfers).toEqual([]);
    });

    it('levels are ordered ENTRY < INTERMEDIATE < ADVANCED', () => {
      const rule = certRule({ standardCode: 'X-NE-2', minLevel: 'INTERMEDIATE' });
      expect(evaluate([rule], [award({ standardCode: 'X-NE-2', level: 'ADVANCED' })]).transfers).toHaveLength(1);
      expect(evaluate([rule], [award({ standardCode: 'X-NE-2', level: 'INTERMEDIATE' })]).transfers).toHaveLength(1);
    });

    it('the date range includes both ends', () => {
      const rule = certRule({ effectiveFrom: '2024-06-20', effectiveTo: '2024-06-20' });
      expect(evaluate([rule]).transfers).toHaveLength(1);
    });

    it('a rule exempting two courses gives one transfer per course; its credits are spread over them, each course at most its worth', () => {
      const { transfers, totalCredits } = evaluate([certRule({ exemptCourseCodes: 'NET-H210,NET-H220', credits: 6 })]);
      expect(transfers.map((t) => [t.exemptedCourseCode, t.credits, t.status])).toEqual([['NET-H210', 4, 'APPLIED'], ['NET-H220', 2, 'APPLIED']]);
      expect(transfers[1].reason).toBe("rule " + transfers[1].rule.id + " gives 6 credits for all the courses it exempts; NET-H220 is worth 3, and 2 of the rule's credits were left for it");
      expect(totalCredits).toBe(6);
    });
  });

  describe('COURSE_RESULT rules', () => {
    it('the best passed result of the course that reaches the minimum is the evidence, dated at the end of its term', () => {
      const results = [result('NET-S120', 86, '2023-2024-1'), result('NET-S120', 92, '2023-2024-2'), result('NET-S101', 99)];
      const { transfers } = evaluate([courseRule()], [], results);
      expect(transfers).toHaveLength(1);
      expect(transfers[0].evidence).toEqual({
        kind: 'COURSE_RESULT', certificateSerial: null, standardCode: null, secondaryCourseCode: 'NET-S120', term: '2023-2024-2', score: 92, evidencedOn: '2024-07-31',
      });
      expect(transfers[0].status).toBe('APPLIED');
    });

    it('a result below the minimum, or a term that ended before the rule took effect, earns nothing', () => {
      expect(evaluate([courseRule()], [], [result('NET-S120', 84)]).transfers).toEqual([]);
      expect(evaluate([courseRule({ effectiveFrom: '2024-02-01' })], [], [result('NET-S120', 95, '2023-2024-1')]).transfers).toEqual([]);
      expect(evaluate([courseRule({ effectiveFrom: '2024-01-31' })], [], [result('NET-S120', 95, '2023-2024-1')]).transfers).toHaveLength(1);
    });

    it('a failed result never counts, even when the minimum is below the pass mark', () => {
      expect(evaluate([courseRule({ minScore: 0 })], [], [result('NET-S120', 50)]).transfers).toEqual([]);
    });
  });

  describe('statuses', () => {
    it('the revocation cascade: a transfer resting on a revoked certificate is REVERSED with the reason, and its credits stop counting', () => {
      const revoked = award({ status: 'REVOKED', revokedOn: '2025-03-01', revocationReason: 'assessment irregularity' });
      const { transfers, totalCredits } = evaluate([certRule()], [revoked]);
      expect(transfers[0]).toMatchObject({ status: 'REVERSED', reason: 'certificate NED1-2024-000001 revoked on 2025-03-01: assessment irregularity' });
      expect(totalCredits).toBe(0);
    });

    it('a valid re-sat award is preferred to a revoked one of the same standard', () => {
      const revoked = award({ serial: 'OLD', status: 'REVOKED', score: 99, revokedOn: '2025-03-01', revocationReason: 'irregularity' });
      const { transfers } = evaluate([certRule()], [revoked, award({ serial: 'NEW', issuedOn: '2025-06-20' })]);
      expect(transfers[0]).toMatchObject({ status: 'APPLIED', evidence: { certificateSerial: 'NEW' } });
    });

    it('of two rules exempting the same course, the higher priority is APPLIED and the other SUPERSEDED, naming the winner', () => {
      const cert = certRule({ priority: 10 });
      const course = courseRule({ priority: 5 });
      const { transfers, totalCredits } = evaluate([course, cert]);
      expect(transfers.map((t) => [t.rule.id, t.status])).toEqual([[cert.id, 'APPLIED'], [course.id, 'SUPERSEDED']]);
      expect(transfers[1].reason).toBe(`superseded by rule ${cert.id} (priority 10), which exempts NET-H210 on certificate NED1-2024-000001`);
      expect(totalCredits).toBe(4);
    });

    it('at equal priority the lower rule id wins, and the reason points at creditRuleConflicts', () => {
      const older = certRule({ credits: 3 });
      const newer = certRule({ credits: 4 });
      const { transfers, totalCredits } = evaluate([newer, older]);
      expect(transfers.map((t) => [t.rule.id, t.status])).toEqual([[older.id, 'APPLIED'], [newer.id, 'SUPERSEDED']]);
      expect(transfers[1].reason).toMatch(/lower rule id wins.*creditRuleConflicts/);
      expect(totalCredits).toBe(3);
    });

    it('a REVERSED transfer does not compete: the next rule for the course applies', () => {
      const revoked = award({ status: 'REVOKED', revokedOn: '2025-03-01', revocationReason: 'irregularity' });
      const { transfers, totalCredits } = evaluate([certRule({ priority: 10 }), courseRule({ priority: 5 })], [revoked]);
      expect(transfers.map((t) => t.status)).toEqual(['REVERSED', 'APPLIED']);
      expect(totalCredits).toBe(4);
    });

    it('a rule partly superseded counts for the course it wins, never more than that course is worth', () => {
      // Before the course bound, these two courses worth 7 together gave 10 credits (4 + the broad rule's 6).
      const broad = certRule({ priority: 1, exemptCourseCodes: 'NET-H210,NET-H220', credits: 6 });
      const narrow = courseRule({ priority: 9 });
      const { transfers, totalCredits } = evaluate([broad, narrow]);
      expect(transfers.map((t) => [t.exemptedCourseCode, t.status, t.credits])).toEqual([['NET-H210', 'APPLIED', 4], ['NET-H210', 'SUPERSEDED', 4], ['NET-H220', 'APPLIED', 3]]);
      expect(totalCredits).toBe(7);
    });
  });

  describe('the agreement’s cap on transferred credits', () => {
    const high = certRule({ priority: 9 }); // NET-H210, 4 credits
    const middle = courseRule({ priority: 5, exemptCourseCodes: 'NET-H220', credits: 3 });
    const low = courseRule({ priority: 1, secondaryCourseCode: 'NET-S130', minScore: 60, exemptCourseCodes: 'NET-H230', credits: 4 });
    const results = [result('NET-S120', 90), result('NET-S130', 70)];

    it('fills the cap in priority order: the transfer that crosses it counts in part, those after it are CAPPED', () => {
      const outcome = evaluate([low, middle, high], [award()], results, 6);
      expect(outcome.transfers.map((t) => [t.rule.id, t.status, t.credits, t.cappedCredits])).toEqual([
        [high.id, 'APPLIED', 4, 0], [middle.id, 'APPLIED', 3, 1], [low.id, 'CAPPED', 4, 4],
      ]);
      expect(outcome.transfers[1].reason).toBe('the agreement counts at most 6 transferred credits: 1 of these 3 credits are over that cap and do not count');
      expect(outcome.transfers[2].reason).toBe('the agreement counts at most 6 transferred credits, and transfers of higher priority already reach that cap');
      expect([outcome.totalCredits, outcome.cappedCredits]).toEqual([6, 5]);
    });

    it('cuts nothing under the cap, and superseded or reversed transfers take none of its room', () => {
      const revoked = award({ status: 'REVOKED', revokedOn: '2025-01-01', revocationReason: 'audit' });
      const outcome = evaluate([high, middle, certRule({ priority: 0 })], [revoked], results, 7);
      expect(outcome.transfers.map((t) => [t.status, t.cappedCredits])).toEqual([['REVERSED', 0], ['APPLIED', 0], ['REVERSED', 0]]);
      expect([outcome.totalCredits, outcome.cappedCredits]).toEqual([3, 0]);
    });
  });

  it('terms end on 31 January and 31 July; a malformed term has no end', () => {
    expect(termEnd('2024-2025-1')).toBe('2025-01-31');
    expect(termEnd('2024-2025-2')).toBe('2025-07-31');
    expect(termEnd('2024-1')).toBeNull();
  });
});

describe('rule conflicts (pure)', () => {
  it('reports the same certificate giving different credits for a course at the same priority, in words', () => {
    const a = certRule({ agreementId: 'agr-ec', standardCode: 'X-OSOP-1', exemptCourseCodes: 'EC-H201', credits: 3, minScore: 60 });
    const b = certRule({ agreementId: 'agr-ec', standardCode: 'X-OSOP-1', exemptCourseCodes: 'EC-H201', credits: 4, minScore: 80, effectiveFrom: '2024-09-01' });
    const [conflict, ...rest] = findConflicts([b, a]);
    expect(rest).toEqual([]);
    expect(conflict.rules.map((r) => r.id)).toEqual([a.id, b.id]);
    expect(conflict.explanation).toContain('certificate X-OSOP-1');
    expect(conflict.explanation).toContain('from 2024-09-01 onwards');
    expect(conflict.explanation).toContain('scores 80–100');
    expect(conflict.explanation).toContain('EC-H201 at the same priority (0), giving 3 and 4 credits');
    expect(conflict.explanation).toContain(`apply rule ${a.id} (the lower rule id)`);
  });

  it('reports different credits for the same evidence and course even at different priorities', () => {
    const a = courseRule({ priority: 5, credits: 2 });
    const b = courseRule({ priority: 9, credits: 4, minScore: 90 });
    const [conflict] = findConflicts([a, b]);
    expect(conflict.explanation).toMatch(/different credits for NET-H210: 2 \(priority 5\) and 4 \(priority 9\)/);
    expect(conflict.explanation).toContain(`apply rule ${b.id} (the higher priority)`);
  });

  it.each([
    ['different evidence', { standardCode: 'X-NE-2' }, 'take different evidence (certificate X-NED-1; certificate X-NE-2), which a learner may hold both of'],
    ['a certificate and a course result', { kind: 'COURSE_RESULT' as const, standardCode: null, secondaryCourseCode: 'NET-S120' }, 'take different evidence (certificate X-NED-1; secondary course result NET-S120)'],
    ['date ranges that do not meet', { effectiveFrom: '2019-01-01', effectiveTo: '2023-08-31' }, 'at different times (from 2023-09-01 onwards; from 2019-01-01 to 2023-08-31), which a learner meets twice'],
  ])('reports a tie at the same priority whatever the evidence: %s', (_what, overrides, how) => {
    const [first, second] = [certRule(), certRule(overrides)];
    const [conflict, ...rest] = findConflicts([first, second]);
    expect(rest).toEqual([]);
    expect(conflict.explanation).toContain(how);
    expect(conflict.explanation).toContain('both exempt NET-H210 at the same priority (0)');
    expect(conflict.explanation).toContain(`apply rule ${first.id} (the lower rule id)`);
  });

  it('every tie a transfer’s reason cites is reported: a certificate rule and a course-result rule at equal priority', () => {
    // Before, only rules taking the same evidence were compared, and this tie went unreported.
    const cert = certRule({ priority: 5 });
    const course = courseRule({ priority: 5 });
    const superseded = evaluate([cert, course]).transfers.find((t) => t.status === 'SUPERSEDED');
    expect(superseded?.reason).toContain('equal priority, so the lower rule id wins (see creditRuleConflicts)');
    expect(findConflicts([cert, course]).map((c) => c.rules.map((r) => r.id))).toEqual([[cert.id, course.id]]);
  });

  it.each([
    ['different evidence at different priorities', { standardCode: 'X-NE-2', priority: 3, credits: 2 }],
    ['the same evidence giving different credits at different priorities, in date ranges that do not meet', { priority: 3, credits: 2, effectiveFrom: '2019-01-01', effectiveTo: '2023-08-31' }],
    ['different courses', { exemptCourseCodes: 'NET-H220' }],
    ['the same credits at different priorities (a clear precedence)', { priority: 3 }],
    ['another agreement', { agreementId: 'agr-ec' }],
  ])('does not report rules with %s', (_what, overrides) => {
    expect(findConflicts([certRule(), certRule(overrides)])).toEqual([]);
  });

  it('reports equal-priority rules sharing one of several exempted courses, with the level band', () => {
    const [conflict] = findConflicts([certRule({ exemptCourseCodes: 'NET-H201,NET-H210', minLevel: 'ENTRY' }), certRule({ exemptCourseCodes: 'NET-H210', minLevel: 'INTERMEDIATE' })]);
    expect(conflict.explanation).toContain('both exempt NET-H210 at the same priority');
    expect(conflict.explanation).toContain('levels INTERMEDIATE and above');
  });
});
