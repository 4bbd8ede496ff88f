/**
 * Claim drafts (claims with their evidence offsets still attached to each value), merging of drafts
 * for the same place and day, and conversion to the public IncidentClaim with evidence spans whose
 * text always equals `report.text.slice(start, end)`.
 */
import type { CountRange, EventTypeCode, IncidentClaim, Span } from "../../domain/claim.js";
import { type DateMention, isUnresolvedToday } from "./dates/find-dates.js";
import { boundedMemo } from "../../knowledge/bounded-memo.js";
import { EVENT_TYPES } from "./event-lexicon.js";
import { bestEventType } from "./find-events.js";
import { ANCHOR_GEO_PRECISION, type ResolvedPlace } from "./resolved-place.js";
import type { Found, TargetCategory, VictimGroup } from "./find-victims.js";

export interface ClaimDraft {
  eventType: EventTypeCode;
  trigger: { start: number; end: number } | null;
  place: ResolvedPlace;
  perpetrators: {
    actorId: string | null;
    name: string;
    mention: string;
    role: "primary" | "alleged_assoc";
    start: number;
    end: number;
  }[];
  targets: Found<TargetCategory>[];
  victimGroups: Found<VictimGroup>[];
  doubleTap: Found<true> | null;
  groupId: string | null;
  casualties: {
    killed: CountRange | null;
    injured: CountRange | null;
    unspecified: CountRange | null;
    scope: "incident" | "group";
    text: string;
    start: number;
    end: number;
    update: boolean;
    /** Counted over the place and its unnamed surroundings ("in A and surrounding villages"). */
    broad?: boolean;
    /** Counts told in a later sentence about the same group ("…, killing and injuring a number of them"). */
    extra?: { start: number; end: number; text: string }[];
  } | null;
  date: DateMention | null;
  attributedTo: { name: string; start: number; end: number }[];
  modality: "reported" | "alleged" | "denied";
  sentence: number;
}

/** An evidence span; its text is always the report text at those offsets. */
export function spanOf(text: string, field: string, start: number, end: number): Span {
  return { field, start, end, text: text.slice(start, end) };
}

/**
 * Loose keys of names already seen: merging compares every pair of a report's drafts, so the same few
 * names are keyed thousands of times (16,000 calls for 360 names over 300 reports). Bounded, for workers.
 */
/** A spelling-tolerant key for unresolved names: "Deir Sonbul" and "Deir Sonbol" agree. */
export const looseNameKey = boundedMemo(computeLooseNameKey, 20_000);

function computeLooseNameKey(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/^(?:al|el|ad|ash|as|at|ar|an|az)[-\s]/, "")
    .replace(/[^a-z]/g, "")
    .replace(/(?<=.)[aeiou]/g, "")
    .replace(/(.)\1+/g, "$1");
}

/**
 * A word's closing "-ah" or "-eh" written as "-a" or "-e": one Arabic ending (tā' marbūṭa) spelt two
 * ways, "Shninah" and "Shanina", "Raqqah" and "Raqqa".
 */
const withoutClosingH = (name: string) => name.replace(/(?<=[aeAE])h(?![\p{L}])/gu, "");

/**
 * One name: the same loose key, also once a closing "-ah" is read as "-a", or (for longer names, where a
 * collision is unlikely) the same looser one.
 */
function sameSpelling(a: string, b: string): boolean {
  const loose = looseNameKey(a);
  if (loose.length > 2 && loose === looseNameKey(b)) return true;
  const folded = looseNameKey(withoutClosingH(a));
  if (folded.length > 2 && folded === looseNameKey(withoutClosingH(b))) return true;
  const spelt = spellingKey(a);
  return spelt.length >= 5 && spelt === spellingKey(b);
}

/**
 * A looser key still, for two spellings of one unresolved name in one report: the glides and the "h"
 * of digraphs vary between transliterations ("Khan Shaykoun", "Khan Shaykhoun").
 */
function spellingKey(name: string): string {
  return looseNameKey(name)
    .replace(/(?<=.)[hwy]/g, "")
    .replace(/(.)\1+/g, "$1");
}

/** The place a draft is at: its gazetteer or region entry, else its name's loose key. */
export function placeKey(d: ClaimDraft): string {
  return d.place.entry?.id ?? d.place.regionEntry?.id ?? `~${looseNameKey(d.place.candidate.mention)}`;
}

/** An unknown part of a city: a name the text calls a neighbourhood, quarter or district. */
const isQuarter = (d: ClaimDraft) => !d.place.entry && d.place.candidate.shape === "neighbourhood";

/**
 * Two unknown neighbourhoods of one governorate told by one report are parts of one city (ACLED codes
 * an event in a city's districts to the city: one incident per city and day).
 */
function sameCity(a: ClaimDraft, b: ClaimDraft): boolean {
  return isQuarter(a) && isQuarter(b) && a.place.admin1 !== null && a.place.admin1 === b.place.admin1;
}

/** The governorate's namesake city ("Aleppo" in Aleppo): the city whose districts reports name. */
const isNamesakeCity = (d: ClaimDraft) =>
  d.place.entry?.kind === "settlement" &&
  d.place.entry.admin1 !== null &&
  looseNameKey(d.place.entry.name) === looseNameKey(d.place.entry.admin1);

/**
 * An unknown quarter and its governorate's namesake city on one stated day are one incident, the city's
 * ("in the Al Saleheen district of Aleppo city on 9 July 2016 … the 9 July 2016 Al Saleheen attack").
 */
function quarterOf(quarter: ClaimDraft, city: ClaimDraft): boolean {
  return (
    isQuarter(quarter) &&
    isNamesakeCity(city) &&
    quarter.place.admin1 === city.place.admin1 &&
    quarter.date?.precision === "day" &&
    city.date?.precision === "day" &&
    sameDay(quarter.date, city.date)
  );
}

/** The month and day of a date told to the day, with or without its year ("08-06"); else null. */
function monthDayOf(d: DateMention): string | null {
  if (d.monthDay !== undefined) return d.monthDay;
  const oneDay = d.precision === "day" && d.startDate !== null && d.startDate === (d.endDate ?? d.startDate);
  return oneDay ? d.startDate!.slice(5) : null;
}

/**
 * Same day as far as the text tells: unknown dates, or overlapping day ranges / relative windows. Two
 * weekdays of a text without a publication date are the same day only by the same name, and a weekday
 * is not today ("on Monday … this morning"): news names today "today", a day of the past week by its
 * weekday. Alike, a day told without a year ("on August 6", no publication date) is the same day as
 * another only by the same month and day, with or without a year.
 */
export function sameDay(a: DateMention | null, b: DateMention | null): boolean {
  if (!a || !b) return true;
  if (a.monthDay !== undefined || b.monthDay !== undefined) {
    const [x, y] = [monthDayOf(a), monthDayOf(b)];
    if (x !== null && y !== null) return x === y;
  }
  if (a.weekday !== undefined || b.weekday !== undefined) {
    if (a.weekday !== undefined && b.weekday !== undefined) return a.weekday === b.weekday;
    const other = a.weekday === undefined ? a : b;
    if (isUnresolvedToday(other)) return false;
  }
  if (a.startDate && b.startDate) {
    const aEnd = a.endDate ?? a.startDate;
    const bEnd = b.endDate ?? b.startDate;
    return a.startDate <= bEnd && b.startDate <= aEnd;
  }
  if (a.relative && b.relative)
    return a.relative.fromDays <= b.relative.toDays && b.relative.fromDays <= a.relative.toDays;
  return true;
}

/**
 * `day` is a day-precise date that `coarse` (a month, week or window holding it) only tells
 * more vaguely: "two attacks on A in March 2017 … on 25 March 2017".
 */
function finerDay(day: DateMention | null, coarse: DateMention): boolean {
  if (!day || day.precision !== "day" || (day.startDate === null && day.relative === null)) return false;
  return coarse.precision !== "day" && coarse.weekday === undefined && sameDay(coarse, day);
}

function mergeRange(a: CountRange | null, b: CountRange | null): CountRange | null {
  if (!a) return b;
  if (!b) return a;
  return b.min > a.min ? b : a;
}

/** "the countryside of X", "X countryside": a claim placed in the area around a town, not in the town. */
export const isTownArea = (d: ClaimDraft): boolean =>
  d.place.role === "settlement" && d.place.candidate.role === "area-of";

function mergeInto(a: ClaimDraft, b: ClaimDraft): void {
  // The town itself, told too, places the claim ("shelling on the countryside of X … hit X town").
  if (isTownArea(a) && !isTownArea(b)) a.place = b.place;
  a.eventType = bestEventType([a.eventType, b.eventType]);
  if (a.eventType === b.eventType && !a.trigger) a.trigger = b.trigger;
  for (const p of b.perpetrators)
    if (!a.perpetrators.some((x) => (x.actorId ?? x.name) === (p.actorId ?? p.name))) a.perpetrators.push(p);
  for (const t of b.targets) if (!a.targets.some((x) => x.value === t.value)) a.targets.push(t);
  for (const g of b.victimGroups)
    if (!a.victimGroups.some((x) => x.value === g.value)) a.victimGroups.push(g);
  a.doubleTap ??= b.doubleTap;
  // A vaguer date (none, a month, a week) folds into the day told of the same place, so that another
  // day at the place stays another incident (ACLED: one event per place per day).
  if (!a.date || finerDay(b.date, a.date)) a.date = b.date ?? a.date;
  for (const s of b.attributedTo) if (!a.attributedTo.some((x) => x.name === s.name)) a.attributedTo.push(s);
  if (!a.casualties) a.casualties = b.casualties;
  else if (b.casualties) {
    const ca = a.casualties;
    const cb = b.casualties;
    // A per-place toll beats a joint one or one counted with the surroundings; an update replaces;
    // otherwise keep the larger figure.
    const own = (c: typeof ca) => c.scope === "incident" && !c.broad;
    if ((ca.scope === "group" && cb.scope === "incident") || (ca.broad && own(cb))) a.casualties = cb;
    else if (!(ca.scope === "incident" && cb.scope === "group") && !(own(ca) && cb.broad)) {
      a.casualties = cb.update
        ? { ...ca, ...cb, killed: cb.killed ?? ca.killed, injured: cb.injured ?? ca.injured }
        : {
            // The wording is the one whose deaths are kept.
            ...(mergeRange(ca.killed, cb.killed) === cb.killed && cb.killed !== ca.killed
              ? { ...withoutExtra(ca), text: cb.text, start: cb.start, end: cb.end, ...extraOf(cb) }
              : ca),
            killed: mergeRange(ca.killed, cb.killed),
            injured: mergeRange(ca.injured, cb.injured),
            unspecified: mergeRange(ca.unspecified, cb.unspecified),
          };
    }
  }
}

type Toll = NonNullable<ClaimDraft["casualties"]>;
/** A toll without the wordings it added from later sentences. */
const withoutExtra = ({ extra: _extra, ...rest }: Toll): Toll => rest;
/** The wordings a toll added from later sentences, to go with its own wording. */
const extraOf = (t: Toll): Pick<Toll, "extra"> => (t.extra ? { extra: t.extra } : {});

/**
 * Merge drafts naming the same place on the same day (or when one of them has no date, the vaguer
 * date giving way to the day), and drop
 * region- or governorate-level drafts that only summarise settlement claims in the same governorate
 * (by the same attackers, or detailed right after without an attacker of their own).
 */
export function mergeDrafts(drafts: ClaimDraft[]): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  for (const d of drafts) {
    const k = placeKey(d);
    // A name the gazetteer resolved once and left unresolved another time ("Qarah area", "Qarah
    // neighbourhood"), or spelt two ways, is one place of this report.
    const same =
      out.find((o) => placeKey(o) === k && sameDay(o.date, d.date)) ??
      out.find((o) => sameCity(o, d) && sameDay(o.date, d.date)) ??
      out.find(
        (o) =>
          (!o.place.entry || !d.place.entry) &&
          sameSpelling(o.place.candidate.mention, d.place.candidate.mention) &&
          sameDay(o.date, d.date),
      );
    const city = same ? undefined : out.find((o) => quarterOf(d, o));
    const quarter = same || city ? -1 : out.findIndex((o) => quarterOf(o, d));
    if (same) mergeInto(same, d);
    else if (city) mergeInto(city, d);
    else if (quarter >= 0) {
      // The city told after its quarter takes the quarter's facts and its place in the order.
      const merged = { ...d, perpetrators: [...d.perpetrators], targets: [...d.targets] };
      merged.victimGroups = [...d.victimGroups];
      merged.attributedTo = [...d.attributedTo];
      mergeInto(merged, out[quarter]!);
      out[quarter] = merged;
    } else
      out.push({
        ...d,
        perpetrators: [...d.perpetrators],
        targets: [...d.targets],
        victimGroups: [...d.victimGroups],
        attributedTo: [...d.attributedTo],
      });
  }
  return out.filter((d) => {
    if (d.place.role === "settlement" || d.place.precision === "settlement") return true;
    const ids = d.perpetrators.map((p) => p.actorId ?? p.name);
    const sameAttackers = (o: ClaimDraft) =>
      ids.every((id) => o.perpetrators.some((p) => (p.actorId ?? p.name) === id));
    const details = out.filter(
      (o) =>
        o !== d &&
        o.place.role === "settlement" &&
        o.place.admin1 !== null &&
        o.place.admin1 === d.place.admin1 &&
        (sameAttackers(o) || detailsAfter(d, o)) &&
        !moreDeathsThan(o, d),
    );
    // The summary's day dates the details told right after that state none of their own; its toll is
    // the toll of the one place it details when that place has none ("At least nine were killed in
    // strikes on Idlib. The attack targeted a market in X").
    // The summary's attackers and means are theirs too when they name none ("… killed in an artillery strike by
    // the regime in Idlib province. … the area, the village of A, after the strike").
    const told = details.filter((o) => {
      const gap = o.sentence - d.sentence;
      return gap > 0 && gap <= 3;
    });
    for (const o of told) {
      o.date ??= d.date;
      if (o.perpetrators.length === 0) o.perpetrators = d.perpetrators.map((p) => ({ ...p }));
      if (!EVENT_TYPES[o.eventType].means && EVENT_TYPES[d.eventType].means) o.eventType = d.eventType;
    }
    // The one place detailed right after (else the only place detailed) takes the summary's toll.
    const [only] = told.length === 1 ? told : details.length === 1 ? details : [];
    if (only && !only.casualties && d.casualties?.scope === "incident") only.casualties = d.casualties;
    return details.length === 0;
  });
}

/** A place that lost more lives than the summary counts is no detail of it (another attack). */
function moreDeathsThan(detail: ClaimDraft, summary: ClaimDraft): boolean {
  const a = detail.casualties?.killed;
  const b = summary.casualties?.killed;
  return !!a && !!b && b.max !== null && a.min > b.max;
}

/**
 * A settlement claim told within the next three sentences without an attacker of its own details the
 * summary before it ("23 civilians were killed in raids on the Aleppo countryside. In A, seven …").
 */
function detailsAfter(summary: ClaimDraft, detail: ClaimDraft): boolean {
  const gap = detail.sentence - summary.sentence;
  return gap > 0 && gap <= 3 && detail.perpetrators.length === 0;
}

/** Gazetteer kinds that are larger regions, not places: ACLED geo_precision 3. */
const LARGE = new Set(["admin2", "admin1", "country"]);

/** The claim's place: the gazetteer's coordinates, else the anchor's, with ACLED's geo_precision. */
function claimPlace(p: ResolvedPlace): IncidentClaim["place"] {
  const point = p.entry ?? p.anchor;
  const a = p.entry ? null : p.anchor;
  return {
    mention: p.candidate.mention,
    name: p.entry?.name ?? null,
    gazetteerId: p.entry?.id ?? null,
    lat: point?.lat ?? null,
    lon: point?.lon ?? null,
    admin1: p.admin1,
    admin2: p.admin2,
    country: p.country ?? (p.admin1 ? "SY" : null),
    precision: p.precision,
    ...(p.adminCandidates && p.adminCandidates.length > 0 ? { adminCandidates: [...p.adminCandidates] } : {}),
    ...(point
      ? { geoPrecision: a ? ANCHOR_GEO_PRECISION[a.relation] : p.entry && LARGE.has(p.entry.kind) ? 3 : 1 }
      : {}),
    ...(a
      ? {
          anchor: {
            relation: a.relation,
            mention: a.mention,
            name: a.name,
            gazetteerId: a.gazetteerId,
            ...(a.offset ? { offset: { ...a.offset } } : {}),
          },
        }
      : {}),
  };
}

/** The public toll: a joint toll of several places leaves each place's own counts unknown. */
function claimCasualties(c: ClaimDraft["casualties"]): IncidentClaim["casualties"] {
  if (!c) return { killed: null, injured: null, unspecified: null, scope: "incident", text: null };
  const text = [c.text, ...(c.extra ?? []).map((x) => x.text)].join(" … ");
  const counts = { killed: c.killed, injured: c.injured, unspecified: c.unspecified };
  if (c.scope === "incident") return { ...counts, scope: "incident", text };
  return { killed: null, injured: null, unspecified: null, scope: "group", text, group: counts };
}

/** Convert a draft to the public claim, with one evidence span per filled field. */
export function toIncidentClaim(text: string, d: ClaimDraft): IncidentClaim {
  const ev: Span[] = [];
  const add = (field: string, start: number, end: number) => {
    if (start >= 0 && end > start && end <= text.length) ev.push(spanOf(text, field, start, end));
  };
  if (d.trigger) add("eventType", d.trigger.start, d.trigger.end);
  const p = d.place;
  add("place", p.candidate.start, p.candidate.end);
  if (d.date) add("date", d.date.start, d.date.end);
  for (const x of d.perpetrators) add("perpetrators", x.start, x.end);
  for (const t of d.targets) add("targets", t.start, t.end);
  for (const g of d.victimGroups) add("victimGroups", g.start, g.end);
  if (d.casualties) add("casualties", d.casualties.start, d.casualties.end);
  for (const x of d.casualties?.extra ?? []) add("casualties", x.start, x.end);
  for (const a of d.attributedTo) add("attributedTo", a.start, a.end);
  if (d.doubleTap) add("doubleTap", d.doubleTap.start, d.doubleTap.end);
  const claim: IncidentClaim = {
    eventType: d.eventType,
    acled: { ...EVENT_TYPES[d.eventType].acled },
    date: d.date
      ? {
          start: d.date.startDate,
          end: d.date.endDate,
          precision: d.date.precision,
          text: d.date.text,
          relative: d.date.relative,
        }
      : { start: null, end: null, precision: "unknown", text: null, relative: null },
    place: claimPlace(p),
    perpetrators: d.perpetrators.map((x) => ({
      actorId: x.actorId,
      name: x.name,
      mention: x.mention,
      role: x.role,
    })),
    targets: d.targets.map((t) => t.value),
    victimGroups: d.victimGroups.map((g) => g.value),
    groupId: d.groupId,
    casualties: claimCasualties(d.casualties),
    attributedTo: [...new Set(d.attributedTo.map((a) => a.name))],
    modality: d.modality,
    evidence: ev,
  };
  if (d.doubleTap) claim.doubleTap = true;
  return claim;
}
