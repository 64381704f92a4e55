// @vitest-environment happy-dom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePageUrl } from '@/lib/recognize/parse-page-url';
import { readPageSignals } from '@/lib/recognize/signals/read-page';
import { PLATFORM_SOURCES } from '@/lib/recognize/sources';
import type { FixturePage, UrlCase } from '@/lib/recognize/sources/types';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SOURCES = path.join(ROOT, 'lib/recognize/sources');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The source folders: each page source is one folder under lib/recognize/sources. */
const folders = readdirSync(SOURCES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('page sources, one folder each (lib/recognize/sources/<source>/)', () => {
  it('are all recognized, and every recognized platform has its folder', () => {
    expect(PLATFORM_SOURCES.map((source) => source.id).sort()).toEqual([...folders].sort());
  });

  describe.each(folders)('%s', (folder) => {
    const dir = path.join(SOURCES, folder);

    it('has URL cases, its own pages among them, which parsePageUrl answers as they say', async () => {
      const { URL_CASES } = (await import(`${dir}/url-cases.ts`)) as { URL_CASES: UrlCase[] };
      expect(URL_CASES.filter(([, expected]) => expected.source === folder).length).toBeGreaterThanOrEqual(3);
      for (const [url, expected] of URL_CASES) expect(parsePageUrl(url), url).toMatchObject(expected);
    });

    it('has a fixture page for its reader, and reads from each what its pages.json says', () => {
      const pages = JSON.parse(readFileSync(path.join(dir, 'fixtures/pages.json'), 'utf8')) as FixturePage[];
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) {
        const file = path.join(dir, 'fixtures', page.file);
        expect(existsSync(file), file).toBe(true);
        const document = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
        expect(parsePageUrl(page.url).source, page.url).toBe(folder);
        const signals = readPageSignals(document, page.url);
        expect(signals.record, page.file).toEqual(page.record);
        if (page.mail) expect(signals.mail, page.file).toEqual(page.mail);
      }
    });

    it('has its hosts in the content script and a line in the README', () => {
      const source = PLATFORM_SOURCES.find((s) => s.id === folder);
      expect(source?.matches.length).toBeGreaterThan(0);
      expect(README, `the README's list of page sources names ${folder}`).toMatch(new RegExp(`\\| ${folder} \\|`));
    });
  });
});
