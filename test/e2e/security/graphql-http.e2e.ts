/** The GraphQL over HTTP server audit (graphql-http) against the gateway. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { startHub, type Hub } from '../../helpers/hub.ts';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub('sqlite');
});
afterAll(() => hub?.stop());

describe('GraphQL over HTTP compliance of the gateway', () => {
  for (const audit of serverAudits({ url: () => hub.gateway.url, fetchFn: fetch })) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      // graphql-http reports a failed MUST as an error and a failed SHOULD/MAY as a warning.
      expect(result.status, 'reason' in result ? String(result.reason) : '').not.toBe('error');
    });
  }
});
