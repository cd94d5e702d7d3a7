/**
 * What every log line of one HTTP request shares: its request id (the one the
 * client is given) and, when tracing is on, its trace id. Kept in an
 * AsyncLocalStorage so a log line written deep inside a resolver, or by error
 * masking, carries them without being handed them.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type http from 'node:http';

export interface RequestScope {
  requestId: string;
  /** Set by the tracing middleware once the request's span exists. */
  traceId?: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `work` inside the request's scope. */
export function inRequestScope<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}

/** The scope of the request being served, if any. */
export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}

const REQUEST_ID = /^[\w-]{1,64}$/;

/**
 * The request's id. A service reached only through the gateway keeps the
 * gateway's id (`trustHeader`), so one id follows a request through every log;
 * the gateway never takes one from a client.
 */
export function requestIdOf(req: http.IncomingMessage, trustHeader: boolean): string {
  const sent = req.headers['x-request-id'];
  return trustHeader && typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID();
}
