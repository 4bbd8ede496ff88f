/**
 * The gazetteer: a transliteration-aware place lookup (PlaceLookup) over built-in and imported places,
 * plus governorate resolution and Syria's named sub-regions.
 *
 * Matching: a mention is compared with every Latin name AND the Arabic name of each candidate entry by a
 * weighted phonetic alignment (phonetic-form.ts, phonetic-distance.ts); the entry's best name counts, so an
 * entry whose OCHA English name is a poor transliteration is still found through its Arabic name
 * ("al-Fu'ah" → Foah = الفوعة). Names farther than a budget (which shrinks for short names) never match:
 * a wrong village is worse than an unresolved one.
 *
 * What a {@link PlaceMatch} means to callers:
 *  - matchedBy "exact": the folded spelling equals a known name (case, diacritics, hyphens, spaces aside);
 *  - "transliteration": differs only by transliteration noise (vowels, ayn/hamza, w/u, y/i, -ah/-a/-eh,
 *    doubled letters, article, Kafr/Kfar): alignment cost ≤ 0.45, or, for a name of four or more
 *    distinctive consonants, the same consonants one for one whatever the vowels. Safe to take without
 *    hints;
 *  - "fuzzy": within the budget but with a consonant-level difference (one near-confusion such as th/t or
 *    kh/h, or for long names one consonant edit). Take it only when a hint (admin1/admin2/near) supports it.
 *  - score: 100 − 25 × cost (+5 for exact, but not for another place's alternative spelling when a
 *    place bears the name as its own, unless a governorate or a city), plus hint bonuses: +20 in a hinted governorate (−5 outside),
 *    +15 in a hinted district, up to +20 within 15 km of a "near" point, small bonuses for settlements, OCHA
 *    entries and population. So among close spellings the hints decide, and a transliteration-level match
 *    in the hinted governorate outranks an exact one elsewhere. Only comparable within one call.
 */
import type { PlaceEntry, PlaceHints, PlaceLookup, PlaceMatch } from "../../domain/places.js";
import { distanceKm } from "./geo-distance.js";
import { hasArabic } from "./arabic-normalise.js";
import { constructSpelling } from "./construct-state.js";
import { mergeDuplicatePlaces } from "./merge-places.js";
import { PlaceIndex, type IndexHit } from "./place-index.js";
import { SYRIA_SUB_REGIONS, type SubRegion } from "./regions.js";
import { admin1BySpelling, resolveAdmin1Name } from "./resolve-admin1.js";
import {
  pickPlainNamed,
  qualifiedIndex,
  type QualifiedIndex,
  type SizeQualifiedPlace,
} from "./size-qualified.js";
import { exactKey, nameKeys, transliterationKey } from "./transliteration-key.js";
import {
  distributedNames,
  otherPart,
  qualifiedName,
  qualifierMeanings,
  translatedSpellings,
} from "./translated-qualifier.js";
import { boundedMemo } from "../bounded-memo.js";

/** Score parts; only their order matters to callers, so they are tuned for readability. */
const SCORE = {
  base: 100,
  perCost: 25,
  exactBonus: 5,
  admin1Hint: 20,
  admin1Mismatch: -5,
  admin2Hint: 15,
  settlement: 4,
  governorateForAdmin1Mention: 6,
  ochaCurated: 1,
  populationPerDecade: 0.8,
} as const;

/** Proximity bonus for a candidate at `km` from the nearest other place of the report. */
function proximityBonus(km: number): number {
  if (km <= 15) return 20;
  if (km <= 40) return 12;
  if (km <= 80) return 5;
  return 0;
}

const MAX_RESULTS = 20;

/**
 * Added to the cost of a match through a translated qualifier ("Dara al-Kabira" found as "Big Dara"):
 * the translation loses the Arabic word's gender and article, so a place that bears the mention's own
 * spelling at the same cost ranks first.
 */
const TRANSLATED_COST = 0.1;

/** A match through one of the mention's translated-qualifier spellings, and that spelling. */
interface TranslatedHit {
  hit: IndexHit;
  via: string;
}

/** A population this large makes a place a city that news names in several spellings. */
const CITY_POPULATION = 50_000;

/** A governorate, or a settlement of {@link CITY_POPULATION} or more. */
function isCity(entry: PlaceEntry): boolean {
  return entry.kind === "admin1" || (entry.population ?? 0) >= CITY_POPULATION;
}

/**
 * Without a governorate hint, a plain name finds a size-qualified community only this close to a place
 * the report names: about the radius of a district, where one plain name rarely means two villages.
 */
const PLAIN_NEAR_KM = 25;

/** "A - B" (OCHA's merged communities), "A_B" in Arabic: a name made of several names. */
const COMPOUND_SEPARATOR = /\s+-\s+|_/;
/** "and", "&" or و between words: a merged name may distribute qualifiers ("Northern & Western Hawayeq"). */
const DISTRIBUTIVE = /\s(?:and|&)\s|\sو/;

/**
 * True when `key` (an exact key) is one part of the entry's compound name and not the whole of any of
 * its names: "Assad" of "Assad - Aslan Koy". A match at the transliteration level is a part alike when
 * its transliteration key is a part's ("Ain Issa" of OCHA's "Ein Issa - Ein Bnar"); for a Latin-script
 * mention only (the Arabic path matches names in their own script and judges parts there).
 */
function partOfCompound(key: string, entry: PlaceEntry, mention: string, level: IndexHit["level"]): boolean {
  const parts = compoundParts(entry);
  if (parts.length === 0) return false;
  if (parts.includes(key)) return true;
  return (
    level === "transliteration" &&
    !ARABIC_LETTER.test(mention) &&
    compoundTransliterationParts(entry).includes(transliterationKey(mention))
  );
}

const ARABIC_LETTER = /\p{Script=Arabic}/u;

const compoundTransliterationPartsOf = new WeakMap<PlaceEntry, readonly string[]>();

/** Transliteration keys of the parts of an entry's compound names, computed once per entry. */
function compoundTransliterationParts(entry: PlaceEntry): readonly string[] {
  let parts = compoundTransliterationPartsOf.get(entry);
  if (parts === undefined) {
    parts = [entry.name, ...entry.altNames].flatMap((n) => {
      const split = n.split(COMPOUND_SEPARATOR);
      return [...(split.length > 1 ? split : []), ...distributedNames(n)].map(transliterationKey);
    });
    compoundTransliterationPartsOf.set(entry, parts);
  }
  return parts;
}

/**
 * Exact keys of the parts of an entry's compound names (none for most entries), computed once per
 * entry: every candidate of every lookup asks, and splitting by a regular expression copies it.
 */
const compoundPartsOf = new WeakMap<PlaceEntry, readonly string[]>();

function compoundParts(entry: PlaceEntry): readonly string[] {
  let parts = compoundPartsOf.get(entry);
  if (parts === undefined) {
    const names = [entry.name, ...entry.altNames];
    parts = !names.some((n) => COMPOUND_SEPARATOR.test(n) || DISTRIBUTIVE.test(n))
      ? []
      : names.flatMap((n) => {
          const split = n.split(COMPOUND_SEPARATOR);
          return [...(split.length > 1 ? split : []), ...distributedNames(n)].map(exactKey);
        });
    compoundPartsOf.set(entry, parts);
  }
  return parts;
}

/**
 * The places an index holds: OCHA twins merged, then one entry per id (a later entry, e.g. an import,
 * replaces an earlier one with the same id).
 * @example uniquePlaces([ochaSarja, geonamesSarja]).length // 1
 */
export function uniquePlaces(entries: readonly PlaceEntry[]): PlaceEntry[] {
  const byId = new Map<string, PlaceEntry>();
  for (const entry of mergeDuplicatePlaces(entries)) byId.set(entry.id, entry);
  return [...byId.values()];
}

/**
 * A "g" that is no part of "gh" or "ng": where a report writes qāf as "g", as the Bedouin and Hauran
 * pronunciation of ق is /g/ ("Gasr" for Qasr, "Mgeilibeh" for OCHA's Mqeilibeh).
 */
const BARE_G = /g(?!h)(?<!ng)/gi;
/** The spelling with qāf written "q" for each bare "g", or null when the name has none. */
function qafSpelling(mention: string): string | null {
  if (!BARE_G.test(mention)) return null;
  BARE_G.lastIndex = 0;
  return mention.replace(BARE_G, (g) => (g === "G" ? "Q" : "q"));
}

/**
 * Two words, the first with its article: an English text may put the qualifier of an Arabic name first
 * ("Al-Jabal Qabtan" for قبتان الجبل, OCHA's "Qabtan Eljabal", "Qabtan of the mountain").
 */
const QUALIFIER_FIRST = /^\s*((?:al|el)[-\s]\p{L}+)\s+(\p{L}[\p{L}'’]+)\s*$/iu;
/** The two words in Arabic order, or null when the name is not two words with an article first. */
function qualifierLastSpelling(mention: string): string | null {
  const m = QUALIFIER_FIRST.exec(mention);
  return m ? `${m[2]} ${m[1]}` : null;
}

/**
 * A community word after a village's name says who lives there ("Tel Tawil Assyria", "X Armenian"), as a
 * size word says which part it is; the gazetteer names the village without it. Singular words only (a
 * plural, "Aleppo Armenians", names people), and not "Arab" or "Kurd", which OCHA's names carry as
 * words of their own ("Tal Arab", "Akrad Ibrahim").
 */
const COMMUNITY_LAST =
  /^(.*\p{L}.*?)\s+(?:Assyria|Assyrian|Ashuri|Armenian|Turkmen|Turkman|Circassian|Syriac|Chaldean|Christian|Yazidi|Druze)\s*$/iu;
/** The name without a community word after it, or null when it has none. */
function withoutCommunityWord(mention: string): string | null {
  return COMMUNITY_LAST.exec(mention)?.[1] ?? null;
}

/** One word opening with an article fused to a consonant ("Altah", "Elbara"). */
const FUSED_ARTICLE = /^(al|el)([^\s\p{P}aeiouAEIOU][\p{L}]{2,})$/iu;

export class Gazetteer implements PlaceLookup {
  private readonly index: PlaceIndex;
  private readonly byId = new Map<string, PlaceEntry>();
  private readonly regionKeys = new Map<string, SubRegion>();
  /** Size-qualified communities ("Big Hir Jamus") indexed by their plain names (size-qualified.ts). */
  private readonly plainIndex: PlaceIndex;
  private readonly qualifiedById = new Map<string, SizeQualifiedPlace>();

  /**
   * @param places places from any source (OCHA duplicates of other settlements are merged first), or an
   *   index already built over merged places (the built-in one, builtin-place-index.ts)
   * @param regions named sub-regions for {@link findRegion}
   * @param qualified the size- and district-qualified communities of `places` with their plain-name
   *   index, when already derived (the built-in index ships them); derived from `places` otherwise
   */
  constructor(
    places: readonly PlaceEntry[] | PlaceIndex,
    regions: readonly SubRegion[] = SYRIA_SUB_REGIONS,
    qualified?: QualifiedIndex,
  ) {
    if (places instanceof PlaceIndex) {
      for (const entry of places.entries) this.byId.set(entry.id, entry);
      this.index = places;
    } else {
      this.index = new PlaceIndex(uniquePlaces(places));
      for (const entry of this.index.entries) this.byId.set(entry.id, entry);
    }
    // The built-in index ships its qualified communities (deriving them costs a process ~100 ms);
    // other places derive theirs here.
    const derived = qualified ?? qualifiedIndex(this.index.entries);
    for (const q of derived.places) this.qualifiedById.set(q.entry.id, q);
    this.plainIndex = derived.index;
    for (const region of regions) {
      for (const name of [region.name, ...region.aliases]) {
        this.regionKeys.set(`x:${exactKey(name)}`, region);
        this.regionKeys.set(`t:${transliterationKey(name)}`, region);
      }
    }
  }

  /** Number of places after merging. */
  get size(): number {
    return this.byId.size;
  }

  /** A place by id ("ocha:C4273", "geonames:169389"). */
  get(id: string): PlaceEntry | undefined {
    return this.byId.get(id);
  }

  /** Every place, in index order. */
  entries(): readonly PlaceEntry[] {
    return this.index.entries;
  }

  /**
   * Ranked candidates for a place mention.
   * @example gazetteer.findPlaces("Sarjah", { admin1: ["Idlib"] })[0].entry.id // "ocha:C4273"
   */
  findPlaces(mention: string, hints?: PlaceHints): PlaceMatch[] {
    // Two letters carry too little to survive transliteration noise ("Ab" is not "Abba"): exact only.
    const short = exactKey(mention).replace(/[^\p{L}]/gu, "").length < 3;
    // "Western Dik" is not "Eastern Dik" one letter away: a place whose names all say the other part or
    // size than the mention does is another place (an exact name aside).
    const qualified = short ? false : qualifierMeanings(mention).size > 0;
    const hits = this.index
      .lookup(mention)
      .filter(
        (hit) =>
          (!short || hit.level === "exact") &&
          !(
            qualified &&
            hit.level !== "exact" &&
            otherPart(mention, [hit.entry.name, ...hit.entry.altNames])
          ),
      );
    // "Dara al-Kabira" is OCHA's "Big Dara": the qualifier translated and moved is the same name.
    const translated = short ? [] : this.translatedHits(mention);
    const via = new Map<IndexHit, string>();
    for (const t of translated) {
      const at = hits.findIndex((h) => h.entry.id === t.hit.entry.id);
      if (at >= 0 && hits[at]!.level !== "fuzzy" && hits[at]!.cost <= t.hit.cost) continue;
      if (at >= 0) hits[at] = t.hit;
      else hits.push(t.hit);
      via.set(t.hit, t.via);
    }
    const plain = short ? null : this.plainNamed(mention, hits, hints);
    if (plain) hits.push(plain.hit);
    // A name with "g" that no place bears (even after transliteration folding) may write qāf as "g":
    // the name with "q" is then the same name, a transliteration-level match (never an exact one).
    if (!short && !hits.some((h) => h.level !== "fuzzy")) {
      const qaf = qafSpelling(mention);
      const viaQaf = qaf ? this.findPlaces(qaf, hints).filter((m) => m.matchedBy !== "fuzzy") : [];
      if (viaQaf.length > 0) return viaQaf.map((m) => ({ ...m, matchedBy: "transliteration" as const }));
      // "Na'orat Jurin": a construct-state ending the gazetteer does not write is the same name.
      const construct = constructSpelling(mention);
      const viaConstruct = construct
        ? this.findPlaces(construct, hints).filter((m) => m.matchedBy !== "fuzzy")
        : [];
      if (viaConstruct.length > 0)
        return viaConstruct.map((m) => ({ ...m, matchedBy: "transliteration" as const }));
      // "Al-Jabal Qabtan": the qualifier written before the name it qualifies.
      const swapped = qualifierLastSpelling(mention);
      const viaSwap = swapped ? this.findPlaces(swapped, hints).filter((m) => m.matchedBy !== "fuzzy") : [];
      if (viaSwap.length > 0) return viaSwap.map((m) => ({ ...m, matchedBy: "transliteration" as const }));
      // "Tel Tawil Assyria": the village's name with the community that lives there.
      const plainName = withoutCommunityWord(mention);
      const viaPlain = plainName
        ? this.findPlaces(plainName, hints).filter((m) => m.matchedBy !== "fuzzy" && !m.partial)
        : [];
      if (viaPlain.length > 0) return viaPlain.map((m) => ({ ...m, matchedBy: "transliteration" as const }));
    }
    if (hits.length === 0) {
      // "Altah", "Elbara": the article written fused to a name the gazetteer knows without it ("Tah").
      const fused = FUSED_ARTICLE.exec(mention);
      return fused ? this.findPlaces(`${fused[1]}-${fused[2]}`, hints) : [];
    }
    const namesAdmin1 = resolveAdmin1Name(mention) !== null;
    const ownNameHit = hits.some((hit) => hit.primary);
    const admin2Keys = new Set((hints?.admin2 ?? []).map(exactKey));
    const key = exactKey(mention);
    return (
      hits
        .map((hit) => ({
          entry: hit.entry,
          matchedBy: hit.level,
          // A qualified community whose qualifying town the report names is in a district it names.
          score:
            this.score(hit, hints, admin2Keys, namesAdmin1, ownNameHit) +
            (hit === plain?.hit && plain.named ? SCORE.admin2Hint : 0),
          ...((via.has(hit)
            ? partOfCompound(exactKey(via.get(hit)!), hit.entry, via.get(hit)!, "transliteration")
            : partOfCompound(key, hit.entry, mention, hit.level)) ||
          (hit === plain?.hit && plain.partial)
            ? { partial: true }
            : {}),
        }))
        // At equal score a place of that whole name comes before one it names only part of ("Maskana"
        // before OCHA's merged "Maskana - Onaiza"), which on its own is weak evidence of a place.
        .sort(
          (a, b) =>
            b.score - a.score ||
            Number(a.partial ?? false) - Number(b.partial ?? false) ||
            a.entry.id.localeCompare(b.entry.id),
        )
        .slice(0, MAX_RESULTS)
    );
  }

  /**
   * The places a mention names through its qualifier said in another language or order
   * (translated-qualifier.ts): "Dara al-Kabira" finds OCHA's "Big Dara", "the Big Dar" finds "Dar
   * Kabira", "Yamama al-Kabir" the village OCHA writes يمامة كبيرة. Exact and transliteration-level
   * matches of a spelling only, as transliteration-level matches at {@link TRANSLATED_COST} more. An
   * English adjective before a governorate's, a region's or a city's name is no qualifier ("eastern
   * Aleppo", "Eastern Ghouta" name a part of it, not a village "Aleppo al-Sharqiya").
   */
  private translatedHits(mention: string): TranslatedHit[] {
    return this.translatedMemo(mention);
  }

  private readonly translatedMemo = boundedMemo((mention: string): TranslatedHit[] => {
    const spellings = translatedSpellings(mention);
    if (spellings.length === 0) return [];
    const { rest, written } = qualifiedName(mention)!;
    if (written === "before" && this.namesWhole(rest)) return [];
    const best = new Map<string, TranslatedHit>();
    for (const spelling of spellings) {
      for (const h of this.index.lookup(spelling)) {
        if (h.level === "fuzzy") continue;
        // An exact spelling keeps its edge over a transliteration, as the exact bonus gives it directly.
        const cost = h.cost + TRANSLATED_COST + (h.level === "exact" ? 0 : SCORE.exactBonus / SCORE.perCost);
        const known = best.get(h.entry.id);
        if (known && known.hit.cost <= cost) continue;
        const hit: IndexHit = { entry: h.entry, level: "transliteration", similarity: 1 - cost / 2, cost };
        best.set(h.entry.id, { hit, via: spelling });
      }
    }
    return [...best.values()];
  }, 5_000);

  /** True when `name` is a governorate's, a region's or a city's: an English adjective before it tells a part of it. */
  private namesWhole(name: string): boolean {
    return (
      this.resolveAdmin1(name) !== null ||
      this.findRegion(name) !== null ||
      this.index.lookup(name).some((h) => h.level === "exact" && isCity(h.entry))
    );
  }

  /**
   * The size-qualified community a plain mention means ("Hir Jamus" → "Big Hir Jamus"), found only in
   * the hinted governorates, or within {@link PLAIN_NEAR_KM} of a "near" point when no governorate is
   * hinted ("Arab Hassan, north of Manbij"), and only when no community there has the mention as its own
   * name; of several in the hinted governorates, the only one within {@link PLAIN_NEAR_KM} of a "near"
   * point; null when there is none or the choice is ambiguous (size-qualified.ts).
   */
  private plainNamed(
    mention: string,
    hits: readonly IndexHit[],
    hints: PlaceHints | undefined,
  ): { hit: IndexHit; partial: boolean; named: boolean } | null {
    const admin1 = hints?.admin1;
    const near = hints?.near;
    if (!admin1?.length && !near?.length) return null;
    const nearNamed = (e: PlaceEntry): boolean =>
      !!near?.some((p) => {
        const km = distanceKm(p, e);
        return km > 0.05 && km <= PLAIN_NEAR_KM; // a point on the entry is its own first-pass match
      });
    const inHinted = (e: PlaceEntry): boolean =>
      admin1?.length ? e.admin1 !== null && admin1.includes(e.admin1) : nearNamed(e);
    // A community with the mention as its own name wins, unless the report's places side with a
    // district-qualified one: OCHA writes "Derdara Tal Tamr" for the Tal Tamr village and "Dardara"
    // for a namesake 26 km off, and a report that names Tal Tamr (the qualifier's town) or places only
    // around the qualified one, none around the namesake, means the qualified one. So does a report
    // that names the seat of the qualified one's sub-district where no namesake lies ("al-Mujaibra in
    // the countryside of Tal Tamr" is "Mjeibret Zarkan" of the Tal Tamr sub-district, not "Mjeibreh"
    // of Ras al-Ain's, though both lie within a district's radius of Tal Tamr).
    const rivals = hits.filter((h) => h.level !== "fuzzy" && inHinted(h.entry));
    const rivalsAway = rivals.length > 0 && !!near?.length && !rivals.some((h) => nearNamed(h.entry));
    const seatSided = (e: PlaceEntry): boolean =>
      e.admin3 !== null &&
      !rivals.some((h) => h.entry.admin3 === e.admin3) &&
      this.seatNamed(e.admin3, near ?? []);
    const sided = (e: PlaceEntry): boolean =>
      rivals.length === 0 || (rivalsAway ? nearNamed(e) : this.qualifierNamed(e, near ?? []) || seatSided(e));
    const plainHits = this.plainIndex
      .lookup(mention)
      .filter((h) => h.level !== "fuzzy" && inHinted(h.entry) && sided(h.entry));
    if (rivals.length > 0 && !plainHits.some((h) => this.qualifiedById.get(h.entry.id)?.size === "district"))
      return null;
    const qualified = plainHits.flatMap((h) => this.qualifiedById.get(h.entry.id) ?? []);
    // Two communities of the governorate bear the plain name ("Samuqet Aazaz", "Samuqet Manbaj"): the
    // one among the report's places is meant, when only one of them lies there.
    const picked =
      pickPlainNamed(qualified) ??
      (admin1?.length && near?.length ? pickPlainNamed(qualified.filter((q) => nearNamed(q.entry))) : null);
    if (!picked) return null;
    const via = plainHits.find((h) => h.entry.id === picked.entry.id)!;
    if (hits.some((h) => h.entry.id === picked.entry.id)) return null; // already found by another name
    const named = rivals.length > 0 && !rivalsAway;
    return { hit: { ...via, entry: picked.entry }, partial: picked.partOfCompound, named };
  }

  /**
   * True when `entry` is a district-qualified community ("Derdara Tal Tamr") whose qualifier names a
   * town lying at one of `points` (the places a report names): the report names the qualifying town.
   * `entry` may be the plain-name copy the plain index holds; its id finds the qualified community.
   */
  private qualifierNamed(entry: PlaceEntry, points: readonly { lat: number; lon: number }[]): boolean {
    const q = this.qualifiedById.get(entry.id);
    if (!q || q.size !== "district" || points.length === 0) return false;
    const plain = q.plainEntry.name;
    if (!q.entry.name.startsWith(plain)) return false;
    const qualifier = q.entry.name.slice(plain.length).replace(/^[\s-]+/, "");
    if (!qualifier) return false;
    return this.index
      .lookup(qualifier)
      .some((h) => h.level !== "fuzzy" && points.some((p) => distanceKm(p, h.entry) <= 0.05));
  }

  /**
   * True when a place named `area` (the seat of the sub-district of that name) lies at one of `points`
   * (the places a report names).
   */
  private seatNamed(area: string, points: readonly { lat: number; lon: number }[]): boolean {
    if (points.length === 0) return false;
    return this.index
      .lookup(area)
      .some(
        (h) =>
          h.level !== "fuzzy" &&
          h.entry.admin3 === area &&
          points.some((p) => distanceKm(p, h.entry) <= 0.05),
      );
  }

  private score(
    hit: IndexHit,
    hints: PlaceHints | undefined,
    admin2Keys: Set<string>,
    namesAdmin1: boolean,
    ownNameHit: boolean,
  ): number {
    const { entry } = hit;
    let score = SCORE.base - SCORE.perCost * hit.cost + (hit.level === "exact" ? SCORE.exactBonus : 0);
    // "Qara" is OCHA's own name for a village and GeoNames' spelling of the town OCHA calls "Qarra":
    // the place of that very name is what the text names, so another place's alternative spelling loses
    // the exact bonus (hints and nearby places still decide). Not for a governorate or a city, which news
    // names in many spellings: "Sweida" is the city, not the villages OCHA names so.
    if (ownNameHit && hit.level === "exact" && !hit.primary && !isCity(entry)) score -= SCORE.exactBonus;
    if (hints?.admin1?.length) {
      score += entry.admin1 && hints.admin1.includes(entry.admin1) ? SCORE.admin1Hint : SCORE.admin1Mismatch;
    }
    if (admin2Keys.size && entry.admin2 && admin2Keys.has(exactKey(entry.admin2))) score += SCORE.admin2Hint;
    if (hints?.near?.length) {
      const km = Math.min(...hints.near.map((p) => distanceKm(p, entry)));
      score += proximityBonus(km);
    }
    if (entry.kind === "settlement") score += SCORE.settlement;
    if (entry.kind === "admin1" && namesAdmin1) score += SCORE.governorateForAdmin1Mention;
    if (entry.source === "ocha") score += SCORE.ochaCurated;
    if (entry.population) score += SCORE.populationPerDecade * Math.log10(entry.population);
    return score;
  }

  /**
   * A governorate in any spelling or phrasing → canonical name, else null.
   * @example gazetteer.resolveAdmin1("rural Idleb") // "Idlib"
   */
  resolveAdmin1(mention: string): string | null {
    const name = resolveAdmin1Name(mention);
    // A place's own name that only sounds like a governorate ("Sawda", "Sayda" and Sweida; "Hamu" and
    // Hama; "Dara" and Daraa) names that place, when no place of that name lies in the governorate (its
    // seat's own spellings, "Hasaka", still name the governorate).
    if (!name || admin1BySpelling(mention)) return name;
    const exact = this.index.lookup(mention).filter((hit) => hit.level === "exact");
    if (exact.length > 0 && !exact.some((h) => h.entry.admin1 === name)) return null;
    return name;
  }

  /**
   * True when some place has this name at the exact or transliteration level, i.e. when findPlaces would
   * return a match the caller may take without hints (a cheap pre-filter; fuzzy-only names say false).
   */
  hasName(mention: string): boolean {
    return this.index.has(mention) || this.translatedHits(mention).length > 0;
  }

  /**
   * True when the name is a known name, or the plain name of a size-qualified community ("Arab Hassan"
   * of "Big Arab Hasan"), at the exact or transliteration level: a name worth reading as one span.
   */
  knowsName(mention: string): boolean {
    return this.hasName(mention) || this.plainIndex.lookup(mention).some((h) => h.level !== "fuzzy");
  }

  /**
   * The name to show for `entry` when a text calls it `mention`: the entry's own name, unless it is an
   * OCHA community whose English name says other consonants than both the mention and the entry's Arabic
   * name do. OCHA's English names include wrong transliterations ("Kafr Thoran" for كفر نوران, which
   * texts write "Kafr Nuran"; "Ma'arrat Tamasrin" for معرة مصرين): there the text's own spelling, which
   * agrees with the Arabic, is the better name to show. Vowels and spelling conventions alone never
   * replace the gazetteer's name ("Jinderes" stays "Jandairis").
   * @example gazetteer.displayName("Kafr Nuran", kafrThoran) // "Kafr Nuran"
   */
  displayName(mention: string, entry: PlaceEntry): string {
    if (entry.source !== "ocha" || hasArabic(mention)) return entry.name;
    const said = nameKeys(mention).skeleton;
    if (said.length === 0 || said === nameKeys(entry.name).skeleton) return entry.name;
    const arabicAgrees = entry.altNames.some((n) => hasArabic(n) && nameKeys(n).skeleton === said);
    return arabicAgrees ? mention.trim() : entry.name;
  }

  /**
   * A named sub-region or natural feature ("Jabal al-Zawiya", "Sahl al-Ghab", "the de-escalation zone").
   * @example gazetteer.findRegion("Zawiya Mountain")?.admin1 // ["Idlib"]
   */
  findRegion(mention: string): SubRegion | null {
    const trimmed = mention.replace(/^\s*the\s+/i, "");
    return (
      this.regionKeys.get(`x:${exactKey(trimmed)}`) ??
      this.regionKeys.get(`t:${transliterationKey(trimmed)}`) ??
      null
    );
  }
}
