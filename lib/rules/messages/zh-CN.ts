import type { ValueKind } from '../matchers';
import { type EvidenceMessage, type Format, numberParam, type RuleMessages, subject } from './format';

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

/** Simplified Chinese. */
export const zhCN: RuleMessages = {
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
  health: {
    'segment-count': (p, f) => {
      const n = numberParam(p.count) ?? 0;
      const what = `顶层细分 ${f.num(n)} 个`;
      if (n >= 4 && n <= 5) return `${what}：处于 4–5 个的理想范围。`;
      if (n >= 2 && n <= 3) return `${what}：起步足够；理想是 4–5 个。`;
      if (n > 5) return `${what}：太多，难以为每个细分制定专属打法；建议 4–5 个。`;
      return `${what}：太少，无法开展差异化打法；建议 4–5 个（起步 2–3 个即可）。`;
    },
    'segment-size': (p, f) => {
      const min = f.num(numberParam(p.min) ?? 0);
      const small = Array.isArray(p.small) ? p.small : [];
      const sizes = Array.isArray(p.sizes) ? p.sizes : [];
      if (small.length === 0) return `每个细分至少有 ${min} 个客户，足以从中总结经验。`;
      const list = small.map((id, i) => `${id}（${f.value(sizes[i] ?? 0)}）`).join('、');
      return `客户少于 ${min} 个，太小，难以总结经验：${list}。`;
    },
    'one-segment-each': (p, f) => {
      const [all, none, many, undecided] = [p.accounts, p.unassigned, p.overlapping, p.undecided].map((v) => numberParam(v) ?? 0) as [
        number,
        number,
        number,
        number,
      ];
      if (none === 0 && many === 0) return `全部 ${f.num(all)} 个客户都恰好属于一个顶层细分。`;
      const parts: string[] = [];
      if (none > 0) {
        const lacking = undecided > 0 ? `（其中 ${f.num(undecided)} 个在补全数据后可能匹配）` : '';
        parts.push(`${f.num(all)} 个客户中有 ${f.num(none)} 个不属于任何顶层细分${lacking}`);
      }
      if (many > 0) parts.push(`${f.num(many)} 个符合多个顶层细分的规则`);
      return `${parts.join('；')}。`;
    },
  },
};
