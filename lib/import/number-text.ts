const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, mm: 1e6, mn: 1e6, b: 1e9, bn: 1e9 };
const GROUPED_COMMAS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const GROUPED_DOTS = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Reads a number as CRM exports write it: `$5,000,000`, `1 200`, `€1.250.000,50`, `(5)`, `85%`, `1.2B`,
 * `USD 300000`. One comma or dot alone is a decimal mark unless it groups exactly three digits
 * (`1,250` is 1250, `12,5` is 12.5); with both, the last one is the decimal mark. Null when unreadable.
 */
export function parseNumberText(input: string): number | null {
  let text = input.trim();
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  // Currency signs and ISO codes either side, then a percent sign: 85% reads as 85 (scores are 0–100).
  text = text
    .replace(/\p{Sc}/gu, '')
    .replace(/^[A-Z]{3}\s+|\s+[A-Z]{3}$/g, '')
    .replace(/%$/, '')
    .trim();
  if (text.startsWith('-') || text.startsWith('+')) {
    negative = negative !== text.startsWith('-');
    text = text.slice(1).trim();
  }
  let multiplier = 1;
  const suffix = /(\d)\s*(k|mm|mn|m|bn|b)$/i.exec(text);
  if (suffix) {
    multiplier = MULTIPLIERS[(suffix[2] as string).toLowerCase()] ?? 1;
    text = text.slice(0, suffix.index + 1);
  }
  // Spaces (including no-break and thin spaces) and apostrophes group thousands: `1 200`, `1'200`.
  text = text.replace(/(\d)[\s\u00a0\u202f\u2009'’](?=\d)/g, '$1');
  const value = readDigits(text);
  if (value === null) return null;
  const result = value * multiplier;
  return negative ? -result : result;
}

function readDigits(text: string): number | null {
  const hasComma = text.includes(',');
  const hasDot = text.includes('.');
  let plain = text;
  if (hasComma && hasDot) {
    const decimalIsComma = text.lastIndexOf(',') > text.lastIndexOf('.');
    if (decimalIsComma) {
      if (!GROUPED_DOTS.test(text)) return null;
      plain = text.replace(/\./g, '').replace(',', '.');
    } else {
      if (!GROUPED_COMMAS.test(text)) return null;
      plain = text.replace(/,/g, '');
    }
  } else if (hasComma) {
    if (GROUPED_COMMAS.test(text)) plain = text.replace(/,/g, '');
    else if (/^\d*,\d+$/.test(text)) plain = text.replace(',', '.');
    else return null;
  } else if (hasDot && (text.match(/\./g)?.length ?? 0) > 1) {
    if (!GROUPED_DOTS.test(text)) return null;
    plain = text.replace(/\./g, '');
  }
  if (!PLAIN.test(plain)) return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}
