/**
 * Operation limits, enforced at the gateway with graphql-armor before any
 * subgraph is asked. Tuned with margin over the contract operations and the
 * heaviest portal query we ship (the roster in test/e2e/performance.e2e.ts):
 *
 * | operation                        | depth | cost (armor's default weights) |
 * |----------------------------------|-------|--------------------------------|
 * | FiveYearRecord                   | 6     | 226                            |
 * | Students, `first` as a variable  | 4     | 30                             |
 * | Students with a literal first:100| 4     | 2,975                          |
 * | Recognition                      | 4     | 46                             |
 * | portal roster                    | 7     | 324                            |
 *
 * Armor multiplies a selection's cost by a literal `first`/`last`, not by a
 * variable; list sizes are capped by the subgraphs (100 learners a page), so the
 * budget leaves room for a literal full page of the Students operation.
 */
import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';

export const LIMITS = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
} as const;

export const armorConfig: GraphQLArmorConfig = {
  maxDepth: { n: LIMITS.maxDepth, exposeLimits: true },
  costLimit: { maxCost: LIMITS.maxCost, exposeLimits: true },
  maxAliases: { n: LIMITS.maxAliases, exposeLimits: true },
  maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true },
  maxTokens: { n: LIMITS.maxTokens, exposeLimits: true },
  // Suggestions are hidden in formatError instead (see server.ts): armor's Apollo
  // plugin rewrites error.message in place, which throws on the gateway's
  // downstream errors, whose message is read-only.
  blockFieldSuggestion: { enabled: false },
};
