/**
 * Name index over place entries at the three key levels (exact, transliteration, consonant skeleton).
 * Retrieval returns, for each entry that any level matches, its best level and fuzzy similarity.
 */
import type { PlaceEntry } from "../../domain/places.js";
import {
  MIN_FUZZY_SKELETON,
  comparableName,
  fuzzyRatio,
  type ComparableName,
  type NameMatchLevel,
} from "./name-similarity.js";

export interface IndexHit {
  entry: PlaceEntry;
  level: NameMatchLevel;
  /** 1 for exact and transliteration hits; the fuzzy similarity otherwise. */
  similarity: number;
}

const LEVEL_RANK: Record<NameMatchLevel, number> = { exact: 3, transliteration: 2, fuzzy: 1 };

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class PlaceIndex {
  private readonly exact = new Map<string, number[]>();
  private readonly translit = new Map<string, number[]>();
  private readonly skeleton = new Map<string, { entry: number; name: ComparableName }[]>();

  constructor(readonly entries: readonly PlaceEntry[]) {
    entries.forEach((entry, i) => {
      const seen = new Set<string>();
      for (const name of [entry.name, ...entry.altNames]) {
        const keys = comparableName(name);
        if (!keys.exact) continue;
        if (!seen.has(`x${keys.exact}`)) push(this.exact, keys.exact, i);
        if (!seen.has(`t${keys.translit}`)) push(this.translit, keys.translit, i);
        if (!seen.has(`s${keys.skeleton}${keys.translit}`))
          push(this.skeleton, keys.skeleton, { entry: i, name: keys });
        seen.add(`x${keys.exact}`).add(`t${keys.translit}`).add(`s${keys.skeleton}${keys.translit}`);
      }
    });
  }

  /** True when some entry has this exact or transliteration key. */
  has(name: string): boolean {
    const keys = comparableName(name);
    return this.exact.has(keys.exact) || this.translit.has(keys.translit);
  }

  /** Every entry matching `name` at some level, each with its best level. */
  lookup(name: string): IndexHit[] {
    const keys = comparableName(name);
    const best = new Map<number, { level: NameMatchLevel; similarity: number }>();
    const offer = (i: number, level: NameMatchLevel, similarity: number) => {
      const prev = best.get(i);
      if (
        !prev ||
        LEVEL_RANK[level] > LEVEL_RANK[prev.level] ||
        (level === prev.level && similarity > prev.similarity)
      )
        best.set(i, { level, similarity });
    };
    for (const i of this.exact.get(keys.exact) ?? []) offer(i, "exact", 1);
    if (keys.translit.length >= 3)
      for (const i of this.translit.get(keys.translit) ?? []) offer(i, "transliteration", 1);
    const similar = keys.skeleton.length >= MIN_FUZZY_SKELETON ? this.skeleton.get(keys.skeleton) : undefined;
    for (const { entry, name: other } of similar ?? []) {
      if (best.get(entry)?.level === "exact") continue;
      const ratio = fuzzyRatio(keys, other);
      if (ratio > 0) offer(entry, "fuzzy", ratio);
    }
    return [...best].map(([i, hit]) => ({ entry: this.entries[i] as PlaceEntry, ...hit }));
  }
}
