/** Small statistics for the benchmark: medians and the goals' verdicts. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface Goal {
  name: string;
  /** What was measured, in the goal's unit. */
  measured: number;
  limit: number;
  unit: string;
}

/** "met", or "missed by X (Y%)". */
export function verdict(goal: Goal): string {
  if (!Number.isFinite(goal.measured)) return 'not measured';
  if (goal.measured <= goal.limit) return 'met';
  const over = goal.measured - goal.limit;
  return `missed by ${round(over)}${goal.unit} (${Math.round((over / goal.limit) * 100)}% over)`;
}

export function round(value: number, digits = 2): string {
  return Number.isFinite(value) ? value.toFixed(digits).replace(/\.?0+$/, '') : '—';
}
