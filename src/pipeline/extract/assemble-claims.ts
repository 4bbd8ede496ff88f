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
import { EVENT_TYPES } from "./event-lexicon.js";
import { type Segment, isClaimable, segmentSentence } from "./event-segments.js";
import { bestEventType, type EventMention } from "./find-events.js";
import type { ResolvedPlace } from "./find-places.js";
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

function pickCasualties(text: string, list: CasualtyMention[], group: boolean): ClaimDraft["casualties"] {
  const usable = list.filter((c) => !c.cumulative);
  if (usable.length === 0) return null;
  const byKind = (k: CasualtyMention["kind"]) =>
    usable.filter((c) => c.kind === k).sort((a, b) => b.range.min - a.range.min)[0] ?? null;
  const killed = byKind("killed");
  const injured = byKind("injured");
  const unspecified = byKind("unspecified");
  const used = [killed, injured, unspecified].filter((c): c is CasualtyMention => c !== null);
  const start = Math.min(...used.map((c) => c.start));
  const end = Math.max(...used.map((c) => c.end));
  return {
    killed: killed?.range ?? null,
    injured: injured?.range ?? null,
    unspecified: unspecified?.range ?? null,
    scope: group ? "group" : "incident",
    text: text.slice(start, end),
    start,
    end,
    update: used.some((c) => c.update),
  };
}

const SINCE_BEFORE_RE = /\bsince\b[^,.;]{0,25}$/i;

/** The segment's own date, else one stated before it in the sentence ("Yesterday, ... shelled X"). */
function dateFor(
  text: string,
  dates: DateMention[],
  seg: { start: number; end: number },
): DateMention | null {
  const usable = dates.filter(
    (d) =>
      !d.since &&
      !d.historical &&
      (d.startDate !== null || d.relative !== null) &&
      !SINCE_BEFORE_RE.test(text.slice(Math.max(0, d.start - 30), d.start)),
  );
  return (
    usable.find((d) => d.start >= seg.start && d.end <= seg.end) ??
    usable.filter((d) => d.end <= seg.start).pop() ??
    null
  );
}

const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];
const BULLET_COUNT_RE = new RegExp(`:[^\\d]*?\\b(\\d{1,3}|${NUMBER_WORDS.join("|")})\\b`, "i");
const BULLET_ONE_RE = /:\s*(an?)\b/i;

/** A breakdown bullet's toll ("• X town: two children.") after an intro about fatalities. */
function bulletToll(text: string, s: Sentence): ClaimDraft["casualties"] {
  const m = BULLET_COUNT_RE.exec(s.text) ?? BULLET_ONE_RE.exec(s.text);
  if (!m || m[1] === undefined) return null;
  const word = m[1].toLowerCase();
  const n = /^\d+$/.test(word)
    ? Number(word)
    : word === "a" || word === "an"
      ? 1
      : NUMBER_WORDS.indexOf(word);
  if (n <= 0) return null;
  const start = s.start + m.index + m[0].length - m[1].length;
  const end = s.end;
  return {
    killed: { min: n, max: n },
    injured: null,
    unspecified: null,
    scope: "incident",
    text: text.slice(start, end),
    start,
    end,
    update: false,
  };
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
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    const s = f.sentence;
    const live = f.events.filter((e) => !e.period);
    const claimable = f.places.filter(isClaimable);
    const incidentTolls = f.casualties.filter((c) => !c.cumulative);
    let segments: Segment[];
    let inherited = false;
    if (f.events.length > 0 && live.length === 0) continue; // a campaign or tally, not an incident
    if (live.length === 0) {
      // No trigger: a place with a toll continuing an attack description inherits it.
      const recent =
        last !== null &&
        i - last.sentence <= 3 &&
        (s.bullet || s.paragraph === last.paragraph || i - last.sentence <= 1);
      const tollHere =
        incidentTolls.some((c) => c.kind !== "unspecified") || (s.bullet && incidentTolls.length > 0);
      const tollIntro = facts
        .slice(Math.max(0, i - 4), i)
        .some((x) => !x.sentence.bullet && TOLL_WORDS_RE.test(x.sentence.text));
      if (!recent || claimable.length === 0 || !(tollHere || (s.bullet && tollIntro))) segments = [];
      else {
        segments = [{ start: s.start, end: s.end, events: [], places: f.places }];
        inherited = true;
      }
      // A toll update with no place of its own revises the single place told so far.
      const update = incidentTolls.find((c) => c.update && c.kind === "killed");
      if (claimable.length === 0 && update && tollPlaces.size === 1 && i - lastClaimSentence <= 2) {
        for (const d of lastClaims) {
          if (!d.casualties) continue;
          d.casualties = {
            ...d.casualties,
            killed: update.range,
            text: update.text,
            start: update.start,
            end: update.end,
          };
        }
      }
    } else segments = segmentSentence(s, live, f.places);

    const sentenceClaims: ClaimDraft[] = [];
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
      // "X area in the vicinity of Y": Y stands for X when X is unknown.
      targetsPlaces = targetsPlaces.filter((p) => !(p.candidate.anchoredToNext && p.entry === null));
      // "the Y neighbourhood of X" gives X; "the countryside of X, ... the villages of A and B" gives A, B.
      const named = targetsPlaces.filter((p) => !p.candidate.partOfNext);
      if (named.length > 0) targetsPlaces = named;
      const own = targetsPlaces.filter((p) => !(p.candidate.areaOf && p.role === "settlement"));
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
          };
        continue;
      }
      const group = unique.length > 1;
      const segText = text.slice(seg.start, seg.end);
      const victims = findVictims(segText, seg.start);
      const casualties =
        pickCasualties(
          text,
          f.casualties.filter((c) => c.start >= seg.start && c.end <= seg.end),
          group,
        ) ?? (inherited && s.bullet ? bulletToll(text, s) : null);
      const date = dateFor(text, f.dates, seg) ?? (carried && last?.regional ? (last.date ?? null) : null);
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
          casualties,
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
        if (casualties && p.role === "settlement")
          tollPlaces.add(p.entry?.id ?? p.candidate.mention.toLowerCase());
      }
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
    if (sentenceClaims.length > 0) {
      lastClaims = sentenceClaims;
      lastClaimSentence = i;
    }
  }
  return drafts;
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
