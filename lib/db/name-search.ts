/**
 * Text folded for name search: compatibility forms, case and accents folded, punctuation as spaces
 * (`Société Générale, S.A.` → `societe generale s a`). Legal forms are kept, unlike matching keys, so a
 * prefix typed letter by letter (`stark ind`) keeps finding `Stark Industries, Inc.`.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

/** Words not worth a search entry of their own: legal forms and fillers that would match half the cache. */
const UNSEARCHED_WORDS = new Set(['inc', 'llc', 'ltd', 'corp', 'co', 'gmbh', 'ag', 'sa', 'plc', 'bv', 'the', 'of', 'and', 'group']);

/**
 * The entries under which an account's name is found: the whole folded name and the rest of it from
 * each later word on (`contoso bank` → `contoso bank`, `bank`), so a search matches any word's start.
 */
export function nameSearchEntries(name: string): string[] {
  const folded = foldForSearch(name);
  if (folded === '') return [];
  const entries = [folded];
  for (let i = folded.indexOf(' '); i !== -1; i = folded.indexOf(' ', i + 1)) {
    const rest = folded.slice(i + 1);
    const word = rest.slice(0, rest.indexOf(' ') === -1 ? undefined : rest.indexOf(' '));
    if (word.length >= 2 && !UNSEARCHED_WORDS.has(word)) entries.push(rest);
  }
  return entries;
}

/** The first index in `sorted` (code-unit order) whose entry is ≥ `prefix`. */
export function lowerBound(sorted: readonly string[], prefix: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}
