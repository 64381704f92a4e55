import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium } from '../../scripts/chromium';

/**
 * Before any E2E test: a Chromium to drive (found, or Debian's installed where this is Debian or
 * Ubuntu run by root; else the error names the command) and the built extension. Never a skip.
 */
export default function setup(): void {
  ensureChromium();
  const manifest = path.resolve(import.meta.dirname, '../../.output/chrome-mv3/manifest.json');
  if (!existsSync(manifest)) throw new Error(`No built extension at ${path.dirname(manifest)}: run \`npm run build\` first.`);
}
