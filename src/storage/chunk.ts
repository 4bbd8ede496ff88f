/** Splits rows into batches for multi-row INSERTs and IN lists (SQLite caps bound parameters per statement). */

/** @example chunk([1, 2, 3], 2) // [[1, 2], [3]] */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/**
 * Batches of values for `IN (…)` lists, each padded (by repeating its last value) to a power of two.
 * Every list length gives another SQL text, and SQLite prepares each text anew: a busy store issuing
 * lists of every length from 1 to 500 kept re-preparing statements. Padded, a query has at most ten
 * shapes, all kept prepared (sqlite-dialect.ts); a repeated value in an IN list changes nothing.
 *
 * @example inLists(["a", "b", "c"], 512) // [["a", "b", "c", "c"]]
 */
export function inLists<T>(values: Iterable<T>, size = 512): T[][] {
  return chunk([...new Set(values)], size).map((batch) => {
    let width = 1;
    while (width < batch.length) width *= 2;
    const padded = batch.slice();
    while (padded.length < width) padded.push(batch[batch.length - 1] as T);
    return padded;
  });
}
