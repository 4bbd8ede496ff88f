/**
 * Claim assembly: events, places, dates, casualties, victims and perpetrators of each sentence become
 * incident claims, one per place (ACLED: one event per place per day). Places described together share
 * a `groupId` and a joint toll is marked `scope: "group"`. Sentences without a trigger still give
 * claims when they name a place and a toll right after an attack description (breakdown bullets
 * "• X town: two children.", "Three children were among 10 civilians killed in the village of X"):
 * they inherit that attack's type and perpetrators. Cumulative tallies never make or join claims.
 *
 * Perpetrator carry-over rule: a segment without any attacker inherits the attacker of an earlier
 * segment of the same sentence; failing that, of the previous attack (within three sentences, same
 * paragraph or a bullet list) only when it continues the narrative — it has no trigger of its own,
 * opens with "Meanwhile/Also/Moreover…", or refers back with a definite "the shelling/strike" — and the
 * event family matches.
 */
import type { EventTypeCode } from "../../domain/claim.js";
import type { CasualtyMention } from "./casualties/find-casualties.js";
import type { DateMention } from "./dates/find-dates.js";
import {
  dateBefore,
  dateFromPrevious,
  dateInSentence,
  leadDate,
  listIntroDate,
  speechDate,
} from "./dates/pick-date.js";
import {
  bulletToll,
  fillGroupToll,
  fillToll,
  pickCasualties,
  placeTolls,
  reviseToll,
} from "./claim-tolls.js";
import { EVENT_TYPES } from "./event-lexicon.js";
import { type Segment, isClaimable, segmentSentence } from "./event-segments.js";
import { bestEventType, type EventMention } from "./find-events.js";
import type { ResolvedPlace } from "./resolved-place.js";
import { perpetratorsIn, type RoledActor } from "./find-perpetrators.js";
import { adminIsTarget } from "./admin-target.js";
import { findVictims } from "./find-victims.js";
import type { Sentence } from "./sentences.js";
import type { ClaimDraft } from "./claim-draft.js";

export interface SentenceFacts {
  sentence: Sentence;
  events: EventMention[];
  places: ResolvedPlace[];
  casualties: CasualtyMention[];
  dates: DateMention[];
}

export interface AssembleInput {
  text: string;
  facts: SentenceFacts[];
  roled: RoledActor[];
  originators: string[];
}

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
}

const CONTINUATION_RE =
  /^\W*(?:meanwhile|also|moreover|furthermore|in addition|additionally|the (?:[\w-]+ ){0,2}(?:shelling|strike|strikes|attack|bombardment|raid|shells?|rockets?|missiles?|barrage|barrel bombs?|bombs?|explosion|blast))\b/i;
const ALLEGED_RE = /\b(?:alleged(?:ly)?|accused|accusing|claimed|claims|purported(?:ly)?)\b/i;
const TOLL_WORDS_RE = /\b(?:killed|dead|deaths?|fatalities|died|martyrs?|breakdown|victims)\b/i;

function family(t: EventTypeCode): string {
  if (t === "air_strike" || t === "drone_strike" || t === "barrel_bomb") return "air";
  if (t === "shelling" || t === "missile_strike") return "fire";
  return EVENT_TYPES[t].means ? t : "generic";
}

/** Sources named in the sentence, else in the nearest earlier sentence of the paragraph. */
function sourcesFor(facts: SentenceFacts[], i: number, roled: RoledActor[]): RoledActor[] {
  for (let j = i; j >= 0; j--) {
    const f = facts[j]!;
    if (f.sentence.paragraph !== facts[i]!.sentence.paragraph) break;
    const found = roled.filter(
      (a) => a.role === "source" && a.start >= f.sentence.start && a.end <= f.sentence.end,
    );
    if (found.length > 0) return found;
  }
  return [];
}

/** Assemble claim drafts (before merging) for a whole report. */
export function assembleDrafts(input: AssembleInput): ClaimDraft[] {
  const { text, facts, roled } = input;
  const drafts: ClaimDraft[] = [];
  let last: LastEvent | null = null;
  const tollPlaces = new Set<string>();
  let lastClaims: ClaimDraft[] = [];
  let lastClaimSentence = -10;
  let lastDate: DateMention | null = null;
  let listDate: DateMention | null = null;
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    const s = f.sentence;
    const live = f.events.filter((e) => !e.period);
    const claimable = f.places.filter(isClaimable);
    const incidentTolls = f.casualties.filter((c) => !c.cumulative);
    let segments: Segment[];
    let inherited = false;
    listDate = listIntroDate(text, f) ?? listDate;
    if (f.events.length > 0 && live.length === 0) continue; // a campaign or tally, not an incident
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
    const continues = recent && claimable.length > 0 && (tollHere || (s.bullet && tollIntro));
    if (live.every((e) => e.implicit) && (live.length === 0 || continues)) {
      if (!continues) segments = [];
      else {
        segments = [{ start: s.start, end: s.end, events: [], places: f.places }];
        inherited = true;
      }
    } else segments = segmentSentence(s, live, f.places);

    const sentenceClaims: ClaimDraft[] = [];
    const pendingBefore = last;
    for (const seg of segments) {
      const types = seg.events.map((e) => e.type);
      const type: EventTypeCode = inherited && last ? last.type : bestEventType(types);
      const trigger = seg.events.find((e) => e.type === type) ?? seg.events[0] ?? null;
      let perps = perpetratorsIn(text, roled, seg);
      // Else an attacker named earlier in the sentence, including one whose platform word opens this
      // segment ("Regime helicopters dropped ..." cut at "helicopters").
      if (perps.length === 0)
        perps = perpetratorsIn(text, roled, { start: s.start, end: seg.end }).filter(
          (p) => p.actor.start < seg.start,
        );
      let carried = false;
      if (perps.length === 0 && last && i - last.sentence <= 3 && last.perpetrators.length > 0) {
        const continues =
          inherited ||
          CONTINUATION_RE.test(text.slice(seg.start, seg.end)) ||
          /\bthe\s+$/i.test(text.slice(Math.max(0, (trigger?.start ?? 0) - 5), trigger?.start ?? 0));
        if (continues && (last.families.has(family(type)) || family(type) === "generic")) carried = true;
        // Villages named right after a region-level summary ("attacks in rural Idleb ... The villages
        // of A and B were shelled") are its details: same attackers.
        if (last.regional && last.paragraph === s.paragraph && i - last.sentence <= 1) carried = true;
      }
      const settlements = seg.places.filter((p) => p.role === "settlement");
      const regions = seg.places.filter((p) => p.role === "region");
      const sentenceHasNamed = f.places.some((p) => p.role === "settlement" || p.role === "region");
      let targetsPlaces = settlements.length > 0 ? settlements : regions.length > 0 ? regions : [];
      if (targetsPlaces.length === 0 && !sentenceHasNamed)
        targetsPlaces = seg.places.filter((p) => p.role === "admin" && adminIsTarget(text, p, seg));
      // "the Y neighbourhood of X" gives X; "the countryside of X, ... the villages of A and B" gives A, B.
      const named = targetsPlaces.filter((p) => p.candidate.role !== "part-of-next");
      if (named.length > 0) targetsPlaces = named;
      const own = targetsPlaces.filter((p) => !(p.candidate.role === "area-of" && p.role === "settlement"));
      if (own.some((p) => p.role === "settlement")) targetsPlaces = own;
      const unique = dedupePlaces(targetsPlaces);
      if (unique.length === 0) {
        if (seg.events.length > 0)
          last = {
            type,
            families: new Set(types.map(family)),
            perpetrators: carried && last ? last.perpetrators : toPerps(perps),
            sentence: i,
            paragraph: s.paragraph,
            toll: pickCasualties(
              text,
              f.casualties.filter((c) => c.start >= seg.start && c.end <= seg.end),
              false,
            ),
          };
        continue;
      }
      const segText = text.slice(seg.start, seg.end);
      const victims = findVictims(segText, seg.start);
      const segCounts = f.casualties.filter((c) => c.start >= seg.start && c.end <= seg.end && !c.cumulative);
      // Several places and counts: each count bound to its own place ("two in A and three in B") is that
      // place's toll; the others cover the places together.
      const placed = placeTolls(text, segCounts, unique);
      const shared = placed ? placed.shared : segCounts;
      const group = unique.length > 1 && (!placed || unique.some((p) => !placed.own.has(p)));
      const sharedToll =
        pickCasualties(text, shared, unique.length > 1) ??
        (inherited && s.bullet ? bulletToll(text, s) : null);
      const tollOf = (p: ResolvedPlace) => {
        const mine = placed?.own.get(p);
        return mine ? pickCasualties(text, mine, false) : sharedToll;
      };
      const date: DateMention | null =
        dateInSentence(text, f.dates, seg, trigger) ??
        dateFromPrevious(text, seg, lastDate) ??
        (carried && last?.regional ? (last.date ?? null) : null) ??
        dateBefore(text, facts, i) ??
        (drafts.length === 0 ? leadDate(text, facts, i) : null) ??
        listDate ??
        speechDate(text, facts, i, seg);
      const sources = sourcesFor(facts, i, roled);
      const accused = perps.some((p) => p.actor.role === "accused");
      const denied = seg.events.some((e) => e.modality === "denied");
      const modality = denied
        ? "denied"
        : accused || ALLEGED_RE.test(text.slice(s.start, s.end))
          ? "alleged"
          : "reported";
      const perpetrators = carried && last ? last.perpetrators : toPerps(perps);
      const groupId = group ? `g${seg.start}` : null;
      for (const p of unique) {
        const d: ClaimDraft = {
          eventType: type,
          trigger: trigger ? { start: trigger.start, end: trigger.end } : null,
          place: p,
          perpetrators,
          targets: victims.targets,
          victimGroups: victims.victimGroups,
          doubleTap: victims.doubleTap,
          groupId,
          casualties: tollOf(p),
          date,
          attributedTo:
            sources.length > 0
              ? sources.map((a) => ({ name: a.actor?.name ?? a.mention, start: a.start, end: a.end }))
              : input.originators.map((n) => ({ name: n, start: -1, end: -1 })),
          modality,
          sentence: i,
        };
        drafts.push(d);
        sentenceClaims.push(d);
        if (d.casualties && p.role === "settlement")
          tollPlaces.add(p.entry?.id ?? p.candidate.mention.toLowerCase());
      }
      if (date) lastDate = date;
      last = {
        type,
        families: new Set([family(type), ...types.map(family)]),
        perpetrators,
        sentence: i,
        paragraph: s.paragraph,
        regional: unique.every((p) => p.role !== "settlement"),
        date,
      };
    }
    // A sentence right after, without a place of its own, that tells the same attack in more detail
    // ("Artillery shells fired by government forces hit the hospital", "Clashes lasted an hour"): its
    // attacker fills claims that have none, and a means of violence replaces a generic type.
    if (
      sentenceClaims.length === 0 &&
      claimable.length === 0 &&
      live.length > 0 &&
      lastClaims.length > 0 &&
      i - lastClaimSentence === 1 &&
      s.paragraph === facts[lastClaimSentence]!.sentence.paragraph
    ) {
      const type = bestEventType(live.map((e) => e.type));
      const perps = toPerps(perpetratorsIn(text, roled, s));
      for (const d of lastClaims) {
        if (!EVENT_TYPES[d.eventType].means && EVENT_TYPES[type].means) {
          d.eventType = type;
          const t = live.find((e) => e.type === type);
          if (t) d.trigger = { start: t.start, end: t.end };
        }
        if (d.perpetrators.length === 0 && perps.length > 0) d.perpetrators = [...perps];
      }
    }
    // Responders hit in a later sentence about the same attack ("bombed the rescuers ... killing a
    // number of them") add their targets and double-tap to the claims just made.
    if (
      sentenceClaims.length === 0 &&
      live.length > 0 &&
      lastClaims.length > 0 &&
      i - lastClaimSentence <= 1
    ) {
      const v = findVictims(s.text, s.start);
      const responders = v.targets.filter((t) => t.value === "rescuers" || t.value === "medical");
      if (responders.length > 0) {
        for (const d of lastClaims) {
          d.targets = [
            ...d.targets,
            ...responders.filter((t) => !d.targets.some((x) => x.value === t.value)),
          ];
          if (v.doubleTap) d.doubleTap = v.doubleTap;
        }
      }
    }
    // An attack told with its toll but no place, then placed by the next sentence ("A missile strike
    // on a camp killed 12. The missile slammed into tents near the village of A"): the toll is A's.
    const pending = pendingBefore;
    if (
      pending?.toll &&
      !pending.toll.update &&
      sentenceClaims.length === 1 &&
      i - pending.sentence === 1 &&
      !sentenceClaims[0]!.casualties &&
      DETAIL_RE.test(s.text)
    )
      sentenceClaims[0]!.casualties = pending.toll;
    if (sentenceClaims.length === 0 && claimable.length === 0 && lastClaims.length > 0)
      followUp(text, f, i - lastClaimSentence, facts[lastClaimSentence]!, lastClaims, tollPlaces.size);
    if (sentenceClaims.length > 0) {
      lastClaims = sentenceClaims;
      lastClaimSentence = i;
    }
  }
  return drafts;
}

const DETAIL_RE =
  /^\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}(?:shelling|strikes?|attacks?|bombardment|raid|shells?|rockets?|missiles?|barrage|barrel\s+bombs?|bombs?|bombing|explosion|blast|car|vehicle|device|motorcycle|drone|clashes|assault|massacre)\b/i;

/**
 * A sentence without a place of its own after a claim sentence: a toll update revises the single
 * place told so far (within two sentences); right after, in the same paragraph, a toll fills the single
 * claim that has none ("… hit the village of A on Monday. Two civilians were killed and five injured")
 * and an explicit "no one was hurt" gives zero to the claims without a toll, unless the sentence
 * starts another kind of attack; a detail sentence of the same attack ("The booby-trapped car exploded
 * on Tuesday") dates claims that have no date.
 */
function followUp(
  text: string,
  f: SentenceFacts,
  gap: number,
  prev: SentenceFacts,
  claims: ClaimDraft[],
  tollPlaces: number,
): void {
  const counts = f.casualties.filter((c) => !c.cumulative);
  // A trigger word inside a count ("one of the tribal gunmen were killed") names victims, not an attack.
  // A killing told without its means is the toll itself, not another attack.
  const live = f.events.filter(
    (e) => !e.period && !e.implicit && !counts.some((c) => e.start >= c.start && e.end <= c.end),
  );
  const revising = counts.filter((c) => c.kind === "killed" && c.update);
  if (revising.length > 0) {
    if (tollPlaces === 1 && gap <= 2) for (const d of claims) reviseToll(d, revising);
    return;
  }
  const first = claims[0]!;
  const sameEvent =
    live.length === 0 ||
    DETAIL_RE.test(f.sentence.text) ||
    CONTINUATION_RE.test(f.sentence.text) ||
    live.some((e) => {
      const fam = family(e.type);
      return fam === "generic" || fam === family(first.eventType) || family(first.eventType) === "generic";
    });
  if (!sameEvent) return;
  // The next paragraph may go on with the same attack when it opens with an attack of the same kind
  // ("… were shelled. ¶ The regime also bombed the rescuers, killing and injuring a number of them").
  const adjacent =
    gap === 1 &&
    (f.sentence.paragraph === prev.sentence.paragraph ||
      (f.sentence.paragraph === prev.sentence.paragraph + 1 && live.length > 0));
  if (adjacent && counts.length > 0) {
    const zeros = counts.every((c) => c.rule === "negation:none");
    if (zeros) {
      for (const d of claims)
        if (!d.casualties?.killed && d.casualties?.scope !== "group") fillToll(text, d, counts);
    } else if (claims.length === 1 && (!first.casualties?.killed || !first.casualties.injured))
      fillToll(
        text,
        first,
        counts.filter((c) => c.rule !== "negation:none"),
      );
    else if (claims.length > 1 && first.groupId !== null && claims.every((d) => d.groupId === first.groupId))
      fillGroupToll(
        text,
        claims,
        counts.filter((c) => c.rule !== "negation:none"),
      );
  }
  const detail =
    live.length > 0 && (DETAIL_RE.test(f.sentence.text) || CONTINUATION_RE.test(f.sentence.text));
  if (detail && gap <= 2 && claims.every((d) => d.date === null)) {
    const trigger = live[0]!;
    const date = dateInSentence(text, f.dates, f.sentence, trigger);
    if (date) for (const d of claims) d.date = date;
  }
}

function toPerps(list: ReturnType<typeof perpetratorsIn>): ClaimDraft["perpetrators"] {
  return list.map((p) => ({
    actorId: p.actor.actor?.id ?? null,
    name: p.actor.name,
    mention: p.actor.mention,
    role: p.role,
    start: p.actor.start,
    end: p.actor.end,
  }));
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
