import { type HealthMessages, numberParam } from './format';

/** The health checks in Simplified Chinese. */
export const healthZhCN: HealthMessages = {
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
};
