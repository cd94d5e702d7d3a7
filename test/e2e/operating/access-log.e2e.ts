/**
 * Access logs: one line per request on every service, carrying the request id
 * the client was given (the same id at the gateway and in each subgraph it
 * asked), and nothing a log must not hold. An internal error's log line names
 * that request id too, so an operator finds it from what the client quotes.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { createLogger } from '@guantong/shared/logger';
import { startHub, type Hub } from '../../helpers/hub.ts';
import { FIVE_YEAR_RECORD } from '../../helpers/operations.ts';

interface Line { name: string; level: number; msg: string; requestId?: string; req?: { method: string; path: string }; res?: { statusCode: number }; responseTime?: number }

for (const kind of await databaseKinds()) {
  describe(`access logs (${kind})`, () => {
    let hub: Hub;
    const lines: Line[] = [];
    const raw: string[] = [];
    beforeAll(async () => {
      const sink = new Writable({ write(chunk, _enc, done) { raw.push(String(chunk)); lines.push(JSON.parse(String(chunk)) as Line); done(); } });
      hub = await startHub(kind, { env: { LOG_LEVEL: 'info' }, logger: (service) => createLogger(service, 'info', sink) });
    });
    afterAll(() => hub?.stop());

    const accessLines = (requestId: string) => lines.filter((l) => l.msg === 'request completed' && l.requestId === requestId);

    it('the gateway and each subgraph it asked log the request under the id the client got', async () => {
      const admin = await hub.token({ role: 'ADMIN' });
      const response = await fetch(hub.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` }, body: JSON.stringify({ query: FIVE_YEAR_RECORD, variables: { id: 'GT202200001X' } }) });
      expect(response.status).toBe(200);
      const requestId = response.headers.get('x-request-id')!;
      expect(requestId).toMatch(/^[\w-]{36}$/);
      await new Promise((r) => setTimeout(r, 50));
      const logged = accessLines(requestId);
      expect(logged.map((l) => l.name).sort()).toEqual(['college', 'enterprise', 'gateway', 'secondary']);
      const gateway = logged.find((l) => l.name === 'gateway')!;
      expect(gateway.req).toEqual({ method: 'POST', path: '/graphql' });
      expect(gateway.res).toEqual({ statusCode: 200 });
      expect(gateway.responseTime).toBeGreaterThanOrEqual(0);
    });

    it('a client cannot choose the gateway\'s request id', async () => {
      const response = await fetch(hub.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'chosen-by-client' }, body: JSON.stringify({ query: '{ certificateStandards { nodes { code } } }' }) });
      expect(response.headers.get('x-request-id')).not.toBe('chosen-by-client');
    });

    it('a GET with a token and a national ID in its variables logs neither, nor the query string', async () => {
      const admin = await hub.token({ role: 'ADMIN' });
      const nationalId = '11010120080101123X';
      const query = encodeURIComponent('query($n: String!) { studentByNationalId(nationalId: $n) { id } }');
      const response = await fetch(`${hub.gateway.url}?query=${query}&variables=${encodeURIComponent(JSON.stringify({ n: nationalId }))}`, { headers: { authorization: `Bearer ${admin}`, 'apollo-require-preflight': 'true' } });
      const requestId = response.headers.get('x-request-id')!;
      await new Promise((r) => setTimeout(r, 50));
      expect(accessLines(requestId).find((l) => l.name === 'gateway')?.req).toEqual({ method: 'GET', path: '/graphql' });
      const text = raw.join('');
      expect(text).not.toContain(nationalId);
      expect(text).not.toContain(admin);
      expect(text).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
    });

    it('probes are not logged', async () => {
      const before = lines.length;
      await fetch(hub.gateway.url.replace(/graphql$/, 'readyz'));
      await new Promise((r) => setTimeout(r, 50));
      expect(lines.slice(before).filter((l) => l.req?.path === '/readyz')).toEqual([]);
    });

    it('an internal error is logged under the request id the client was given', async () => {
      const admin = await hub.token({ role: 'ADMIN' });
      await hub.subgraphs.enterprise.close();
      const response = await fetch(hub.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` }, body: JSON.stringify({ query: FIVE_YEAR_RECORD, variables: { id: 'GT202200001X' } }) });
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string; requestId: string } }[] };
      const masked = body.errors.find((e) => e.extensions.code === 'INTERNAL_SERVER_ERROR')!;
      expect(masked.extensions.requestId).toBe(response.headers.get('x-request-id'));
      const errorLine = lines.find((l) => l.name === 'gateway' && l.msg === 'internal error masked' && l.requestId === masked.extensions.requestId);
      expect(errorLine?.level).toBe(50);
    });
  });
}
