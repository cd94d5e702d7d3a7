/**
 * A file's bytes must be what its name says: binary formats are recognised
 * from their content (file-type reads the magic numbers and, for Office files,
 * the zip's parts), and text must be UTF-8 text with no binary signature at all.
 */
import fs from 'node:fs';
import { badInput } from '../errors.ts';
import type { FileExtension } from './names.ts';

const TEXT: readonly FileExtension[] = ['txt', 'md'];

/** Is the whole file valid UTF-8 without NUL bytes (a text file's content)? */
async function isUtf8Text(file: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of fs.createReadStream(file)) {
      if ((chunk as Buffer).includes(0)) return false;
      decoder.decode(chunk as Buffer, { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/** Refuses with BAD_USER_INPUT when the content of `file` is not of type `extension`. */
export async function requireContentOf(file: string, extension: FileExtension): Promise<void> {
  const { fileTypeFromFile } = await import('file-type');
  const found = await fileTypeFromFile(file);
  if (TEXT.includes(extension)) {
    if (found) throw badInput(`the file is named .${extension} but its content is ${found.ext}: a .${extension} file must be UTF-8 text`, { field: 'name' });
    if (!(await isUtf8Text(file))) throw badInput(`the file is named .${extension} but its content is not UTF-8 text`, { field: 'name' });
    return;
  }
  if (found?.ext !== extension) {
    throw badInput(`the file is named .${extension} but its content is ${found ? found.ext : 'not a recognised format'}; upload the ${extension} file itself`, { field: 'name' });
  }
}
