import { counted, type Format, type HealthMessages, numberParam } from './format';

/** After «из» and «меньше» the noun is genitive: `из 21 аккаунта`, `из 22 аккаунтов`. */
const ofAccounts = (count: number, f: Format) => counted(count, f, 'аккаунта', 'аккаунтов', 'аккаунтов');

/** The health checks in Russian. */
export const healthRu: HealthMessages = {
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
};
