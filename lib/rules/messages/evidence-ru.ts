import type { ValueKind } from '../matchers';
import { counted, type EvidenceMessage, type EvidenceMessages, type Format, numberParam, subject } from './format';

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

const days = (count: number, f: Format) => counted(count, f, 'день', 'дня', 'дней');
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

/** Rule evidence in Russian. */
export const evidenceRu: EvidenceMessages = {
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
};
