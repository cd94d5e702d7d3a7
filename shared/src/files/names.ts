/**
 * What a shared file may be called and what it may be. The name is shown to
 * people and sent back as the download's file name; it never becomes a path
 * (objects are stored by content hash), and still a name that tries to climb
 * out of a folder is refused, so no client that saves it as given can be led astray.
 */
import { badInput } from '../errors.ts';

export const MAX_NAME_LENGTH = 200;

/** The accepted kinds of file, by extension, with the content type they are served as. */
export const FILE_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
} as const;

export type FileExtension = keyof typeof FILE_TYPES;

const ACCEPTED = Object.keys(FILE_TYPES).join(', ');

// C0 and C1 control characters, DEL, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** The file's name and its extension, or BAD_USER_INPUT saying what is wrong and what is accepted. */
export function requireFileName(raw: string | null): { name: string; extension: FileExtension } {
  const field = { field: 'name' };
  if (!raw) throw badInput(`name is the file's name with its extension, e.g. task-book.pdf (one of ${ACCEPTED})`, field);
  if (raw.length > MAX_NAME_LENGTH) throw badInput(`name is longer than ${MAX_NAME_LENGTH} characters`, field);
  if (CONTROL.test(raw)) throw badInput('name may not contain control characters', field);
  if (/[/\\]/.test(raw)) throw badInput('name may not contain a path separator (/ or \\): it is a file name, not a path', field);
  if (raw.includes('..')) throw badInput('name may not contain ".."', field);
  if (raw.startsWith('.')) throw badInput('name may not start with a dot', field);
  if (raw.trim() !== raw) throw badInput('name may not start or end with a space', field);
  const dot = raw.lastIndexOf('.');
  const extension = dot > 0 ? raw.slice(dot + 1).toLowerCase() : '';
  if (!(extension in FILE_TYPES)) throw badInput(`name must end in one of the accepted types: ${ACCEPTED}`, field);
  return { name: raw, extension: extension as FileExtension };
}
