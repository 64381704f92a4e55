import type { SortedNames } from './name-runs';

/** Entries per name page: one page read answers a typical search, and an import writes few pages (see build-key-buckets.ts). */
export const NAME_PAGE_SIZE = 2048;

/**
 * Cuts name entries already sorted (code-unit order, the order `lowerBound` searches; then position)
 * into pages, with the first entry of each page as the directory that finds a prefix's page.
 */
export function namePagesOfSorted(sorted: SortedNames, pageSize = NAME_PAGE_SIZE) {
  const pages: { names: string[]; positions: Uint32Array<ArrayBuffer> }[] = [];
  const directory: string[] = [];
  for (let start = 0; start < sorted.names.length; start += pageSize) {
    const pageNames = sorted.names.slice(start, start + pageSize);
    // slice, not subarray: IndexedDB would otherwise clone the whole underlying buffer into every record.
    pages.push({ names: pageNames, positions: sorted.positions.slice(start, start + pageSize) as Uint32Array<ArrayBuffer> });
    directory.push(pageNames[0] as string);
  }
  return { pages, directory };
}

/** Entries a key can number (the index takes the low 21 bits of a double's 53). */
const INDEX_SPAN = 2 ** 21;
/** Groups smaller than this are sorted by comparing their names. */
const SMALL_GROUP = 32;

/**
 * The entries' indices in order of name (code units), then position. A million names sorted with a
 * comparator took two seconds of an import. So the entries are sorted four code units at a time: each
 * gets a number (the four units at this depth, then its index in the group), the numbers are sorted
 * natively, and each run of entries sharing those units is sorted the same way at the next depth;
 * small runs, and runs whose units cannot tell names apart further, are sorted with the comparator.
 */
export function sortNameEntries(names: readonly string[], positions: Uint32Array): Uint32Array {
  const n = names.length;
  const compare = (a: number, b: number) => {
    const x = names[a] as string;
    const y = names[b] as string;
    return x < y ? -1 : x > y ? 1 : (positions[a] as number) - (positions[b] as number);
  };
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n > INDEX_SPAN) return order.sort(compare);
  const keys = new Float64Array(n);
  const moved = new Uint32Array(n);
  const groups: [start: number, end: number, depth: number][] = [[0, n, 0]];
  for (let group = groups.pop(); group; group = groups.pop()) {
    const [start, end, depth] = group;
    const size = end - start;
    if (size < SMALL_GROUP) {
      order.subarray(start, end).sort(compare);
      continue;
    }
    const sorted = keys.subarray(0, size);
    for (let i = 0; i < size; i++) sorted[i] = unitsKey(names[order[start + i] as number] as string, depth) * INDEX_SPAN + i;
    sorted.sort();
    for (let i = 0; i < size; i++) moved[i] = order[start + ((sorted[i] as number) % INDEX_SPAN)] as number;
    order.set(moved.subarray(0, size), start);
    let first = 0;
    for (let i = 1; i <= size; i++) {
      const units = Math.floor((sorted[first] as number) / INDEX_SPAN);
      if (i < size && Math.floor((sorted[i] as number) / INDEX_SPAN) === units) continue;
      if (i - first > 1) {
        if (tellsMore(units)) groups.push([start + first, start + i, depth + 4]);
        else order.subarray(start + first, start + i).sort(compare);
      }
      first = i;
    }
  }
  return order;
}

/**
 * A number that orders names as their four code units from `depth` do, 8 bits a unit: 0 past the end
 * (a shorter name first), the unit + 1 up to 253, and 255 for any higher unit, after which the rest
 * counts as 0 (names that differ only there share the number and are compared as strings).
 */
function unitsKey(name: string, depth: number): number {
  let key = 0;
  let saturated = false;
  for (let k = depth; k < depth + 4; k++) {
    let part = 0;
    if (!saturated && k < name.length) {
      part = Math.min(name.charCodeAt(k) + 1, 255);
      saturated = part === 255;
    }
    key = key * 256 + part;
  }
  return key;
}

/** Whether names sharing these four units may still differ further on (none ended, none saturated). */
function tellsMore(units: number): boolean {
  let rest = units;
  for (let k = 0; k < 4; k++) {
    const part = rest % 256;
    if (part === 0 || part === 255) return false;
    rest = Math.floor(rest / 256);
  }
  return true;
}
