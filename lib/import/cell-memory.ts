/** Lookups after which a column whose cells rarely repeat (ids, names, domains) stops being remembered. */
const TRIAL = 1000;
const MAX_REMEMBERED = 4096;

/**
 * Remembers what a column's reader gave for each cell text, for columns whose cells repeat (industry,
 * country, owner, scores, dates, picklists): most cells of a large export are then read by one
 * lookup. A column that repeats less than half the time over its first lookups is no longer
 * remembered, so ids and names cost nothing more. The reader must depend on the text alone; what it
 * gives is shared by every cell of that text, so it must not be changed (lists are copied when checked).
 */
export class CellMemory<T> {
  private readonly remembered = new Map<string, T>();
  private lookups = 0;
  private hits = 0;
  private remember = true;

  constructor(private readonly reader: (raw: unknown) => T) {}

  read(raw: unknown): T {
    if (!this.remember || typeof raw !== 'string') return this.reader(raw);
    this.lookups++;
    const known = this.remembered.get(raw);
    if (known !== undefined) {
      this.hits++;
      return known;
    }
    if (this.lookups === TRIAL && this.hits < TRIAL / 2) {
      this.remember = false;
      this.remembered.clear();
    }
    const read = this.reader(raw);
    if (this.remember && this.remembered.size < MAX_REMEMBERED) this.remembered.set(raw, read);
    return read;
  }
}
