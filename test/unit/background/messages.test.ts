import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The message names of the ProtocolMap, read from its source so that a new message cannot be forgotten. */
function protocolMessages(): string[] {
  const source = readFileSync(path.join(ROOT, 'lib/messaging/protocol.ts'), 'utf8');
  const body = source.slice(source.indexOf('interface ProtocolMap'), source.indexOf('\n}', source.indexOf('interface ProtocolMap')));
  return [...body.matchAll(/^\s+(\w+)\(/gm)].map((m) => m[1] as string);
}

function handledMessages(): string[] {
  const dir = path.join(ROOT, 'entrypoints/background');
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
  return sources.flatMap((s) => [...s.matchAll(/onMessage\(\s*'(\w+)'/g)].map((m) => m[1] as string));
}

describe('message protocol', () => {
  it('every message has exactly one handler in the background', () => {
    const messages = protocolMessages();
    expect(messages.length).toBeGreaterThan(0);
    const handled = handledMessages();
    for (const name of messages)
      expect(
        handled.filter((h) => h === name),
        name,
      ).toHaveLength(1);
    for (const name of handled) expect(messages, `handler for unknown message ${name}`).toContain(name);
  });
});
