/**
 * Headline pass: ingestion keeps a report's headline as its title, apart from the text, and headlines
 * often carry the toll or the attacker the body never repeats ("Two civilians killed in Turkish
 * bombardment on Tal Tamr countryside" over a body that names the village shelled; "Israeli strikes kill
 * four in Reef Dimashq" over a body that says "in the attacks"). The headline is about one claim: the
 * claim whose place it names, else the report's only claim, else the one claim whose deaths are the
 * headline's deaths, else the one claim of the headline's means in the governorate it names ("Government
 * Shelling Kills 8 In Idlib": attackers and means only, since a governorate's deaths sum up its places). That claim takes the headline's deaths when it has none of its own, and the
 * headline's attackers when it has none of its own; the kind of attack must fit. Headlines often come
 * in sections ("Turkish drone attack | Civilian killed in X"): each section is read as a headline of its
 * own, so that its bare "Civilian killed" opens a headline. The values keep the headline's words as
 * their text; they have no evidence span, since the title is not in the text.
 */
import type { ActorLookup } from "../../domain/actors.js";
import type { CountRange } from "../../domain/claim.js";
import type { PlaceLookup } from "../../domain/places.js";
import { findCasualties, type CasualtyMention } from "./casualties/find-casualties.js";
import { looseNameKey, type ClaimDraft } from "./claim-draft.js";
import { pickCasualties } from "./claim-tolls.js";
import { DENIAL_PATTERN, EVENT_TYPES } from "./event-lexicon.js";
import { bestEventType, findEvents } from "./find-events.js";
import { findRoledActors, perpetratorsIn, saysAttacker } from "./find-perpetrators.js";
import { family, toPerps } from "./make-claims.js";
import { findPlaceCandidates } from "./place-candidates.js";

/** A period the headline counts over ("in a year of shelling", "since January", "so far"). */
const TALLY_RE =
  /\b(?:(?:in|over|during|within)\s+(?:a|an|the|one|two|three|\d+|past|last|this)\s+(?:[\p{L}-]+\s+)?(?:years?|months?|weeks?)|since|so\s+far|to\s+date|tally|monthly|annual|weekly)\b/iu;
/** A mask character inside a word: "kil*led", "shel*ling". */
const MASK_RE = /(?<=\p{L})[*_·](?=\p{L})/gu;
/** Section breaks of a headline: "Military escalation | Two killed in X", "Idlib: Woman killed in X". */
const SECTION_RE = /\s+[|•]\s+|(?<=\p{L}):\s+/gu;

/** True when the draft's place is the place the headline names as `mention`. */
function namedBy(d: ClaimDraft, mention: string, places: PlaceLookup): boolean {
  if (looseNameKey(d.place.candidate.mention) === looseNameKey(mention)) return true;
  const id = d.place.entry?.id;
  if (!id) return false;
  return places.findPlaces(mention).some((m) => m.matchedBy !== "fuzzy" && m.entry.id === id);
}

/** Deaths told in the headline, each section read as a headline of its own. */
function headlineDeaths(title: string): CasualtyMention[] {
  const out: CasualtyMention[] = [];
  let start = 0;
  for (const m of [...title.matchAll(SECTION_RE), null]) {
    const end = m ? m.index : title.length;
    out.push(...findCasualties(title, { start, end }));
    if (m) start = m.index + m[0].length;
  }
  return out.filter((c) => c.kind === "killed" && !c.cumulative && c.range.min > 0);
}

const sameRange = (a: CountRange | null | undefined, b: CountRange | null) =>
  !!a && !!b && a.min === b.min && a.max === b.max;

export interface HeadlineKnowledge {
  places: PlaceLookup;
  actors: ActorLookup;
  publishedAt: string | null;
  /** The report's text: a denial in it makes the headline's blame contested. */
  text: string;
}

const DENIAL_RE = new RegExp(`\\b(?:${DENIAL_PATTERN})`, "i");

/** A headline's blame that the report also tells denied ("X denies …") is contested: no claim takes it. */
function contested(title: string, text: string): boolean {
  return DENIAL_RE.test(title) || DENIAL_RE.test(text);
}

/**
 * The drafts with the headline's deaths and attackers given to the claim it is about (see the module
 * header).
 * @example withHeadline("Shelling kills two in Ihsim", [ihsimDraft], knowledge)[0].casualties.killed
 *   // → { min: 2, max: 2 }
 */
export function withHeadline(raw: string | null, drafts: ClaimDraft[], k: HeadlineKnowledge): ClaimDraft[] {
  if (!raw || drafts.length === 0) return drafts;
  // Outlets mask words in headlines against filters ("Dea*th toll", "kil*led"); the title has no
  // evidence spans, so it can be read unmasked.
  const title = raw.replace(MASK_RE, "");
  const events = findEvents(title, 0, { killings: true });
  // A headline about a campaign or tally ("500 killed in a year of strikes") is no incident's headline.
  if (events.length === 0 || events.some((e) => e.period) || TALLY_RE.test(title)) return drafts;
  const deaths = headlineDeaths(title);
  const toll = deaths.length > 0 ? pickCasualties(title, deaths, false) : null;
  const whole = { start: 0, end: title.length };
  const named = findRoledActors(title, k.actors, k.publishedAt).filter((a) => saysAttacker(title, a));
  const blamed = perpetratorsIn(title, named, whole);
  const attackers = toPerps(blamed).map((p) => ({ ...p, start: -1, end: -1 }));
  // The means the headline names ("Regime shelling kills …"); a foreign state's strikes are from the air
  // (as in refine-events).
  const foreign = blamed.some((p) => p.actor.actor?.kind === "foreign_state_force");
  const means = bestEventType(
    events.map((e) =>
      e.type === "attack" && foreign && /^(?:strikes?|struck)$/i.test(e.text) ? "air_strike" : e.type,
    ),
  );
  if (!toll && attackers.length === 0) return drafts;
  // A governorate in the headline ("… kills 8 in Idlib") sums up the report's places: no one place's.
  const mentions = findPlaceCandidates(title, 0, []).map((c) => c.mention);
  const placeNames = mentions.filter((m) => k.places.resolveAdmin1(m) === null);
  const governorates = mentions.map((m) => k.places.resolveAdmin1(m)).filter((a) => a !== null);
  const kinds = new Set(events.map((e) => family(bestEventType([e.type]))));
  const fits = (d: ClaimDraft) =>
    kinds.has(family(d.eventType)) || kinds.has("generic") || family(d.eventType) === "generic";
  // "Government Shelling Kills 8 In Idlib" over a report that places one shelling in Idlib and an air
  // strike there too: the headline's means and governorate point at the one claim of that means there.
  const meansFamilies = [...kinds].filter((f) => f !== "generic");
  const inGovernorate =
    meansFamilies.length > 0
      ? drafts.filter(
          (d) =>
            d.place.role === "settlement" &&
            d.place.admin1 !== null &&
            governorates.includes(d.place.admin1) &&
            meansFamilies.includes(family(d.eventType)),
        )
      : [];
  const about = drafts.filter((d) => placeNames.some((m) => namedBy(d, m, k.places)));
  const sameToll = toll ? drafts.filter((d) => sameRange(d.casualties?.killed, toll.killed)) : [];
  const direct =
    about.length > 0 ? about : drafts.length === 1 ? drafts : sameToll.length === 1 ? sameToll : [];
  const byMeans = direct.length === 0 && inGovernorate.length === 1 ? inGovernorate : [];
  const target = (direct.length > 0 ? direct : byMeans).filter(fits);
  const [d] = target;
  if (target.length !== 1 || !d) return drafts;
  let next: ClaimDraft = d;
  // A headline telling a toll update ("Death toll … rises to 14") gives the latest figure: it replaces
  // a lower one the body told first.
  const own = d.casualties?.killed;
  const raised =
    toll?.update &&
    toll.killed &&
    own &&
    !byMeans.includes(d) &&
    d.casualties?.scope === "incident" &&
    own.max !== null
      ? toll.killed.min > own.max
      : false;
  if (raised && toll?.killed && d.casualties)
    next = { ...next, casualties: { ...d.casualties, killed: toll.killed, update: true } };
  // A claim the headline points at only through its governorate does not take the headline's deaths:
  // they sum up the governorate.
  else if (toll && !byMeans.includes(d) && !d.casualties?.killed && d.casualties?.scope !== "group") {
    const casualties: NonNullable<ClaimDraft["casualties"]> = d.casualties
      ? { ...d.casualties, killed: toll.killed, text: `${title} … ${d.casualties.text}` }
      : { ...toll, text: title, start: -1, end: -1 };
    next = { ...next, casualties };
  }
  // The attackers only go to a claim the headline points at by its place or its toll (a report's only
  // claim may be another attack than the one the headline blames), told as reported, and never when
  // the report tells a denial: the headline's blame is then one party's word.
  const pointed = about.includes(d) || sameToll.includes(d) || byMeans.includes(d);
  if (
    attackers.length > 0 &&
    d.perpetrators.length === 0 &&
    pointed &&
    d.modality === "reported" &&
    !contested(title, k.text)
  )
    next = { ...next, perpetrators: attackers };
  // The headline names the means the body left unnamed ("… killed in the attacks" under "Israeli strikes
  // kill four …"): the claim it points at takes them.
  if (pointed && !EVENT_TYPES[d.eventType].means && EVENT_TYPES[means].means)
    next = { ...next, eventType: means };
  return next === d ? drafts : drafts.map((x) => (x === d ? next : x));
}
