/** Legal forms in Latin and Cyrillic script, as words after case and punctuation folding (`S.A.` → `sa`). */
const LEGAL_FORM_WORDS = [
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
];

/** The legal forms by length, compared with `===`: cheaper than hashing each fresh word for a Set lookup. */
const LEGAL_FORMS_BY_LENGTH: string[][] = [];
for (const form of LEGAL_FORM_WORDS) {
  LEGAL_FORMS_BY_LENGTH[form.length] ??= [];
  LEGAL_FORMS_BY_LENGTH[form.length]?.push(form);
}

function isLegalForm(word: string): boolean {
  const forms = LEGAL_FORMS_BY_LENGTH[word.length];
  if (forms === undefined) return false;
  for (let i = 0; i < forms.length; i++) if (forms[i] === word) return true;
  return false;
}

/** Legal forms of Chinese and Japanese names, written without spaces before or after the name (longest first). */
const CJK_LEGAL_FORM = /股份有限公司|有限责任公司|有限責任公司|有限公司|株式会社|合同会社|有限会社/g;

/** Letters that Unicode does not decompose into a base letter and a mark. */
const LATIN_FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Punctuation, symbols and spaces: what separates the words of a name. */
const SEPARATORS = /[\p{P}\p{S}\p{Z}\s]+/gu;

/** The same characters within ASCII (tab to CR, space to `/`, `:` to `@`, `[` to `` ` ``, `{` to `~`), by code. */
const ASCII_SEPARATOR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_SEPARATOR[c] =
    (c >= 9 && c <= 13) || (c >= 32 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126) ? 1 : 0;
}

const APOSTROPHE = 39;
const BACKTICK = 96;
const AMPERSAND = 38;

/**
 * A company name folded for matching: case, accents and punctuation folded, legal forms (Inc, GmbH, S.A.,
 * ООО, 有限公司, 株式会社 …) dropped before or after the name. `ООО «Ромашка»` and `Ромашка` give one key.
 */
export function normalizeCompanyName(name: string): string {
  const text = name.slice(0, 1000);
  // Most names are plain ASCII: Unicode folding is only needed, and only paid for, when they are not.
  const words = /[\u0080-\uffff]/.test(text) ? unicodeWords(text) : asciiWords(text.toLowerCase());
  return dropLegalForms(joinInitials(words)).join(' ');
}

/** The words of a name with Unicode folding: compatibility forms, case, Latin accents, CJK legal forms. */
function unicodeWords(name: string): string[] {
  return (
    name
      .normalize('NFKC')
      .toLowerCase()
      .normalize('NFD')
      // Latin diacritics only: marks of other scripts (Japanese dakuten, Indic vowel signs) change the word.
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
      .replace(/[ßæœøłđðþı]/g, (c) => LATIN_FOLDS[c] ?? c)
      .replace(CJK_LEGAL_FORM, ' ')
      .replace(/['’`]/g, '')
      .replace(/&/g, ' and ')
      .replace(SEPARATORS, ' ')
      .split(' ')
      .filter(Boolean)
  );
}

/**
 * The words of a lower-case ASCII name, as unicodeWords gives them, in one pass (an import folds a
 * million names): apostrophes dropped (`O'Brien` → `obrien`), `&` a word `and`, separators split.
 */
function asciiWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  // Where the run of word characters being read started, -1 between runs.
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === APOSTROPHE || c === BACKTICK || ASCII_SEPARATOR[c] === 1) {
      if (start >= 0) word += text.slice(start, i);
      start = -1;
      if (c === APOSTROPHE || c === BACKTICK) continue;
      if (word !== '') words.push(word);
      word = '';
      if (c === AMPERSAND) words.push('and');
    } else if (start < 0) start = i;
  }
  if (start >= 0) word += text.slice(start);
  if (word !== '') words.push(word);
  return words;
}

/** `s a`, `b v`, `l l c` (what `S.A.`, `B.V.`, `L.L.C.` fold to) become one word. */
function joinInitials(words: string[]): string[] {
  const joined: string[] = [];
  let lastIsInitials = false;
  for (const word of words) {
    const code = word.charCodeAt(0);
    const initial = word.length === 1 && code >= 97 && code <= 122;
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
  while (start < end && isLegalForm(words[start] as string)) start++;
  while (end > start && (isLegalForm(words[end - 1] as string) || (words[end - 1] === 'and' && end < words.length))) end--;
  return start < end ? words.slice(start, end) : words;
}
