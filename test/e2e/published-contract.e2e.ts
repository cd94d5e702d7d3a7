/**
 * The published contract and the demo conveniences, by mode: `/schema.graphql`
 * is served in every mode; introspection, the explorer and the demo token
 * routes only in demo mode, and a refused introspection points at the published schema
 * rather than at the server's settings. One SQLite hub per mode: none of this
 * depends on the database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../helpers/hub.ts';
import { root } from '../helpers/spawned-hub.ts';
import { productionEnv } from '../helpers/keys.ts';
import { ensureExplorerBuilt } from '../helpers/explorer.ts';

const production = productionEnv();

const committed = fs.readFileSync(path.join(root, 'gateway/api-schema.graphql'), 'utf8');
const origin = (hub: Hub) => new URL(hub.gateway.url).origin;

describe.each([
  ['demo', {}],
  ['production', production],
] as const)('in %s mode', (mode, env) => {
  let hub: Hub;
  beforeAll(async () => {
    ensureExplorerBuilt();
    hub = await startHub('sqlite', { seed: false, env });
  });
  afterAll(() => hub?.stop());

  it('serves the committed API schema at /schema.graphql', async () => {
    const res = await fetch(`${origin(hub)}/schema.graphql`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe(committed);
  });

  if (mode === 'demo') {
    it('answers introspection, so an explorer shows the schema docs', async () => {
      const res = await hub.query<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }');
      expect(res.errors).toBeUndefined();
      expect(res.data?.__schema.queryType.name).toBe('Query');
    });

    it('serves the explorer to a browser\'s GET /graphql, and answers GraphQL clients as before', async () => {
      const page = await fetch(hub.gateway.url, { headers: { accept: 'text/html,application/xhtml+xml' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toContain('/graphiql/explorer.js');
      const query = await fetch(`${hub.gateway.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' } });
      expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
    });

    it('signs demo tokens the gateway accepts', async () => {
      const issued = await fetch(`${origin(hub)}/demo/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"role":"ADMIN"}' });
      expect(issued.status).toBe(200);
      const { token } = (await issued.json()) as { token: string };
      const res = await hub.query('{ certificateStandards { nodes { code } } }', {}, token);
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
    });
  } else {
    it('refuses introspection with a message that points at the published schema, not at the server\'s settings', async () => {
      const res = await hub.query('{ __schema { queryType { name } } }');
      expect(res.status).toBe(400);
      expect(res.errors).toHaveLength(1);
      expect(res.errors?.[0].message).toBe('introspection is off on this hub: the published schema is at /schema.graphql');
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(res.errors)).not.toMatch(/production|ApolloServer|validationErrorCode/);
    });

    it('serves no explorer: a browser\'s GET /graphql gets no page', async () => {
      const res = await fetch(hub.gateway.url, { headers: { accept: 'text/html,application/xhtml+xml' } });
      expect(res.headers.get('content-type')).not.toMatch(/text\/html/);
      expect((await fetch(`${origin(hub)}/graphiql/explorer.js`)).status).toBe(404);
    });

    it('has no demo token routes', async () => {
      expect((await fetch(`${origin(hub)}/demo/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"role":"ADMIN"}' })).status).toBe(404);
      expect((await fetch(`${origin(hub)}/demo/roles`)).status).toBe(404);
    });
  }
});
