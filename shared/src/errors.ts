/**
 * Errors are part of the API: every refusal carries an `extensions.code` and a
 * message that says what was wrong and what is accepted.
 */
import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

function error(code: ErrorCode, message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  error('BAD_USER_INPUT', message, details);
export const notFound = (message: string) => error('NOT_FOUND', message);
export const conflict = (message: string) => error('CONFLICT', message);
export const forbidden = (message: string) => error('FORBIDDEN', message);
export const unauthenticated = (message: string) => error('UNAUTHENTICATED', message);

/** A refusal of the whole HTTP request (no valid gateway token, bad client token). */
export const requestRefused = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
