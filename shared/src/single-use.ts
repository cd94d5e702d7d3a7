/**
 * Remembers which gateway tokens a subgraph has accepted, for each token's
 * whole lifetime: in Redis when REDIS_URL is set, so a restarted subgraph (or
 * another instance of it) still refuses a replay; in memory otherwise.
 */
import { Redis } from 'ioredis';
import { GraphQLError } from 'graphql';

export interface SingleUse {
  /** True the first time `id` is presented before `expiresAt` (seconds since the epoch); false on any later use. */
  claim(id: string, expiresAt: number): Promise<boolean>;
  close(): Promise<void>;
  /** Resolves when the store can answer (readiness). */
  ping(): Promise<void>;
}

const unavailable = () =>
  new GraphQLError('the service cannot check this request right now; try again shortly', { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });

/** In one process: enough without Redis, but forgotten on restart. */
export function memorySingleUse(): SingleUse {
  const seen = new Map<string, number>();
  return {
    async claim(id, expiresAt) {
      const now = Date.now() / 1000;
      if (seen.has(id)) return false;
      // Tokens live seconds, so expired ids are dropped long before the map grows.
      if (seen.size > 10_000) for (const [key, until] of seen) if (until < now) seen.delete(key);
      seen.set(id, expiresAt);
      return true;
    },
    async close() {},
    async ping() {},
  };
}

/**
 * In Redis: `SET NX` with the token's remaining lifetime, atomic across
 * processes. If Redis cannot answer, the request is refused (503): accepting it
 * would reopen the replay window this store exists to close.
 */
export function redisSingleUse(url: string, scope: string): SingleUse {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 2000, lazyConnect: false });
  // Each failed command already refuses its request; the reconnect errors themselves say nothing more.
  redis.on('error', () => undefined);
  return {
    async claim(id, expiresAt) {
      const ttlMs = Math.max(1000, Math.ceil(expiresAt * 1000 - Date.now()) + 1000);
      try {
        return (await redis.set(`guantong-once:${scope}:${id}`, '1', 'PX', ttlMs, 'NX')) === 'OK';
      } catch {
        throw unavailable();
      }
    },
    async close() {
      redis.disconnect();
    },
    async ping() {
      await redis.ping();
    },
  };
}

/** The store a subgraph uses: Redis when configured. */
export function createSingleUse(redisUrl: string | undefined, scope: string): SingleUse {
  return redisUrl ? redisSingleUse(redisUrl, scope) : memorySingleUse();
}
