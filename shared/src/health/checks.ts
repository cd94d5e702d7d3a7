/** The dependencies a service checks before it calls itself ready. */
import type { DataSource } from 'typeorm';
import { NotReady, type ReadinessCheck } from './readiness.ts';

/** A database answers a trivial query. */
export function databaseCheck(name: string, dataSource: DataSource): ReadinessCheck {
  return {
    name,
    async check() {
      if (!dataSource.isInitialized) throw new NotReady();
      await dataSource.query('SELECT 1');
    },
  };
}

/** Anything with a `ping()` (the Redis that remembers spent gateway tokens). */
export function pingCheck(name: string, target: { ping(): Promise<unknown> }): ReadinessCheck {
  return { name, check: async () => void (await target.ping()) };
}

/**
 * Another service's own `/readyz`, next to its GraphQL endpoint: the gateway's
 * view of a subgraph. Up only when it answers 200 in time; its report is kept.
 */
export function remoteReadinessCheck(name: string, graphqlUrl: string): ReadinessCheck {
  const url = new URL('readyz', new URL('.', graphqlUrl)).toString();
  return {
    name,
    async check(signal) {
      let response: Response;
      try {
        response = await fetch(url, { signal });
      } catch {
        throw new NotReady({ state: 'unreachable' });
      }
      const body = await response.json().catch(() => undefined);
      const state = (body as { status?: unknown } | undefined)?.status;
      const reported = typeof state === 'string' ? state : `HTTP ${response.status}`;
      if (response.status !== 200) throw new NotReady({ state: reported });
      return { state: reported };
    },
  };
}
