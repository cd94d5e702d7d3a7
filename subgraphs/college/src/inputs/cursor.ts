/**
 * Page cursors: the base64url of the last row's key. Clients treat them as
 * opaque; we accept only what we could have issued.
 */
import { badInput } from '@guantong/shared/errors';
import { isValidLearnerId } from '@guantong/shared/validation';

export function encodeCursor(key: string | number): string {
  return Buffer.from(String(key), 'utf8').toString('base64url');
}

/** The key a cursor points after, if `isKey` accepts it; BAD_USER_INPUT for anything we did not issue. */
function decodeKey(cursor: string, isKey: (text: string) => boolean): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  // Node's base64url decoder skips junk silently: re-encoding catches it.
  if (encodeCursor(text) !== cursor || !isKey(text)) {
    throw badInput('after must be a cursor taken from pageInfo.endCursor of an earlier page', { field: 'after' });
  }
  return text;
}

/** The learner id a `students` cursor points after. */
export const decodeCursor = (cursor: string): string => decodeKey(cursor, isValidLearnerId);

/** The audit entry id an `auditTrail` cursor points after. */
export const decodeIdCursor = (cursor: string): number => Number(decodeKey(cursor, (text) => /^[1-9]\d{0,15}$/.test(text)));
