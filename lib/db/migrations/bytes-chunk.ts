/**
 * The chunk record form of database versions 3 and 4: the accounts' JSON texts as UTF-8 bytes one
 * after another (`json`) and where each ends (`ends`). Only the migrations read and write it.
 */
export type BytesChunk = { json: Uint8Array; ends: Uint32Array };

/** Texts in the bytes form (a lone surrogate becomes U+FFFD, as TextEncoder writes it). */
export function bytesChunkOf(texts: readonly string[]): BytesChunk {
  const encoder = new TextEncoder();
  const parts = texts.map((text) => encoder.encode(text));
  const json = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  const ends = new Uint32Array(parts.length);
  let at = 0;
  parts.forEach((part, i) => {
    json.set(part, at);
    at += part.length;
    ends[i] = at;
  });
  return { json, ends };
}

/** The texts of a chunk in the bytes form. */
export function bytesChunkTexts({ json, ends }: BytesChunk): string[] {
  const decoder = new TextDecoder();
  return Array.from(ends, (end, k) => decoder.decode(json.subarray(k === 0 ? 0 : (ends[k - 1] as number), end)));
}
