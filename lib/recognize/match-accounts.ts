import type { AccountIndex, MatchKind } from './keys';
import type { PageLookup } from './page-lookups';
import type { AccountMatch } from './recognition';

/** The accounts a page may be about, best first, and the one it is about when that is clear. */
export type AccountMatches = { match: AccountMatch | null; candidates: AccountMatch[] };

/** Below this, a match is too weak to take without the rep's say: it is only a candidate. */
export const MIN_MATCH_CONFIDENCE = 0.5;
/** Most candidates listed: a common name can hit hundreds of accounts. */
export const MAX_CANDIDATES = 20;

type Evidence = { by: MatchKind; tier: number; order: number; confidences: number[]; kinds: Set<MatchKind> };

/** A key shared by several accounts says less about each: 1, 2/3, 1/2, 2/5 … of the key's confidence. */
function sharedKeyFactor(accounts: number): number {
  return 1 / (1 + 0.5 * (accounts - 1));
}

/**
 * Looks every key up and weighs the hits. Keys are tried in the order of spec §4; the first tier (kind and
 * confidence) that finds anything decides: one account there is the match; several are ambiguous unless
 * exactly one of them is also found by another kind of key (the same domain and name, say). An account
 * found by several keys is surer of it: confidences combine as independent evidence, 1 − Π(1 − c).
 */
export async function matchAccounts(lookups: readonly PageLookup[], index: AccountIndex): Promise<AccountMatches> {
  const hits = await Promise.all(lookups.map((lookup) => index.find({ kind: lookup.kind, value: lookup.value })));
  const evidence = new Map<string, Evidence>();
  let tier = -1;
  let decidingTier: number | null = null;
  lookups.forEach((lookup, i) => {
    const previous = lookups[i - 1];
    if (!previous || previous.kind !== lookup.kind || previous.confidence !== lookup.confidence) tier++;
    const ids = [...new Set(hits[i] ?? [])];
    if (ids.length > 0 && decidingTier === null) decidingTier = tier;
    for (const id of ids) {
      const found = evidence.get(id) ?? { by: lookup.kind, tier, order: evidence.size, confidences: [], kinds: new Set() };
      found.confidences.push(lookup.confidence * sharedKeyFactor(ids.length));
      found.kinds.add(lookup.kind);
      evidence.set(id, found);
    }
  });

  const ranked = [...evidence.entries()]
    .map(([accountId, found]) => ({ accountId, found, confidence: combine(found.confidences) }))
    .sort((a, b) => b.confidence - a.confidence || a.found.tier - b.found.tier || a.found.order - b.found.order);
  const toMatch = ({ accountId, found, confidence }: (typeof ranked)[number]): AccountMatch => ({ accountId, by: found.by, confidence });

  const deciding = ranked.filter((entry) => entry.found.tier === decidingTier);
  const corroborated = deciding.filter((entry) => entry.found.kinds.size > 1);
  const winner = deciding.length === 1 ? deciding[0] : corroborated.length === 1 ? corroborated[0] : undefined;
  return {
    match: winner && winner.confidence >= MIN_MATCH_CONFIDENCE ? toMatch(winner) : null,
    candidates: ranked.slice(0, MAX_CANDIDATES).map(toMatch),
  };
}

/** Independent pieces of evidence combined, rounded to two decimals. */
function combine(confidences: readonly number[]): number {
  const doubt = confidences.reduce((product, confidence) => product * (1 - confidence), 1);
  return Math.round((1 - doubt) * 100) / 100;
}
