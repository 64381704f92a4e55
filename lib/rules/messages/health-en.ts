import { type HealthMessages, numberParam } from './format';

/** The health checks in English. */
export const healthEn: HealthMessages = {
  'segment-count': (p, f) => {
    const n = numberParam(p.count) ?? 0;
    const what = `${f.num(n)} top-level ${n === 1 ? 'segment' : 'segments'}`;
    if (n >= 4 && n <= 5) return `${what}: within the 4–5 sweet spot.`;
    if (n >= 2 && n <= 3) return `${what}: fine to start; 4–5 is the sweet spot.`;
    if (n > 5) return `${what}: too many to give each its own plays; aim for 4–5.`;
    return `${what}: too few to run different plays; aim for 4–5 (2–3 is fine to start).`;
  },
  'segment-size': (p, f) => {
    const min = f.num(numberParam(p.min) ?? 0);
    const small = Array.isArray(p.small) ? p.small : [];
    const sizes = Array.isArray(p.sizes) ? p.sizes : [];
    if (small.length === 0) return `Every segment has at least ${min} accounts to learn from.`;
    const list = small.map((id, i) => `${id} (${f.value(sizes[i] ?? 0)})`).join(', ');
    return `Too small to learn from, with fewer than ${min} accounts: ${list}.`;
  },
  'one-segment-each': (p, f) => {
    const [all, none, many, undecided] = [p.accounts, p.unassigned, p.overlapping, p.undecided].map((v) => numberParam(v) ?? 0) as [
      number,
      number,
      number,
      number,
    ];
    if (none === 0 && many === 0) return `All ${f.num(all)} accounts are in exactly one top-level segment.`;
    const parts: string[] = [];
    if (none > 0) {
      const lacking = undecided > 0 ? ` (${f.num(undecided)} of them might match with more data)` : '';
      parts.push(`${f.num(none)} of ${f.num(all)} accounts are in no top-level segment${lacking}`);
    }
    if (many > 0) parts.push(`${f.num(many)} match the rules of more than one`);
    return `${parts.join('; ')}.`;
  },
};
