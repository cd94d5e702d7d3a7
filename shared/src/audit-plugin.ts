/**
 * The audit trail's side of every subgraph request: the entries a request
 * recorded are appended before its response leaves, or the response is withheld.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { AuditUnavailableError } from './audit.ts';
import type { AccessGuard } from './access.ts';
import type { Logger } from './logger.ts';

interface AuditedContext {
  requestId: string;
  access: AccessGuard;
}

/** The mutation fields that answered: their writes are stored, whatever happens to the answer now. */
function storedWrites(operation: string | undefined, data: Record<string, unknown> | null | undefined): string[] {
  if (operation !== 'mutation' || !data) return [];
  return Object.entries(data).filter(([, value]) => value != null).map(([field]) => field);
}

/**
 * Writes the request's audit entries before the response is sent; fails closed
 * with SERVICE_UNAVAILABLE (retryable). A mutation's own entries were appended
 * before its write committed (or the write failed with that error); only the
 * reads of its answer are left here, and if they cannot be recorded the answer
 * is withheld, saying that the write was stored.
 */
export function auditPlugin<C extends AuditedContext>(logger: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (error.originalError instanceof AuditUnavailableError) logger.error({ err: error.originalError.originalError, requestId: contextValue.requestId }, 'audit write failed; write refused');
          }
        },
        async willSendResponse({ contextValue, response, operation }) {
          try {
            await contextValue.access.audit.flush();
          } catch (err) {
            logger.error({ err: (err as AuditUnavailableError).originalError ?? err, requestId: contextValue.requestId }, 'audit write failed; response withheld');
            if (response.body.kind !== 'single') return;
            const stored = storedWrites(operation?.operation, response.body.singleResult.data);
            const error = stored.length === 0
              ? new AuditUnavailableError(err)
              : new AuditUnavailableError(err, `${stored.join(' and ')} was stored, but reading its answer could not be recorded in the audit trail, so the answer is withheld; read it again`);
            response.body.singleResult.data = null;
            response.body.singleResult.errors = [error.toJSON()];
          }
        },
      };
    },
  };
}
