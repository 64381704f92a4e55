/** Legal forms in Latin and Cyrillic script, as words after case and punctuation folding (`S.A.` → `sa`). */
const LEGAL_FORM_WORDS = new Set([
  'incorporated',
  'inc',
  'corporation',
  'corp',
  'company',
  'co',
  'llc',
  'ltd',
  'limited',
  'plc',
  'gmbh',
  'mbh',
  'kg',
  'ohg',
  'ug',
  'ag',
  'sa',
  'sas',
  'sarl',
  'spa',
  'srl',
  'sl',
  'bv',
  'nv',
  'oy',
  'oyj',
  'ab',
  'kk',
  'pty',
  'se',
  'lp',
  'llp',
  'as',
  'asa',
  'aps',
  'ооо',
  'оао',
  'зао',
  'пао',
  'ао',
  'ип',
  '株',
  '有',
]);

/** Legal forms of Chinese and Japanese names, written without spaces before or after the name (longest first). */
const CJK_LEGAL_FORM = /股份有限公司|有限责任公司|有限責任公司|有限公司|株式会社|合同会社|有限会社/g;

/** Letters that Unicode does not decompose into a base letter and a mark. */
const LATIN_FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Punctuation, symbols and spaces: what separates the words of a name. */
const SEPARATORS = /[\p{P}\p{S}\p{Z}\s]+/gu;
/** The same characters within ASCII, matched without Unicode property lookups. */
const ASCII_SEPARATORS = /[\t-\r !-/:-@[-`{-~]+/g;

/**
 * A company name folded for matching: case, accents and punctuation folded, legal forms (Inc, GmbH, S.A.,
 * ООО, 有限公司, 株式会社 …) dropped before or after the name. `ООО «Ромашка»` and `Ромашка` give one key.
 */
export function normalizeCompanyName(name: string): string {
  let text = name.slice(0, 1000);
  // Most names are plain ASCII: Unicode folding is only needed, and only paid for, when they are not.
  const ascii = !/[\u0080-\uffff]/.test(text);
  if (!ascii) {
    text = text
      .normalize('NFKC')
      .toLowerCase()
      .normalize('NFD')
      // Latin diacritics only: marks of other scripts (Japanese dakuten, Indic vowel signs) change the word.
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
      .replace(/[ßæœøłđðþı]/g, (c) => LATIN_FOLDS[c] ?? c)
      .replace(CJK_LEGAL_FORM, ' ');
  } else {
    text = text.toLowerCase();
  }
  const words = text
    .replace(/['’`]/g, '')
    .replace(/&/g, ' and ')
    .replace(ascii ? ASCII_SEPARATORS : SEPARATORS, ' ')
    .split(' ')
    .filter(Boolean);
  return dropLegalForms(joinInitials(words)).join(' ');
}

/** `s a`, `b v`, `l l c` (what `S.A.`, `B.V.`, `L.L.C.` fold to) become one word. */
function joinInitials(words: string[]): string[] {
  const joined: string[] = [];
  let lastIsInitials = false;
  for (const word of words) {
    const initial = /^[a-z]$/.test(word);
    if (initial && lastIsInitials) {
      joined[joined.length - 1] += word;
    } else {
      joined.push(word);
      lastIsInitials = initial;
    }
  }
  return joined;
}

/** Drops legal forms (and the `and` of `& Co.`) from both ends; a name that is nothing but forms is kept. */
function dropLegalForms(words: string[]): string[] {
  let start = 0;
  let end = words.length;
  while (start < end && LEGAL_FORM_WORDS.has(words[start] as string)) start++;
  while (end > start && (LEGAL_FORM_WORDS.has(words[end - 1] as string) || (words[end - 1] === 'and' && end < words.length))) end--;
  return start < end ? words.slice(start, end) : words;
}
