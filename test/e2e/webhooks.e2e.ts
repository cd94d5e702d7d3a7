import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { databaseKinds } from '@guantong/shared/testing';
import { startSubgraph } from '@guantong/shared/subgraph';
import { secondarySubgraph } from '../../subgraphs/secondary/src/definition.ts';
import { startHub, type Hub } from '../helpers/hub.ts';
import { startReceiver, type Receiver } from '../helpers/webhook-receiver.ts';

const kinds = await databaseKinds();

const NET = 'GT202200001X'; // Riverside's learner
const EC = 'GT2022000028'; // Hillview's learner
// Plain HTTP and the loopback receiver are allowed for this hub only, as README "Change feed and webhooks" explains.
const WEBHOOK_ENV = { WEBHOOK_ALLOW_HTTP: 'true', WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32', WEBHOOK_POLL_MS: '50', WEBHOOK_BACKOFF_MS: '100', WEBHOOK_MAX_ATTEMPTS: '4' };
const REGISTER = (name: string) => `mutation($input: RegisterWebhookInput!) { register${name}Webhook(input: $input) { secret subscription { id status entityTypes organizationId } } }`;
const SEC_RESULT = 'mutation($input: RecordResultInput!) { recordSecondaryResult(input: $input) { score } }';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Registered = { secret: string; subscription: { id: string; status: string } };

describe.each(kinds)('webhooks (%s)', (kind) => {
  let hub: Hub;
  const receivers: Receiver[] = [];
  let riverside: string;
  const register = async (token: string, input: Record<string, unknown>, name = 'Secondary') => {
    const reply = await hub.query<Record<string, Registered>>(REGISTER(name), { input }, token);
    return { reply, registered: reply.data?.[`register${name}Webhook`] };
  };
  const receiver = async (statuses: number[]) => {
    const r = await startReceiver(statuses);
    receivers.push(r);
    return r;
  };

  beforeAll(async () => {
    hub = await startHub(kind, { env: WEBHOOK_ENV });
    riverside = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' });
  });
  afterAll(async () => {
    await hub?.stop();
    for (const r of receivers) await r.close();
  });

  it('delivers a signed change after the receiver failed twice, with backoff, and nothing the school could not read', async () => {
    const hook = await receiver([500, 500, 200]);
    const { reply, registered } = await register(riverside, { organizationId: 'sch-riverside', url: hook.url, entityTypes: ['SecondaryCourseResult'] });
    expect(reply.errors).toBeUndefined();
    expect(registered!.secret).toMatch(/^whsec_/);
    expect(registered!.subscription).toMatchObject({ status: 'ACTIVE', entityTypes: ['SecondaryCourseResult'], organizationId: 'sch-riverside' });
    const [{ secret: stored }] = await hub.databases.secondary.dataSource.query('SELECT secret FROM webhook_subscription WHERE id = ?', [registered!.subscription.id]);
    expect(stored).not.toContain(registered!.secret.slice(6, 20)); // sealed at rest
    // Hillview's learner's result, written outside GraphQL: the trigger logs it, and Riverside never hears of it.
    const db = hub.databases.secondary.dataSource;
    const [{ code }] = await db.query('SELECT c.code AS code FROM secondary_course c JOIN secondary_enrollment e ON e.program_code = c.program_code WHERE e.student_id = ? ORDER BY c.code LIMIT 1', [EC]);
    await db.query("INSERT INTO secondary_result (student_id, course_code, term, score) VALUES (?, ?, '2019-2020-1', 70)", [EC, code]);
    const written = await hub.query(SEC_RESULT, { input: { studentId: NET, courseCode: 'NET-S101', term: '2024-2025-2', score: 77 } }, riverside);
    expect(written.errors).toBeUndefined();

    const attempts = await hook.waitFor(3);
    await sleep(500);
    expect(hook.received.map((r) => r.status)).toEqual([500, 500, 200]);
    expect(new Set(attempts.map((a) => a.headers['webhook-id'])).size).toBe(1);
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(100);
    expect(attempts[2].at - attempts[1].at).toBeGreaterThanOrEqual(200);
    const verified = new Webhook(registered!.secret).verify(attempts[2].body, attempts[2].headers) as { type: string; data: Record<string, unknown> };
    expect(verified).toMatchObject({ type: 'SecondaryCourseResult.created', data: { source: 'secondary', entityType: 'SecondaryCourseResult', kind: 'CREATED' } });
    const [{ student }] = await db.query('SELECT student_id AS student FROM secondary_result WHERE id = ?', [Number(verified.data.entityId)]);
    expect(student).toBe(NET);
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(attempts[2].body, attempts[2].headers)).toThrow();
  });

  it('gives up after the attempt limit, marks the subscription FAILING, and delivers again once resumed', async () => {
    const metro = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' });
    const hook = await receiver([500]);
    const { registered } = await register(metro, { organizationId: 'col-metro', url: hook.url, entityTypes: ['CollegeCourseResult'] }, 'College');
    const written = await hub.query('mutation($input: RecordResultInput!) { recordCollegeResult(input: $input) { score } }', { input: { studentId: NET, courseCode: 'NET-H230', term: '2026-2027-1', score: 81 } }, metro);
    expect(written.errors).toBeUndefined();
    await hook.waitFor(4);
    await sleep(1000);
    expect(hook.received).toHaveLength(4);
    const LIST = 'query { collegeWebhooks(organizationId: "col-metro") { totalCount nodes { id status lastError } } }';
    const listed = await hub.query<{ collegeWebhooks: { nodes: { id: string; status: string; lastError: string }[] } }>(LIST, {}, metro);
    expect(listed.data!.collegeWebhooks.nodes).toEqual([{ id: registered!.subscription.id, status: 'FAILING', lastError: 'the receiver answered HTTP 500 (4 attempts)' }]);

    hook.script([200]);
    const resumed = await hub.query('mutation($id: ID!) { resumeCollegeWebhook(id: $id) { status } }', { id: registered!.subscription.id }, metro);
    expect(resumed.data).toEqual({ resumeCollegeWebhook: { status: 'ACTIVE' } });
    const all = await hook.waitFor(5);
    expect(all[4].status).toBe(200);
    expect(all[4].headers['webhook-id']).toBe(all[0].headers['webhook-id']);

    const riversideDelete = await hub.query('mutation($id: ID!) { deleteCollegeWebhook(id: $id) { id } }', { id: registered!.subscription.id }, riverside);
    expect(riversideDelete.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const deleted = await hub.query('mutation($id: ID!) { deleteCollegeWebhook(id: $id) { id status } }', { id: registered!.subscription.id }, metro);
    expect(deleted.data).toEqual({ deleteCollegeWebhook: { id: registered!.subscription.id, status: 'ACTIVE' } });
    expect((await hub.query<{ collegeWebhooks: { totalCount: number } }>(LIST, {}, metro)).data!.collegeWebhooks.totalCount).toBe(0);
    expect(await hub.databases.college.dataSource.query('SELECT id FROM webhook_delivery WHERE subscription_id = ?', [registered!.subscription.id])).toEqual([]);
  });

  it('delivers an entity’s changes in order: a later change waits while the earlier one is retried', async () => {
    const hook = await receiver([500, 200]);
    const { registered } = await register(riverside, { organizationId: 'sch-riverside', url: hook.url, entityTypes: ['SecondarySchool'] });
    const db = hub.databases.secondary.dataSource;
    await db.query("UPDATE secondary_school SET region = 'first' WHERE id = 'sch-riverside'");
    await db.query("UPDATE secondary_school SET region = 'second' WHERE id = 'sch-riverside'");
    const got = await hook.waitFor(3);
    const versions = got.map((r) => (new Webhook(registered!.secret).verify(r.body, r.headers) as { data: { version: number } }).data.version);
    expect(versions[0]).toBe(versions[1]);
    expect(versions[2]).toBeGreaterThan(versions[1]);
    expect(got.map((r) => r.status)).toEqual([500, 200, 200]);
  });

  it('refuses private, loopback, link-local and unique-local URLs, and plain names that do not resolve, writing nothing', async () => {
    const before = await hub.databases.secondary.dataSource.query('SELECT COUNT(*) AS n FROM webhook_subscription');
    const cases: [string, RegExp][] = [
      ['https://10.1.2.3/hooks', /10\.1\.2\.3 is in the private range/],
      ['https://192.168.0.10/hooks', /private range/],
      ['https://169.254.169.254/latest/meta-data', /linkLocal range/],
      ['https://127.0.0.2/hooks', /loopback range/],
      ['https://[::1]/hooks', /loopback range/],
      ['https://[fd00::1]/hooks', /uniqueLocal range/],
      ['https://[::ffff:10.0.0.1]/hooks', /private range/],
      ['https://no-such-host.invalid/hooks', /does not resolve/],
      ['ftp://example.com/hooks', /https:\/\//],
    ];
    for (const [url, message] of cases) {
      const { reply } = await register(riverside, { organizationId: 'sch-riverside', url, entityTypes: ['SecondaryCourseResult'] });
      expect(reply.errors?.[0].extensions?.code, url).toBe('BAD_USER_INPUT');
      expect(reply.errors?.[0].message, url).toMatch(message);
    }
    const hillview = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-hillview' });
    const other = await register(hillview, { organizationId: 'sch-riverside', url: 'https://example.com/hooks', entityTypes: ['SecondaryCourseResult'] });
    expect(other.reply.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await hub.databases.secondary.dataSource.query('SELECT COUNT(*) AS n FROM webhook_subscription')).toEqual(before);
  });

  it('keeps delivering after the subgraph restarts: the delivery state is in the database', async () => {
    const hook = await receiver([503]);
    const { registered } = await register(riverside, { organizationId: 'sch-riverside', url: hook.url, entityTypes: ['SecondaryEnrollment'] });
    await hub.databases.secondary.dataSource.query("UPDATE secondary_enrollment SET completed_on = '2025-07-02' WHERE student_id = ?", [NET]);
    const [first] = await hook.waitFor(1);
    await hub.subgraphs.secondary.close();
    hook.script([200]);
    const restarted = await startSubgraph(secondarySubgraph, hub.config, { port: 0, database: hub.databases.secondary, audit: hub.audit });
    hub.subgraphs.secondary = restarted as never;
    const all = await hook.waitFor(2);
    expect(all[1]).toMatchObject({ status: 200 });
    expect(all[1].headers['webhook-id']).toBe(first.headers['webhook-id']);
    const payload = new Webhook(registered!.secret).verify(all[1].body, all[1].headers) as { data: Record<string, unknown> };
    expect(payload.data).toMatchObject({ entityType: 'SecondaryEnrollment', entityId: NET, kind: 'UPDATED' });
  });
});
