/**
 * For rows the database's foreign keys guarantee (a course's programme, an
 * agreement's college). A miss is a bug, not a client mistake: it surfaces as a
 * masked internal error, never as a silent null in a non-null field.
 */
export function present<T>(row: T | null, what: string): T {
  if (row === null) throw new Error(`integrity: ${what} is missing`);
  return row;
}
