import type { ValueKind } from '../matchers';
import { type EvidenceMessage, type Format, numberParam, type RuleMessages, subject } from './format';

const KINDS: Record<ValueKind, string> = {
  number: 'число',
  date: 'дата',
  text: 'текст',
  boolean: 'да или нет',
  'single-value': 'одно значение',
  'list-or-text': 'список или текст',
};

const says =
  (pass: (v: string) => string, fail: (v: string) => string): EvidenceMessage =>
  (p, status, f) =>
    `${subject(p, f)} — ${(status === 'pass' ? pass : fail)(f.value(p.value))}`;

/** `21 день`, `22 дня`, `25 дней`: the noun agrees with the count. */
function counted(count: number, f: Format, one: string, few: string, many: string): string {
  const category = f.plural(count);
  return `${f.num(count)} ${category === 'one' ? one : category === 'few' ? few : many}`;
}
const days = (count: number, f: Format) => counted(count, f, 'день', 'дня', 'дней');
/** After «из» and «меньше» the noun is genitive: `из 21 аккаунта`, `из 22 аккаунтов`. */
const ofAccounts = (count: number, f: Format) => counted(count, f, 'аккаунта', 'аккаунтов', 'аккаунтов');
const age = (p: Parameters<EvidenceMessage>[0], f: Format) => {
  const d = numberParam(p.days);
  if (d === undefined) return '';
  return d === 0 ? ' (сегодня)' : d > 0 ? ` (${days(d, f)} назад)` : ` (через ${days(-d, f)})`;
};

function range(min: number | undefined, max: number | undefined, pass: boolean, f: Format): string {
  if (min !== undefined && max !== undefined) return `${pass ? 'в пределах' : 'вне пределов'} ${f.num(min)}–${f.num(max)}`;
  if (min !== undefined) return pass ? `не меньше ${f.num(min)}` : `меньше ${f.num(min)}`;
  if (max !== undefined) return pass ? `не больше ${f.num(max)}` : `больше ${f.num(max)}`;
  return 'любое число';
}

/** Russian. */
export const ru: RuleMessages = {
  evidence: {
    'evidence.eq': says(
      (v) => `равно ${v}`,
      (v) => `не ${v}`,
    ),
    'evidence.neq': says(
      (v) => `не ${v}`,
      (v) => `равно ${v}, а это исключено`,
    ),
    'evidence.in': says(
      (v) => `одно из: ${v}`,
      (v) => `не из списка: ${v}`,
    ),
    'evidence.nin': says(
      (v) => `не из исключённых: ${v}`,
      (v) => `из исключённых: ${v}`,
    ),
    'evidence.gt': says(
      (v) => `больше ${v}`,
      (v) => `не больше ${v}`,
    ),
    'evidence.gte': says(
      (v) => `не меньше ${v}`,
      (v) => `меньше ${v}`,
    ),
    'evidence.lt': says(
      (v) => `меньше ${v}`,
      (v) => `не меньше ${v}`,
    ),
    'evidence.lte': says(
      (v) => `не больше ${v}`,
      (v) => `больше ${v}`,
    ),
    'evidence.between': (p, status, f) => `${subject(p, f)} — ${range(numberParam(p.min), numberParam(p.max), status === 'pass', f)}`,
    'evidence.exists': (p, status, f) => {
      if (p.actual !== null) return `${subject(p, f)} — ${status === 'pass' ? 'есть' : 'должно быть пусто'}`;
      return status === 'pass' ? `${p.field}: пусто, как и требуется` : `${p.field}: нет данных`;
    },
    'evidence.contains': says(
      (v) => `содержит ${v}`,
      (v) => `не содержит ${v}`,
    ),
    'evidence.containsAny': says(
      (v) => `содержит одно из: ${v}`,
      (v) => `не содержит ни одного из: ${v}`,
    ),
    'evidence.containsAll': says(
      (v) => `содержит все: ${v}`,
      (v) => `содержит не все из: ${v}`,
    ),
    'evidence.withinDays': (p, status, f) => {
      const n = numberParam(p.value) ?? 0;
      return `${subject(p, f)}${age(p, f)} — ${status === 'pass' ? `не позднее ${days(n, f)}` : `более ${days(n, f)} назад`}`;
    },
    'evidence.olderThanDays': (p, status, f) => {
      const n = numberParam(p.value) ?? 0;
      return `${subject(p, f)}${age(p, f)} — ${status === 'pass' ? `более ${days(n, f)} назад` : `не позднее ${days(n, f)}`}`;
    },
    'evidence.missing': (p) => `${p.field}: нет данных`,
    'evidence.wrongType': (p, _status, f) =>
      `${p.field} «${f.value(p.actual)}» — не ${KINDS[p.expected as ValueKind] ?? p.expected}, ${p.op} не может решить`,
  },
  combinator: { all: (inner) => `все из [${inner}]`, any: (inner) => `любое из [${inner}]`, not: (inner) => `не [${inner}]` },
  health: {
    'segment-count': (p, f) => {
      const n = numberParam(p.count) ?? 0;
      const what = `Сегментов верхнего уровня: ${f.num(n)}`;
      if (n >= 4 && n <= 5) return `${what} — в оптимальном диапазоне 4–5.`;
      if (n >= 2 && n <= 3) return `${what} — для начала достаточно; оптимально 4–5.`;
      if (n > 5) return `${what} — слишком много, чтобы для каждого вести свою программу; оптимально 4–5.`;
      return `${what} — слишком мало для разных программ; оптимально 4–5 (для начала 2–3).`;
    },
    'segment-size': (p, f) => {
      const min = numberParam(p.min) ?? 0;
      const small = Array.isArray(p.small) ? p.small : [];
      const sizes = Array.isArray(p.sizes) ? p.sizes : [];
      if (small.length === 0) return `В каждом сегменте не меньше ${ofAccounts(min, f)} — есть на чём учиться.`;
      const list = small.map((id, i) => `${id} (${f.value(sizes[i] ?? 0)})`).join(', ');
      return `Слишком малы, чтобы делать выводы (меньше ${ofAccounts(min, f)}): ${list}.`;
    },
    'one-segment-each': (p, f) => {
      const [all, none, many, undecided] = [p.accounts, p.unassigned, p.overlapping, p.undecided].map((v) => numberParam(v) ?? 0) as [
        number,
        number,
        number,
        number,
      ];
      if (none === 0 && many === 0) return `Каждый из ${ofAccounts(all, f)} — ровно в одном сегменте верхнего уровня.`;
      const parts: string[] = [];
      if (none > 0) {
        const lacking = undecided > 0 ? ` (из них ${f.num(undecided)} могут подойти, если заполнить данные)` : '';
        parts.push(`${f.num(none)} из ${ofAccounts(all, f)} — вне всех сегментов верхнего уровня${lacking}`);
      }
      if (many > 0) parts.push(`аккаунтов, подходящих под правила нескольких сегментов: ${f.num(many)}`);
      return `${parts.join('; ')}.`;
    },
  },
};
