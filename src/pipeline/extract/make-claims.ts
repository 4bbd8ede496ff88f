/**
 * Claims pass: the events, places, dates, casualties, victims and perpetrators of each sentence become
 * claim drafts, one per place (ACLED: one event per place per day). Places described together share a
 * `groupId` and a joint toll is marked `scope: "group"`. Sentences without a trigger (or with only a
 * killing told without its means) still give claims when they name a place and a toll right after an
 * attack description (breakdown bullets "• X town: two children.", "Three children were among 10
 * civilians killed in the village of X"): they inherit that attack's type and perpetrators.
 * Cumulative tallies never make or join claims.
 *
 * The pass reads the report forward, carrying a narrative: the last attack told (its type, families,
 * attackers, toll), the last date stated and the date a list introduction gives. Each sentence returns
 * its claims and the narrative after it; nothing made earlier is changed.
 *
 * Perpetrator carry-over rule: a segment without any attacker inherits the attacker of an earlier
 * segment of the same sentence; failing that, of the previous attack (within three sentences, same
 * paragraph or a bullet list) only when it continues the narrative — it has no trigger of its own,
 * opens with "Meanwhile/Also/Moreover…", or refers back with a definite "the shelling/strike" — and the
 * event family matches; a pronoun subject of the attack verb ("they shelled B") always takes it.
 */
import type { EventTypeCode } from "../../domain/claim.js";
import { adminIsTarget } from "./admin-target.js";
import { attackSites, placedSite } from "./attack-site.js";
import type { CasualtyMention } from "./casualties/find-casualties.js";
import type { ClaimDraft } from "./claim-draft.js";
import { bulletToll, filledToll, pickCasualties, placeTolls } from "./claim-tolls.js";
import type { DateMention } from "./dates/find-dates.js";
import {
  dateBefore,
  dateFromPrevious,
  dateInSentence,
  leadDate,
  listIntroDate,
  speechDate,
} from "./dates/pick-date.js";
import { EVENT_TYPES, JUDICIAL_RE, PERIODIC_SUMMARY_RE } from "./event-lexicon.js";
import { type Segment, isClaimable, segmentSentence } from "./event-segments.js";
import { bestEventType, type EventMention } from "./find-events.js";
import { perpetratorsIn, type RoledActor } from "./find-perpetrators.js";
import { findVictims } from "./find-victims.js";
import { matchesTwoCharsOrMore, testUnlessShort } from "./regex-matches.js";
import type { ResolvedPlace } from "./resolved-place.js";
import type { Sentence } from "./sentences.js";
import { victimOrigin } from "./victim-origin.js";
import { definitePlace } from "./definite-place.js";
import { anotherAttackAt } from "./another-attack.js";

/** What the earlier passes found in one sentence. */
export interface SentenceFacts {
  sentence: Sentence;
  events: EventMention[];
  places: ResolvedPlace[];
  casualties: CasualtyMention[];
  dates: DateMention[];
}

export interface ClaimsInput {
  text: string;
  facts: SentenceFacts[];
  roled: RoledActor[];
  originators: string[];
}

/** The last attack told, as later sentences may continue it. */
interface LastEvent {
  type: EventTypeCode;
  /** The attack was placed only at governorate or region level: a summary that details may follow. */
  regional?: boolean;
  date?: DateMention | null;
  families: Set<string>;
  perpetrators: ClaimDraft["perpetrators"];
  sentence: number;
  paragraph: number;
  /** The toll of an attack told without a place ("A missile strike on a camp killed 12"). */
  toll?: ClaimDraft["casualties"];
  /** Told by a sentence ending in a colon ("… they are as follows:") or by an item of its list. */
  listIntro?: boolean;
  /** The kinds of site an attack told without a place hit ("struck their school"): see attack-site.ts. */
  sites?: string[];
  /** Its one settlement, which a second attack told later without a place refers to (another-attack.ts). */
  place?: ResolvedPlace;
}

/** What the reader carries from one sentence to the next. */
interface Narrative {
  last: LastEvent | null;
  lastDate: DateMention | null;
  listDate: DateMention | null;
  /** Claims made so far (the lead's date only dates the first). */
  made: number;
  /** Settlements given a toll so far (a toll update revises the single one). */
  tollPlaces: ReadonlySet<string>;
  /** The settlement the last sentence that told no attack was about (see `sceneOf`). */
  scene: Scene | null;
}

/** A settlement named by a sentence that tells no attack ("The girls study at a school in the village of A."). */
interface Scene {
  place: ResolvedPlace;
  sentence: number;
  paragraph: number;
  /** Named by the report's dateline or opening label ("QAMISHLI, Syria (North Press) –", "Idlib:"). */
  dateline?: boolean;
}

/** How many sentences into a report its dateline still places an attack told without a place. */
const DATELINE_REACH = 3;

/**
 * The town a report's dateline or opening label names, when the gazetteer knows it: where the report
 * is from, and so where an attack it tells without naming any place happened ("QAMISHLI, Syria (North
 * Press) – A drone struck a car on Monday"). Only until the report names a place of its own.
 */
function datelineScene(f: SentenceFacts, i: number): Scene | null {
  if (i >= DATELINE_REACH) return null;
  const named = f.places.filter((p) => p.candidate.role === "dateline" && p.entry !== null);
  const [only] = named;
  return named.length === 1 && only
    ? { place: { ...only, role: "settlement" }, sentence: i, paragraph: f.sentence.paragraph, dateline: true }
    : null;
}

/**
 * The discourse's current place after sentence `i`: the one settlement it names when it makes no claim
 * (an attack told in the next sentences without a place of its own happened there); none once a claim
 * is made or when it names several settlements.
 */
function sceneAfter(f: SentenceFacts, i: number, made: number, before: Scene | null): Scene | null {
  if (made > 0) return null;
  if (before?.dateline && (f.places.every((p) => !isClaimable(p)) || i - before.sentence >= DATELINE_REACH))
    return i - before.sentence < DATELINE_REACH ? before : null;
  if (f.events.length > 0) return null;
  const named = dedupePlaces(f.places.filter((p) => p.role === "settlement" && p.candidate.role === "place"));
  // Only a place the gazetteer knows: an unknown capitalised word in a sentence without an attack
  // ("a text in Latin") is too weak a scene.
  if (named.length === 1 && named[0]!.entry !== null)
    return { place: named[0]!, sentence: i, paragraph: f.sentence.paragraph };
  return named.length > 0 ? null : before;
}

/** "No attack has been reported", "did not strike": a negated trigger tells no attack. */
const NEGATION_BEFORE_RE =
  /(?<![\p{L}])(?:no|not|never|nor|without)\s+(?:[\p{L}-]+\s+){0,2}$|n['’]t\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * The scene an attack without a place happened in: the current place of the paragraph, named at most
 * two sentences before, when the sentence names no place at all and tells the attack with its own
 * trigger (not a killing told without its means, nor a campaign).
 */
function sceneFor(f: SentenceFacts, seg: Segment, i: number, n: Narrative): ResolvedPlace[] {
  const scene = n.scene;
  if (!scene) return [];
  if (scene.dateline) {
    if (n.made > 0 || i - scene.sentence >= DATELINE_REACH || f.places.some(isClaimable)) return [];
  } else if (scene.paragraph !== f.sentence.paragraph || i - scene.sentence > 2 || f.places.length > 0)
    return [];
  return tellsOwnAttack(f, seg) ? [scene.place] : [];
}

/** The segment tells an attack with its own trigger (not a killing told without its means, a campaign or a denial). */
function tellsOwnAttack(f: SentenceFacts, seg: Segment): boolean {
  return seg.events.some(
    (e) =>
      !e.implicit &&
      !e.period &&
      !e.background &&
      e.modality !== "denied" &&
      !NEGATION_BEFORE_RE.test(
        f.sentence.text.slice(Math.max(0, e.start - f.sentence.start - 30), e.start - f.sentence.start),
      ),
  );
}

/** The claims of one sentence and the number of settlements with a toll after it. */
export interface SentenceClaims {
  claims: ClaimDraft[];
  tollPlaces: number;
}

/** A sentence that goes on with the attack just told ("Meanwhile …", "The shelling …"). */
export const CONTINUATION_RE =
  /^\W*(?:meanwhile|also|moreover|furthermore|in addition|additionally|the (?:[\w-]+ ){0,2}(?:shelling|strike|strikes|attack|bombardment|raid|shells?|rockets?|missiles?|barrage|barrel bombs?|bombs?|explosion|blast))\b/i;
/** A sentence whose subject "also" did something ("They also …", "The helicopters also …"). */
const ALSO_OPENING_RE = /^\W*(?:(?:they|it|the\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+)?also\s/iu;
const ALLEGED_RE = /\b(?:alleged(?:ly)?|accused|accusing|claimed|claims|purported(?:ly)?)\b/i;
const TOLL_WORDS_RE = /\b(?:killed|dead|deaths?|fatalities|died|martyrs?|breakdown|victims)\b/i;
/** A sentence telling an attack just told in more detail ("The missile slammed into tents near A"). */
export const DETAIL_RE =
  /^\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}(?:shelling|strikes?|attacks?|bombardment|raid|shells?|rockets?|missiles?|barrage|barrel\s+bombs?|bombs?|bombing|explosion|blast|car|vehicle|device|motorcycle|drone|clashes|assault|massacre)\b/i;

/**
 * A sentence whose subject refers back to the dead of the attack just told ("The two were killed in
 * A", "The victims died in A"): it places that attack, with its means, attackers and toll.
 */
const VICTIMS_BACK_RE =
  /^\W*(?:the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|victims|dead|deceased)|both|they|all\s+(?:of\s+them|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)))\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:\p{L}+ly\s+)?(?:killed|died|martyred)(?![\p{L}])/iu;

/**
 * A site owned by persons a pronoun refers back to ("… were killed. An airstrike hit their family
 * home in A", "Others were injured when their house in A was struck"): the persons are the victims the
 * sentence before counted, so the attack it places is theirs.
 */
const VICTIMS_SITE_RE =
  /(?<![\p{L}])(?:their|his|her)\s+(?:(?:family|own|residential)\s+)?(?:homes?|houses?|buildings?|apartments?|residences?|shelters?|tents?|cars?|vehicles?)(?![\p{L}])/iu;

/**
 * "published a report about this on 30 June 2017", "issued its findings on …": the day a document came
 * out, not the day of the attack it is about.
 */
const PUBLICATION_BEFORE_RE =
  /(?<![\p{L}])(?:published|issued|released|presented)\s+(?:a|an|its|their|his|her|the)\s+(?:[\p{L}-]+\s+){0,2}(?:report|statement|study|investigation|findings|analysis|article|video|footage|images?|photos?)(?:\s+(?:about|on|into|of)\s+(?:this|it|that|the\s+[\p{L}-]+))?\s*,?\s*(?:on\s+)?$/iu;

function isPublicationDate(text: string, d: DateMention): boolean {
  return PUBLICATION_BEFORE_RE.test(text.slice(Math.max(0, d.start - 80), d.start));
}

/**
 * "clashes … between X and Y against Z": the sides of a clash told earlier in the sentence fought each
 * other; neither is thereby the attacker of a strike the sentence tells next ("…, while warplanes
 * carried out raids on A"). The clause runs until a word that opens another one.
 */
const CLASH_SIDES_BEFORE_RE =
  /\b(?:clash(?:es)?|fighting|battles?|confrontations?|engagements?)\b[^.;]{0,200}?\bbetween\s+(?:(?!\b(?:while|whereas|amid|after|when|as)\b)[^.;])*$/i;

function isClashParty(text: string, s: Sentence, a: { start: number }): boolean {
  return CLASH_SIDES_BEFORE_RE.test(text.slice(Math.max(s.start, a.start - 300), a.start));
}

/** Families of event types that one narrative may continue: air, ground fire, each means, generic. */
export function family(t: EventTypeCode): string {
  if (t === "air_strike" || t === "drone_strike" || t === "barrel_bomb") return "air";
  if (t === "shelling" || t === "missile_strike") return "fire";
  return EVENT_TYPES[t].means ? t : "generic";
}

export function toPerps(list: ReturnType<typeof perpetratorsIn>): ClaimDraft["perpetrators"] {
  return list.map((p) => ({
    actorId: p.actor.actor?.id ?? null,
    name: p.actor.name,
    mention: p.actor.mention,
    role: p.role,
    start: p.actor.start,
    end: p.actor.end,
  }));
}

/**
 * Sources named in the sentence (a party telling its own attack too), else in the nearest earlier
 * sentence of the paragraph.
 */
function sourcesFor(facts: SentenceFacts[], i: number, roled: RoledActor[]): RoledActor[] {
  for (let j = i; j >= 0; j--) {
    const f = facts[j]!;
    if (f.sentence.paragraph !== facts[i]!.sentence.paragraph) break;
    const found = roled.filter(
      (a) => (a.role === "source" || a.claimant) && a.start >= f.sentence.start && a.end <= f.sentence.end,
    );
    if (found.length > 0) return found;
  }
  return [];
}

function dedupePlaces(list: ResolvedPlace[]): ResolvedPlace[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const k = p.entry?.id ?? p.candidate.mention.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A place with its unnamed neighbours: "A and (the) surrounding villages", "A and nearby areas". */
const SURROUNDINGS_AFTER_RE = matchesTwoCharsOrMore(
  /^(?:\s+(?:village|town|city|area))?\s*,?\s+and\s+(?:the\s+|its\s+|other\s+)?(?:surrounding|nearby|neighbou?ring|adjacent|adjoining)\s+(?:[\p{L}-]+\s+)?(?:villages|towns|areas|hamlets|farms|countryside|localities|neighbou?rhoods)(?![\p{L}])/iu,
);

const afterPlace = (text: string, p: ResolvedPlace) => text.slice(p.candidate.end, p.candidate.end + 60);

/**
 * Where the dead or wounded were taken: "delivered 2 bodies to the forensic division in the city of X",
 * "the wounded were rushed to hospitals in X". A destination is no incident place.
 */
const DESTINATION_BEFORE_RE =
  /(?<![\p{L}])(?:delivered|transferred|taken|rushed|evacuated|brought|transported|moved|sent|admitted)\s+(?:[^.;,]{0,50}?\s)?to\s+(?:(?!(?:due|after|following|result|by|during|when|while|because|of|from)\s)[\p{L}'’-]+\s+){1,6}(?:in|at)\s+(?:the\s+)?(?:(?:city|town|village|province|area|countryside)\s+of\s+)?$/iu;

const isDestination = (text: string, p: ResolvedPlace) =>
  DESTINATION_BEFORE_RE.test(text.slice(Math.max(0, p.candidate.start - 120), p.candidate.start));

/**
 * "The shelling coincided with the arrival of a convoy at X", "…, coinciding with flights of warplanes
 * over X": a phrase that tells another event at the same time. A place in it is that event's; without a
 * trigger of its own between the phrase and the place, that event is no attack.
 */
const CONCURRENT_RE =
  /(?<![\p{L}])(?:coincid(?:ed|es|ing|e)\s+with|in\s+conjunction\s+with|simultaneously\s+with|at\s+the\s+same\s+time\s+as)(?![\p{L}])/giu;

/** True when the place lies in a concurrent event's phrase that tells no attack before it. */
function inConcurrentEvent(text: string, f: SentenceFacts, p: ResolvedPlace): boolean {
  const before = text.slice(f.sentence.start, p.candidate.start);
  let last = -1;
  for (const m of before.matchAll(CONCURRENT_RE)) last = f.sentence.start + m.index + m[0].length;
  return last >= 0 && !f.events.some((e) => !e.period && e.start >= last && e.end <= p.candidate.start);
}

/**
 * The words between a place and a town named after it that locate the first inside the second: "camps
 * opposite to A village in areas held by factions in B", "the A water station located in B": a phrase
 * ending in "in", with no coordination, clause break, finite verb or bracket between the two names.
 */
const NESTED_IN_GAP_RE =
  /^(?:(?![,;:.!?()[\]"“”]|(?<![\p{L}])(?:and|or|nor|but|while|whereas|then|also|after|before|when|amid|as|where|which|who|killing|injuring|wounding|is|are|was|were|has|have|had|used)(?![\p{L}]))[^]){1,90}?(?<![\p{L}])(?:in|inside|within)\s+(?:the\s+)?(?:(?:north|south|east|west)[\p{L}-]*\s+)?(?:(?:city|town|village)\s+of\s+)?$/iu;

/** "A Water Station", "the A power plant": a facility named after the place, not the place itself. */
const FACILITY_NAMED_AFTER_RE =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:stations?|plants?|hospitals?|clinics?|schools?|markets?|mosques?|bakery|bakeries|factory|factories|dam|silos?|mills?|airports?|air\s*bases?|bases?|crossings?|bridges?|prisons?|universit(?:y|ies))(?![\p{L}])/iu;

/**
 * Drops a town named only to locate the place named just before it in the same locative phrase ("…
 * opposite to A village in areas held by factions in B"): one attack told with its place and where that
 * place lies, which ACLED codes once, at the finer place. A place followed by a facility noun ("the A
 * water station located in B") is left alone: the facility, not a village, is what the phrase places.
 */
function withoutNestedLocators(text: string, targets: ResolvedPlace[]): ResolvedPlace[] {
  const ordered = [...targets].sort((a, b) => a.candidate.start - b.candidate.start);
  return targets.filter((y) => {
    if (y.entry === null) return true;
    const i = ordered.indexOf(y);
    const x = ordered[i - 1];
    if (!x || x.candidate.facility || x.entry?.id === y.entry.id) return true;
    const gap = text.slice(x.candidate.end, y.candidate.start);
    return FACILITY_NAMED_AFTER_RE.test(gap) || !NESTED_IN_GAP_RE.test(gap);
  });
}

/** The places a segment's claims are made for. */
function claimPlaces(text: string, f: SentenceFacts, seg: Segment): ResolvedPlace[] {
  const places = seg.places.filter((p) => !isDestination(text, p) && !inConcurrentEvent(text, f, p));
  const settlements = places.filter((p) => p.role === "settlement");
  const regions = places.filter((p) => p.role === "region");
  const sentenceHasNamed = f.places.some((p) => p.role === "settlement" || p.role === "region");
  let targets = settlements.length > 0 ? settlements : regions.length > 0 ? regions : [];
  if (targets.length === 0 && !sentenceHasNamed)
    targets = places.filter((p) => p.role === "admin" && adminIsTarget(text, p, seg));
  // "the Y neighbourhood of X" gives X; "the countryside of X, ... the villages of A and B" gives A, B.
  const named = targets.filter((p) => p.candidate.role !== "part-of-next");
  if (named.length > 0) targets = named;
  const own = targets.filter((p) => !(p.candidate.role === "area-of" && p.role === "settlement"));
  if (own.some((p) => p.role === "settlement")) targets = own;
  return dedupePlaces(withoutNestedLocators(text, targets));
}

const endsWithColon = (s: Sentence) => /:\s*$/.test(s.text);

/** The segments of a sentence, and whether they inherit the last attack (no trigger of their own). */
function segmentsOf(
  text: string,
  facts: SentenceFacts[],
  i: number,
  last: LastEvent | null,
): { segments: Segment[]; inherited: boolean; sited: boolean } | null {
  const f = facts[i]!;
  const s = f.sentence;
  const live = f.events.filter((e) => !e.period);
  if (f.events.length > 0 && live.length === 0) return null; // a campaign or tally, not an incident
  const claimable = f.places.filter(isClaimable);
  const incidentTolls = f.casualties.filter((c) => !c.cumulative);
  // No trigger (or only a killing told without its means): a place with a toll continuing an attack
  // description inherits it.
  const recent =
    last !== null &&
    i - last.sentence <= 3 &&
    (s.bullet || s.paragraph === last.paragraph || i - last.sentence <= 1);
  const tollHere =
    incidentTolls.some((c) => c.kind !== "unspecified") || (s.bullet && incidentTolls.length > 0);
  const tollIntro = facts
    .slice(Math.max(0, i - 4), i)
    .some((x) => !x.sentence.bullet && TOLL_WORDS_RE.test(x.sentence.text));
  // A breakdown bullet under a toll ("• X town: thirteen people.") must carry a count of its own.
  const breakdown = s.bullet && tollIntro && bulletToll(text, s) !== null;
  // "They also dropped other barrels on the villages of A and B": the attack just told, at more places.
  const goesOn =
    last !== null &&
    i - last.sentence <= 2 &&
    s.paragraph === last.paragraph &&
    ALSO_OPENING_RE.test(s.text) &&
    claimable.some((p) => p.role === "settlement" && p.candidate.locative);
  // "A drone struck their school in Syria, … The girls are students at a boarding school in the village
  // of A": the site the placeless attack hit, placed by a sentence that tells no attack of its own.
  const site = recent && last.sites ? placedSite(text, s, claimable, last.sites) : null;
  // A court case's or a periodic summary's sentence counts its own dead ("the trial concerns the killing
  // in A, where 108 people died", "the monthly report counted 230 deaths, 61 in B"), not the last attack's.
  const ownCount = JUDICIAL_RE.test(s.text) || PERIODIC_SUMMARY_RE.test(s.text);
  const continues = recent && claimable.length > 0 && (tollHere || breakdown || goesOn) && !ownCount;
  if (live.every((e) => e.implicit) && (live.length === 0 || continues || site !== null)) {
    if (continues)
      return {
        segments: [{ start: s.start, end: s.end, events: [], places: f.places }],
        inherited: true,
        sited: false,
      };
    return site
      ? {
          segments: [{ start: s.start, end: s.end, events: [], places: [site] }],
          inherited: true,
          sited: true,
        }
      : { segments: [], inherited: false, sited: false };
  }
  return { segments: segmentSentence(s, live, f.places), inherited: false, sited: false };
}

/** "they shelled", "it then struck": a pronoun subject right before an attack verb (not "they were"). */
const PRONOUN_SUBJECT_RE =
  /(?<![\p{L}])(?:they|it)\s+(?:(?:also|then|later|again|reportedly|allegedly|subsequently|have|has|had)\s+){0,2}$/iu;

/** How many sentences after an attack told its victims' home town is still about that attack. */
const ORIGIN_AFTER_ATTACK = 3;

/** The claims of one segment (possibly none) and the narrative after it. */
function claimSegment(
  input: ClaimsInput,
  i: number,
  seg: Segment,
  inherited: boolean,
  n: Narrative,
): { claims: ClaimDraft[]; narrative: Narrative } {
  const { text, facts, roled } = input;
  const f = facts[i]!;
  const s = f.sentence;
  const last = n.last;
  const types = seg.events.map((e) => e.type);
  const told: EventTypeCode = inherited && last ? last.type : bestEventType(types);
  const trigger = seg.events.find((e) => e.type === told) ?? seg.events[0] ?? null;
  // "… with a combat drone on Thursday. Four girls were killed in the attack on X": a definite generic
  // word refers back to the attack just told and takes its means.
  const type: EventTypeCode =
    told === "attack" &&
    trigger !== null &&
    last !== null &&
    i - last.sentence <= 2 &&
    last.paragraph === s.paragraph &&
    EVENT_TYPES[last.type].means &&
    (definiteTrigger(text, s, trigger) || VICTIMS_BACK_RE.test(s.text))
      ? last.type
      : told;
  // An attacker of the segment, else one named earlier in the sentence, including one whose platform
  // word opens this segment ("Regime helicopters dropped ..." cut at "helicopters").
  const own = perpetratorsIn(text, roled, seg);
  const perps =
    own.length > 0
      ? own
      : perpetratorsIn(text, roled, { start: s.start, end: seg.end }).filter(
          (p) => p.actor.start < seg.start && (type === "armed_clash" || !isClashParty(text, s, p.actor)),
        );
  let carried = false;
  if (perps.length === 0 && last && i - last.sentence <= 3 && last.perpetrators.length > 0) {
    const continues =
      inherited ||
      // An item of the list that an attack's sentence introduced ("… by Russian jets; they are as
      // follows: ¶ Nine people were killed in airstrikes on X") details that attack.
      last.listIntro === true ||
      CONTINUATION_RE.test(text.slice(seg.start, seg.end)) ||
      VICTIMS_BACK_RE.test(text.slice(seg.start, seg.end)) ||
      /\bthe\s+$/i.test(text.slice(Math.max(0, (trigger?.start ?? 0) - 5), trigger?.start ?? 0));
    if (continues && (last.families.has(family(type)) || family(type) === "generic")) carried = true;
    // "Regime forces shelled A. They also bombed B": a pronoun subject of the attack verb is the last
    // attacker, whatever the means.
    if (
      trigger !== null &&
      last.paragraph === s.paragraph &&
      PRONOUN_SUBJECT_RE.test(text.slice(Math.max(seg.start, trigger.start - 40), trigger.start))
    )
      carried = true;
    // Villages named right after a region-level summary ("attacks in rural Idleb ... The villages
    // of A and B were shelled") are its details: same attackers.
    if (last.regional && last.paragraph === s.paragraph && i - last.sentence <= 1) carried = true;
  }
  const perpetrators = carried && last ? last.perpetrators : toPerps(perps);
  const named = claimPlaces(text, f, seg);
  const sceneOrNamed = named.length > 0 ? named : sceneFor(f, seg, i, n);
  const placeless = sceneOrNamed.length === 0 && !f.places.some(isClaimable) && tellsOwnAttack(f, seg);
  const definite = placeless ? definitePlace(text, facts, i) : sceneOrNamed;
  const scene =
    placeless && definite.length === 0
      ? anotherAttackAt(
          text.slice(seg.start, seg.end),
          dateInSentence(
            text,
            f.dates.filter((d) => !isPublicationDate(text, d)),
            seg,
            trigger,
          ),
          last,
          i,
          s.paragraph,
        )
      : definite;
  // The victims' home town places only an attack no recent sentence told: after one, the sentence goes
  // on about that attack's victims ("The bombing led to the death of X, an IDP from A").
  const fresh = last === null || i - last.sentence > ORIGIN_AFTER_ATTACK;
  const unique = scene.length > 0 || !fresh ? scene : victimOrigin(text, seg, f.places);
  if (unique.length === 0) {
    if (seg.events.length === 0) return { claims: [], narrative: n };
    const inSegment = f.casualties.filter((c) => c.start >= seg.start && c.end <= seg.end);
    const families = new Set([family(type), ...types.map(family)]);
    // The same attack told again without a place or toll ("… received reports about an airborne raid")
    // keeps the toll the previous sentence gave it.
    const sameAttack =
      last !== null && i - last.sentence === 1 && [...families].some((x) => last.families.has(x));
    const sameAttackToll = sameAttack && last.toll ? last.toll : undefined;
    const sites = [
      ...new Set([
        ...attackSites(text, seg, seg.events).map((t) => t.kind),
        ...(sameAttack ? (last.sites ?? []) : []),
      ]),
    ];
    const placelessEvent: LastEvent = {
      type,
      families,
      // The place and day of the attack told before it in the paragraph stay what a second attack
      // told later refers to (another-attack.ts).
      ...(last?.place && last.paragraph === s.paragraph
        ? { place: last.place, date: last.date ?? null }
        : {}),
      perpetrators,
      sentence: i,
      paragraph: s.paragraph,
      toll: pickCasualties(text, inSegment, false) ?? sameAttackToll,
      listIntro: endsWithColon(s),
      ...(sites.length > 0 ? { sites } : {}),
    };
    return { claims: [], narrative: { ...n, last: placelessEvent } };
  }
  const victims = findVictims(text.slice(seg.start, seg.end), seg.start);
  const segCounts = f.casualties.filter((c) => c.start >= seg.start && c.end <= seg.end && !c.cumulative);
  // Several places and counts: each count bound to its own place ("two in A and three in B") is that
  // place's toll; the others cover the places together.
  const placed = placeTolls(
    text,
    segCounts,
    unique,
    seg.places.filter((p) => p.role === "settlement"),
  );
  const shared = placed ? placed.shared : segCounts;
  const group = unique.length > 1 && (!placed || unique.some((p) => !placed.own.has(p)));
  // "in A and surrounding villages": A's toll as ACLED codes it, but one that counts A's neighbours too,
  // so a toll the text gives A alone replaces it (claim-draft.ts, merge).
  const broad = unique.length === 1 && testUnlessShort(SURROUNDINGS_AFTER_RE, afterPlace(text, unique[0]!));
  const picked = pickCasualties(text, shared, unique.length > 1);
  const sharedToll =
    (picked && broad ? { ...picked, broad: true } : picked) ??
    (inherited && s.bullet ? bulletToll(text, s) : null);
  const tollOf = (p: ResolvedPlace) => {
    const mine = placed?.own.get(p);
    return mine ? pickCasualties(text, mine, false) : sharedToll;
  };
  const toldDate: DateMention | null =
    dateInSentence(
      text,
      f.dates.filter((d) => !isPublicationDate(text, d)),
      seg,
      trigger,
    ) ??
    dateFromPrevious(text, seg, n.lastDate) ??
    (carried && last?.regional ? (last.date ?? null) : null) ??
    dateBefore(text, facts, i) ??
    (n.made === 0 ? leadDate(text, facts, i) : null) ??
    n.listDate ??
    speechDate(text, facts, i, seg);
  // "Jets bombed A on Monday. Rescuers were still pulling bodies from the rubble in A on Tuesday, when
  // the toll rose to seven": a sentence with no attack word of its own goes on about the attack just
  // told at the same place; its day is the day of the telling (recovery, an update), not another attack.
  const sameAttackDay =
    inherited &&
    f.events.length === 0 &&
    last?.place?.entry != null &&
    last.date?.precision === "day" &&
    unique.length === 1 &&
    unique[0]!.entry?.id === last.place.entry.id;
  const date: DateMention | null = sameAttackDay ? (last.date ?? null) : toldDate;
  const sources = sourcesFor(facts, i, roled);
  const accused = perps.some((p) => p.actor.role === "accused");
  const denied = seg.events.some((e) => e.modality === "denied");
  const modality = denied
    ? "denied"
    : accused || ALLEGED_RE.test(text.slice(s.start, s.end))
      ? "alleged"
      : "reported";
  const attributedTo =
    sources.length > 0
      ? sources.map((a) => ({ name: a.actor?.name ?? a.mention, start: a.start, end: a.end }))
      : input.originators.map((name) => ({ name, start: -1, end: -1 }));
  const groupId = group ? `g${seg.start}` : null;
  // "On 4 October and 6 October, two incidents … in A", "A sustained attacks on 25 March and again on
  // 30 March": each day of a list told of a single place is a claim there (ACLED: one event per place
  // per day).
  const days =
    unique.length === 1 && date ? dayListAround(text, f.dates, date, unique[0]!, f.places) : [date];
  // "after raids on 2 March and 4 March that killed six": one toll told for the days of a list covers
  // them together, as one toll told for several places does.
  const overDays = (t: ClaimDraft["casualties"]) =>
    days.length > 1 && t && t.scope === "incident" ? { ...t, scope: "group" as const } : t;
  const claims: ClaimDraft[] = days.flatMap((day) =>
    unique.map((p) => ({
      eventType: type,
      trigger: trigger ? { start: trigger.start, end: trigger.end } : null,
      place: p,
      perpetrators,
      targets: victims.targets,
      victimGroups: victims.victimGroups,
      doubleTap: victims.doubleTap,
      groupId: days.length > 1 && !groupId ? `d${seg.start}` : groupId,
      casualties: overDays(tollOf(p)),
      date: day,
      attributedTo,
      modality,
      sentence: i,
    })),
  );
  const tolled = claims
    .filter((d) => d.casualties && d.place.role === "settlement")
    .map((d) => d.place.entry?.id ?? d.place.candidate.mention.toLowerCase());
  return {
    claims,
    narrative: {
      ...n,
      last: {
        type,
        families: new Set([family(type), ...types.map(family)]),
        perpetrators,
        sentence: i,
        paragraph: s.paragraph,
        regional: unique.every((p) => p.role !== "settlement"),
        date,
        ...(unique.length === 1 && unique[0]!.role === "settlement" ? { place: unique[0]! } : {}),
        listIntro: endsWithColon(s) || (carried && last?.listIntro === true),
      },
      lastDate: date ?? n.lastDate,
      made: n.made + claims.length,
      tollPlaces: tolled.length > 0 ? new Set([...n.tollPlaces, ...tolled]) : n.tollPlaces,
    },
  };
}

/** Words joining the days of a list: "4 October and 6 October", "3, 5 and 9 May", "on 25 March and again on 30 March". */
const DAY_LIST_JOIN_RE = /^\s*(?:,|,?\s*and(?:\s+again)?(?:\s+on)?)\s*$/i;

/**
 * The days of a list holding `date` ("on 4 October and 6 October", "on 3, 5 and 9 May"), when all of
 * them stand before the single place, or all after it with no other place of the sentence after it
 * ("A sustained attacks on 25 March and again on 30 March", not "A on 3 May and on 5 May B"); else
 * `date` alone.
 */
function dayListAround(
  text: string,
  dates: DateMention[],
  date: DateMention,
  place: ResolvedPlace,
  places: ResolvedPlace[],
): (DateMention | null)[] {
  const days = dates
    .filter((d) => d.precision === "day" && d.startDate !== null && !d.since)
    .sort((a, b) => a.start - b.start);
  const k = days.indexOf(date);
  if (k < 0) return [date];
  let from = k;
  let to = k;
  while (from > 0 && DAY_LIST_JOIN_RE.test(text.slice(days[from - 1]!.end, days[from]!.start))) from--;
  while (to < days.length - 1 && DAY_LIST_JOIN_RE.test(text.slice(days[to]!.end, days[to + 1]!.start))) to++;
  const list = days.slice(from, to + 1);
  const before = list.every((d) => d.end <= place.candidate.start);
  const after =
    list.every((d) => d.start >= place.candidate.end) &&
    !places.some((p) => p.candidate.start > place.candidate.start);
  if (list.length < 2 || !(before || after)) return [date];
  return list.filter((d, j) => list.findIndex((e) => e.startDate === d.startDate) === j);
}

/** "the strike", "this attack", "the airborne raid": a trigger that refers back to an attack already told. */
const DEFINITE_BEFORE_RE = /\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$/i;
/** A trigger that is a verb in the past ("the terrorists also targeted X"): the definite word is its subject's. */
const PAST_VERB_RE = /(?:ed|struck|hit|shot)$/i;

/** The trigger is the head of a definite noun phrase, so it names an attack already told. */
function definiteTrigger(text: string, s: Sentence, trigger: { start: number; end: number }): boolean {
  return (
    !PAST_VERB_RE.test(text.slice(trigger.start, trigger.end)) &&
    DEFINITE_BEFORE_RE.test(text.slice(Math.max(s.start, trigger.start - 40), trigger.start))
  );
}

/**
 * An attack told with its toll but no place, then placed by one of the next two sentences that refers
 * back to it ("A missile strike on a camp killed 12. The missile slammed into tents near the village of
 * A"; "An airstrike … killed nine people. … Russia launched the strike over the town of A"): the toll
 * is A's. Only one claim may take it, one without a toll of its own.
 */
function withPendingToll(
  text: string,
  claims: ClaimDraft[],
  before: LastEvent | null,
  s: Sentence,
  i: number,
  sited: boolean,
): ClaimDraft[] {
  const pending = before?.toll;
  const [only] = claims;
  if (!pending || pending.update || claims.length !== 1 || !only || only.casualties) return claims;
  const gap = i - before.sentence;
  const trigger = only.trigger;
  const refersBack =
    sited ||
    DETAIL_RE.test(s.text) ||
    VICTIMS_BACK_RE.test(s.text) ||
    VICTIMS_SITE_RE.test(s.text) ||
    (trigger !== null && before.families.has(family(only.eventType)) && definiteTrigger(text, s, trigger));
  if (gap < 1 || gap > 2 || !refersBack) return claims;
  return [{ ...only, casualties: pending }];
}

/** Deaths told in a sentence with no attack and no place ("The number of civilian deaths rose to three."). */
interface BareToll {
  sentence: number;
  paragraph: number;
  counts: CasualtyMention[];
}

function bareTollOf(f: SentenceFacts, i: number): BareToll | null {
  if (f.events.length > 0 || f.places.some(isClaimable)) return null;
  const counts = f.casualties.filter((c) => c.kind === "killed" && !c.cumulative && c.range.min > 0);
  return counts.length > 0 ? { sentence: i, paragraph: f.sentence.paragraph, counts } : null;
}

/**
 * Deaths told right before, in the same paragraph, without an attack or a place, are the deaths of the
 * attack the next sentence places when it refers back to it ("The number of civilian deaths rose to
 * three. Five others were wounded in the blast in the village of A"): the single claim that has no
 * deaths of its own takes them.
 */
function withBareToll(text: string, claims: ClaimDraft[], bare: BareToll | null, s: Sentence, i: number) {
  const [only] = claims;
  if (!bare || claims.length !== 1 || !only || only.casualties?.killed) return claims;
  if (i - bare.sentence !== 1 || s.paragraph !== bare.paragraph) return claims;
  const trigger = only.trigger;
  const refersBack =
    DETAIL_RE.test(s.text) ||
    VICTIMS_SITE_RE.test(s.text) ||
    (trigger !== null && definiteTrigger(text, s, trigger));
  if (!refersBack) return claims;
  const toll = filledToll(text, only.casualties, bare.counts);
  return toll ? [{ ...only, casualties: toll }] : claims;
}

/**
 * Claim drafts of every sentence of a report, in text order (the claims pass).
 * @returns for each sentence, its claims and how many settlements had a toll once it was read
 */
export function makeClaims(input: ClaimsInput): SentenceClaims[] {
  const out: SentenceClaims[] = [];
  let narrative: Narrative = {
    last: null,
    lastDate: null,
    listDate: null,
    made: 0,
    tollPlaces: new Set(),
    scene: null,
  };
  let bare: BareToll | null = null;
  input.facts.forEach((f, i) => {
    const before = narrative.last;
    narrative = { ...narrative, listDate: listIntroDate(input.text, f) ?? narrative.listDate };
    if (narrative.made === 0 && narrative.scene === null)
      narrative = { ...narrative, scene: datelineScene(f, i) };
    const read = segmentsOf(input.text, input.facts, i, narrative.last);
    let claims: ClaimDraft[] = [];
    for (const seg of read?.segments ?? []) {
      const step = claimSegment(input, i, seg, read!.inherited, narrative);
      claims = [...claims, ...step.claims];
      narrative = step.narrative;
    }
    const tolled = withBareToll(
      input.text,
      withPendingToll(input.text, claims, before, f.sentence, i, read?.sited === true),
      bare,
      f.sentence,
      i,
    );
    out.push({ claims: tolled, tollPlaces: narrative.tollPlaces.size });
    narrative = { ...narrative, scene: sceneAfter(f, i, tolled.length, narrative.scene) };
    bare = bareTollOf(f, i);
  });
  return out;
}
