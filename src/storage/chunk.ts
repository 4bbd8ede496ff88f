/** Splits rows into batches for multi-row INSERTs (SQLite caps bound parameters per statement). */

/** @example chunk([1, 2, 3], 2) // [[1, 2], [3]] */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}
