/**
 * Extraction for reports written in Arabic, as passes over data flowing forward:
 * sentences (arabic-sentences.ts) → facts per sentence (attack words, attackers, tolls and days from
 * arabic-facts.ts; places from arabic-places.ts, homonyms ranked by the governorates named so far) →
 * drafts (arabic-claims.ts: a draft per attacked place, tolls that follow their attack) → merge (one
 * claim per place per day; a governorate or region claim dropped when a claim at a place inside it
 * tells the attack) → claims of the same shape as the English path's, evidence spans into
 * `report.text`. A text that tells no attack under a headline that tells one at a place yields the
 * headline's claims, their spans in `titleEvidence`. Each sentence is read once, on its own, so cost
 * is linear in the text's length.
 */
import type { ActorLookup } from "../../../domain/actors.js";
import type { IncidentClaim, Span } from "../../../domain/claim.js";
import type { PlaceLookup } from "../../../domain/places.js";
import type { Report } from "../../../domain/report.js";
import { EVENT_TYPES } from "../event-lexicon.js";
import { bestEventType } from "../find-events.js";
import {
  findArabicDates,
  findArabicEvents,
  findArabicPerpetrators,
  findArabicTolls,
} from "./arabic-facts.js";
import {
  followingTolls,
  placeKeyOf,
  sentenceDrafts,
  type ArabicDraft,
  type SentenceFacts,
  type TextSpan,
} from "./arabic-claims.js";
import { monthNameSpans } from "./arabic-dates.js";
import { backgroundMark, deniedLinks } from "./arabic-events.js";
import { splitArabicWords } from "./arabic-words.js";
import { findArabicPlaces } from "./arabic-places.js";
import { splitArabicSentences } from "./arabic-sentences.js";

/**
 * Letters without which a sentence names no two-word month (تشرين، كانون), denies no link (علاقة،
 * صلة، وليس) and turns to no background (كان، سبق، سابق): a cheap test before reading its words again.
 */
const MAY_SCOPE = /تشرين|كانون|علاق|صل[ةه]|وليس|كان|سبق|سابق/;

/** A year named as such: "في عام 2016", "خلال العام 2013", "سنة 2019". */
const NAMED_YEAR = /(?<![\u0621-\u064A])(?:عام|العام|سنة|السنة|سنه|السنه)\s+((?:19|20)\d{2})(?!\d)/g;

/**
 * Offsets of the years a sentence names that ended over {@link PERIOD_DAYS} days before the report's
 * publication ("وفي عام 2016 قصفت الطائرات مدينة A" in a report of 2024): an act told in their clause
 * is history, not the report's news (the English path's past periods). None without a publication
 * date.
 */
function pastYears(sentence: string, publishedAt: string | null): number[] {
  if (!publishedAt || !/(?:19|20)\d\d/.test(sentence)) return [];
  const published = Date.parse(`${publishedAt.slice(0, 10)}T00:00:00Z`);
  return [...sentence.matchAll(NAMED_YEAR)]
    .filter((m) => Date.parse(`${Number(m[1]) + 1}-01-01T00:00:00Z`) + PERIOD_DAYS * 86_400_000 <= published)
    .map((m) => m.index);
}

/** What each sentence of a text says. */
function readFacts(
  text: string,
  places: PlaceLookup,
  actors: ActorLookup,
  publishedAt: string | null,
): SentenceFacts[] {
  // Governorates named so far, the latest last, and the points of the last sentence's places.
  let governorates: string[] = [];
  // The governorates of those the report placed itself in without a bare one-word name (which may be a
  // common word: "إلى صور قديمة", to old pictures, is not the village Sur).
  const frame: string[] = [];
  let near: { lat: number; lon: number }[] = [];
  return splitArabicSentences(text).map(({ start, end, paragraph }) => {
    const sentence = text.slice(start, end);
    const tolls = findArabicTolls(sentence);
    // A toll's first word is no place ("أدى إلى مقتله" is not the village Maqtala).
    const firstWordEnd = (t: { start: number; text: string }) =>
      t.start + (t.text.split(/\s/)[0] ?? "").length;
    // A word of a date or a month's name is no place either ("في تشرين الأول" is not Tishrine).
    const dates = findArabicDates(sentence, publishedAt);
    // One reading of the sentence's words serves the month names, denied clauses and background, made
    // only for a sentence holding one of their words.
    const worded = MAY_SCOPE.test(sentence) ? splitArabicWords(sentence) : null;
    const months = worded ? monthNameSpans(worded) : [];
    // A clause denying a link to another attack names neither an attack nor a place of the story.
    const denied = worded ? deniedLinks(worded) : [];
    const inDenied = (x: { start: number; end: number }) =>
      denied.some((d) => x.start < d.end && d.start < x.end);
    // Places are read with the denied clauses blanked (same offsets), so that their governorates do
    // not rank the story's homonyms either.
    let placeText = sentence;
    for (const d of denied)
      placeText = placeText.slice(0, d.start) + " ".repeat(d.end - d.start) + placeText.slice(d.end);
    const found = findArabicPlaces(placeText, places, { admin1: governorates, near, frame }).filter(
      (p) =>
        !tolls.some((t) => p.start < firstWordEnd(t) && t.start < p.end) &&
        ![...dates, ...months].some((d) => p.start < d.end && d.start < p.end),
    );
    const told = found.filter((p) => p.role !== "context" && p.place.admin1 !== null);
    if (told.length > 0) {
      const named = told.map((p) => p.place.admin1!);
      governorates = [...governorates.filter((g) => !named.includes(g)), ...new Set(named)];
      for (const p of told) if (!p.bare && !frame.includes(p.place.admin1!)) frame.push(p.place.admin1!);
      const points = told.filter((p) => p.place.geoPrecision !== undefined && p.place.geoPrecision < 3);
      if (points.length > 0) near = points.map((p) => ({ lat: p.place.lat!, lon: p.place.lon! }));
    }
    const clauseMarks = [...sentence.matchAll(/[،,؛;]/g)].map((m) => m.index);
    const years = pastYears(sentence, publishedAt);
    const clauseOf = (at: number) => clauseMarks.filter((m) => m < at).length;
    const inPastYear = (e: { start: number }) => years.some((y) => clauseOf(y) === clauseOf(e.start));
    return {
      start,
      paragraph,
      events: findArabicEvents(sentence).map((e) =>
        inDenied(e) || inPastYear(e) ? { ...e, untold: true } : e,
      ),
      background: worded ? backgroundMark(worded) : null,
      places: found,
      perpetrators: findArabicPerpetrators(sentence, actors),
      tolls,
      dates,
      clauseMarks,
      text: sentence,
    };
  });
}

/** Same day as far as the text tells: an unknown day is any day. */
function sameDay(a: ArabicDraft["date"], b: ArabicDraft["date"]): boolean {
  if (!a?.start || !b?.start) return true;
  return a.start <= (b.end ?? b.start) && b.start <= (a.end ?? a.start);
}

/** The larger toll: one of this place's own beats a joint one; else the larger deaths, then injuries. */
function betterToll(a: ArabicDraft["toll"], b: ArabicDraft["toll"]): ArabicDraft["toll"] {
  if (!a || !b) return a ?? b;
  if (a.scope !== b.scope) return a.scope === "incident" ? a : b;
  const rank = (t: NonNullable<ArabicDraft["toll"]>) => [t.killed?.min ?? -1, t.injured?.min ?? -1] as const;
  const [ak, ai] = rank(a);
  const [bk, bi] = rank(b);
  return bk > ak || (bk === ak && bi > ai) ? b : a;
}

function mergeInto(a: ArabicDraft, b: ArabicDraft): void {
  const type = bestEventType([a.eventType, b.eventType]);
  if (type !== a.eventType) [a.eventType, a.trigger] = [type, b.trigger];
  for (const p of b.perpetrators)
    if (!a.perpetrators.some((x) => (x.actorId ?? x.name) === (p.actorId ?? p.name))) a.perpetrators.push(p);
  if (!a.date?.start && b.date?.start) [a.date, a.dateSpan] = [b.date, b.dateSpan];
  const toll = betterToll(a.toll, b.toll);
  if (toll !== a.toll) [a.toll, a.groupId] = [toll, b.groupId];
  a.victimGroups = [...new Set([...a.victimGroups, ...b.victimGroups])];
  a.targets = [...new Set([...a.targets, ...b.targets])];
}

/**
 * One draft per place per day (a draft without a day folds into the place's first), and no governorate
 * or region draft where a draft at a place inside it tells the attack too (a coarse twin).
 */
export function mergeArabicDrafts(drafts: readonly ArabicDraft[]): ArabicDraft[] {
  const byPlace = new Map<string, ArabicDraft[]>();
  const out: ArabicDraft[] = [];
  for (const d of drafts) {
    const key = placeKeyOf(d.place);
    const kept = byPlace.get(key) ?? [];
    const same = kept.find((k) => sameDay(k.date, d.date));
    if (same) mergeInto(same, d);
    else {
      const copy = { ...d, perpetrators: [...d.perpetrators] };
      kept.push(copy);
      out.push(copy);
      byPlace.set(key, kept);
    }
  }
  const coarse = (d: ArabicDraft) => d.place.precision === "admin1" || d.place.precision === "admin2";
  const detailed = new Set(out.filter((d) => !coarse(d) && d.place.admin1).map((d) => d.place.admin1));
  return out.filter((d) => !coarse(d) || !detailed.has(d.place.admin1));
}

/** The public claim of a draft, with one evidence span per filled field. */
function toClaim(text: string, d: ArabicDraft): IncidentClaim {
  const evidence: Span[] = [];
  const add = (field: string, s: TextSpan | null) => {
    if (s && s.end > s.start && s.end <= text.length)
      evidence.push({ field, start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  };
  add("eventType", d.trigger);
  add("place", d.placeSpan);
  add("date", d.dateSpan);
  for (const p of d.perpetrators) add("perpetrators", p);
  for (const s of d.toll?.spans ?? []) add("casualties", s);
  if (d.victimGroups.length > 0) add("victimGroups", d.toll?.spans[0] ?? null);
  if (d.targets.length > 0) add("targets", d.toll?.spans[0] ?? null);
  const toll = d.toll;
  const counts = toll && { killed: toll.killed, injured: toll.injured, unspecified: toll.unspecified };
  const tollText = toll ? toll.spans.map((s) => text.slice(s.start, s.end)).join(" … ") : null;
  return {
    eventType: d.eventType,
    acled: { ...EVENT_TYPES[d.eventType].acled },
    date: d.date ?? { start: null, end: null, precision: "unknown", text: null, relative: null },
    place: d.place,
    perpetrators: d.perpetrators.map(({ actorId, name, mention, role }) => ({
      actorId,
      name,
      mention,
      ...(role ? { role } : {}),
    })),
    targets: [...d.targets],
    victimGroups: [...d.victimGroups],
    groupId: d.groupId,
    casualties:
      !toll || !counts
        ? { killed: null, injured: null, unspecified: null, scope: "incident", text: null }
        : toll.scope === "incident"
          ? { ...counts, scope: "incident", text: tollText }
          : { killed: null, injured: null, unspecified: null, scope: "group", text: tollText, group: counts },
    attributedTo: [],
    modality: "reported",
    evidence,
  };
}

/** Claims of one text read on its own. */
function claimsOf(
  text: string,
  places: PlaceLookup,
  actors: ActorLookup,
  publishedAt: string | null,
): IncidentClaim[] {
  const facts = readFacts(text, places, actors, publishedAt);
  const drafts = followingTolls(facts, sentenceDrafts(facts));
  return withoutPastPeriods(mergeArabicDrafts(drafts), facts, publishedAt).map((d) => toClaim(text, d));
}

/** How far before the report's time a period may begin and still be the report's news. */
const PERIOD_DAYS = 60;

/**
 * Drafts dated only to a period (a month, a year) that began over {@link PERIOD_DAYS} days before the
 * report's time (its publication, else the latest day it tells) are a past period or a citation, not
 * an incident ("عثر على مخلفات مماثلة في موقع غارة في إدلب في أكتوبر 2016" in a report of March
 * 2017), unless the report tells a day inside that period: the English path's report-time rule.
 */
function withoutPastPeriods(
  drafts: ArabicDraft[],
  facts: readonly SentenceFacts[],
  publishedAt: string | null,
): ArabicDraft[] {
  const days = facts.flatMap((f) => f.dates.filter((d) => d.date.precision === "day" && d.date.start));
  const latestDay = days.reduce<string | null>((a, d) => (a && a > d.date.start! ? a : d.date.start), null);
  const reference = publishedAt?.slice(0, 10) ?? latestDay;
  if (!reference) return drafts;
  const cutoff = new Date(Date.parse(`${reference}T00:00:00Z`) - PERIOD_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return drafts.filter((d) => {
    const date = d.date;
    if (!date?.start || date.precision !== "month" || date.start >= cutoff) return true;
    const end = date.end ?? date.start;
    return days.some((x) => x.date.start! >= date.start! && x.date.start! <= end);
  });
}

/** Place precisions a headline claim may have: a settlement, or a place located by a known town. */
const HEADLINE_PRECISIONS = new Set(["settlement", "near"]);

/**
 * Incident claims of one Arabic report.
 * @example extractArabicIncidents(report, places, actors)[0].place.name // "Abu Rasin"
 */
export function extractArabicIncidents(
  report: Report,
  places: PlaceLookup,
  actors: ActorLookup,
): IncidentClaim[] {
  const fromText = claimsOf(report.text, places, actors, report.publishedAt);
  if (fromText.length > 0 || !report.title?.trim()) return fromText;
  // The headline, kept apart from the text, read as a text of one sentence, only at a known place.
  return claimsOf(report.title, places, actors, report.publishedAt)
    .filter((c) => HEADLINE_PRECISIONS.has(c.place.precision))
    .map((c) => ({ ...c, evidence: [], titleEvidence: c.evidence }));
}
