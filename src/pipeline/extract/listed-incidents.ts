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
import type { ClaimDraft } from "./claim-draft.js";
import type { DateMention } from "./dates/find-dates.js";
import { bestEventType, type EventMention, findEvents } from "./find-events.js";
import { perpetratorsIn, type RoledActor } from "./find-perpetrators.js";
import { claimPlaces, type SentenceClaims, type SentenceFacts, toPerps } from "./make-claims.js";
import type { ResolvedPlace } from "./resolved-place.js";
import type { Sentence } from "./sentences.js";

export interface ListedInput {
  text: string;
  facts: SentenceFacts[];
  made: SentenceClaims[];
  roled: RoledActor[];
  originators: string[];
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
const KIND_REACH = 10;

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

/** The attack kinds a heading or lead-in names (a heading is read in lower case: "Chemical Weapons"). */
function kindEvents(f: SentenceFacts, title: boolean): EventMention[] {
  const s = f.sentence;
  const events = title ? findEvents(s.text.toLowerCase(), s.start, { killings: false }) : f.events;
  return events.filter((e) => e.modality === "reported" && !e.implicit && !e.background);
}

interface Entry {
  places: ResolvedPlace[];
  dates: DateMention[];
}

/** The known places and the days of an entry sentence, or null when it is no incident entry. */
function entryOf(text: string, f: SentenceFacts, made: SentenceClaims): Entry | null {
  if (made.claims.length > 0 || f.events.length > 0 || !looksLikeEntry(f.sentence)) return null;
  const s = f.sentence;
  const places = claimPlaces(text, f, { start: s.start, end: s.end, events: [], places: f.places }).filter(
    (p) => p.role === "settlement" && p.entry !== null,
  );
  const dates = f.dates.filter((d) => d.precision === "day" && !d.since && d.startDate !== null);
  return places.length > 0 && dates.length > 0 ? { places, dates } : null;
}

/**
 * The day of each place: in order when the entry gives as many days as places ("on 4 and 6 May in A
 * and B, respectively"), else every place on each day the entry gives (one claim per place per day).
 */
function pairs(entry: Entry): { place: ResolvedPlace; date: DateMention }[] {
  const { places, dates } = entry;
  if (places.length > 1 && places.length === dates.length)
    return places.map((place, k) => ({ place, date: dates[k]! }));
  return places.flatMap((place) => dates.map((date) => ({ place, date })));
}

/** The event naming the kind of attack for entry `i`: the nearest in its section, within reach. */
function kindFor(
  facts: SentenceFacts[],
  isEntry: boolean[],
  titles: boolean[],
  i: number,
): EventMention | null {
  let reach = KIND_REACH;
  for (let j = i - 1; j >= 0 && reach > 0; j--) {
    if (isEntry[j]) continue;
    reach--;
    const f = facts[j]!;
    const names = titles[j] || KIND_INTRO_RE.test(f.sentence.text);
    const events = names ? kindEvents(f, titles[j]!) : [];
    const type = events.length > 0 ? bestEventType(events.map((e) => e.type)) : null;
    if (type) {
      return events.find((e) => e.type === type) ?? null;
    }
    if (titles[j]) return null;
  }
  return null;
}

/**
 * The claims pass's output with the claims of list and table entries added to their sentences.
 * @example withListedIncidents({ text, facts, made, roled, originators })  // "[a] A, 3 May 2016." under "Chemical attacks" → other at A
 */
export function withListedIncidents(input: ListedInput): SentenceClaims[] {
  const { text, facts, made } = input;
  const sentences = facts.map((f) => f.sentence);
  const titles = sentences.map((s, i) => isTitleLine(s, sentences[i - 1], sentences[i + 1]));
  const entries = facts.map((f, i) => (titles[i] ? null : entryOf(text, f, made[i]!)));
  const isEntry = entries.map((e) => e !== null);
  return made.map((m, i) => {
    const entry = entries[i];
    if (!entry) return m;
    const kind = kindFor(facts, isEntry, titles, i);
    if (!kind) return m;
    const s = sentences[i]!;
    const perpetrators = toPerps(perpetratorsIn(text, input.roled, s));
    const found = pairs(entry);
    const claims: ClaimDraft[] = found.map(({ place, date }) => ({
      eventType: kind.type,
      trigger: { start: kind.start, end: kind.end },
      place,
      perpetrators,
      targets: [],
      victimGroups: [],
      doubleTap: null,
      groupId: entry.places.length > 1 ? `g${s.start}` : null,
      casualties: null,
      date,
      attributedTo: input.originators.map((name) => ({ name, start: -1, end: -1 })),
      modality: "reported",
      sentence: i,
    }));
    return { ...m, claims };
  });
}
