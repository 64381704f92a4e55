import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The path of a file under test/fixtures/examples (the copies of the shared examples and the real exports). */
export function examplePath(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/examples/${name}`, import.meta.url));
}

/** A fixture's text; a missing fixture throws, so no test passes without its file. */
export function readExample(name: string): string {
  return readFileSync(examplePath(name), 'utf8');
}
