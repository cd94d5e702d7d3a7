/**
 * A rule retired by correction, from a day before recorded decisions: the
 * reviews of the transfers those decisions confirmed on it open in the same
 * transaction as the retirement, with the correction's reason, and
 * openTransferReviews lists them at once. Without a reason a past end is
 * refused, and nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@guantong/shared/clock';
import { DEMO_TODAY } from '@guantong/shared/demo';
import { databaseKinds } from '@guantong/shared/testing';
import { codeOf, fieldOf, metro } from './harness.ts';
import { openCollegeWithPeers, type CollegeWithPeers } from './peers.ts';

const kinds = await databaseKinds();

// Both Network Technology, both eligible today with X-NED-1: rule 1 exempts NET-H210 for each.
const PROGRESSED = ['GT2024000013', 'GT2024000048'];
const CERTIFICATE_RULE = '1'; // X-NED-1 → NET-H210, priority 10: confirmed for both
const RESULT_RULE = '2'; // NET-S120 ≥ 85 → NET-H210, priority 5: superseded by rule 1, so confirmed for neither
const YESTERDAY = addDays(DEMO_TODAY, -1);
const REASON = 'the rule was published for the wrong intake and never approved for 2026';

const PROGRESS = 'mutation($id: ID!) { progressStudent(studentId: $id) { stage } }';
const RETIRE = 'mutation($id: ID!, $to: Date!, $reason: String) { retireCreditRule(id: $id, effectiveTo: $to, correctionReason: $reason) { id effectiveTo } }';
const REVIEWS = 'query { openTransferReviews(collegeId: "col-metro") { nodes { studentId ruleId exemptedCourseCode reason outcome } } }';

interface Review { studentId: string; ruleId: string; exemptedCourseCode: string; reason: string; outcome: string | null }

/** A trigger that makes opening a review fail, to show that the retirement fails with it. */
const failingReviews = {
  sqlite: "CREATE TRIGGER review_store_down BEFORE INSERT ON transfer_review BEGIN SELECT RAISE(ABORT, 'review store down'); END",
  mariadb: "CREATE TRIGGER review_store_down BEFORE INSERT ON transfer_review FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'review store down'",
} as const;

describe.each(kinds)('reviews opened by a correction retirement (%s)', (kind) => {
  let hub: CollegeWithPeers;
  beforeAll(async () => {
    hub = await openCollegeWithPeers(kind);
    for (const id of PROGRESSED) expect((await hub.run(metro, PROGRESS, { id })).errors).toBeUndefined();
  });
  afterAll(() => hub?.close());

  /** What a retirement writes: the rule's end, its retirement records and reviews. */
  const written = async () => ({
    end: (await hub.db.dataSource.query(`SELECT effective_to FROM credit_rule WHERE id = ${CERTIFICATE_RULE}`))[0].effective_to,
    retirements: await hub.count('credit_rule_retirement'),
    reviews: await hub.count('transfer_review'),
  });
  const openReviews = async () => {
    const res = await hub.run<{ openTransferReviews: { nodes: Review[] } }>(metro, REVIEWS);
    expect(res.errors).toBeUndefined();
    return res.data!.openTransferReviews.nodes;
  };

  it('the decisions confirmed rule 1 and have no review yet', async () => {
    const rows = await hub.db.dataSource.query('SELECT confirmed_transfers FROM progression_decision');
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(JSON.parse(row.confirmed_transfers)).toContainEqual(expect.objectContaining({ ruleId: 1, exemptedCourseCode: 'NET-H210' }));
    expect(await openReviews()).toEqual([]);
  });

  it('retiring rule 1 from yesterday without a reason is refused, and writes nothing', async () => {
    const before = await written();
    for (const reason of [null, '   ']) {
      const res = await hub.run(metro, RETIRE, { id: CERTIFICATE_RULE, to: YESTERDAY, reason });
      expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', 'effectiveTo']);
    }
    expect(await written()).toEqual(before);
    expect(before.end).toBeNull();
  });

  it('if a review cannot be opened, the retirement is not recorded either: one transaction', async () => {
    const before = await written();
    await hub.db.dataSource.query(failingReviews[kind]);
    try {
      const res = await hub.run(metro, RETIRE, { id: CERTIFICATE_RULE, to: YESTERDAY, reason: REASON });
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].message).not.toContain('review store down');
    } finally {
      await hub.db.dataSource.query('DROP TRIGGER review_store_down');
    }
    expect(await written()).toEqual(before);
  });

  it('a correction of a rule no decision confirmed opens no review', async () => {
    const before = await written();
    expect((await hub.run(metro, RETIRE, { id: RESULT_RULE, to: YESTERDAY, reason: REASON })).errors).toBeUndefined();
    expect(await written()).toEqual({ ...before, retirements: before.retirements + 1 });
  });

  it('retiring rule 1 by correction opens a review of each decision’s transfer at once, listed for the college', async () => {
    const before = await written();
    const res = await hub.run(metro, RETIRE, { id: CERTIFICATE_RULE, to: YESTERDAY, reason: REASON });
    expect(res.errors).toBeUndefined();
    // No decision was read in between: the retirement itself opened them.
    expect(await written()).toEqual({ end: YESTERDAY, retirements: before.retirements + 1, reviews: before.reviews + 2 });
    const reviews = await openReviews();
    expect(reviews.map((r) => [r.studentId, r.ruleId, r.exemptedCourseCode, r.outcome]).sort()).toEqual(PROGRESSED.map((id) => [id, CERTIFICATE_RULE, 'NET-H210', null]));
    for (const review of reviews) {
      expect(review.reason).toBe(`The transfer confirmed on ${DEMO_TODAY} needs review: rule 1 was later retired from ${YESTERDAY}, before the decision of ${DEMO_TODAY}. Correction recorded: ${REASON}`);
    }
  });

  it('the decisions themselves are unchanged', async () => {
    const rows = await hub.db.dataSource.query('SELECT confirmed_transfers FROM progression_decision');
    for (const row of rows) expect(JSON.parse(row.confirmed_transfers)).toContainEqual(expect.objectContaining({ ruleId: 1, credits: 4 }));
  });
});
