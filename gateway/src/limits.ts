/**
 * Operation limits, enforced at the gateway with graphql-armor before any
 * subgraph is asked. Tuned with margin over the contract operations and the
 * heaviest portal query we ship (the roster in test/e2e/performance.e2e.ts):
 *
 * | operation                        | depth | cost (armor's default weights) |
 * |----------------------------------|-------|--------------------------------|
 * | FiveYearRecord                   | 6     | 315                            |
 * | Students, `first` as a variable  | 4     | 30                             |
 * | Students with a literal first:100| 4     | 2,975                          |
 * | Recognition                      | 4     | 46                             |
 * | portal roster                    | 7     | 324                            |
 *
 * Armor multiplies a selection's cost by a literal `first`/`last`, not by a
 * variable; list sizes are capped by the subgraphs (100 learners a page), so the
 * budget leaves room for a literal full page of the Students operation.
 */
import { GraphQLError } from 'graphql';
import type { GraphQLArmorConfig, GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';

export const LIMITS = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
} as const;

/**
 * Reports a refusal as a validation error with our own message. Armor's own
 * messages start with "Syntax Error:" although the query parses; a client
 * needs to know which limit it hit and what is accepted.
 */
function refuse(limit: string, max: number): { exposeLimits: true; propagateOnRejection: false; onReject: GraphQLArmorRejectCallback[] } {
  const onReject: GraphQLArmorRejectCallback = (context, error) => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    const message = `query exceeds the ${limit} limit of ${max}${found ? ` (found ${found})` : ''}`;
    context?.reportError(new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
  };
  return { exposeLimits: true, propagateOnRejection: false, onReject: [onReject] };
}

export const armorConfig: GraphQLArmorConfig = {
  maxDepth: { n: LIMITS.maxDepth, ...refuse('depth', LIMITS.maxDepth) },
  costLimit: { maxCost: LIMITS.maxCost, ...refuse('cost', LIMITS.maxCost) },
  maxAliases: { n: LIMITS.maxAliases, ...refuse('alias', LIMITS.maxAliases) },
  maxDirectives: { n: LIMITS.maxDirectives, ...refuse('directive', LIMITS.maxDirectives) },
  // Tokens are counted by graphql-js's own parser (`parseOptions.maxTokens` in
  // server.ts): armor's Apollo plugin parses every document a second time in
  // parsingDidStart, where any throw — a plain syntax error included — is an
  // unexpected error answered with 500.
  maxTokens: { enabled: false },
  // Suggestions are hidden in formatError instead (see server.ts): armor's Apollo
  // plugin rewrites error.message in place, which throws on the gateway's
  // downstream errors, whose message is read-only.
  blockFieldSuggestion: { enabled: false },
};

/** graphql-js aborts a document over `maxTokens` with a "Syntax Error"; say which limit it was. */
export function tokenLimitMessage(message: string): string | undefined {
  return /^Syntax Error: Document contains more tha[nt] \d+ tokens/.test(message) ? `query exceeds the token limit of ${LIMITS.maxTokens}` : undefined;
}
