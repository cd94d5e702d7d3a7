/**
 * Two gateway engines, one answer: the contract operations through Hive
 * Gateway (gateway/src/hive/runtime.ts) and through @apollo/gateway return the
 * same data and the same errors, for every kind of caller; and neither lets
 * one caller's answer reach another when identical queries run at once.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { gatewaySigningKey } from '@guantong/shared/gateway-keys';
import type { ClientTokenClaims } from '@guantong/shared/identity';
import { createHiveGateway, transportEntries } from '@guantong/gateway/hive/runtime';
import { post, startHub, type GraphQLResponse, type Hub } from '../../helpers/hub.ts';
import { FIVE_YEAR_RECORD, RECOGNITION, STUDENTS } from '../../helpers/operations.ts';

const TRANSFERS = 'query Transfers($id: LearnerId!) { student(id: $id) { id creditTransfers { totalCredits cappedCredits transfers { status reason credits rule { id kind priority } exemptedCourse { code title } } } progression { eligible checks { met detail missing } } } }';
const CATALOGUE = '{ certificateStandards { nodes { code name kind level issuer { id name } } } colleges { nodes { id name } } }';

const callers: Record<string, ClientTokenClaims | undefined> = {
  admin: { role: 'ADMIN' },
  'college staff': { role: 'COLLEGE_STAFF', org: 'col-metro' },
  'secondary staff': { role: 'SECONDARY_STAFF', org: 'sch-riverside' },
  'the learner': { role: 'STUDENT', student: 'GT202200001X' },
  'another learner': { role: 'STUDENT', student: 'GT2022000028' },
  'an enterprise': { role: 'ENTERPRISE_STAFF', org: 'org-huadong' },
  anonymous: undefined,
};

const operations: { name: string; query: string; variables: Record<string, unknown> }[] = [
  { name: 'FiveYearRecord', query: FIVE_YEAR_RECORD, variables: { id: 'GT202200001X' } },
  { name: 'Students', query: STUDENTS, variables: { first: 5 } },
  { name: 'Students by cohort', query: STUDENTS, variables: { first: 3, filter: { cohort: '2023' } } },
  { name: 'Recognition', query: RECOGNITION, variables: { code: 'X-ICV-2' } },
  { name: 'credit transfers and progression', query: TRANSFERS, variables: { id: 'GT202200001X' } },
  { name: 'the catalogue', query: CATALOGUE, variables: {} },
];

/** True when the client asked for the field at `path` (it is a key of its parent in `data`). */
function requested(data: unknown, path: readonly (string | number)[]): boolean {
  let node = data;
  for (const [i, segment] of path.entries()) {
    if (Array.isArray(node)) node = node[0];
    if (typeof segment === 'number') continue;
    if (node === null || typeof node !== 'object' || !(segment in node)) return false;
    if (i < path.length - 1) node = (node as Record<string, unknown>)[segment];
  }
  return true;
}

/**
 * What a client can compare: the status, the data, and each error's path,
 * code and message. Two differences between the engines are known and left
 * out. Hive Gateway names an error inside a list without the item's index
 * (`students.nodes.name` where @apollo/gateway says `students.nodes.0.name`),
 * so indexes are dropped from both; `data` still shows which item it concerns.
 * And @apollo/gateway also reports the refusals of fields it fetched only to
 * satisfy a `@requires` (a learner's certificates, for the college's credit
 * decision), which the client did not ask for; only errors on requested fields
 * are compared.
 */
function answer(res: GraphQLResponse): unknown {
  const asked = (res.errors ?? []).filter((e) => !e.path || requested({ [String(e.path[0])]: null, ...(res.data ?? {}) }, e.path));
  const errors = asked.map((e) => ({ path: e.path?.filter((p) => typeof p === 'string'), code: e.extensions?.code, message: e.message }));
  errors.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return { status: res.status, data: res.data ?? null, errors };
}

for (const kind of await databaseKinds()) {
  describe(`Hive Gateway and @apollo/gateway give the same answers (${kind})`, () => {
    let hub: Hub;
    let hive: ReturnType<typeof createHiveGateway>;
    let server: http.Server;
    let hiveUrl: string;
    const tokens: Record<string, string | undefined> = {};
    beforeAll(async () => {
      // Sixty identical requests at once queue on the audit store's lock: give the subgraphs time to answer them all.
      hub = await startHub(kind, { env: { SUBGRAPH_TIMEOUT_MS: '60000' } });
      hive = createHiveGateway(hub.config, await gatewaySigningKey(hub.config.gatewayKeys));
      server = http.createServer(hive);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      hiveUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      for (const [name, claims] of Object.entries(callers)) tokens[name] = claims && (await hub.token(claims));
    });
    afterAll(async () => {
      server?.closeAllConnections();
      await new Promise((resolve) => server?.close(resolve));
      await hive?.dispose();
      await hub?.stop();
    });

    const ask = (url: string, query: string, variables: Record<string, unknown>, caller: string) =>
      post(url, { query, variables }, tokens[caller] ? { authorization: `Bearer ${tokens[caller]}` } : {});

    for (const operation of operations) {
      it(`${operation.name}, for every kind of caller`, async () => {
        for (const caller of Object.keys(callers)) {
          const apollo = await ask(hub.gateway.url, operation.query, operation.variables, caller);
          const other = await ask(hiveUrl, operation.query, operation.variables, caller);
          expect({ caller, ...(answer(other) as object) }).toEqual({ caller, ...(answer(apollo) as object) });
        }
      });
    }

    it('errors name no subgraph and carry a request id, through Hive too', async () => {
      const res = await ask(hiveUrl, FIVE_YEAR_RECORD, { id: 'GT202200001X' }, 'another learner');
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.extensions?.serviceName).toBeUndefined();
      expect(res.errors?.[0]?.extensions?.requestId).toMatch(/^[\w-]{36}$/);
    });

    it('Hive merges no subgraph requests of different callers: in-flight deduplication is off for every subgraph', () => {
      const entries = transportEntries(hub.config);
      expect(Object.keys(entries).sort()).toEqual(['college', 'enterprise', 'secondary']);
      for (const entry of Object.values(entries)) expect(entry.options.deduplicateInflightRequests).toBe(false);
    });

    it('a refused token is 401 through both', async () => {
      for (const url of [hub.gateway.url, hiveUrl]) {
        const res = await post(url, { query: CATALOGUE }, { authorization: 'Bearer not-a-token' });
        expect(res.status).toBe(401);
        expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    });

    for (const engine of ['@apollo/gateway', 'Hive Gateway']) {
      it(`identical queries at once from an ADMIN and a learner never share an answer (${engine})`, async () => {
        const url = engine === 'Hive Gateway' ? hiveUrl : hub.gateway.url;
        const pairs = await Promise.all(Array.from({ length: 30 }, () => Promise.all([
          ask(url, FIVE_YEAR_RECORD, { id: 'GT202200001X' }, 'admin'),
          ask(url, FIVE_YEAR_RECORD, { id: 'GT202200001X' }, 'another learner'),
        ])));
        const leaks = pairs.filter(([, learner]) => learner.data?.student != null);
        const adminRefused = pairs.filter(([admin]) => (admin.data as { student?: { name?: string } } | null)?.student?.name == null);
        expect(leaks.length).toBe(0);
        expect(adminRefused.length).toBe(0);
        for (const [, learner] of pairs) expect(learner.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      });
    }
  });
}
