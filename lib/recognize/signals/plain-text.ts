/** Longest company or record name we keep: longer text from a page is cut. */
export const MAX_NAME_LENGTH = 200;
/** Longest web address we keep. */
export const MAX_URL_LENGTH = 2048;

// Bidirectional overrides and isolates can make a name display as something else.
const INVISIBLE = /[\p{Cc}\u200b\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/**
 * Page text made safe to keep and show: tags removed, never any `<` or `>`, control and direction-override
 * characters dropped, whitespace collapsed, cut to `max` characters without splitting a character.
 */
export function toPlainText(value: string, max = MAX_NAME_LENGTH): string {
  // Cut early so that a megabyte-long title costs nothing in the replacements below.
  const text = value
    .slice(0, max * 8)
    .replace(/<[^<>]*>/g, ' ')
    .replace(/[<>]/g, ' ')
    .replace(INVISIBLE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(text);
  return chars.length > max ? chars.slice(0, max).join('').trim() : text;
}

/** An absolute http(s) address resolved against `base`, or null for anything else (`javascript:`, `data:`, garbage). */
export function toHttpUrl(value: string | null | undefined, base?: string): string | null {
  const text = value?.trim();
  if (!text || text.length > MAX_URL_LENGTH) return null;
  try {
    const url = new URL(text, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.href.length <= MAX_URL_LENGTH ? url.href : null;
  } catch {
    return null;
  }
}
