/** Calendar-day arithmetic on ISO dates (YYYY-MM-DD), in UTC so a day is always 24 hours. */

const MS_PER_DAY = 86_400_000;

/** Replays ask for the same few thousand day offsets millions of times: memoised, bounded. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 200_000;

/** @example addDays("2021-09-07", -28) // "2021-08-10" */
export function addDays(day: string, days: number): string {
  const key = `${day}|${days}`;
  let out = memo.get(key);
  if (out === undefined) {
    out = new Date(Date.parse(`${day}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, out);
  }
  return out;
}

/** Whole days from `a` to `b` (b − a). @example daysBetween("2021-09-01", "2021-09-07") // 6 */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / MS_PER_DAY);
}

/** Every day from `from` to `to` inclusive. */
export function eachDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) out.push(day);
  return out;
}
