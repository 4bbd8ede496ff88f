/**
 * Name index over place entries. Exact keys find identical spellings; phonetic forms (phonetic-form.ts) of
 * every Latin AND Arabic name are bucketed by consonant skeleton, plus every skeleton with one consonant
 * deleted (a deletion neighbourhood), so a lookup aligns the mention only against the few names whose
 * consonants are within one edit, never against the whole table.
 */
import type { PlaceEntry } from "../../domain/places.js";
import { boundedMemo } from "../bounded-memo.js";
import type { NameMatchLevel } from "./name-similarity.js";
import { TRANSLITERATION_COST, matchBudget, phoneticCost } from "./phonetic-distance.js";
import { phoneticForm, type PhoneticForm } from "./phonetic-form.js";
import { exactKey } from "./transliteration-key.js";

/** Bound on memoised lookups, so a long-running worker keeps a fixed memory footprint. */
const MEMO_LIMIT = 50_000;

export interface IndexHit {
  entry: PlaceEntry;
  level: NameMatchLevel;
  /** 1 for an exact hit; otherwise 1 − cost / 2, in (0.35, 1]. */
  similarity: number;
  /** Phonetic alignment cost of the best-matching name (0 for an exact hit). */
  cost: number;
  /** An exact hit on the entry's own (primary) name, not on one of its alternative spellings. */
  primary?: true;
}

/** Skeletons this short only retrieve by the skeleton itself: one deletion would leave almost nothing. */
const MIN_NEIGHBOURHOOD = 4;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function deletions(skeleton: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < skeleton.length; i++) out.push(skeleton.slice(0, i) + skeleton.slice(i + 1));
  return out;
}

/**
 * The keys of every name of a list of entries, in entry order: one exact key per distinct folded
 * spelling of an entry, one phonetic form per distinct form. Computing them is most of the cost of an
 * index, so the built-in places ship them precomputed (builtin-place-index.ts), in this flat shape: the
 * file's arrays are the index's input as they are parsed, with no pair arrays to build and collect
 * (reading the built-in index allocated ~27,000 of them at start-up).
 */
export interface IndexedNames {
  /** Flat [entry position, exact key, ...]. */
  exact: (number | string)[];
  /** Flat [entry position, form, skeleton, distinct, ...] (a {@link PhoneticForm} per name). */
  forms: (number | string)[];
}

/** Computes the index keys of `entries` (see {@link IndexedNames}). */
export function indexedNames(entries: readonly PlaceEntry[]): IndexedNames {
  const exact: (number | string)[] = [];
  const forms: (number | string)[] = [];
  entries.forEach((entry, i) => {
    const seenExact = new Set<string>();
    const seenForms = new Set<string>();
    for (const name of [entry.name, ...entry.altNames]) {
      const key = exactKey(name);
      if (!key) continue;
      if (!seenExact.has(key)) exact.push(i, key);
      seenExact.add(key);
      const phonetic = phoneticForm(name);
      if (!phonetic.skeleton || seenForms.has(phonetic.form)) continue;
      seenForms.add(phonetic.form);
      forms.push(i, phonetic.form, phonetic.skeleton, phonetic.distinct);
    }
  });
  return { exact, forms };
}

/**
 * Vowels, long vowels, ayn/hamza, semivowels and the unwritten-vowel mark of a phonetic form; not the
 * ta marbuta of a nisba (@), which tells "Qahtaniyeh" from "Qahtani".
 */
const VOWEL_NOISE = /[aeiuAIU*'wy]/g;

/**
 * Distinctive consonants a name needs before a match on its consonants alone counts as a transliteration:
 * a short name ("Hulk") matches many places by its consonants ("Holaqi", "Hallaq"), a long one hardly
 * ever.
 */
const VOWELS_ONLY_MIN_DISTINCT = 4;
/**
 * The most vowel noise such a match may carry: two vowel changes ("Mala Sbat" / "Mulla Sibat", 0.55). A
 * name's whole vowel pattern changed is another word on the same root ("Hmeimat" حميمات is not
 * "Hamamiyat" حماميات, 0.75).
 */
const VOWELS_ONLY_MAX_COST = 0.6;

/**
 * True when two forms of names with at least {@link VOWELS_ONLY_MIN_DISTINCT} distinctive consonants
 * spell the same consonants in the same order, uncoarsened (kh is not h, th not t): they differ only in
 * what transliterations disagree on ("Mala Sbat" and "Mulla Sibat").
 */
function sameConsonants(a: PhoneticForm, b: PhoneticForm): boolean {
  return (
    Math.min(a.distinct, b.distinct) >= VOWELS_ONLY_MIN_DISTINCT &&
    a.skeleton === b.skeleton &&
    a.form.replace(VOWEL_NOISE, "") === b.form.replace(VOWEL_NOISE, "")
  );
}

/**
 * Posting lists by key, as the built-in index file stores them: the distinct keys sorted (by UTF-16
 * code units, as `<` compares) and joined with newlines, each key's ids (ascending, the order an index
 * built from the places adds them) in `ids`, key i's ending at `ends[i]`. Reading such a table is one
 * split and no map: building the maps of the built-in index (13,600 exact keys, 45,000 skeletons and
 * their one-deletion neighbours) cost a process ~50 ms of CPU and as much again in garbage collection.
 */
export interface KeyTable {
  keys: string;
  ids: number[];
  ends: number[];
}

/** The two tables of an index's names: exact keys, and skeletons with their deletion neighbourhoods. */
export interface IndexTables {
  exact: KeyTable;
  buckets: KeyTable;
}

/** Separates the keys of a {@link KeyTable} (no exact key or skeleton holds a newline; checked). */
const KEY_SEPARATOR = "\n";

/** A lookup from key to ids, over a map built here or a {@link KeyTable} read from a file. */
interface PostingLists {
  get(key: string): readonly number[] | undefined;
}

/** A {@link KeyTable} searched by bisection. */
class TablePostings implements PostingLists {
  private readonly keys: string[];

  constructor(private readonly table: KeyTable) {
    this.keys = table.keys === "" ? [] : table.keys.split(KEY_SEPARATOR);
    if (this.keys.length !== table.ends.length)
      throw new Error(`place index: ${this.keys.length} keys but ${table.ends.length} posting lists`);
  }

  get(key: string): readonly number[] | undefined {
    let low = 0;
    let high = this.keys.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const probe = this.keys[middle]!;
      if (probe === key)
        return this.table.ids.slice(middle === 0 ? 0 : this.table.ends[middle - 1], this.table.ends[middle]);
      if (probe < key) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }
}

/** The posting lists of `names`, as maps in insertion order. */
function postingMaps(names: IndexedNames): { exact: Map<string, number[]>; buckets: Map<string, number[]> } {
  // Index loops, not for-of with destructuring: an index is built once per process, before V8
  // optimises this code, and the interpreter's iterator protocol made it three times slower.
  const exact = new Map<string, number[]>();
  const buckets = new Map<string, number[]>();
  const { forms } = names;
  for (let k = 0; k < names.exact.length; k += 2)
    push(exact, names.exact[k + 1] as string, names.exact[k] as number);
  for (let k = 0; k < forms.length; k += 4) {
    const skeleton = forms[k + 2] as string;
    const id = k / 4;
    push(buckets, skeleton, id);
    // Skeletons have no doubled letters, so the deletions are all distinct.
    if (skeleton.length >= MIN_NEIGHBOURHOOD)
      for (let i = 0; i < skeleton.length; i++)
        push(buckets, skeleton.slice(0, i) + skeleton.slice(i + 1), id);
  }
  return { exact, buckets };
}

function keyTable(map: Map<string, number[]>): KeyTable {
  const keys = [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (keys.some((key) => key.includes(KEY_SEPARATOR)))
    throw new Error("place index: a key holds a newline; choose another separator");
  const ids: number[] = [];
  const ends: number[] = [];
  for (const key of keys) {
    ids.push(...map.get(key)!);
    ends.push(ids.length);
  }
  return { keys: keys.join(KEY_SEPARATOR), ids, ends };
}

/**
 * The key tables of `names` (which must be `indexedNames(entries)` of the entries they will index),
 * for a file that ships an index; a {@link PlaceIndex} given them answers as one built from the names.
 * @example new PlaceIndex(entries, names, indexTables(names)).lookup("Saraqib") // as new PlaceIndex(entries, names)
 */
export function indexTables(names: IndexedNames): IndexTables {
  const maps = postingMaps(names);
  return { exact: keyTable(maps.exact), buckets: keyTable(maps.buckets) };
}

export class PlaceIndex {
  private readonly exact: PostingLists;
  /** Flat phonetic forms of the names, as {@link IndexedNames} `forms`: name id n at 4n. */
  private readonly forms: readonly (number | string)[];
  private readonly buckets: PostingLists;

  /**
   * @param names the keys of `entries`, when already computed (they must be `indexedNames(entries)`)
   * @param tables their posting lists, when already computed (they must be `indexTables(names)`)
   */
  constructor(
    readonly entries: readonly PlaceEntry[],
    names: IndexedNames = indexedNames(entries),
    tables?: IndexTables,
  ) {
    this.forms = names.forms;
    if (tables) {
      this.exact = new TablePostings(tables.exact);
      this.buckets = new TablePostings(tables.buckets);
    } else {
      const maps = postingMaps(names);
      this.exact = maps.exact;
      this.buckets = maps.buckets;
    }
  }

  /** True when some entry has this name exactly or at the transliteration level. */
  has(name: string): boolean {
    if (this.exact.get(exactKey(name)) !== undefined) return true;
    return this.lookup(name).some((hit) => hit.level !== "fuzzy");
  }

  /**
   * Every entry matching `name` within the acceptance budget, each with its best (lowest-cost) name.
   * Memoised: news repeats the same few hundred names and candidate spans, and the index never changes.
   */
  lookup(name: string): IndexHit[] {
    return this.memo(name);
  }

  private readonly memo = boundedMemo((name) => this.computeLookup(name), MEMO_LIMIT);

  private computeLookup(name: string): IndexHit[] {
    const best = new Map<number, IndexHit>();
    const key = exactKey(name);
    for (const i of this.exact.get(key) ?? []) {
      const entry = this.entries[i] as PlaceEntry;
      const hit: IndexHit = { entry, level: "exact", similarity: 1, cost: 0 };
      best.set(i, exactKey(entry.name) === key ? { ...hit, primary: true } : hit);
    }
    const mention = phoneticForm(name);
    if (!mention.skeleton) return [...best.values()];
    const keys = [mention.skeleton];
    if (mention.skeleton.length >= MIN_NEIGHBOURHOOD) keys.push(...deletions(mention.skeleton));
    const tried = new Set<number>();
    for (const k of keys) {
      for (const id of this.buckets.get(k) ?? []) {
        if (tried.has(id)) continue;
        tried.add(id);
        const entry = this.forms[4 * id] as number;
        const phonetic: PhoneticForm = {
          form: this.forms[4 * id + 1] as string,
          skeleton: this.forms[4 * id + 2] as string,
          distinct: this.forms[4 * id + 3] as number,
        };
        if (best.get(entry)?.level === "exact") continue;
        // Strictly under the budget of the less distinctive name of the two.
        const budget = matchBudget(Math.min(mention.distinct, phonetic.distinct)) - 0.01;
        const cost = phoneticCost(mention.form, phonetic.form, budget);
        if (cost === Infinity) continue;
        const prev = best.get(entry);
        if (prev && prev.cost <= cost) continue;
        best.set(entry, {
          entry: this.entries[entry] as PlaceEntry,
          level:
            cost <= TRANSLITERATION_COST ||
            (cost <= VOWELS_ONLY_MAX_COST && sameConsonants(mention, phonetic))
              ? "transliteration"
              : "fuzzy",
          similarity: 1 - cost / 2,
          cost,
        });
      }
    }
    return [...best.values()];
  }
}
