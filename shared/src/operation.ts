/**
 * GraphQL over HTTP: a request must name one query or mutation the server can
 * run. Without this, a document with several operations and no operationName,
 * or a subscription, reaches the executor and comes back as a 500.
 */
import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

function badRequest(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/** Refuses, with 400, a request whose operation cannot be chosen, and subscriptions. */
export function oneRunnableOperation<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, document }) {
          if (!operation) {
            const names = document.definitions.flatMap((d) => (d.kind === 'OperationDefinition' ? [d.name?.value ?? '(anonymous)'] : []));
            const message = request.operationName
              ? `the document has no operation named "${request.operationName}"; it has: ${names.join(', ')}`
              : `the document has ${names.length} operations (${names.join(', ')}): send operationName to choose one`;
            throw badRequest(message, 'OPERATION_RESOLUTION_FAILURE');
          }
          if (operation.operation === 'subscription') {
            throw badRequest('subscriptions are not served: send a query or a mutation', 'BAD_REQUEST');
          }
        },
      };
    },
  };
}
