/**
 * Villages for construction cases, drawn deterministically from the built-in OCHA gazetteer, so cases
 * exercise place resolution on names nobody tuned on rather than on a few familiar towns.
 */
import type { PlaceEntry } from "../../src/domain/places.js";
import { readBuiltinOchaPlaces } from "../../src/knowledge/gazetteer/builtin-ocha-places.js";
import { loadBuiltinPlaces } from "../../src/knowledge/gazetteer/builtin-places.js";

let cache: PlaceEntry[] | null = null;

/**
 * OCHA communities whose English name no other built-in place bears as a name or alternative spelling
 * (so the gold place is unambiguous without context).
 */
export function uniqueVillages(): PlaceEntry[] {
  if (cache) return cache;
  const count = new Map<string, number>();
  for (const p of loadBuiltinPlaces())
    for (const name of new Set([p.name, ...p.altNames].map((n) => n.toLowerCase())))
      count.set(name, (count.get(name) ?? 0) + 1);
  cache = readBuiltinOchaPlaces()
    .filter((p) => count.get(p.name.toLowerCase()) === 1 && /^[A-Z][A-Za-z' -]+$/.test(p.name))
    .sort((a, b) => a.id.localeCompare(b.id));
  return cache;
}

/** A small deterministic PRNG (Park–Miller), one per generator, so cases never change between runs. */
export function seededRandom(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

/** `n` distinct villages picked with `random`. */
export function pickVillages(random: () => number, n: number): PlaceEntry[] {
  const pool = uniqueVillages();
  const picked = new Set<PlaceEntry>();
  while (picked.size < n) picked.add(pool[Math.floor(random() * pool.length)]!);
  return [...picked];
}

/** One item of `items`. */
export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}
