import { describe, expect, it } from 'vitest';
import { ChunkBuilder, JsonBytesWriter, storedAccountId, storedCount, storedJson, storedStart } from '../../../lib/db/account-chunk';

const encode = (text: string) => new TextEncoder().encode(text);

describe('accounts stored as JSON bytes', () => {
  it('encodes texts one after another and gives each back, whatever its script', () => {
    const texts = ['{"id":"A1"}', '{"id":"Ж2","name":"Газпром нефть"}', '{"id":"阿里巴巴"}', '', '{"id":"😀"}'];
    const writer = new JsonBytesWriter();
    for (const text of texts) writer.push(text);
    const { json, ends } = writer.finish();
    const stored = { json, ends };
    expect(storedCount(stored)).toBe(texts.length);
    expect(texts.map((_, k) => storedJson(stored, k))).toEqual(texts);
    expect(storedJson(stored, texts.length)).toBeUndefined();
    expect(storedJson(stored, -1)).toBeUndefined();
    // Exactly sized: moving the buffer to another thread moves nothing more.
    expect(json.buffer.byteLength).toBe(encode(texts.join('')).length);
  });

  it('grows its buffer past the first 64 KiB without losing what it holds', () => {
    const writer = new JsonBytesWriter();
    const texts = Array.from({ length: 500 }, (_, i) => JSON.stringify({ id: `A${i}`, name: `Компания ${i} ${'x'.repeat(i)}` }));
    for (const text of texts) writer.push(text);
    const stored = writer.finish();
    expect(stored.json.length).toBeGreaterThan(1 << 16);
    expect(texts.map((_, k) => storedJson(stored, k))).toEqual(texts);
  });

  it('gathers ranges of several buffers into one chunk, and starts afresh after take', () => {
    const first = encode('{"id":"A"}{"id":"B"}{"id":"C"}');
    const second = encode('{"id":"D"}{"id":"Ё"}');
    const builder = new ChunkBuilder();
    builder.add(first, 0, 10);
    builder.add(first, 20, 30); // B is left out
    builder.add(second, 0, 10);
    builder.add(second, 10, second.length);
    expect(builder.count).toBe(4);
    const chunk = builder.take();
    expect(Array.from({ length: storedCount(chunk) }, (_, k) => storedJson(chunk, k))).toEqual([
      '{"id":"A"}',
      '{"id":"C"}',
      '{"id":"D"}',
      '{"id":"Ё"}',
    ]);
    expect(chunk.json.buffer.byteLength).toBe(chunk.json.length);
    expect(builder.count).toBe(0);
    builder.add(second, 0, 10);
    expect(storedJson(builder.take(), 0)).toBe('{"id":"D"}');
  });

  it('reads a stored account’s id from the start of its JSON, or from all of it', () => {
    const stored = new JsonBytesWriter();
    for (const text of ['{"id":"A\\"1","name":"x"}', '{"name":"x","id":"B2"}', '{"id":"Ж\\\\3"}', '{"id":7}']) stored.push(text);
    const { json, ends } = stored.finish();
    const ids = Array.from({ length: ends.length }, (_, k) => storedAccountId(json, storedStart({ json, ends }, k), ends[k] as number));
    expect(ids).toEqual(['A"1', 'B2', 'Ж\\3', '7']);
  });
});
