/**
 * Short-lived memos of the reads that nearly every request repeats: who a token or session cookie
 * belongs to, and how many reports there are. Under load these lookups cost as much as the answer
 * itself; kept for a second or two they cost nothing. Writes made through this store clear what they
 * change at once (a logout, a new password, a saved report); a change made by another process (say
 * `r2p users passwd` beside a running server) is seen within the memo's lifetime.
 */
import type { User } from "../domain/user.js";
import type { StoredSession } from "./ports.js";

/** How long a token's or session's owner is trusted without asking the database again. */
export const CREDENTIAL_MEMO_MS = 2_000;
/** How stale the report total of a list page may be (`count({ maxAgeMs })`). */
export const COUNT_MEMO_MS = 1_000;
/** A flood of distinct credentials must not grow the memo without bound. */
const MAX_ENTRIES = 10_000;

/** Values remembered for `ttlMs` (monotonic clock, so a test's frozen wall clock does not pin them). */
export class TtlMemo<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();

  constructor(private readonly ttlMs: number) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until > performance.now()) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, value: V, ttlMs = this.ttlMs): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { value, until: performance.now() + ttlMs });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

export interface ReadMemo {
  /** Token hash → the live token's user (only found tokens are remembered). */
  tokens: TtlMemo<User>;
  /** Session token hash → the session (its expiry is still checked on every use). */
  sessions: TtlMemo<StoredSession>;
  /** "reports" → the number of stored reports. */
  counts: TtlMemo<number>;
}

export function createReadMemo(): ReadMemo {
  return {
    tokens: new TtlMemo(CREDENTIAL_MEMO_MS),
    sessions: new TtlMemo(CREDENTIAL_MEMO_MS),
    counts: new TtlMemo(COUNT_MEMO_MS),
  };
}
