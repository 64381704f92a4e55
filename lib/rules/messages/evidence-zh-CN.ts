import type { ValueKind } from '../matchers';
import { type EvidenceMessage, type EvidenceMessages, type Format, numberParam, subject } from './format';

const KINDS: Record<ValueKind, string> = {
  number: '数字',
  date: '日期',
  text: '文本',
  boolean: '是/否',
  'single-value': '单个值',
  'list-or-text': '列表或文本',
};

const says =
  (pass: (v: string) => string, fail: (v: string) => string): EvidenceMessage =>
  (p, status, f) =>
    `${subject(p, f)} — ${(status === 'pass' ? pass : fail)(f.value(p.value))}`;

const age = (p: Parameters<EvidenceMessage>[0], f: Format) => {
  const d = numberParam(p.days);
  if (d === undefined) return '';
  return d === 0 ? '（今天）' : d > 0 ? `（${f.num(d)} 天前）` : `（${f.num(-d)} 天后）`;
};

function range(min: number | undefined, max: number | undefined, pass: boolean, f: Format): string {
  if (min !== undefined && max !== undefined) return `${pass ? '在' : '不在'} ${f.num(min)}–${f.num(max)} 之间`;
  if (min !== undefined) return pass ? `不少于 ${f.num(min)}` : `少于 ${f.num(min)}`;
  if (max !== undefined) return pass ? `不超过 ${f.num(max)}` : `超过 ${f.num(max)}`;
  return '任意数字';
}

/** Rule evidence in Simplified Chinese. */
export const evidenceZhCN: EvidenceMessages = {
  evidence: {
    'evidence.eq': says(
      (v) => `等于 ${v}`,
      (v) => `不等于 ${v}`,
    ),
    'evidence.neq': says(
      (v) => `不等于 ${v}`,
      (v) => `等于 ${v}（已排除）`,
    ),
    'evidence.in': says(
      (v) => `属于 ${v}`,
      (v) => `不属于 ${v}`,
    ),
    'evidence.nin': says(
      (v) => `不在排除项 ${v} 中`,
      (v) => `属于排除项 ${v}`,
    ),
    'evidence.gt': says(
      (v) => `大于 ${v}`,
      (v) => `不大于 ${v}`,
    ),
    'evidence.gte': says(
      (v) => `不少于 ${v}`,
      (v) => `少于 ${v}`,
    ),
    'evidence.lt': says(
      (v) => `小于 ${v}`,
      (v) => `不小于 ${v}`,
    ),
    'evidence.lte': says(
      (v) => `不超过 ${v}`,
      (v) => `超过 ${v}`,
    ),
    'evidence.between': (p, status, f) => `${subject(p, f)} — ${range(numberParam(p.min), numberParam(p.max), status === 'pass', f)}`,
    'evidence.exists': (p, status, f) => {
      if (p.actual !== null) return `${subject(p, f)} — ${status === 'pass' ? '已填写' : '应为空'}`;
      return status === 'pass' ? `${p.field} 为空，符合要求` : `${p.field} 缺失`;
    },
    'evidence.contains': says(
      (v) => `包含 ${v}`,
      (v) => `不包含 ${v}`,
    ),
    'evidence.containsAny': says(
      (v) => `包含 ${v} 之一`,
      (v) => `不包含 ${v} 中的任何一项`,
    ),
    'evidence.containsAll': says(
      (v) => `包含全部 ${v}`,
      (v) => `未包含全部 ${v}`,
    ),
    'evidence.withinDays': (p, status, f) => {
      const n = f.num(numberParam(p.value) ?? 0);
      return `${subject(p, f)}${age(p, f)} — ${status === 'pass' ? `在 ${n} 天以内` : `超过 ${n} 天`}`;
    },
    'evidence.olderThanDays': (p, status, f) => {
      const n = f.num(numberParam(p.value) ?? 0);
      return `${subject(p, f)}${age(p, f)} — ${status === 'pass' ? `超过 ${n} 天` : `在最近 ${n} 天以内`}`;
    },
    'evidence.missing': (p) => `${p.field} 缺失`,
    'evidence.wrongType': (p, _status, f) =>
      `${p.field}「${f.value(p.actual)}」不是${KINDS[p.expected as ValueKind] ?? p.expected}，${p.op} 无法判断`,
  },
  combinator: { all: (inner) => `全部满足 [${inner}]`, any: (inner) => `任一满足 [${inner}]`, not: (inner) => `不满足 [${inner}]` },
};
