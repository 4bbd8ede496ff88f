/**
 * Incidents told as entries of a list or table: an entry holds a place and a day but no attack verb
 * ("[c] Talmenes in Idlib governorate, 21 April 2014: 21 videos.", "An incident was identified on 21
 * July in X.", "• X | 3 May 2016 | 2 killed"), and the kind of attack is named once above it, by the
 * section's heading, the list's lead-in ("the following chemical attacks:") or a sentence counting the
 * incidents of a kind ("43 incidents in which cluster munitions were used"). Each such entry becomes a
 * claim of that kind at its place and day; the entry is the place's and date's evidence and the words
 * naming the kind (in the heading or lead-in) are the event type's.
 *
 * Kept precise: an entry needs a place the gazetteer knows and a day, it must make no claim of its own,
 * and the kind must be named in its own section (a heading bounds the search) within a few sentences
 * that are not themselves entries. A list of places or dates without such a kind gives nothing; the
 * methods and about sections stay excluded afterwards by the sections pass (report-sections.ts).
 */
import type { PlaceLookup } from "../../domain/places.js";
import type { ClaimDraft } from "./claim-draft.js";
import type { DateMention } from "./dates/find-dates.js";
import { EVENT_TYPES } from "./event-lexicon.js";
import { bestEventType, type EventMention, findEvents } from "./find-events.js";
import { perpetratorsIn, type RoledActor } from "./find-perpetrators.js";
import { type SentenceClaims, type SentenceFacts, toPerps } from "./make-claims.js";
import { cityOfQuarter, namesakeCity } from "./quarter-city.js";
import type { ResolvedPlace } from "./resolved-place.js";
import type { Sentence } from "./sentences.js";

export interface ListedInput {
  text: string;
  facts: SentenceFacts[];
  made: SentenceClaims[];
  roled: RoledActor[];
  originators: string[];
  places: PlaceLookup;
}

/** An entry's mark: a bullet, "[a]", "(b)", "c)", "3." at the start, or the cells of a table row. */
const ENTRY_MARK_RE = /^\s*(?:\[\w{1,3}\]|\(\w{1,3}\)|\w{1,2}\)|\d{1,3}\.)\s+/;
const TABLE_ROW_RE = /\|[^|\n]+\|/;
/** An entry told as a record of the list ("an incident was identified on 21 July in X"). */
const INCIDENT_NOUN_RE = /\bincidents?\b/i;
/**
 * A sentence that names a kind for what follows: it speaks of incidents or attacks in the plural or
 * of a list ("the following", "below", "as follows", "list of"), or introduces a list with a colon.
 */
const KIND_INTRO_RE =
  /\b(?:incidents|attacks|strikes|airstrikes|cases|violations|the following|below|as follows|list of)\b|:\s*$/i;
/** How many sentences that are not entries may lie between an entry and the words naming its kind. */
const KIND_REACH = 12;

/** A title line: alone in its paragraph, capitalised, without sentence punctuation at its end. */
function isTitleLine(s: Sentence, prev: Sentence | undefined, next: Sentence | undefined): boolean {
  const alone = prev?.paragraph !== s.paragraph && next?.paragraph !== s.paragraph;
  return (
    alone &&
    !s.bullet &&
    /^\s*\p{Lu}/u.test(s.text) &&
    !/[.!?;:,"”’)\]]\s*$/.test(s.text) &&
    s.text.trim().split(/\s+/).length <= 20
  );
}

/** A sentence written as an entry of a list or table (before checking its place and day). */
function looksLikeEntry(s: Sentence): boolean {
  return s.bullet || ENTRY_MARK_RE.test(s.text) || TABLE_ROW_RE.test(s.text) || INCIDENT_NOUN_RE.test(s.text);
}

/**
 * The attack kinds a heading or lead-in names, read afresh (a count of incidents of a kind is a tally to
 * the claims pass, but names the kind here; a heading is read in lower case: "Chemical Weapons").
 */
function kindEvents(f: SentenceFacts, title: boolean): EventMention[] {
  const s = f.sentence;
  const events = findEvents(title ? s.text.toLowerCase() : s.text, s.start, { killings: false });
  return events.filter((e) => e.modality === "reported" && !e.implicit && !e.background);
}

/** The first day of a range of days written before a date ("29 - 30 April 2014"). */
const FIRST_DAY_BEFORE_RE = /\b(\d{1,2})\s*[-–]\s*$/;

/** A date widened to the range of days it closes: "29 - 30 April 2014" is 29–30 April. */
function withFirstDay(text: string, d: DateMention): DateMention {
  const m = FIRST_DAY_BEFORE_RE.exec(text.slice(Math.max(0, d.start - 8), d.start));
  if (!m || !d.startDate) return d;
  const first = `${d.startDate.slice(0, 8)}${m[1]!.padStart(2, "0")}`;
  if (first >= d.startDate) return d;
  const start = d.start - m[0].length;
  return { ...d, start, text: text.slice(start, d.end), startDate: first };
}

interface Entry {
  /** Its settlements, known or not (they pair with its days in order); only known ones make claims. */
  places: ResolvedPlace[];
  dates: DateMention[];
}

/**
 * The governorate's namesake city named last before sentence `i` within its section and reach: the city
 * an unknown quarter told alone belongs to (quarter-city.ts).
 */
function recentCity(
  text: string,
  facts: SentenceFacts[],
  titles: boolean[],
  i: number,
  lookup: PlaceLookup,
): ResolvedPlace | null {
  for (let j = i - 1; j >= 0 && j >= i - KIND_REACH; j--) {
    const places = facts[j]!.places;
    for (let k = places.length - 1; k >= 0; k--) {
      const city = namesakeCity(places[k]!, lookup, text);
      if (city) return city;
    }
    if (titles[j]) break;
  }
  return null;
}

/** The known places and the days of an entry sentence, or null when it is no incident entry. */
function entryOf(
  text: string,
  f: SentenceFacts,
  made: SentenceClaims,
  lookup: PlaceLookup,
  city: () => ResolvedPlace | null,
): Entry | null {
  if (made.claims.length > 0 || f.events.length > 0 || !looksLikeEntry(f.sentence)) return null;
  // A quarter told alone stands for the city named before (quarter-city.ts), each quarter in its own
  // place in the entry: "on 24, 25 and 26 November in A district, B district and B district,
  // respectively" pairs three days with three mentions, whichever city they fold into.
  const places = f.places
    .filter((p, k, all) => all.findIndex((q) => q.candidate.start === p.candidate.start) === k)
    .map((p) => cityOfQuarter(text, p, f.places, lookup, city) ?? p)
    .filter((p) => p.role === "settlement");
  const dates = f.dates
    .filter((d) => d.precision === "day" && !d.since && d.startDate !== null)
    .map((d) => withFirstDay(text, d));
  return places.some((p) => p.entry !== null) && dates.length > 0 ? { places, dates } : null;
}

/** What may join the days of one list: commas, "and", "or", "on", "the". */
const DAY_LIST_JOIN_RE = /^[\s,]*(?:(?:and|or|&)\s+)?(?:on\s+)?(?:the\s+)?$/i;

/**
 * The day of each place. Days listed before a single place are each a claim there ("on 4 and 6 May, two
 * incidents in A"); as many days as places, all days first or "respectively", pair in order; otherwise a
 * place takes the nearest day before it ("on 3 May in A and on 5 May in B", even when only B is known),
 * else the first. Places and
 * days that "respectively" cannot pair (counts differ) give nothing.
 */
function pairs(s: Sentence, entry: Entry): { place: ResolvedPlace; date: DateMention }[] {
  const { places, dates } = entry;
  const firstPlace = Math.min(...places.map((p) => p.candidate.start));
  const daysFirst = dates.every((d) => d.end <= firstPlace);
  // Days that form one list ("on 4 October and 6 October"), not days told of separate entries ("on 3
  // August in A and the third incident on 5 August in B", where B alone is known).
  const listed = dates.every(
    (d, k) => k === 0 || DAY_LIST_JOIN_RE.test(s.text.slice(dates[k - 1]!.end - s.start, d.start - s.start)),
  );
  const respectively = /\brespectively\b/i.test(s.text);
  if (places.length > 1 && places.length === dates.length && (daysFirst || respectively))
    return places.map((place, k) => ({ place, date: dates[k]! }));
  if (respectively) return [];
  if (places.length === 1 && daysFirst && listed) return dates.map((date) => ({ place: places[0]!, date }));
  return places.map((place) => {
    const before = dates.filter((d) => d.end <= place.candidate.start);
    return { place, date: before[before.length - 1] ?? dates[0]! };
  });
}

/**
 * The event naming the kind of attack for entry `i`: the kind of the entry just before it, else the
 * nearest words naming one in its section (a heading ends the search), within reach. A kind that names
 * no means ("the attacks below") gives way to one further up that does ("Barrel Bomb Attacks").
 */
function kindFor(
  facts: SentenceFacts[],
  kinds: (EventMention | null | undefined)[],
  titles: boolean[],
  i: number,
): EventMention | null {
  let generic: EventMention | null = null;
  let reach = KIND_REACH;
  for (let j = i - 1; j >= 0 && reach > 0; j--) {
    const carried = kinds[j];
    if (carried) return carried;
    if (carried === null) continue;
    reach--;
    const f = facts[j]!;
    const names = titles[j] || KIND_INTRO_RE.test(f.sentence.text);
    const events = names ? kindEvents(f, titles[j]!) : [];
    const type = events.length > 0 ? bestEventType(events.map((e) => e.type)) : null;
    const found = type ? (events.find((e) => e.type === type) ?? null) : null;
    if (found && EVENT_TYPES[found.type].means) return found;
    generic ??= found;
    if (titles[j]) break;
  }
  return generic;
}

/** A sentence's claims with the unknown quarters of a namesake city read as the city (quarter-city.ts). */
function withCityQuarters(
  text: string,
  m: SentenceClaims,
  f: SentenceFacts,
  lookup: PlaceLookup,
  city: () => ResolvedPlace | null,
): SentenceClaims {
  if (!m.claims.some((d) => d.place.entry === null)) return m;
  const claims = m.claims.map((d) => {
    if (d.place.entry !== null) return d;
    const place = cityOfQuarter(text, d.place, f.places, lookup, city);
    return place ? { ...d, place } : d;
  });
  return { ...m, claims };
}

/**
 * The claims pass's output with the claims of list and table entries added to their sentences.
 * @example withListedIncidents({ text, facts, made, roled, originators })  // "[a] A, 3 May 2016." under "Chemical attacks" → other at A
 */
export function withListedIncidents(input: ListedInput): SentenceClaims[] {
  const { text, facts, made } = input;
  const sentences = facts.map((f) => f.sentence);
  const titles = sentences.map((s, i) => isTitleLine(s, sentences[i - 1], sentences[i + 1]));
  const cityBefore = (i: number) => () => recentCity(text, facts, titles, i, input.places);
  const entries = facts.map((f, i) =>
    titles[i] ? null : entryOf(text, f, made[i]!, input.places, cityBefore(i)),
  );
  // undefined: no entry; null: an entry without a kind; else the kind it was given (in text order).
  const kinds: (EventMention | null | undefined)[] = [];
  entries.forEach((entry, i) => {
    kinds.push(entry ? kindFor(facts, kinds, titles, i) : undefined);
  });
  return made.map((m, i) => {
    const entry = entries[i];
    const kind = kinds[i];
    if (!entry || !kind) return withCityQuarters(text, m, facts[i]!, input.places, cityBefore(i));
    const s = sentences[i]!;
    const perpetrators = toPerps(perpetratorsIn(text, input.roled, s));
    const known = pairs(s, entry).filter(({ place }) => place.entry !== null);
    const claims: ClaimDraft[] = known.map(({ place, date }) => ({
      eventType: kind.type,
      trigger: { start: kind.start, end: kind.end },
      place,
      perpetrators,
      targets: [],
      victimGroups: [],
      doubleTap: null,
      groupId: known.length > 1 ? `g${s.start}` : null,
      casualties: null,
      date,
      attributedTo: input.originators.map((name) => ({ name, start: -1, end: -1 })),
      modality: "reported",
      sentence: i,
    }));
    return { ...m, claims };
  });
}
