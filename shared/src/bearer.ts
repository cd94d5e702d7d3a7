/**
 * Reads `Authorization: Bearer <token>`. The scheme name is case-insensitive
 * (RFC 7235 §2.1), so `bearer` and `BEARER` are the same scheme.
 */
const BEARER = /^bearer +([\w.~+/-]+=*)\s*$/i;

/**
 * The token of a Bearer header; undefined without a header; null for a header
 * of another scheme or shape, which the caller refuses.
 */
export function bearerToken(header: string | undefined): string | undefined | null {
  if (header === undefined || header === '') return undefined;
  return BEARER.exec(header)?.[1] ?? null;
}
