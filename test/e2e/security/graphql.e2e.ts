/**
 * Attacks on the GraphQL layer: introspection, CSRF, batching, oversized
 * bodies, field suggestions, and the depth, alias and cost limits — each just
 * under and just over its limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { LIMITS } from '@guantong/gateway/limits';
import { post, startHub, type Hub } from '../../helpers/hub.ts';
import { productionEnv } from '../../helpers/keys.ts';

const kinds = await databaseKinds();
const production = productionEnv();

/** A query exactly `depth` levels deep, along recognitions ↔ counterpart. */
function deepQuery(depth: number): string {
  // certificateStandard(1) > recognitions(2) > counterpart(3) > recognitions(4) > ... > code
  let body = 'code';
  for (let level = depth - 1; level >= 2; level -= 1) body = level % 2 === 0 ? `recognitions { ${body} }` : `counterpart { ${body} }`;
  return `{ certificateStandard(code: "X-ICV-2") { ${body} } }`;
}

const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: certificateStandards { nodes { code } }`).join(' ')} }`;

/** Aliased copies of a costly selection (armor multiplies by a literal `first`). */
const costly = (copies: number) =>
  `{ ${Array.from({ length: copies }, (_, i) => `c${i}: students(first: 20) { nodes { id name pathway { stage cohort agreement { id name } } } }`).join(' ')} }`;

describe.each(kinds)('attacks on the GraphQL layer (%s)', (kind) => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub(kind, { env: production });
  });
  afterAll(() => hub?.stop());

  it('introspection in production → refused', async () => {
    const res = await hub.query('{ __schema { types { name } } }');
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].message).toMatch(/introspection/i);
  });

  it('a misspelt field → refused without suggesting real field names', async () => {
    const res = await hub.query('{ certificateStandards { nodes { cod } } }');
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
  });

  it('a text/plain POST (a CSRF form post) → 400', async () => {
    const res = await fetch(hub.gateway.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ certificateStandards { nodes { code } } }' }) });
    expect(res.status).toBe(400);
  });

  it('a mutation over GET → refused, nothing written', async () => {
    const query = encodeURIComponent('mutation { revokeConsent(id: "x") { id } }');
    const res = await fetch(`${hub.gateway.url}?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(405);
  });

  it('a GET without a CSRF preflight header → 400', async () => {
    const res = await fetch(`${hub.gateway.url}?query=${encodeURIComponent('{ certificateStandards { nodes { code } } }')}`);
    expect(res.status).toBe(400);
  });

  it('a batched request (an array of operations) → refused', async () => {
    const res = await fetch(hub.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ certificateStandards { nodes { code } } }' }, { query: '{ certificateStandards { nodes { name } } }' }]) });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/batch/i);
  });

  it('a body over 1 MB → 413, at the gateway and at a subgraph', async () => {
    const huge = { query: `{ certificateStandards { nodes { code } } } # ${'x'.repeat(1_100_000)}` };
    expect((await post(hub.gateway.url, huge)).status).toBe(413);
    expect((await post(hub.subgraphs.college.url, huge)).status).toBe(413);
  });

  it(`depth ${LIMITS.maxDepth} → served; depth ${LIMITS.maxDepth + 1} → refused`, async () => {
    expect((await hub.query(deepQuery(LIMITS.maxDepth))).errors).toBeUndefined();
    const over = await hub.query(deepQuery(LIMITS.maxDepth + 1));
    expect(over.errors?.[0].message).toMatch(/depth/i);
  });

  it(`${LIMITS.maxAliases} aliases → served; ${LIMITS.maxAliases + 1} → refused`, async () => {
    expect((await hub.query(aliases(LIMITS.maxAliases))).errors).toBeUndefined();
    expect((await hub.query(aliases(LIMITS.maxAliases + 1))).errors?.[0].message).toMatch(/alias/i);
  });

  it(`cost just under ${LIMITS.maxCost} → served; just over → refused`, async () => {
    // Add costly copies one at a time until the cost limit bites.
    const admin = await hub.token({ role: 'ADMIN' });
    let served = 0;
    for (let copies = 1; copies <= LIMITS.maxAliases; copies += 1) {
      const res = await hub.query(costly(copies), {}, admin);
      if (res.errors) {
        expect(res.errors[0].message).toMatch(new RegExp(`^query exceeds the cost limit of ${LIMITS.maxCost} \\(found \\d+\\)$`));
        break;
      }
      served = copies;
    }
    expect(served).toBeGreaterThan(0);
    expect(served).toBeLessThan(LIMITS.maxAliases);
  });
});
