/**
 * Label values that clients choose (operation names) are bounded: a metric
 * with one series per client-invented name would grow without end and let
 * anyone exhaust the process's memory or the monitoring system.
 */

/** A GraphQL name, not too long: anything else is "invalid". */
const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/** Keeps at most `limit` distinct operation names; later ones count as "other". */
export function operationLabels(limit = 200): (name: string | null | undefined) => string {
  const seen = new Set<string>();
  return (name) => {
    if (!name) return 'anonymous';
    if (!NAME.test(name)) return 'invalid';
    if (seen.has(name)) return name;
    if (seen.size >= limit) return 'other';
    seen.add(name);
    return name;
  };
}

export type Outcome = 'ok' | 'partial' | 'error';

/** A response with no errors is ok; with data beside its errors, partial; with errors and no data, error. */
export function outcomeOf(data: unknown, errorCount: number): Outcome {
  if (errorCount === 0) return 'ok';
  return data === null || data === undefined ? 'error' : 'partial';
}

/** The paths the HTTP metric tells apart; anything else is one label, so scanners cannot create series. */
export function routeLabel(pathname: string): string {
  return ['/graphql', '/healthz', '/readyz', '/metrics', '/health', '/.well-known/jwks.json'].includes(pathname) ? pathname : 'other';
}
