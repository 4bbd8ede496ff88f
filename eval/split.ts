/**
 * The tuning/test split of the development data. Every document (or, in external sets, every
 * recorded incident, so that two texts about one incident never fall on both sides) is assigned by a
 * hash of "<set>:<key>": the first 32 bits of its SHA-256 as a fraction of 2^32 below TEST_FRACTION
 * put it in the held-out test part. The split never depends on results, file order or the clock, and
 * nobody tunes on the test part: `npm run eval -- --verbose` lists misses of the tuning part only.
 */
import { createHash } from "node:crypto";

export type Split = "tune" | "test";
export const SPLITS: Split[] = ["tune", "test"];

/** Share of keys held out for testing. */
export const TEST_FRACTION = 0.4;

/**
 * The split of one document or incident.
 * @example splitOf("sohr-idlib", "d01")
 */
export function splitOf(set: string, key: string): Split {
  const digest = createHash("sha256").update(`${set}:${key}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32 < TEST_FRACTION ? "test" : "tune";
}
