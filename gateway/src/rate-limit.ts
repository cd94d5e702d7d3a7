/**
 * Per-client rate limiting with rate-limiter-flexible: shared counters in Redis
 * when REDIS_URL is set (several gateway instances), in memory otherwise. A
 * client is its verified subject (every token of one user, however spelled,
 * shares one budget) or, anonymous or with a refused token, its address.
 */
import { createHash } from 'node:crypto';
import type http from 'node:http';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '@guantong/shared/config';
import type { Logger } from '@guantong/shared/logger';
import type { Actor } from '@guantong/shared/identity';
import type { CallerOf } from './caller.ts';

export interface RateLimit {
  admit(req: http.IncomingMessage, res: http.ServerResponse, body: { query?: string; variables?: unknown } | undefined): Promise<boolean>;
  close(): Promise<void>;
}

/** The bucket of a caller: never the header text, which has many spellings for one token. */
export function clientKey(caller: Actor | undefined, req: http.IncomingMessage): string {
  // Hashed: subjects may be e-mail addresses, and the keys sit in Redis.
  if (caller?.kind === 'user') return `sub:${createHash('sha256').update(caller.subject).digest('base64url')}`;
  return `ip:${req.socket.remoteAddress ?? 'unknown'}`;
}

/** Starts the limiter; with Redis, waits (briefly) for the connection so the first requests count there too. */
export async function createRateLimit(config: Config, logger: Logger, callerOf: CallerOf, onRefusal: () => void = () => undefined): Promise<RateLimit> {
  const options = { points: config.rateLimit.points, duration: config.rateLimit.durationSeconds, keyPrefix: 'guantong-rl' };
  let redis: Redis | undefined;
  let limiter: RateLimiterAbstract;
  if (config.redisUrl) {
    redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    // If Redis is unreachable, limit in memory rather than not at all.
    limiter = new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) });
    const client = redis;
    // While Redis is unreachable the in-memory insurance limiter counts; say so, once per error burst.
    client.on('error', (err: Error) => logger.warn({ err: err.message }, 'rate-limit store unreachable; limiting in memory'));
    await new Promise<void>((resolve) => {
      const done = () => resolve();
      client.once('ready', done);
      client.once('error', done);
      setTimeout(done, 2000).unref();
    });
  } else {
    limiter = new RateLimiterMemory(options);
  }
  return {
    async admit(req, res, body) {
      const caller = await callerOf(req, body).catch(() => undefined);
      try {
        await limiter.consume(clientKey(caller, req));
        return true;
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        onRefusal();
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        res.statusCode = 429;
        res.setHeader('retry-after', String(retryAfter));
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(JSON.stringify({ errors: [{ message: `rate limit reached: at most ${options.points} requests per ${options.duration} s; retry after ${retryAfter} s`, extensions: { code: 'RATE_LIMITED' } }] }));
        return false;
      }
    },
    async close() {
      redis?.disconnect();
    },
  };
}
