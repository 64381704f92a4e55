import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * What each part of lib/ may import from the others (ARCHITECTURE.md, "The rules between parts").
 * Schemas depend on nothing; the pure parts (recognize, rules, tal) only on schemas; services, the
 * one place that wires the parts together, on any.
 */
const LIB_MAY_IMPORT: Record<string, readonly string[]> = {
  schema: [],
  i18n: ['schema'],
  recognize: ['schema'],
  rules: ['schema', 'i18n'],
  tal: ['schema'],
  import: ['schema', 'recognize'],
  sync: ['schema', 'tal', 'db', 'settings', 'i18n'],
  settings: ['schema', 'i18n'],
  messaging: ['recognize', 'settings'],
  db: ['schema', 'recognize', 'import', 'rules', 'tal'],
  services: ['schema', 'recognize', 'import', 'rules', 'tal', 'sync', 'settings', 'i18n', 'db'],
};

/** Top-level folders and the folders they must never import. */
const NEVER: Record<string, readonly string[]> = {
  lib: ['entrypoints', 'components', 'server', 'cli', 'test'],
  components: ['entrypoints', 'server', 'cli', 'test'],
  server: ['entrypoints', 'components', 'cli', 'test'],
  'entrypoints/sidepanel': ['entrypoints/options', 'entrypoints/background', 'server', 'cli'],
  'entrypoints/options': ['entrypoints/sidepanel', 'entrypoints/background', 'server', 'cli'],
  'entrypoints/background': ['entrypoints/sidepanel', 'entrypoints/options', 'server', 'cli'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Every import of a file, as a path from the project root (relative and `@/` imports; packages left out). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)]
    .map((m) => m[1] as string)
    .filter((spec) => spec.startsWith('.') || spec.startsWith('@/'))
    .map((spec) => (spec.startsWith('@/') ? spec.slice(2) : path.relative(ROOT, path.resolve(path.dirname(file), spec))));
}

describe('the rules between parts (ARCHITECTURE.md)', () => {
  it('each part of lib imports only the parts it may', () => {
    const broken: string[] = [];
    for (const file of sourceFiles(path.join(ROOT, 'lib'))) {
      const part = path.relative(path.join(ROOT, 'lib'), file).split(path.sep)[0] as string;
      const allowed = LIB_MAY_IMPORT[part];
      if (allowed === undefined) {
        broken.push(`lib/${part} is a part ARCHITECTURE.md does not name`);
        continue;
      }
      for (const target of importsOf(file)) {
        const [top, other] = target.split('/');
        if (top === 'lib' && other !== undefined && other !== part && !allowed.includes(other)) {
          broken.push(`${path.relative(ROOT, file)} imports ${target} (lib/${part} may import ${allowed.join(', ') || 'no other part'})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('no folder imports what it must never import', () => {
    const broken: string[] = [];
    for (const [from, never] of Object.entries(NEVER)) {
      for (const file of sourceFiles(path.join(ROOT, from))) {
        for (const target of importsOf(file)) {
          const hit = never.find((forbidden) => target === forbidden || target.startsWith(`${forbidden}/`));
          if (hit) broken.push(`${path.relative(ROOT, file)} imports ${target}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('the pages, the background, components and the CLI use lib/db through its surface (lib/db/index.ts) only', () => {
    const broken: string[] = [];
    for (const from of ['entrypoints', 'components', 'cli']) {
      for (const file of sourceFiles(path.join(ROOT, from))) {
        for (const target of importsOf(file))
          if (target.startsWith('lib/db/')) broken.push(`${path.relative(ROOT, file)} imports ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('ARCHITECTURE.md names every part of lib and the rules this test holds', () => {
    const doc = readFileSync(path.join(ROOT, 'ARCHITECTURE.md'), 'utf8');
    for (const part of Object.keys(LIB_MAY_IMPORT)) expect(doc, `lib/${part}`).toContain(`lib/${part}`);
    for (const [part, allowed] of Object.entries(LIB_MAY_IMPORT)) {
      expect(doc, `the rule of lib/${part}`).toContain(`| \`lib/${part}\` | ${allowed.length ? allowed.join(', ') : 'nothing'} |`);
    }
  });
});
