/**
 * Error masking: errors we raise on purpose (they carry a known code) pass
 * through; anything else (SQL, driver, bugs) becomes a generic message, and the
 * detail goes to the server log only.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from './logger.ts';

const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'SERVICE_UNAVAILABLE',
]);

/**
 * Keeps errors raised on purpose (known codes) and replaces the rest with a
 * generic message. Only `code` and the documented details survive: never a
 * stack, a `serviceName`, or a downstream host.
 */
/**
 * The input field a refused variable names, e.g. `input.issuedOn` → issuedOn, so
 * a value a scalar refused (before any resolver ran) is reported like one a
 * resolver refused: with `extensions.field`.
 */
export function fieldOfVariableError(message: string): string | undefined {
  const match = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; /s.exec(message);
  if (!match) return undefined;
  return (match[2] ?? match[1]!).replace(/\[\d+\]/g, '').split('.').at(-1);
}

export function maskInternalErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      const { stacktrace: _s, serviceName: _n, exception: _e, ...extensions } = formatted.extensions ?? {};
      const field = code === 'BAD_USER_INPUT' && extensions.field === undefined ? fieldOfVariableError(formatted.message) : undefined;
      return { ...formatted, extensions: field === undefined ? extensions : { ...extensions, field } };
    }
    const original = unwrapResolverError(error);
    logger.error({ err: original, path: formatted.path }, 'internal error masked');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
