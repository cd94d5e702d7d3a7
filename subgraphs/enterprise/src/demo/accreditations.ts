/**
 * The demo's accreditations of issuers and its exam sessions. Every 1+X
 * standard of the demo is awarded under an accreditation that covers its
 * awards (and the days the tests award it on); two stories show supervision
 * at work (seed 004 §5.1):
 *
 * - Xinshang is suspended for X-OSOP-1 from 2026-10-15, after complaints about
 *   its fees. Its awards of June 2026 and before keep their standing: each
 *   verifies as ACCREDITED on its issue date, and new ones are refused.
 * - Xinshang's first accreditation for X-OSOP-2 was withdrawn from 2025-03-01
 *   after an audit found its practical assessment rooms unfit; it was
 *   accredited again from 2025-09-01, and its June 2026 awards rest on that.
 *
 * Zhongxin's X-NED-1 shows a renewal: an accreditation that ended in 2022, and
 * the one in force since 2023. Enterprises' own certificates need none.
 *
 * Exam sessions: one a year per standard and June with awards, held on the
 * 10th; its passes are that June's awards, its candidates also those who failed.
 */
import type { AwardRow } from '../entities/award.ts';
import type { AccreditationEventRow } from '../entities/accreditation-event.ts';
import type { AccreditationRow } from '../entities/accreditation.ts';
import type { ExamSessionRow } from '../entities/exam-session.ts';
import type { StatusChange } from '../accreditation/timeline.ts';

/** The administrator the demo credits with the supervisor's decisions. */
export const DEMO_SUPERVISOR = 'demo:supervisor';

interface DemoAccreditation {
  id: string;
  organizationId: string;
  standardCode: string;
  validFrom: string;
  validUntil: string;
  /** The grant first, then each change, each with the instant it was recorded. */
  steps: (StatusChange & { at: string })[];
}

const granted = (validFrom: string, at: string, reason: string) => ({ status: 'ACTIVE' as const, effectiveOn: validFrom, reason, at });

export const demoAccreditations: DemoAccreditation[] = [
  {
    id: 'acc-zhongxin-ned1-2020', organizationId: 'org-zhongxin', standardCode: 'X-NED-1', validFrom: '2020-01-01', validUntil: '2022-12-31',
    steps: [granted('2020-01-01', '2019-12-10T02:00:00.000Z', 'first 1+X pilot round: qualification audit of teaching capacity, assessors and facilities passed')],
  },
  {
    id: 'acc-zhongxin-ned1-2023', organizationId: 'org-zhongxin', standardCode: 'X-NED-1', validFrom: '2023-01-01', validUntil: '2027-12-31',
    steps: [granted('2023-01-01', '2022-12-01T02:00:00.000Z', 'renewed after the 2022 qualification audit')],
  },
  {
    id: 'acc-zhongxin-ne2-2023', organizationId: 'org-zhongxin', standardCode: 'X-NE-2', validFrom: '2023-01-01', validUntil: '2027-12-31',
    steps: [granted('2023-01-01', '2022-12-01T02:00:00.000Z', 'qualification audit 2022 passed for the intermediate level')],
  },
  {
    id: 'acc-xinshang-osop1-2023', organizationId: 'org-xinshang', standardCode: 'X-OSOP-1', validFrom: '2023-01-01', validUntil: '2027-12-31',
    steps: [
      granted('2023-01-01', '2022-12-05T02:00:00.000Z', 'qualification audit 2022 passed'),
      {
        status: 'SUSPENDED', effectiveOn: '2026-10-15', at: '2026-10-14T08:00:00.000Z',
        reason: 'complaints of arbitrary examination fees under investigation by the provincial education department',
      },
    ],
  },
  {
    id: 'acc-xinshang-osop2-2024', organizationId: 'org-xinshang', standardCode: 'X-OSOP-2', validFrom: '2024-01-01', validUntil: '2026-12-31',
    steps: [
      granted('2024-01-01', '2023-12-01T02:00:00.000Z', 'qualification audit 2023 passed for the intermediate level'),
      {
        status: 'WITHDRAWN', effectiveOn: '2025-03-01', at: '2025-02-20T02:00:00.000Z',
        reason: 'audit found the practical assessment rooms unfit for the intermediate level',
      },
    ],
  },
  {
    id: 'acc-xinshang-osop2-2025', organizationId: 'org-xinshang', standardCode: 'X-OSOP-2', validFrom: '2025-09-01', validUntil: '2028-08-31',
    steps: [granted('2025-09-01', '2025-08-20T02:00:00.000Z', 're-accredited after the assessment rooms were rebuilt and audited again')],
  },
  {
    id: 'acc-zhilian-icv2-2024', organizationId: 'org-zhilian', standardCode: 'X-ICV-2', validFrom: '2024-09-01', validUntil: '2028-08-31',
    steps: [granted('2024-09-01', '2024-08-01T02:00:00.000Z', 'qualification audit 2024 passed, with Huadong’s test lines as practice sites')],
  },
];

/** The rows and the append-only history, as grantAccreditation and setAccreditationStatus would have written them. */
export function demoAccreditationRows(): { rows: AccreditationRow[]; events: Omit<AccreditationEventRow, 'id'>[] } {
  const rows: AccreditationRow[] = [];
  const events: Omit<AccreditationEventRow, 'id'>[] = [];
  for (const { steps, ...terms } of demoAccreditations) {
    const last = steps[steps.length - 1];
    if (!last) throw new Error(`demo accreditation ${terms.id} has no grant`);
    rows.push({ ...terms, status: last.status, statusFrom: last.effectiveOn, reason: last.reason, version: steps.length });
    steps.forEach(({ status, effectiveOn, reason, at }, i) => {
      const kind = i === 0 ? 'GRANTED' : status === 'ACTIVE' ? 'REINSTATED' : status;
      events.push({ accreditationId: terms.id, kind, status, effectiveOn, reason, at, actorSubject: DEMO_SUPERVISOR });
    });
  }
  return { rows, events };
}

/** Candidates who failed, per hundred who passed, by standard: the pass rates the demo reports. */
const FAILED_PER_HUNDRED_PASSED: Record<string, number> = { 'X-NED-1': 25, 'X-NE-2': 40, 'X-OSOP-1': 50, 'X-OSOP-2': 30, 'X-ICV-2': 20, 'E-HD-ICVT': 10 };

/** One session per standard and June with awards, its passes that June's awards. */
export function demoExamSessions(awards: readonly Pick<AwardRow, 'standardCode' | 'issuedOn'>[]): ExamSessionRow[] {
  const passes = new Map<string, number>();
  for (const { standardCode, issuedOn } of awards) {
    const key = `${standardCode}|${issuedOn.slice(0, 7)}`;
    passes.set(key, (passes.get(key) ?? 0) + 1);
  }
  return [...passes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, passed]) => {
    const [standardCode = '', month = ''] = key.split('|');
    const heldOn = `${month}-10`;
    return {
      id: `exs-${standardCode.toLowerCase()}-${month}`,
      standardCode,
      heldOn,
      candidates: passed + Math.round((passed * (FAILED_PER_HUNDRED_PASSED[standardCode] ?? 0)) / 100),
      passed,
      recordedAt: `${heldOn}T08:00:00.000Z`,
      recordedBy: 'demo:staff',
    };
  });
}
