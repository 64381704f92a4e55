/**
 * Text folded for name search: compatibility forms, case and accents folded, punctuation as spaces
 * (`Société Générale, S.A.` → `societe generale s a`). Legal forms are kept, unlike matching keys, so a
 * prefix typed letter by letter (`stark ind`) keeps finding `Stark Industries, Inc.`.
 */
export function foldForSearch(text: string): string {
  // Most names are plain ASCII: no Unicode normalization needed, and an ASCII-only regex is much faster.
  if (/^[\x20-\x7e]*$/.test(text)) {
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{C}\s]+/gu, ' ')
    .trim();
}

/**
 * The entry under which an account's name is found: the whole folded name, so a search matches names
 * by their start (`contoso b` finds `Contoso Bank`). Only the start: an entry per word would more than
 * double the entries sorted at every import.
 */
export function nameSearchEntries(name: string): string[] {
  const folded = foldForSearch(name);
  return folded === '' ? [] : [folded];
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
