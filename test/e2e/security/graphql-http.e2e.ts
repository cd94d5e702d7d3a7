/**
 * The GraphQL over HTTP server audit (graphql-http) against the gateway: as a
 * server-side client sends it, and as a browser app on an allowlisted origin
 * does (with its `Origin` header, through CORS and CSRF prevention).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { startHub, type Hub } from '../../helpers/hub.ts';

const PORTAL = 'http://localhost:5173';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub('sqlite', { env: { CORS_ORIGINS: PORTAL } });
});
afterAll(() => hub?.stop());

const fromPortal: typeof fetch = (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string> | undefined), origin: PORTAL } });

describe.each([
  ['a server-side client', fetch],
  ['a browser app on an allowlisted origin', fromPortal],
] as const)('GraphQL over HTTP compliance of the gateway, for %s', (_who, fetchFn) => {
  for (const audit of serverAudits({ url: () => hub.gateway.url, fetchFn })) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      // graphql-http reports a failed MUST as an error and a failed SHOULD/MAY as a warning.
      expect(result.status, 'reason' in result ? String(result.reason) : '').not.toBe('error');
    });
  }
});
