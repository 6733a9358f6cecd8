import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../errors';
import { readLibraryReplies, type LibraryFileReplies } from '../replies/io';

/** A reply library file (CSV, XLSX or our JSON) from disk, as the options page would read it. */
export async function readLibraryPath(path: string): Promise<LibraryFileReplies> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new UserError({ zh: `读不到文件「${path}」:${code}`, en: `Cannot read "${path}": ${code}` });
  }
  return readLibraryReplies(bytes, basename(path));
}
