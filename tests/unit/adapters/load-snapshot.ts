import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DOM_DIR = join(process.cwd(), 'tests/fixtures/dom');

/** A static DOM snapshot (tests/fixtures/dom) parsed into its own document: nothing runs, nothing is shared. */
export function loadSnapshot(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(DOM_DIR, file), 'utf8'), 'text/html');
}

/** Put a snapshot's body into the live test document, for tests that need focus, selection and events. */
export function mountSnapshot(file: string): Document {
  const parsed = loadSnapshot(file);
  document.body.innerHTML = parsed.body.innerHTML;
  return document;
}
