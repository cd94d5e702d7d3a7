/**
 * The audit trail: every read and every refused attempt is recorded, rows
 * cannot be changed or removed, learners see who read them, and logs carry no
 * national ID, token or score.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { createLogger } from '@guantong/shared/logger';
import { mod11_2 } from '@guantong/shared/validation';
import { startHub, type Hub } from '../../helpers/hub.ts';
import { FIVE_YEAR_RECORD } from '../../helpers/operations.ts';

const kinds = await databaseKinds();
const NET = 'GT202200001X';
const EC = 'GT2022000028';

interface AuditRow { student_id: string; outcome: string; actor_role: string; organization_id: string | null; parts: string; request_id: string; service: string }

describe.each(kinds)('the audit trail (%s)', (kind) => {
  let hub: Hub;
  const logLines: string[] = [];
  beforeAll(async () => {
    const sink = new Writable({ write(chunk, _enc, done) { logLines.push(String(chunk)); done(); } });
    hub = await startHub(kind, { env: { LOG_LEVEL: 'debug' }, logger: (service) => createLogger(service, 'debug', sink) });
  });
  afterAll(() => hub?.stop());

  const rows = async (studentId: string): Promise<AuditRow[]> =>
    hub.audit.dataSource.query('SELECT * FROM audit_entry WHERE student_id = ? ORDER BY id', [studentId]);

  it('an allowed read writes ALLOWED rows naming the actor, organisation, parts and request', async () => {
    const college = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' });
    const before = (await rows(NET)).length;
    await hub.query(FIVE_YEAR_RECORD, { id: NET }, college);
    const written = (await rows(NET)).slice(before);
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((r) => r.outcome === 'ALLOWED' && r.actor_role === 'COLLEGE_STAFF' && r.organization_id === 'col-metro')).toBe(true);
    expect(new Set(written.map((r) => r.service))).toEqual(new Set(['secondary', 'college', 'enterprise']));
    const parts = written.flatMap((r) => r.parts.split(','));
    expect(parts).toEqual(expect.arrayContaining(['RESULTS:secondaryStage', 'RESULTS:higherStage', 'IDENTITY:name']));
    expect(new Set(written.map((r) => r.request_id)).size).toBe(1);
  });

  it('a refused read writes a DENIED row', async () => {
    const riverside = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' });
    const before = (await rows(EC)).length;
    await hub.query(FIVE_YEAR_RECORD, { id: EC }, riverside);
    const written = (await rows(EC)).slice(before);
    expect(written).toEqual([expect.objectContaining({ outcome: 'DENIED', organization_id: 'sch-riverside' })]);
  });

  it('audit rows cannot be updated or deleted, even with direct database access', async () => {
    await expect(hub.audit.dataSource.query("UPDATE audit_entry SET outcome = 'ALLOWED' WHERE outcome = 'DENIED'")).rejects.toThrow(/append-only/);
    await expect(hub.audit.dataSource.query('DELETE FROM audit_entry')).rejects.toThrow(/append-only/);
    expect((await rows(EC)).some((r) => r.outcome === 'DENIED')).toBe(true);
  });

  it('a learner sees who read their record; another learner cannot', async () => {
    const me = await hub.token({ role: 'STUDENT', student: NET });
    const res = await hub.query<{ student: { accessLog: { nodes: { actorRole: string; organizationId: string | null; outcome: string }[] } } }>('query($id: LearnerId!) { student(id: $id) { accessLog { nodes { actorRole organizationId outcome parts } } } }', { id: NET }, me);
    expect(res.errors).toBeUndefined();
    expect(res.data!.student.accessLog.nodes).toEqual(expect.arrayContaining([expect.objectContaining({ actorRole: 'COLLEGE_STAFF', organizationId: 'col-metro', outcome: 'ALLOWED' })]));
    const other = await hub.query<{ student: unknown }>('query($id: LearnerId!) { student(id: $id) { accessLog { nodes { at } } } }', { id: NET }, await hub.token({ role: 'STUDENT', student: EC }));
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('an admin queries the whole trail with filters; staff may not', async () => {
    const admin = await hub.token({ role: 'ADMIN' });
    const res = await hub.query<{ auditTrail: { totalCount: number; nodes: { outcome: string; studentId: string }[] } }>('{ auditTrail(filter: { outcome: DENIED }, first: 50) { totalCount nodes { outcome studentId actorSubject } } }', {}, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.auditTrail.totalCount).toBeGreaterThan(0);
    expect(res.data!.auditTrail.nodes.every((n) => n.outcome === 'DENIED')).toBe(true);
    const staff = await hub.query('{ auditTrail { totalCount } }', {}, await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' }));
    expect(staff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('logs never contain a national ID number, a token or a score', async () => {
    const school = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' });
    const body = '62010220100501200';
    const nationalId = body + mod11_2(body);
    const enrol = 'mutation($input: EnrollSecondaryStudentInput!) { enrollSecondaryStudent(input: $input) { student { id } } }';
    const input = { name: '日志测试', nationalId, schoolId: 'sch-riverside', programCode: 'SEC-NET', cohort: 2026, enrolledOn: '2026-09-01' };
    await hub.query(enrol, { input }, school);
    await hub.query(enrol, { input }, school); // duplicate: CONFLICT
    await hub.databases.secondary.dataSource.query('DROP TABLE secondary_result');
    await hub.query('mutation($input: RecordResultInput!) { recordSecondaryResult(input: $input) { score } }', { input: { studentId: NET, courseCode: 'NET-S101', term: '2026-2027-1', score: 87.25 } }, school);
    await hub.query(FIVE_YEAR_RECORD, { id: NET }, await hub.token({ role: 'ADMIN' }));
    const log = logLines.join('');
    expect(logLines.length).toBeGreaterThan(0);
    expect(log).not.toMatch(/\b\d{17}[\dXx]\b/);
    expect(log).not.toContain(nationalId);
    expect(log).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
    expect(log).not.toContain('87.25');
  });
});
