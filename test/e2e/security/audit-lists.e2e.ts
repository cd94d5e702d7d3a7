/**
 * A row of `students` is read exactly like `student(id)`: every field the
 * caller may not read comes back null with its own FORBIDDEN error on that
 * path, and the refusal is in the audit trail beside the allowed reads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { startHub, type GraphQLResponse, type Hub } from '../../helpers/hub.ts';

const kinds = await databaseKinds();
const NET = 'GT202200001X'; // Riverside → Metro, HIGHER stage
const ORG = 'org-tianyi';

/** Fields of every part, with the selection each needs. */
const FIELDS = {
  name: 'name',
  pathway: 'pathway { stage }',
  higherStage: 'higherStage { enrolledOn }',
  secondaryStage: 'secondaryStage { enrolledOn }',
  consents: 'consents { nodes { id } }',
  accessLog: 'accessLog(first: 1) { nodes { at } }',
  creditTransfers: 'creditTransfers { totalCredits }',
  progression: 'progression { eligible }',
} as const;
type Field = keyof typeof FIELDS;

interface AuditRow { outcome: string; parts: string; request_id: string }

/** What one field gave: its value's presence, its error code, and the audit outcomes naming it. */
interface FieldOutcome { present: boolean; code: string | undefined; audited: string[] }

describe.each(kinds)('refusals in a list of learners are reported and recorded (%s)', (kind) => {
  let hub: Hub;
  let identityOnly: string;
  beforeAll(async () => {
    hub = await startHub(kind);
    const learner = await hub.token({ role: 'STUDENT', student: NET });
    const grant = 'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }';
    const input = { studentId: NET, organizationId: ORG, scopes: ['IDENTITY'], purpose: 'interview invitation', expiresOn: '2027-06-30' };
    const granted = await hub.query(grant, { input }, learner);
    expect(granted.errors).toBeUndefined();
    identityOnly = await hub.token({ role: 'ENTERPRISE_STAFF', org: ORG });
  });
  afterAll(() => hub?.stop());

  const trail = async (requestIds: Set<string>): Promise<AuditRow[]> => {
    const rows: (AuditRow & { id: number })[] = await hub.audit.dataSource.query('SELECT * FROM audit_entry WHERE student_id = ? ORDER BY id', [NET]);
    return rows.filter((r) => requestIds.has(r.request_id));
  };

  /** Runs the query, and reads back the entries it wrote (entries are told apart by request id). */
  const ask = async (query: string, variables: Record<string, unknown>, rowOf: (res: GraphQLResponse) => Record<string, unknown> | undefined, prefix: (string | number)[]) => {
    const before = new Set((await hub.audit.dataSource.query('SELECT request_id FROM audit_entry') as AuditRow[]).map((r) => r.request_id));
    const res = await hub.query(query, variables, identityOnly);
    const after = (await hub.audit.dataSource.query('SELECT request_id FROM audit_entry') as AuditRow[]).map((r) => r.request_id);
    const entries = await trail(new Set(after.filter((id) => !before.has(id))));
    const row = rowOf(res) ?? {};
    const outcome = (field: Field): FieldOutcome => ({
      present: row[field] != null,
      code: res.errors?.find((e) => e.path?.join('.') === [...prefix, field].join('.'))?.extensions?.code as string | undefined,
      audited: entries.filter((e) => e.parts.split(',').some((p) => p.endsWith(`:${field}`))).map((e) => e.outcome).sort(),
    });
    return Object.fromEntries(Object.keys(FIELDS).map((f) => [f, outcome(f as Field)])) as Record<Field, FieldOutcome>;
  };

  const selection = Object.values(FIELDS).join(' ');

  it('enterprise staff with only an IDENTITY grant: the name is read, every other field refused with FORBIDDEN and a DENIED entry, as through student(id)', async () => {
    const listed = await ask(`{ students(first: 5) { nodes { id ${selection} } } }`, {}, (res) => (res.data as { students?: { nodes: Record<string, unknown>[] } } | null)?.students?.nodes[0], ['students', 'nodes', 0]);
    const byId = await ask(`query($id: LearnerId!) { student(id: $id) { id ${selection} } }`, { id: NET }, (res) => (res.data as { student?: Record<string, unknown> } | null)?.student, ['student']);
    expect(listed.name).toEqual({ present: true, code: undefined, audited: ['ALLOWED'] });
    for (const field of Object.keys(FIELDS) as Field[]) {
      if (field === 'name') continue;
      expect({ field, ...listed[field] }).toEqual({ field, present: false, code: 'FORBIDDEN', audited: ['DENIED'] });
    }
    expect(listed).toEqual(byId);
  });
});
