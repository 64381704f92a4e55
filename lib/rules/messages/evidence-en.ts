import type { ValueKind } from '../matchers';
import { type EvidenceMessage, type EvidenceMessages, type Format, numberParam, subject } from './format';

const KINDS: Record<ValueKind, string> = {
  number: 'a number',
  date: 'a date',
  text: 'text',
  boolean: 'yes or no',
  'single-value': 'a single value',
  'list-or-text': 'a list or text',
};

/** `subject — pass words` or `subject — fail words`. */
const says =
  (pass: (v: string) => string, fail: (v: string) => string): EvidenceMessage =>
  (p, status, f) =>
    `${subject(p, f)} — ${(status === 'pass' ? pass : fail)(f.value(p.value))}`;

const days = (count: number, f: Format) => `${f.num(count)} ${count === 1 ? 'day' : 'days'}`;
const age = (p: Parameters<EvidenceMessage>[0], f: Format) => {
  const d = numberParam(p.days);
  if (d === undefined) return '';
  return d === 0 ? ' (today)' : d > 0 ? ` (${days(d, f)} ago)` : ` (in ${days(-d, f)})`;
};

function range(min: number | undefined, max: number | undefined, pass: boolean, f: Format): string {
  if (min !== undefined && max !== undefined) return `${pass ? 'within' : 'outside'} ${f.num(min)}–${f.num(max)}`;
  if (min !== undefined) return pass ? `at least ${f.num(min)}` : `below ${f.num(min)}`;
  if (max !== undefined) return pass ? `at most ${f.num(max)}` : `above ${f.num(max)}`;
  return 'any number';
}

/** Rule evidence in English. */
export const evidenceEn: EvidenceMessages = {
  evidence: {
    'evidence.eq': says(
      (v) => `is ${v}`,
      (v) => `not ${v}`,
    ),
    'evidence.neq': says(
      (v) => `not ${v}`,
      (v) => `is ${v}, which is excluded`,
    ),
    'evidence.in': says(
      (v) => `one of ${v}`,
      (v) => `not one of ${v}`,
    ),
    'evidence.nin': says(
      (v) => `none of ${v}`,
      (v) => `one of the excluded ${v}`,
    ),
    'evidence.gt': says(
      (v) => `above ${v}`,
      (v) => `not above ${v}`,
    ),
    'evidence.gte': says(
      (v) => `at least ${v}`,
      (v) => `below ${v}`,
    ),
    'evidence.lt': says(
      (v) => `below ${v}`,
      (v) => `not below ${v}`,
    ),
    'evidence.lte': says(
      (v) => `at most ${v}`,
      (v) => `above ${v}`,
    ),
    'evidence.between': (p, status, f) => `${subject(p, f)} — ${range(numberParam(p.min), numberParam(p.max), status === 'pass', f)}`,
    'evidence.exists': (p, status, f) => {
      const present = p.actual !== null;
      if (present) return `${subject(p, f)} — ${status === 'pass' ? 'present' : 'should be empty'}`;
      return status === 'pass' ? `${p.field} empty, as required` : `${p.field} missing`;
    },
    'evidence.contains': says(
      (v) => `includes ${v}`,
      (v) => `does not include ${v}`,
    ),
    'evidence.containsAny': says(
      (v) => `includes one of ${v}`,
      (v) => `includes none of ${v}`,
    ),
    'evidence.containsAll': says(
      (v) => `includes all of ${v}`,
      (v) => `lacks some of ${v}`,
    ),
    'evidence.withinDays': (p, status, f) => {
      const n = numberParam(p.value) ?? 0;
      return `${subject(p, f)}${age(p, f)} — ${status === 'pass' ? `within ${days(n, f)}` : `more than ${days(n, f)} ago`}`;
    },
    'evidence.olderThanDays': (p, status, f) => {
      const n = numberParam(p.value) ?? 0;
      return `${subject(p, f)}${age(p, f)} — ${status === 'pass' ? `more than ${days(n, f)} ago` : `within the last ${days(n, f)}`}`;
    },
    'evidence.missing': (p) => `${p.field} missing`,
    'evidence.wrongType': (p, _status, f) =>
      `${p.field} "${f.value(p.actual)}" — not ${KINDS[p.expected as ValueKind] ?? p.expected}, so ${p.op} cannot decide`,
  },
  combinator: { all: (inner) => `all of [${inner}]`, any: (inner) => `any of [${inner}]`, not: (inner) => `not [${inner}]` },
};
