/**
 * Structured logs with pino. Redaction is by key (tokens, national IDs, scores,
 * GraphQL variables) and, as a second line of defence, by pattern: anything that
 * looks like a citizen ID number or a JWT is masked before a line is written.
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import { currentRequest } from './request-scope.ts';

export type { Logger };

const REDACT_PATHS = [
  'authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization',
  'token', '*.token', 'nationalId', '*.nationalId', '*.*.nationalId',
  'score', '*.score', '*.*.score', 'variables', '*.variables',
];

const NATIONAL_ID = /\b\d{17}[\dXx]\b/g;
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]+\b/g;

/** Masks values that must never reach a log, wherever they appear in a string. */
export function scrub(text: string): string {
  return text.replace(NATIONAL_ID, '[national-id]').replace(JWT, '[token]');
}

function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: scrub(value.message), stack: value.stack && scrub(value.stack) };
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, depth + 1)]));
}

/** A service logger; `destination` lets tests capture every line. */
export function createLogger(service: string, level = 'info', destination?: DestinationStream): Logger {
  return pino(
    {
      name: service,
      level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      // A line written while serving a request names it: the id the client got, and the trace.
      mixin() {
        const scope = currentRequest();
        if (!scope) return {};
        return scope.traceId ? { requestId: scope.requestId, traceId: scope.traceId } : { requestId: scope.requestId };
      },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => scrubValue(a)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
