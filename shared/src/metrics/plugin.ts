/**
 * Counts every GraphQL request by operation and outcome, times it, and counts
 * its errors by `extensions.code` as the client receives them (after masking).
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { outcomeOf } from './labels.ts';
import type { ServiceMetrics } from './registry.ts';

export function metricsPlugin<C extends BaseContext>(metrics: ServiceMetrics): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName, request }) {
          if (response.body.kind !== 'single') return;
          const { data, errors = [] } = response.body.singleResult;
          const operation = metrics.operationLabel(operationName ?? request.operationName);
          const outcome = outcomeOf(data, errors.length);
          metrics.graphqlRequests.inc({ operation, outcome });
          metrics.graphqlDuration.observe({ operation, outcome }, (performance.now() - started) / 1000);
          for (const error of errors) metrics.graphqlErrors.inc({ code: String(error.extensions?.code ?? 'NONE') });
        },
      };
    },
  };
}
