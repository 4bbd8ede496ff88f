/**
 * Place pass 1, classify: every candidate of every sentence becomes a place with a role before any
 * gazetteer ranking. Countries, unknown demonyms and features are dropped; governorate phrases ("rural
 * Idleb", "Idlib province", a bare governorate name) become admin places; named sub-regions become
 * regions; the rest are settlements to resolve, or context when they only locate something else.
 */
import type { PlaceLookup } from "../../domain/places.js";
import {
  CONTEXT_ROLES,
  findPlaceCandidates,
  type CandidateShape,
  type PlaceCandidate,
} from "./place-candidates.js";
import type { PlaceLookups } from "./place-lookups.js";
import type { ResolvedPlace } from "./resolved-place.js";
import type { Sentence } from "./sentences.js";

/** Names of countries: never an incident place on their own (ACLED excludes country-only reports). */
const COUNTRIES =
  /^(?:Syria|Turkey|Türkiye|Russia|Iran|Iraq|Lebanon|Jordan|Israel|Egypt|Britain|France|Germany|America|United States|Europe|Afghanistan|Yemen|Libya|Sudan|Ukraine|Qatar|Saudi Arabia|Belgium|Netherlands|Holland|Switzerland|Austria|Sweden|Denmark|Norway|Finland|Italy|Spain|Greece|Cyprus|Poland|Hungary|Belarus|China|India|Pakistan|Kuwait|Bahrain|Oman|Emirates|United Arab Emirates|Tunisia|Algeria|Morocco|Somalia|Armenia|Azerbaijan|Georgia|Kazakhstan|Uzbekistan|Chechnya|Crimea|Canada|Australia|Japan|Korea|Brazil|Venezuela)$/;
/**
 * A compass part of a country ("Northwest Syria", "Eastern Syria", "North-East Turkey"): a region of the
 * country named by direction alone, no more a place than the country itself.
 */
const COUNTRY_PART = new RegExp(
  `^(?:(?:North|South)(?:[- ]?(?:east|west|East|West))?|East|West|Central)(?:ern)?\\s+${COUNTRIES.source.slice(1)}`,
);
/**
 * Capitals and cities abroad that reports on Syria name as seats of governments, talks, courts or
 * hospitals ("talks in Astana", "treated in Gaziantep", "a strike in Kabul in 2021"): never a place in
 * Syria, while the built-in gazetteer knows Syria only and would keep them as unknown places or match
 * a look-alike village ("Paris" → "Barissa"). Names that are also exactly a Syrian village ("Doha") are
 * left out.
 */
const FOREIGN_CITIES =
  /^(?:Moscow|Ankara|Istanbul|Gaziantep|Antep|Kilis|Hatay|Antakya|Reyhanli|Sanliurfa|Urfa|Tehran|Beirut|Baghdad|Erbil|Mosul|Amman|Cairo|Riyadh|Dubai|Abu Dhabi|Kabul|Brussels|Antwerp|Geneva|Paris|London|Berlin|Vienna|The Hague|Hague|Washington|New York|Tel Aviv|Jerusalem|Kiev|Kyiv|Sochi|Astana|Nur-Sultan|Tampa|Pentagon|Kremlin|White House)$/;

/** Shapes that are never places: landmarks inside a town, persons, speakers, weapons. */
const NEVER_PLACES: ReadonlySet<CandidateShape> = new Set(["landmark", "person", "speaker", "weapon"]);

/** A run of four letters or more (as \p{L}{4,} finds it), its first letter captured when a capital. */
const LONG_WORD_RE = /(?:(\p{Lu})|\p{L})\p{L}{3,}/gu;

/** Most words of four letters or more are capitalised, as in headlines ("Attacks on Idlib Intensify"). */
function isTitleCase(text: string): boolean {
  // One pass over the sentence, counting in place: every sentence is asked.
  let words = 0;
  let caps = 0;
  LONG_WORD_RE.lastIndex = 0;
  for (let m = LONG_WORD_RE.exec(text); m; m = LONG_WORD_RE.exec(text)) {
    words++;
    if (m[1] !== undefined) caps++;
  }
  return words >= 3 && caps / words >= 0.7;
}

/** "rural X", "the countryside of X", and the transliterated "reef X" / "rif X" (Arabic rīf). */
const RURAL_BEFORE = /\b(?:rural|reef|rif|countryside of(?:\s+the)?)\s+$/i;
const RURAL_AFTER = /^(?:'s)?\s+(?:countryside|suburbs|rural)\b/i;

/**
 * The governorate a candidate names, reading its qualifier: "Damascus countryside" and "rural Damascus"
 * are Rif Dimashq, not Damascus.
 */
function resolveQualifiedAdmin1(places: PlaceLookup, s: Sentence, c: PlaceCandidate): string | null {
  const at = c.start - s.start;
  const rural =
    RURAL_BEFORE.test(s.text.slice(Math.max(0, at - 30), at)) ||
    RURAL_AFTER.test(s.text.slice(c.end - s.start, c.end - s.start + 20));
  return (rural ? places.resolveAdmin1(`rural ${c.mention}`) : null) ?? places.resolveAdmin1(c.mention);
}

/**
 * True when a place bears this name as written (the exact key), not only after transliteration folding.
 * A named region's own name ("Qalamoun", "Hawran") is the region: a village whose name folds to the same
 * key ("Qalmun", "Harran") is a look-alike, as a region's name is the commoner reading in a report.
 */
function hasExactPlace(places: PlaceLookup, mention: string): boolean {
  return places.hasName(mention) && places.findPlaces(mention).some((m) => m.matchedBy === "exact");
}

/** "X in the Tartus countryside", "X village, rural Raqqa", "X, in Idlib": the gap to a qualifying area. */
const QUALIFIED_BY_NEXT_GAP =
  /^\s*(?:(?:village|town|hamlet)\s*)?,?\s*(?:(?:in|within)\s+)?(?:the\s+)?(?:(?:rural|(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?)\s+)?$/i;
/** "the village of X", "the town of X": the kind of place named before it. */
const KIND_OF_BEFORE = /\b(?:village|town|hamlet)\s+of\s+(?:the\s+)?$/i;
/** "the Raqqa village of X", "the rural Hasakeh town of X": an area qualifying the kind of the place. */
const KIND_OF_AFTER_AREA_GAP =
  /^(?:\s+(?:countryside|province|governorate))?\s+(?:village|town|hamlet)\s+of\s+$/i;

/**
 * A governorate's name that the text places in another governorate is a village of that name (OCHA
 * lists villages named Hama, Quneitra or Sweida in other governorates): "the village of Hama in the
 * Raqqa countryside", "Quneitra village, rural Idlib", "the Raqqa village of Hama". The qualifying area
 * must be another governorate; after a comma alone it must be an admin phrase and the name framed as a
 * village or town ("Hama, rural Idlib and Aleppo" lists governorates). A bare "Hama" stays the
 * governorate.
 */
function inOtherGovernorate(
  s: Sentence,
  c: PlaceCandidate,
  around: { prev?: PlaceCandidate; next?: PlaceCandidate },
  places: PlaceLookup,
  own: string,
): boolean {
  const { prev, next } = around;
  if (next) {
    const gap = s.text.slice(c.end - s.start, next.start - s.start);
    const other = resolveQualifiedAdmin1(places, s, next);
    if (
      other &&
      other !== own &&
      QUALIFIED_BY_NEXT_GAP.test(gap) &&
      (/\b(?:in|within)\b/i.test(gap) ||
        (next.qualifier === "admin" &&
          (/\b(?:village|town|hamlet)\b/i.test(gap) ||
            KIND_OF_BEFORE.test(s.text.slice(Math.max(0, c.start - s.start - 30), c.start - s.start)))))
    )
      return true;
  }
  if (prev) {
    const gap = s.text.slice(prev.end - s.start, c.start - s.start);
    const other = resolveQualifiedAdmin1(places, s, prev);
    if (other && other !== own && KIND_OF_AFTER_AREA_GAP.test(gap)) return true;
  }
  return false;
}

function classify(
  s: Sentence,
  sentence: number,
  c: PlaceCandidate,
  lookups: PlaceLookups,
  titleCase: boolean,
  around: { prev?: PlaceCandidate; next?: PlaceCandidate } = {},
): ResolvedPlace | null {
  // "the X dam near Y", "the X crossing in Y countryside", "the X bridge east of Y": a site the text
  // locates by a town is where the attack struck, coded by that town (place-anchor.ts), though the
  // gazetteer lacks its name. A landmark "in Y" (a bridge in a city) is part of Y, which is the place.
  const locatedSite =
    c.site === true &&
    (c.role === "near-next" || (c.shape === "feature" && around.next?.role === "container"));
  if (
    COUNTRIES.test(c.mention) ||
    COUNTRY_PART.test(c.mention) ||
    FOREIGN_CITIES.test(c.mention) ||
    (NEVER_PLACES.has(c.shape) && !locatedSite)
  )
    return null;
  // "the Iraqi border", "Assyrian villages": an adjective, unless the gazetteer names a place so.
  const weak = c.shape === "demonym" || c.shape === "feature" || (titleCase && c.locative);
  if (weak && !locatedSite && !lookups.known(c.mention)) return null;
  const context = CONTEXT_ROLES.has(c.role);
  const base = {
    candidate: c,
    sentence,
    entry: null,
    regionEntry: null,
    admin2: null,
    country: null,
    anchor: null,
  };
  // An airfield is resolved after the admin hints are known; never a governorate.
  if (c.shape === "airfield")
    return { ...base, role: context ? "context" : "settlement", admin1: null, precision: "unresolved" };
  const admin1 = resolveQualifiedAdmin1(lookups.places, s, c);
  if (admin1 && c.qualifier !== "city" && !inOtherGovernorate(s, c, around, lookups.places, admin1))
    return { ...base, role: context ? "context" : "admin", admin1, precision: "admin1" };
  const region = lookups.findRegion(c.mention);
  if (region && (c.shape === "region" || !hasExactPlace(lookups.places, c.mention)))
    return {
      ...base,
      role: context ? "context" : "region",
      regionEntry: { id: region.id, name: region.name, lat: region.lat, lon: region.lon },
      admin1: region.admin1[0] ?? null,
      country: "SY",
      precision: "admin2",
    };
  const role = context ? "context" : c.shape === "region" ? "region" : "settlement";
  return { ...base, role, admin1: null, precision: "unresolved" };
}

/** A name's key for matching its mentions ("Khaled’s" and "Khaled" alike). */
function nameKey(mention: string): string {
  return mention.toLowerCase().replace(/[’`]/g, "'");
}

/** Particles that open a person's name without being its given name ("Abu X", "Al-X", "Umm X"). */
const NAME_PARTICLE = /^(?:abu|abou|umm|um|al|el|bin|ibn|bint)(?:-|$)/i;

/**
 * The names the document shows to be persons' (an age, a relative, a role, a title) and the names it
 * shows to be speakers' or outlets': "his son Khaled", "Mustafa's wife", "28-year-old Salma Ali", "the
 * news agency Safa". A person's full name gives its given name too, the first word that is no
 * particle ("Khaled Mohammed Al Mughari" → "khaled"). A speaker's name that the document also places
 * somewhere ("the centre of A reports", "shelling in A") is a place's that speaks for its people.
 */
function agentNameKeys(candidates: PlaceCandidate[][]): { persons: Set<string>; speakers: Set<string> } {
  const persons = new Set<string>();
  const speakers = new Set<string>();
  const placed = new Set<string>();
  for (const c of candidates.flat()) {
    if (c.locative || placeFramed(c)) placed.add(nameKey(c.mention));
    if (c.shape === "person") {
      persons.add(nameKey(c.mention));
      const words = c.mention.split(/\s+/);
      if (words.length > 1 && !NAME_PARTICLE.test(words[0]!)) persons.add(nameKey(words[0]!));
    } else if (c.shape === "speaker") speakers.add(nameKey(c.mention));
  }
  for (const key of placed) speakers.delete(key);
  return { persons, speakers };
}

/** A place frame: "the village of X", "X town", "X countryside", "in northern X", "X city". */
function placeFramed(c: PlaceCandidate): boolean {
  return c.settlementFramed === true || c.geoFramed === true || c.qualifier !== null;
}

/**
 * A mention of a name the document shows elsewhere to be a person's is that person too, unless a place
 * frame says it is a place here ("the village of X", "X countryside", "in northern X"); a speaker's
 * or outlet's name is one in every mention when the document places it nowhere (agentNameKeys).
 */
function namedAgentElsewhere(
  c: PlaceCandidate,
  keys: { persons: Set<string>; speakers: Set<string> },
  places: PlaceLookup,
): boolean {
  if (placeFramed(c)) return false;
  const key = nameKey(c.mention);
  if (keys.persons.has(key)) return true;
  // A governorate's seat speaks for its government ("Damascus said"): not every mention of it does.
  return keys.speakers.has(key) && places.resolveAdmin1(c.mention) === null;
}

/**
 * The places of every sentence, classified, before gazetteer ranking.
 * @param excluded spans that are not places (actor mentions), absolute offsets
 */
export function classifyPlaces(
  sentences: Sentence[],
  lookups: PlaceLookups,
  excluded: { start: number; end: number }[],
): ResolvedPlace[][] {
  const all = sentences.map((s) => findPlaceCandidates(s.text, s.start, excluded, lookups.knownSpan));
  const agents = agentNameKeys(all);
  return sentences.map((s, i) => {
    const candidates = all[i]!;
    // In a title-case headline every word is capitalised: only names the gazetteer knows are places.
    // Read only for a sentence with candidates (most have none; the pattern runs over the whole sentence).
    const titleCase = candidates.length > 0 && isTitleCase(s.text);
    return candidates.flatMap((c, j) => {
      if (namedAgentElsewhere(c, agents, lookups.places)) return [];
      const p = classify(s, i, c, lookups, titleCase, { prev: candidates[j - 1], next: candidates[j + 1] });
      return p ? [p] : [];
    });
  });
}
