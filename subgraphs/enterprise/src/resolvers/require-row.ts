/**
 * Non-null relations point at rows this subgraph owns; a miss means the data is
 * inconsistent. It is reported as an internal error (masked for clients,
 * logged on the server) rather than as a null the schema does not allow.
 */
export function requireRow<T>(row: T | null, what: string, key: string): T {
  if (row === null) throw new Error(`enterprise data is inconsistent: no ${what} ${key}`);
  return row;
}
