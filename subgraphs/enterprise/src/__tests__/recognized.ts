/**
 * Support for the Student.recognizedCertificates stories: a pinned "today",
 * the query as the gateway sends it, and each answer as a line of a report.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { pinClock } from '@guantong/shared/clock';
import { DEMO_TODAY } from '@guantong/shared/demo';
import type { Actor } from '@guantong/shared/identity';
import { AUTO_GRADUATE, NET_GRADUATE, studentRef, type Harness } from './harness.ts';

export const TODAY = '2026-09-01';

/**
 * Pins the hub's clock for the calling file, so the demo agreements' end dates
 * (2028, 2030) do not turn its stories false as the years pass; then puts it
 * back on the demo's today, where every test file starts.
 */
export function pinToday(): void {
  beforeAll(() => pinClock(TODAY));
  afterAll(() => pinClock(DEMO_TODAY));
}

interface Recognized {
  standard: { code: string };
  award: { serial: string; standard: { code: string } };
  path: { id: string; counterpart: { code: string }; mutual: boolean }[];
  effectiveFrom: string;
  effectiveTo: string | null;
}
export interface StudentView { id: string; recognizedCertificates: { nodes: Recognized[] } | null }

const RECOGNIZED = /* GraphQL */ `
  query($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Student { id recognizedCertificates { nodes {
        standard { code } award { serial standard { code } }
        path { id counterpart { code } mutual } effectiveFrom effectiveTo
      } } }
    }
  }
`;

/** One recognition as a line of a report: what, from which award, through which agreements, when. */
export const line = (r: Recognized) => ({
  standard: r.standard.code,
  award: r.award.serial,
  path: r.path.map((p) => p.id),
  via: r.path.map((p) => p.counterpart.code),
  from: r.effectiveFrom,
  to: r.effectiveTo,
});

export const netGraduate = studentRef(NET_GRADUATE, ['sch-riverside', 'col-metro']);
export const autoGraduate = studentRef(AUTO_GRADUATE, ['sch-hillview', 'col-metro']);

/** Reads recognizedCertificates from the harness `hub()` returns when called. */
export function readerOf(hub: () => Harness) {
  const read = async (actor: Actor, ...refs: object[]) => {
    const { data, errors } = await hub().run<{ _entities: StudentView[] }>(actor, RECOGNIZED, { r: refs });
    return { students: data?._entities ?? [], errors: errors ?? [] };
  };
  const linesSeenBy = async (actor: Actor, ref: object) => {
    const { students, errors } = await read(actor, ref);
    expect(errors).toEqual([]);
    return students[0]?.recognizedCertificates?.nodes.map(line);
  };
  return { read, linesSeenBy };
}
