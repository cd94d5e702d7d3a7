/**
 * GraphQL over HTTP status codes: a request the server cannot run is the
 * client's mistake and gets a 4xx with a message that says what was wrong, at
 * the gateway and at each subgraph. None of these depends on the database, so
 * one SQLite hub is enough.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationHash, signGatewayToken } from '@guantong/shared/identity';
import { LIMITS } from '@guantong/gateway/limits';
import { post, startHub, type Hub } from '../helpers/hub.ts';
import { gatewayKeyOf } from '../helpers/keys.ts';

interface Case {
  name: string;
  body: { query?: string; variables?: Record<string, unknown>; operationName?: string };
  code: string;
  message: RegExp;
}

const standard = 'query($code: ID!) { certificateStandard(code: $code) { code } }';
const deep = (levels: number) => `{ certificateStandard(code: "X-ICV-2") { ${'recognitions { counterpart { '.repeat(levels)}code${' } }'.repeat(levels)} } }`;

/** Mistakes any GraphQL server must answer with 400, the gateway and subgraphs alike. */
const mistakes: Case[] = [
  { name: 'a syntax error', body: { query: '{ certificateStandards { code ' }, code: 'GRAPHQL_PARSE_FAILED', message: /^Syntax Error: Expected Name, found <EOF>/ },
  { name: 'an unknown field', body: { query: '{ certificateStandards { nodes { nope } } }' }, code: 'GRAPHQL_VALIDATION_FAILED', message: /Cannot query field "nope" on type "CertificateStandard"/ },
  { name: 'two operations and no operationName', body: { query: 'query A { certificateStandards { nodes { code } } } query B { certificateStandards { nodes { name } } }' }, code: 'OPERATION_RESOLUTION_FAILURE', message: /^the document has 2 operations \(A, B\): send operationName to choose one$/ },
  { name: 'an operationName the document lacks', body: { query: 'query A { certificateStandards { nodes { code } } }', operationName: 'B' }, code: 'OPERATION_RESOLUTION_FAILURE', message: /^the document has no operation named "B"; it has: A$/ },
  { name: 'a subscription', body: { query: 'subscription { certificateStandards { code } }' }, code: 'BAD_REQUEST', message: /^subscriptions are not served: send a query or a mutation$/ },
  { name: 'no query', body: { variables: {} }, code: 'BAD_REQUEST', message: /non-empty `query`/ },
  { name: 'a variable of the wrong type', body: { query: standard, variables: { code: { nested: 1 } } }, code: 'BAD_USER_INPUT', message: /^Variable "\$code" got invalid value/ },
  { name: 'a required variable missing', body: { query: standard }, code: 'BAD_USER_INPUT', message: /^Variable "\$code" of required type "ID!" was not provided/ },
];

/** The gateway's limits: each its own message, naming the limit and what was found. */
const overLimits: Case[] = [
  { name: 'depth', body: { query: deep(5) }, code: 'GRAPHQL_VALIDATION_FAILED', message: new RegExp(`^query exceeds the depth limit of ${LIMITS.maxDepth} \\(found 12\\)$`) },
  { name: 'aliases', body: { query: `{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: certificateStandards { nodes { code } }`).join(' ')} }` }, code: 'GRAPHQL_VALIDATION_FAILED', message: new RegExp(`^query exceeds the alias limit of ${LIMITS.maxAliases} \\(found ${LIMITS.maxAliases + 1}\\)$`) },
  { name: 'directives', body: { query: `{ ${Array.from({ length: LIMITS.maxDirectives + 1 }, (_, i) => `a${i}: certificateStandards @include(if: true) { code }`).join(' ')} }` }, code: 'GRAPHQL_VALIDATION_FAILED', message: new RegExp(`^query exceeds the directive limit of ${LIMITS.maxDirectives} \\(found ${LIMITS.maxDirectives + 1}\\)$`) },
  { name: 'cost', body: { query: `{ ${Array.from({ length: 10 }, (_, i) => `c${i}: students(first: 100) { nodes { id name pathway { stage cohort } } }`).join(' ')} }` }, code: 'GRAPHQL_VALIDATION_FAILED', message: new RegExp(`^query exceeds the cost limit of ${LIMITS.maxCost} \\(found \\d+\\)$`) },
  { name: 'tokens', body: { query: `{ certificateStandards { nodes { ${'code '.repeat(LIMITS.maxTokens)} } } }` }, code: 'GRAPHQL_VALIDATION_FAILED', message: new RegExp(`^query exceeds the token limit of ${LIMITS.maxTokens}$`) },
];

function expectRefused(res: Awaited<ReturnType<typeof post>>, expected: Case): void {
  expect(res.status).toBe(400);
  expect(res.data ?? null).toBeNull();
  expect(res.errors?.[0].extensions?.code).toBe(expected.code);
  expect(res.errors?.[0].message).toMatch(expected.message);
}

let hub: Hub;
let admin: string;
beforeAll(async () => {
  hub = await startHub('sqlite', { seed: false });
  admin = await hub.token({ role: 'ADMIN' });
});
afterAll(() => hub?.stop());

describe('the gateway answers a request it cannot run with 400', () => {
  for (const mistake of mistakes) {
    it(`${mistake.name} → 400 ${mistake.code}`, async () => {
      expectRefused(await post(hub.gateway.url, mistake.body, { authorization: `Bearer ${admin}` }), mistake);
    });
  }

  for (const limit of overLimits) {
    it(`a query over the ${limit.name} limit → 400 naming the limit`, async () => {
      expectRefused(await post(hub.gateway.url, limit.body, { authorization: `Bearer ${admin}` }), limit);
    });
  }

  it('a well-formed query within every limit → 200', async () => {
    const res = await post(hub.gateway.url, { query: deep(4) }, { authorization: `Bearer ${admin}` });
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
  });
});

describe('a subgraph answers a gateway-signed request it cannot run with 400', () => {
  const asGateway = async (body: Case['body']) => {
    const token = await signGatewayToken({ kind: 'user', subject: 'admin', role: 'ADMIN' }, await gatewayKeyOf(hub.config), 'enterprise', 60, operationHash(body.query, body.variables));
    return post(hub.subgraphs.enterprise.url, body, { authorization: `Bearer ${token}` });
  };

  for (const mistake of mistakes) {
    it(`${mistake.name} → 400 ${mistake.code}`, async () => {
      expectRefused(await asGateway(mistake.body), mistake);
    });
  }
});
