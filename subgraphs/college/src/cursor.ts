/**
 * `students` cursors: the base64url of the last learner id on a page. Clients
 * treat them as opaque; we accept only what we could have issued.
 */
import { badInput } from '@guantong/shared/errors';
import { isValidLearnerId } from '@guantong/shared/validation';

export function encodeCursor(studentId: string): string {
  return Buffer.from(studentId, 'utf8').toString('base64url');
}

/** The learner id a cursor points after; BAD_USER_INPUT for anything we did not issue. */
export function decodeCursor(cursor: string): string {
  const studentId = Buffer.from(cursor, 'base64url').toString('utf8');
  // Node's base64url decoder skips junk silently: re-encoding catches it.
  if (encodeCursor(studentId) !== cursor || !isValidLearnerId(studentId)) {
    throw badInput('after must be a cursor taken from pageInfo.endCursor of an earlier page', { field: 'after' });
  }
  return studentId;
}
