/** Entries per name page: one page read answers a typical search. */
export const NAME_PAGE_SIZE = 512;

/**
 * Sorts name entries (code-unit order, the order `lowerBound` searches) and cuts them into pages,
 * with the first entry of each page as the directory that finds a prefix's page.
 */
export function buildNamePages(names: readonly string[], positions: Uint32Array, pageSize = NAME_PAGE_SIZE) {
  const order = new Uint32Array(names.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => {
    const x = names[a] as string;
    const y = names[b] as string;
    return x < y ? -1 : x > y ? 1 : (positions[a] as number) - (positions[b] as number);
  });
  const pages: { names: string[]; positions: Uint32Array<ArrayBuffer> }[] = [];
  const directory: string[] = [];
  for (let start = 0; start < order.length; start += pageSize) {
    const slice = order.subarray(start, start + pageSize);
    const pageNames = Array.from(slice, (i) => names[i] as string);
    pages.push({ names: pageNames, positions: Uint32Array.from(slice, (i) => positions[i] as number) });
    directory.push(pageNames[0] as string);
  }
  return { pages, directory };
}
