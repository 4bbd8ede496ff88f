/**
 * A pure function of one string, memoised. Extraction, gazetteer imports and merging ask for the keys
 * of the same few thousand names again and again, and each costs Unicode normalisation and a dozen
 * regular-expression passes. The memo is emptied when it reaches `limit` entries, so a long-running
 * worker keeps a fixed footprint. `compute` must be pure: a memo then changes no result.
 * @example const key = boundedMemo((name) => name.toLowerCase(), 1000); key("Idlib") // "idlib"
 */
export function boundedMemo<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      value = compute(key);
      memo.set(key, value);
    }
    return value;
  };
}
