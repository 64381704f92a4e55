/** A Uint32Array that grows as values are pushed: millions of key hashes without an array of boxed numbers. */
export function createGrowableUint32(initialCapacity = 1024) {
  let values = new Uint32Array(initialCapacity);
  let length = 0;
  return {
    push(value: number) {
      if (length === values.length) {
        const grown = new Uint32Array(values.length * 2);
        grown.set(values);
        values = grown;
      }
      values[length++] = value;
    },
    get length() {
      return length;
    },
    /** Whether `value` is among the values from `start` on. */
    includesFrom(value: number, start: number): boolean {
      for (let i = start; i < length; i++) if (values[i] === value) return true;
      return false;
    },
    /** Drops the values from `newLength` on. */
    truncate(newLength: number) {
      length = Math.min(length, Math.max(0, newLength));
    },
    /** The values pushed so far (a view, not a copy). */
    view: () => values.subarray(0, length),
    /** The values pushed so far in a buffer of their own size (to move to another thread). */
    copy: () => values.slice(0, length),
  };
}
