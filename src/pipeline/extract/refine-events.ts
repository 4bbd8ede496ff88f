/**
 * Report-level refinements of sentence triggers, run before claims are assembled:
 * - background: attacks cited from the past ("the April 2017 sarin attack", "the 2019-2020 offensive",
 *   "Markets had been struck in 2016", "the anniversary of the attack", "last year's attack") are marked
 *   `period` so they never make claims;
 * - foreign air forces: "strikes" or "missiles" by a foreign state force with no ground-fire word are
 *   air strikes ("Israeli missile strikes targeted the airport");
 * - air-raid context: a missile, generic strike or raid told right after warplanes or air raids is part of
 *   those raids ("warplanes carried out raids on towns … a missile hit a building" → air strike).
 */
import type { DateMention } from "./dates/find-dates.js";
import { AIRCRAFT_PATTERN, GROUND_FIRE_PATTERN, JUDICIAL_RE, SIGHTING_PATTERN } from "./event-lexicon.js";
import type { EventMention } from "./find-events.js";
import type { RoledActor } from "./find-perpetrators.js";
import type { Sentence } from "./sentences.js";

export interface SentenceEvents {
  sentence: Sentence;
  events: EventMention[];
  dates: DateMention[];
}

const DAY_MS = 86_400_000;
/** A month- or year-level date this long before publication is a citation of the past. */
const BACKGROUND_DAYS = 180;
/** "the February 2020 strike": a dated noun phrase is a citation once the date is this old. */
const CITED_DAYS = 45;
const YEAR_RE = /\b(?:19[89]\d|20\d\d)(?:\s*[-–]\s*(?:19[89]\d|20\d\d))?\b/g;
/** "the <date> <up to three words> <trigger>": a past attack referred to by its date. */
const CITATION_BEFORE_RE =
  /\bthe\s+(?:(?:early|late|mid)[-\s]+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19[89]\d|20\d\d)(?:[-–](?:19[89]\d|20\d\d))?\s+(?:[\w’'-]+\s+){0,3}$/;
const GROUND_RE = new RegExp(`\\b(?:${GROUND_FIRE_PATTERN})\\b`, "i");
const SIGHTING_RE = new RegExp(SIGHTING_PATTERN, "i");
const AIR_CONTEXT_RE = new RegExp(
  `\\b(?:${AIRCRAFT_PATTERN}|air ?strikes?|air[- ]raids?|airstrikes?|aerial (?:bombardment|attacks?|strikes?))\\b`,
  "i",
);
const STRIKE_WORD_RE =
  /^(?:(?:ballistic |cruise |guided )?missiles?|missile (?:strikes?|attacks?)|strikes?|struck|striking)$/i;
/** "bombed", "bombing": shelling when no aircraft is named, unless a foreign air power did it. */
const BOMBING_WORD_RE = /^(?:bombed|bombings?)$/i;
/**
 * Foreign forces whose attacks in Syria are from the air (as ACLED and Airwars code them): their
 * "bombing" is an air strike. Turkey's forces and factions also fire artillery from the border and the
 * ground, so their "bombing" stays shelling unless an aircraft is named.
 */
const AIR_POWERS: ReadonlySet<string> = new Set(["COALITION", "IL_MIL", "RU_MIL"]);

function daysBefore(iso: string | null, publishedAt: string): number | null {
  if (!iso) return null;
  return (Date.parse(publishedAt) - Date.parse(iso)) / DAY_MS;
}

/** True when every date of the sentence lies in the past well before publication. */
function pastOnly(s: SentenceEvents, publishedAt: string): boolean {
  const pubYear = Number(publishedAt.slice(0, 4));
  const pubMonth = Number(publishedAt.slice(5, 7));
  let past = false;
  for (const d of s.dates) {
    if (d.since) continue;
    const age = daysBefore(d.endDate ?? d.startDate, publishedAt);
    const yearLong = d.startDate !== null && d.endDate !== null && daysBefore(d.startDate, d.endDate)! >= 200;
    // A full day date is the report's own subject even when old (an investigation of a past attack).
    const old =
      d.precision !== "day" &&
      (d.historical || (age !== null && (age > BACKGROUND_DAYS || (yearLong && age > 0))));
    if (!old) return false;
    past = true;
  }
  if (past) return true;
  // Years the date finder leaves aside ("the 2019-2020 offensive", "in 2016").
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(s.sentence.text); m; m = YEAR_RE.exec(s.sentence.text)) {
    // A span of years ("between 2013-2018 X saw 12 attacks") sums up a period, whatever its end.
    if (m[0].length > 4) {
      past = true;
      continue;
    }
    const last = Number(m[0].slice(-4));
    if (last < pubYear - 1 || (last === pubYear - 1 && pubMonth > 6)) past = true;
    else return false;
  }
  return past;
}

/** "the February 2020 strike", "the 2017 chemical attack": a dated reference to a past attack. */
function isCitation(s: SentenceEvents, ev: EventMention, publishedAt: string): boolean {
  const local = ev.start - s.sentence.start;
  const before = s.sentence.text.slice(Math.max(0, local - 60), local);
  const m = CITATION_BEFORE_RE.exec(before);
  if (!m) return false;
  const at = s.sentence.start + local - before.length + m.index;
  const date = s.dates.find((d) => d.start >= at && d.end <= ev.start);
  if (date) {
    const age = daysBefore(date.endDate ?? date.startDate, publishedAt);
    return date.historical || (age !== null && age > CITED_DAYS);
  }
  const years = m[0].match(/(?:19[89]\d|20\d\d)/g) ?? [];
  const last = Number(years[years.length - 1] ?? "0");
  return last > 0 && last < Number(publishedAt.slice(0, 4));
}

/** A participle of harm and its agent preposition right before the attack's word ("destroyed by", "damaged in"). */
const HARM_PARTICIPLE_BEFORE_RE =
  /(?<![\p{L}])(?:destroyed|damaged|hit|struck|bombed|shelled|targeted|levell?ed|flattened|ruined|razed|wrecked|gutted|burn(?:ed|t)|demolished)\s+(?:by|in|during)\s+(?:the\s+|an?\s+)?(?:[\p{L}’'-]+\s+){0,2}$/iu;
/** The year closing the attack's phrase: "in 2016", "in March 2016", "during the 2016 offensive". */
const YEAR_AFTER_RE =
  /^\s+(?:(?:on|of|against|near)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3})?(?:in|during)\s+(?:(?:early|late|mid)[-\s]+)?(?:[A-Z][a-z]+\s+)?(19[89]\d|20\d\d)(?!\s*[-–/]?\d)/u;

/**
 * "A school destroyed by air strikes in 2016 reopened on Monday": a past attack in a participle phrase
 * with its own year is background, whatever the sentence's own date.
 */
function isPastParticiple(s: SentenceEvents, ev: EventMention, publishedAt: string): boolean {
  const local = ev.start - s.sentence.start;
  if (!HARM_PARTICIPLE_BEFORE_RE.test(s.sentence.text.slice(Math.max(0, local - 50), local))) return false;
  const year = YEAR_AFTER_RE.exec(s.sentence.text.slice(ev.end - s.sentence.start))?.[1];
  return year !== undefined && Number(year) < Number(publishedAt.slice(0, 4));
}

/**
 * "the second anniversary of the chemical attack", "last year's sarin attack", "the strike two years
 * ago": a past attack recalled by its distance in time, whatever the report's own date.
 */
const RECALLED_BEFORE_RE =
  /\b(?:anniversary\s+of|last\s+year['’]s|(?:the\s+)?aftermath\s+of\s+last\s+year['’]?s?)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}$/iu;

/**
 * "gathered to commemorate the victims of the X massacre", "vigils to mark ten years since the attack",
 * "a memorial to those killed in the bombing", "in memory of": an attack remembered is a past one.
 */
const COMMEMORATED_BEFORE_RE =
  /(?<![\p{L}])(?:commemorat(?:e|es|ed|ing|ion\s+of)|remember(?:s|ed|ing)?|memorials?\s+(?:to|for|of)|in\s+(?:the\s+)?memory\s+of|(?:years?|decades?)\s+since)\s+(?:the\s+)?(?:(?:victims|dead|those\s+killed)\s+(?:of|in)\s+(?:the\s+)?)?(?:[\p{L}\d’'-]+\s+){0,4}$/iu;

function isRecalled(s: SentenceEvents, ev: EventMention): boolean {
  const local = ev.start - s.sentence.start;
  const before = s.sentence.text.slice(Math.max(0, local - 80), local);
  return RECALLED_BEFORE_RE.test(before) || COMMEMORATED_BEFORE_RE.test(before);
}

function isJudged(s: SentenceEvents, ev: EventMention): boolean {
  const m = JUDICIAL_RE.exec(s.sentence.text);
  return m !== null && s.sentence.start + m.index < ev.start;
}

/**
 * "It has no relation to the clashes in X", "nothing to do with the shelling of Y", "unrelated to the
 * strikes on Z": an attack named only to deny a link to the one the report tells is not told.
 */
const UNLINKED_BEFORE_RE =
  /(?<![\p{L}])(?:(?:no|any)\s+(?:relation|relationship|connection|link)s?\s+(?:to|with)|nothing\s+to\s+do\s+with|(?:unrelated|not\s+related|not\s+linked|unconnected)\s+to)\s+(?:(?:the|an?|any)\s+)?(?:[\p{L}’'-]+\s+){0,2}$/iu;

function isUnlinked(s: SentenceEvents, ev: EventMention): boolean {
  const local = ev.start - s.sentence.start;
  return UNLINKED_BEFORE_RE.test(s.sentence.text.slice(Math.max(0, local - 60), local));
}

/** Background: cited past attacks become `period` (never an incident of this report). */
function markBackground<T extends SentenceEvents>(list: T[], publishedAt: string | null): T[] {
  return list.map((s) => {
    if (s.events.length === 0) return s;
    const allPast = publishedAt !== null && pastOnly(s, publishedAt);
    const events = s.events.map((ev) =>
      allPast ||
      isRecalled(s, ev) ||
      isUnlinked(s, ev) ||
      isJudged(s, ev) ||
      (publishedAt !== null && (isCitation(s, ev, publishedAt) || isPastParticiple(s, ev, publishedAt)))
        ? { ...ev, period: true, background: true }
        : ev,
    );
    return { ...s, events };
  });
}

/** The clause of `ev` in its sentence: from the last comma/semicolon before to the next one after. */
function clauseOf(s: SentenceEvents, ev: EventMention): { start: number; end: number; text: string } {
  const t = s.sentence.text;
  const ls = ev.start - s.sentence.start;
  const le = ev.end - s.sentence.start;
  const before = t.slice(0, ls);
  const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"));
  const afterCut = /^[^,;:]*/.exec(t.slice(le))?.[0].length ?? 0;
  const start = s.sentence.start + cut + 1;
  const end = ev.end + afterCut;
  return { start, end, text: t.slice(cut + 1, le + afterCut) };
}

/**
 * "Israeli (missile) strikes", "strikes by the US-led coalition", "the coalition's bombing": foreign
 * strikes and bombings are from the air.
 */
function foreignAirStrikes<T extends SentenceEvents>(list: T[], roled: RoledActor[]): T[] {
  const foreignStrike = (s: SentenceEvents, ev: EventMention): boolean => {
    // "the coalition's bombing of A", "accused Russia of bombing A": a foreign air power bombs from the
    // air (a bombing names no platform; see AIR_POWERS).
    const bombing = ev.type === "shelling" && BOMBING_WORD_RE.test(ev.text);
    if (ev.type !== "attack" && ev.type !== "missile_strike" && !bombing) return false;
    if (!bombing && !STRIKE_WORD_RE.test(ev.text)) return false;
    const clause = clauseOf(s, ev);
    if (GROUND_RE.test(clause.text)) return false;
    return roled.some(
      (a) =>
        a.actor?.kind === "foreign_state_force" &&
        (!bombing || AIR_POWERS.has(a.actor.id)) &&
        (a.role === "perpetrator" || a.role === "accused") &&
        a.start >= clause.start &&
        a.end <= clause.end,
    );
  };
  return list.map((s) =>
    s.events.some((ev) => foreignStrike(s, ev))
      ? {
          ...s,
          events: s.events.map((ev) => (foreignStrike(s, ev) ? { ...ev, type: "air_strike" as const } : ev)),
        }
      : s,
  );
}

/**
 * A missile, generic strike or raid ("a second wave of raids") in a sentence that names no ground fire, told within two sentences
 * after an air raid description (or in the same sentence), is one of those raids.
 */
function airContext<T extends SentenceEvents>(list: T[]): T[] {
  const out: T[] = [];
  list.forEach((s, i) => {
    const raid = (ev: EventMention): boolean => {
      if (
        ev.type !== "missile_strike" &&
        !(ev.type === "attack" && /^(?:strikes?|struck|raids?)$/i.test(ev.text))
      )
        return false;
      if (GROUND_RE.test(s.sentence.text)) return false;
      // Aircraft seen ("reconnaissance aircraft circled the area after the strike") did not strike.
      if (AIR_CONTEXT_RE.test(s.sentence.text) && !SIGHTING_RE.test(s.sentence.text)) return true;
      // The sentences before, as this pass has already refined them.
      for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
        const p = out[j]!;
        if (GROUND_RE.test(p.sentence.text)) return false;
        if (p.events.some((e) => !e.period && (e.type === "air_strike" || e.type === "barrel_bomb")))
          return true;
      }
      return false;
    };
    out.push(
      s.events.some(raid)
        ? { ...s, events: s.events.map((ev) => (raid(ev) ? { ...ev, type: "air_strike" as const } : ev)) }
        : s,
    );
  });
  return out;
}

/**
 * The triggers of every sentence of a report, refined (see the module header); the input is not changed.
 * @param list sentences with their triggers and dates, in text order
 */
export function refineEvents<T extends SentenceEvents>(
  list: T[],
  roled: RoledActor[],
  publishedAt: string | null,
): T[] {
  return airContext(foreignAirStrikes(markBackground(list, publishedAt), roled));
}

/**
 * Whether a place of the sentence belongs to a background attack: it follows a background trigger
 * with no live trigger in between ("the 2019 chemical attack on A, ... shelled B" → A is background).
 */
export function inBackground(events: EventMention[], at: number): boolean {
  let last: EventMention | null = null;
  for (const ev of events) if (ev.end <= at && (!last || ev.start > last.start)) last = ev;
  return last?.background === true;
}
