/** Name entries sorted by name (code units), then position: a run of them, or all of a generation's. */
export type SortedNames = { names: string[]; positions: Uint32Array };

/**
 * Gathers a generation's name entries as sorted runs (one per batch of accounts, each sorted where it
 * was read) and merges them as they come, so that the sorted whole is ready when the import ends
 * rather than sorted then, alone on one core, while the other cores wait.
 *
 * Runs must come in position order: every position of a run is above every position of the runs
 * before it (the writer's append order). Runs are kept in a stack whose sizes shrink upwards, merging
 * the top two while the lower is not larger: each entry is merged about log2(runs) times in all.
 */
export class NameRunMerger {
  private readonly runs: SortedNames[] = [];

  /** Adds the next run (sorted by name, then position). */
  add(run: SortedNames): void {
    if (run.names.length === 0) return;
    this.runs.push(run);
    for (let n = this.runs.length; n >= 2 && sizeOf(this.runs[n - 2]) <= sizeOf(this.runs[n - 1]); n--) this.mergeTop();
  }

  /** Every entry added, sorted by name, then position. */
  finish(): SortedNames {
    while (this.runs.length >= 2) this.mergeTop();
    return this.runs.pop() ?? { names: [], positions: new Uint32Array(0) };
  }

  private mergeTop(): void {
    const later = this.runs.pop() as SortedNames;
    const earlier = this.runs.pop() as SortedNames;
    this.runs.push(mergeRuns(earlier, later));
  }
}

const sizeOf = (run: SortedNames | undefined) => run?.names.length ?? 0;

/** Two sorted runs as one; on equal names the earlier run's entry (the lower position) comes first. */
export function mergeRuns(earlier: SortedNames, later: SortedNames): SortedNames {
  const a = earlier.names;
  const b = later.names;
  const names = new Array<string>(a.length + b.length);
  const positions = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    if ((b[j] as string) < (a[i] as string)) {
      names[k] = b[j] as string;
      positions[k++] = later.positions[j++] as number;
    } else {
      names[k] = a[i] as string;
      positions[k++] = earlier.positions[i++] as number;
    }
  }
  for (; i < a.length; i++, k++) {
    names[k] = a[i] as string;
    positions[k] = earlier.positions[i] as number;
  }
  for (; j < b.length; j++, k++) {
    names[k] = b[j] as string;
    positions[k] = later.positions[j] as number;
  }
  return { names, positions };
}
