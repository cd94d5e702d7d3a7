import { describe, expect, it } from 'vitest';
import { dueInOrder, retryDelayMs } from '../delivery.ts';
import { settled } from '../scan.ts';
import type { ChangeRow, WebhookDeliveryRow } from '../entities.ts';
import { mayLearnOf } from '../visibility.ts';

const delivery = (id: number, entityId: string, nextAttemptAt: string, subscriptionId = 'wh_a'): WebhookDeliveryRow => ({
  id, subscriptionId, version: id, entityType: 'SecondaryCourseResult', entityId, kind: 'UPDATED', changedAt: '2026-11-23T04:00:00.000Z',
  status: 'PENDING', attempts: 0, nextAttemptAt, lastError: null, deliveredAt: null,
});

describe('delivery order and backoff', () => {
  const now = '2026-11-23T04:00:10.000Z';
  it('tries only the earliest pending change of an entity: a later one waits, even when due', () => {
    const pending = [delivery(1, 'r1', '2026-11-23T04:00:30.000Z'), delivery(2, 'r1', now), delivery(3, 'r2', now), delivery(4, 'r1', now, 'wh_b')];
    expect(dueInOrder(pending, now).map((d) => d.id)).toEqual([3, 4]);
  });
  it('doubles the wait after each failed attempt', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 1000))).toEqual([1000, 2000, 4000, 8000]);
  });
});

const change = (version: number, changedAt: string): ChangeRow => ({
  version, entityType: 'College', entityId: 'col-x', kind: 'CREATED', changedAt, audience: 'PUBLIC', studentId: null, organizationId: null, part: null,
});

describe('reading the log up to a gap', () => {
  const now = Date.parse('2026-11-23T04:00:10.000Z');
  it('stops before a version that may still commit, and passes a gap once it is older than the grace time', () => {
    const rows = [change(5, '2026-11-23T04:00:09.000Z'), change(7, '2026-11-23T04:00:09.500Z')];
    expect(settled(rows, 4, now).map((r) => r.version)).toEqual([5]);
    expect(settled(rows, 4, now + 10_000).map((r) => r.version)).toEqual([5, 7]);
    expect(settled(rows, 3, now)).toEqual([]);
  });
});

describe('who learns of a change', () => {
  const result = { audience: 'STUDENT' as const, studentId: 'GT202200001X', organizationId: 'sch-riverside', part: 'RESULTS' as const };
  const staff = (role: 'SECONDARY_STAFF' | 'COLLEGE_STAFF', orgId: string) => ({ kind: 'user' as const, subject: 's', role, orgId });
  it('the owning school, the learner and admins learn of a learner’s result; another school and the anonymous do not', () => {
    expect(mayLearnOf(staff('SECONDARY_STAFF', 'sch-riverside'), result)).toBe(true);
    expect(mayLearnOf({ kind: 'user', subject: 'l', role: 'STUDENT', studentId: 'GT202200001X' }, result)).toBe(true);
    expect(mayLearnOf({ kind: 'user', subject: 'a', role: 'ADMIN' }, result)).toBe(true);
    expect(mayLearnOf(staff('SECONDARY_STAFF', 'sch-hillview'), result)).toBe(false);
    expect(mayLearnOf({ kind: 'anonymous' }, result)).toBe(false);
  });
  it('an organisation’s business reaches its staff only; the catalogue reaches everyone', () => {
    const committee = { audience: 'ORGANIZATION' as const, studentId: null, organizationId: 'col-metro', part: null };
    expect(mayLearnOf(staff('COLLEGE_STAFF', 'col-metro'), committee)).toBe(true);
    expect(mayLearnOf(staff('SECONDARY_STAFF', 'sch-riverside'), committee)).toBe(false);
    expect(mayLearnOf({ kind: 'anonymous' }, { audience: 'PUBLIC', studentId: null, organizationId: null, part: null })).toBe(true);
  });
});
