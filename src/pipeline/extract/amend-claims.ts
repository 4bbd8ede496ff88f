/**
 * Amendments pass: a sentence that makes no claim of its own may still tell more about the claims just
 * made. Read forward, each such sentence amends the last claim sentence's drafts (new drafts replace
 * them; the claims pass's output is not changed):
 *  - detail: right after, in the same paragraph or opening the next one by naming the attack again
 *    ("According to local sources, the shells were fired by …"), without a place ("Artillery shells fired
 *    by government forces hit the hospital"): its attacker fills claims that have none, and a means of
 *    violence replaces a generic type;
 *  - responders: hit in a later sentence about the same attack ("bombed the rescuers … killing a number
 *    of them"): their targets and double-tap join;
 *  - tolls and dates (followUp): a toll update revises the single place told so far (within two
 *    sentences); right after, in the same paragraph, a toll (an update too) fills the single claim that has none ("… hit
 *    the village of A on Monday. Two civilians were killed and five injured"), or the group's claims as a
 *    group toll, and an explicit "no one was hurt" gives zero to the claims without a toll, unless the
 *    sentence starts another kind of attack; up to four sentences on (ten in a report that has told
 *    one place only), a toll that names the attack again ("the deaths of nine civilians in this
 *    operation") fills the one settlement claim without deaths, or the settlements it listed as a group;
 *    a detail sentence of the same attack ("The booby-trapped car exploded on Tuesday") dates claims
 *    that have no date.
 * Last, claims that are no incident of the report are dropped: a name the text shows to be a facility,
 * a speaker, an outlet, a party or a person, and a bare "also attacked on <day>" of a place told on
 * another day.
 * `withoutCoarseTwins` (run after the merge) drops governorate and region claims that a settlement claim
 * of the same attack details.
 */
import type { CountRange } from "../../domain/claim.js";
import { type ClaimDraft, isTownArea, looseNameKey } from "./claim-draft.js";
import { addedToll, filledToll, groupFilledToll, namedAsList, revisedToll } from "./claim-tolls.js";
import { distanceKm } from "../../knowledge/gazetteer/geo-distance.js";
import { dateInSentence, isSpeechDate } from "./dates/pick-date.js";
import { sentenceAround } from "./untold-attack.js";
import { EVENT_TYPES } from "./event-lexicon.js";
import { isClaimable } from "./event-segments.js";
import { bestEventType } from "./find-events.js";
import { perpetratorsIn, type RoledActor } from "./find-perpetrators.js";
import { findVictims } from "./find-victims.js";
import {
  CONTINUATION_RE,
  DETAIL_RE,
  family,
  toPerps,
  type SentenceClaims,
  type SentenceFacts,
} from "./make-claims.js";

/** An attack named again by a definite or demonstrative noun phrase: "in this operation", "the strike". */
const REFERS_BACK_RE =
  /\b(?:this|that|the\s+same|the)\s+(?:[\p{L}-]+\s+){0,2}(?:operation|attack|strike|airstrike|raid|incident|massacre|bombing|bombardment|shelling|assault|explosion|blast)(?![\p{L}])/iu;

/**
 * A sentence's opening attribution: "According to SOHR sources, …", or a short subject saying what
 * the evidence shows ("Open source materials indicate (that) …", "Witnesses said …").
 */
const SOURCE_OPENING_RE =
  /^\W*(?:according\s+to\s+[^,.;:]{1,80},\s*|(?:[\p{L}-]+\s+){1,4}(?:indicates?|suggests?|shows?|showed|reveals?|revealed|confirms?|confirmed|says?|said)\s+(?:that\s+)?)/iu;

/** How far on a toll naming the attack again reaches back when the report has told one place only. */
const SOLE_CLAIM_REACH = 10;

/** How one sentence changes the drafts of the last claim sentence. */
type Amend = (d: ClaimDraft) => ClaimDraft;

/** The detail and responder amendments of sentence `f` (possibly none). */
function detailAmendments(
  text: string,
  f: SentenceFacts,
  gap: number,
  sameParagraph: boolean,
  roled: RoledActor[],
): Amend[] {
  const live = f.events.filter((e) => !e.period);
  if (live.length === 0) return [];
  const out: Amend[] = [];
  // The next paragraph details the attack too when it names it again first ("According to local
  // sources, the shells were fired by …").
  const namesItAgain = DETAIL_RE.test(f.sentence.text.replace(SOURCE_OPENING_RE, ""));
  // A governorate or region it names only locates the attack's origin or area ("fired from areas of
  // X in eastern Aleppo countryside"): it made no claim of its own.
  const settlement = f.places.some((p) => isClaimable(p) && p.role === "settlement");
  if (!settlement && gap === 1 && (sameParagraph || namesItAgain)) {
    const type = bestEventType(live.map((e) => e.type));
    const perps = toPerps(perpetratorsIn(text, roled, f.sentence));
    const t = live.find((e) => e.type === type);
    out.push((d) => {
      const means = !EVENT_TYPES[d.eventType].means && EVENT_TYPES[type].means;
      // The attacker of another kind of attack ("… after aerial bombardment on A. A man died of wounds;
      // activists accused border guards of shooting him") is not this attack's.
      const sameKind =
        [family(type), family(d.eventType)].includes("generic") || family(type) === family(d.eventType);
      const fill = d.perpetrators.length === 0 && perps.length > 0 && sameKind;
      if (!means && !fill) return d;
      return {
        ...d,
        ...(means ? { eventType: type, trigger: t ? { start: t.start, end: t.end } : d.trigger } : {}),
        ...(fill ? { perpetrators: [...perps] } : {}),
      };
    });
  }
  if (gap <= 1) {
    const v = findVictims(f.sentence.text, f.sentence.start);
    const responders = v.targets.filter((t) => t.value === "rescuers" || t.value === "medical");
    if (responders.length > 0)
      out.push((d) => ({
        ...d,
        targets: [...d.targets, ...responders.filter((t) => !d.targets.some((x) => x.value === t.value))],
        doubleTap: v.doubleTap ?? d.doubleTap,
      }));
  }
  return out;
}

/** The toll and date amendments of sentence `f` to `claims` (see the module header). */
function followUp(
  text: string,
  f: SentenceFacts,
  gap: number,
  prev: SentenceFacts,
  claims: ClaimDraft[],
  tollPlaces: number,
  soleClaim: boolean,
  mid: SentenceFacts | null,
): ClaimDraft[] {
  const counts = f.casualties.filter((c) => !c.cumulative);
  // A trigger word inside a count ("one of the tribal gunmen were killed") names victims, not an attack;
  // a killing told without its means is the toll itself, not another attack.
  const live = f.events.filter(
    (e) => !e.period && !e.implicit && !counts.some((c) => e.start >= c.start && e.end <= c.end),
  );
  const revising = counts.filter((c) => c.kind === "killed" && c.update);
  // An update revises a toll already told; with none told yet ("… struck A. The toll stands at seven
  // dead."), it is the toll the next sentence gives.
  if (revising.length > 0 && tollPlaces > 0) {
    if (tollPlaces !== 1 || gap > 2) return claims;
    return claims.map((d) => {
      const t = revisedToll(d.casualties, revising);
      return t ? { ...d, casualties: t } : d;
    });
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
  if (!sameEvent) return claims;
  let out = claims;
  // The next paragraph may go on with the same attack when it opens with an attack of the same kind
  // ("… were shelled. ¶ The regime also bombed the rescuers, killing and injuring a number of them").
  const adjacent =
    gap === 1 &&
    (f.sentence.paragraph === prev.sentence.paragraph ||
      (f.sentence.paragraph === prev.sentence.paragraph + 1 && live.length > 0));
  if (adjacent && counts.length > 0) {
    const nonZero = counts.filter((c) => c.rule !== "negation:none");
    const fill = (d: ClaimDraft, toll: ClaimDraft["casualties"]) => (toll ? { ...d, casualties: toll } : d);
    if (nonZero.length === 0) {
      out = out.map((d) =>
        !d.casualties?.killed && d.casualties?.scope !== "group"
          ? fill(d, filledToll(text, d.casualties, counts))
          : d,
      );
    } else if (out.length === 1 && nonZero.some((c) => c.more) && first.casualties) {
      out = [fill(first, addedToll(text, first.casualties, nonZero))];
    } else if (out.length === 1 && (!first.casualties?.killed || !first.casualties.injured)) {
      out = [fill(first, filledToll(text, first.casualties, nonZero))];
    } else if (out.length > 1 && first.groupId !== null && out.every((d) => d.groupId === first.groupId)) {
      out = out.map((d) => fill(d, groupFilledToll(text, d.casualties, nonZero)));
    }
  }
  // "… killing two civilians. ¶ When our teams arrived, the warplanes struck the same spot again. A
  // volunteer was killed, and another civilian was killed": persons added after a sentence that goes
  // on with the same attack without a place of its own add to its toll.
  const goesOn =
    mid !== null &&
    gap === 2 &&
    mid.sentence.paragraph === f.sentence.paragraph &&
    mid.sentence.paragraph - prev.sentence.paragraph <= 1 &&
    !mid.places.some(isClaimable) &&
    mid.events.some((e) => !e.period && !e.implicit && family(e.type) === family(first.eventType));
  if (goesOn && out.length === 1 && first.casualties && counts.some((c) => c.more)) {
    const toll = addedToll(text, first.casualties, counts);
    if (toll) out = [{ ...first, casualties: toll }];
  }
  // A later toll that names the attack it counts ("we documented the deaths of nine civilians in this
  // operation") is the toll of the settlement the claim sentence placed it in (the first, when one attack
  // names several apart), across paragraphs, up to four sentences on with no other claim between.
  // A report that has told one claim so far keeps referring to that attack further on.
  const reach = soleClaim ? SOLE_CLAIM_REACH : 4;
  // "… killed in the attack": the trigger of the phrase that names the attack again is no new attack.
  const back = REFERS_BACK_RE.exec(f.sentence.text);
  const backStart = f.sentence.start + (back?.index ?? 0);
  const backEnd = backStart + (back?.[0].length ?? 0);
  const fresh = live.filter((e) => !(back && e.start >= backStart && e.end <= backEnd));
  if (!adjacent && gap <= reach && fresh.length === 0 && back) {
    const deaths = counts.filter((c) => c.kind === "killed" && c.range.min > 0);
    // Several settlements of one attack told apart ("near the road between A and B crossing in C"):
    // the first is where it struck, the others locate it. Settlements named as one list ("shelling
    // on A, B and C") share the toll as a group.
    const settled = out.filter((d) => d.place.role === "settlement");
    const oneAttack = settled.every((d) => d.trigger?.start === settled[0]?.trigger?.start);
    const listed =
      oneAttack &&
      namedAsList(
        text,
        settled.map((d) => d.place),
      );
    const only = oneAttack
      ? [...settled].sort((a, b) => a.place.candidate.start - b.place.candidate.start)[0]
      : undefined;
    if (deaths.length > 0 && listed) {
      out = out.map((d) => {
        const toll = settled.includes(d) ? groupFilledToll(text, d.casualties, deaths) : null;
        return toll ? { ...d, casualties: toll } : d;
      });
    } else if (deaths.length > 0 && only && !only.casualties?.killed) {
      const toll = filledToll(text, only.casualties, deaths);
      if (toll) out = out.map((d) => (d === only ? { ...d, casualties: toll } : d));
    }
  }
  const detail =
    live.length > 0 && (DETAIL_RE.test(f.sentence.text) || CONTINUATION_RE.test(f.sentence.text));
  // A sentence whose toll the attack just told takes also tells its day ("… strikes targeted A. A
  // strike on August 6 killed three civilians").
  const tookToll = live.length > 0 && out.some((d, k) => d.casualties !== claims[k]?.casualties);
  if ((detail || tookToll) && gap <= 2 && out.every((d) => d.date === null)) {
    const date = dateInSentence(text, f.dates, f.sentence, live[0]!);
    if (date) out = out.map((d) => ({ ...d, date }));
  }
  return out;
}

/**
 * The drafts of every sentence after the amendments of the sentences that follow them, in text order.
 * @param made the claims pass's output, one entry per sentence
 */
export function amendClaims(
  text: string,
  facts: SentenceFacts[],
  made: SentenceClaims[],
  roled: RoledActor[],
): ClaimDraft[] {
  const drafts: ClaimDraft[][] = made.map((m) => m.claims);
  let lastSentence = -10;
  // The places claimed so far: a report about one place keeps referring to its attack further on.
  const placesSoFar = new Set<string>();
  facts.forEach((f, i) => {
    // A campaign or tally amends nothing.
    if (f.events.length > 0 && f.events.every((e) => e.period)) return;
    if (made[i]!.claims.length > 0) {
      lastSentence = i;
      for (const d of made[i]!.claims)
        placesSoFar.add(d.place.entry?.id ?? looseNameKey(d.place.candidate.mention));
      return;
    }
    if (lastSentence < 0) return;
    const gap = i - lastSentence;
    const prev = facts[lastSentence]!;
    const sameParagraph = f.sentence.paragraph === prev.sentence.paragraph;
    let claims = drafts[lastSentence]!;
    for (const amend of detailAmendments(text, f, gap, sameParagraph, roled)) claims = claims.map(amend);
    if (!f.places.some(isClaimable))
      claims = followUp(
        text,
        f,
        gap,
        prev,
        claims,
        made[i]!.tollPlaces,
        placesSoFar.size === 1,
        gap === 2 ? facts[i - 1]! : null,
      );
    drafts[lastSentence] = claims;
  });
  const all = drafts.flat().filter((d) => !namesNoPlace(text, d) && !namedByItsDay(text, facts, d));
  const bare = (d: ClaimDraft) => bareMention(d) && refersBack(text, d);
  const told = all.filter((d) => !bare(d));
  const samePlace = (a: ClaimDraft, b: ClaimDraft) =>
    a.place.entry !== null
      ? a.place.entry.id === b.place.entry?.id
      : looseNameKey(a.place.candidate.mention) === looseNameKey(b.place.candidate.mention);
  return all.filter(
    (d) =>
      (!bare(d) || !told.some((o) => samePlace(o, d) && o.date?.startDate !== d.date?.startDate)) &&
      !elsewhereByTheAttack(text, facts, d, told),
  );
}

/** "the attack", "this strike": one attack named as the one the reader knows. */
const SINGULAR_DEFINITE_RE =
  /^(?:attack|strike|air\s*strike|air\s*raid|raid|bombing|shelling|bombardment|explosion|blast|massacre)$/i;
const THIS_BEFORE_RE = /(?<![\p{L}])(?:the|this|that)\s+(?:[\p{L}-]+\s+)?$/iu;
/** "shortly before the", "after this", "during the": the attack as the time of another act. */
const TIME_PHRASE_BEFORE_RE =
  /(?<![\p{L}])(?:before|after|during|following|ahead\s+of|since)\s+(?:the|this|that)\s+(?:[\p{L}-]+\s+)?$/iu;
/** "the attack on A", "the strike in the village of A": the place inside the attack's own phrase. */
const OWN_PHRASE_GAP_RE =
  /^\s+(?:on|in|at|of|against|near|targeting)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,4}$/iu;

/**
 * A place named in the sentence of "the attack" told before, outside the attack's own phrase ("A
 * fixed-wing aircraft was seen circling over B shortly before the attack", "The attack forced the
 * hospital to close, leaving the nearest one in B"): a singular definite noun is the one attack already
 * told at another place on that day, so B is no place of it, unless the sentence gives it a toll or
 * tells another attack.
 */
function elsewhereByTheAttack(
  text: string,
  facts: SentenceFacts[],
  d: ClaimDraft,
  told: ClaimDraft[],
): boolean {
  if (!d.trigger || d.casualties || !d.date?.startDate) return false;
  if (!SINGULAR_DEFINITE_RE.test(text.slice(d.trigger.start, d.trigger.end))) return false;
  if (!THIS_BEFORE_RE.test(text.slice(Math.max(0, d.trigger.start - 30), d.trigger.start))) return false;
  if ((facts[d.sentence]?.events ?? []).filter((e) => !e.period).length !== 1) return false;
  const p = d.place.candidate;
  // Only a place outside the attack's clause: before the attack named in a time phrase ("over B shortly
  // before the attack"), or after it past a comma ("The attack …, leaving … in B").
  const outside =
    p.start < d.trigger.start
      ? TIME_PHRASE_BEFORE_RE.test(text.slice(Math.max(0, d.trigger.start - 40), d.trigger.start))
      : /[,;]/.test(text.slice(d.trigger.end, p.start)) &&
        !OWN_PHRASE_GAP_RE.test(text.slice(d.trigger.end, p.start));
  if (!outside) return false;
  return told.some(
    (o) =>
      o.sentence < d.sentence &&
      // A region or governorate told first may be detailed by a village afterwards ("… in rural Idlib.
      // Aircraft circled the village of A after the strike"): only a settlement's attack is whole.
      o.place.role === "settlement" &&
      o.date?.startDate === d.date?.startDate &&
      (o.place.entry?.id ?? o.place.candidate.mention) !== (d.place.entry?.id ?? p.mention),
  );
}

/** How far from a region's centre a settlement still lies inside it (Jabal al-Zawiya, Sahl al-Ghab). */
const REGION_RADIUS_KM = 20;

function coordinatesOf(p: ClaimDraft["place"]): { lat: number; lon: number } | null {
  if (p.entry && p.entry.lat !== null && p.entry.lon !== null) return { lat: p.entry.lat, lon: p.entry.lon };
  return p.anchor ? { lat: p.anchor.lat, lon: p.anchor.lon } : null;
}

/** How far from a town the villages of its countryside lie: a district's radius (place-resolve.ts). */
const COUNTRYSIDE_RADIUS_KM = 35;

/** The settlement claim `o` lies inside the governorate, region or town's countryside of the coarse claim `d`. */
function liesIn(o: ClaimDraft, d: ClaimDraft): boolean {
  if (d.place.role === "admin")
    return o.place.admin1 === null || d.place.admin1 === null || o.place.admin1 === d.place.admin1;
  const at = coordinatesOf(o.place);
  if (at === null) return false;
  if (isTownArea(d)) {
    const town = coordinatesOf(d.place);
    return town !== null && distanceKm(town, at) <= COUNTRYSIDE_RADIUS_KM;
  }
  const region = d.place.regionEntry;
  return region !== null && distanceKm(region, at) <= REGION_RADIUS_KM;
}

/**
 * A governorate- or region-level claim dated only by its month is no incident. One is redundant when the report also places an attack of the same
 * family (or a generic one) on a compatible day in a settlement inside that governorate or region: the
 * coarse mention is the same attack told less precisely ("bombing on an axis in the Idlib countryside"
 * and "shelling on the Al-Bara axis in the southern countryside of Idlib"; "Daesh executed 50 people
 * in Hama" and "attacks against the villages of A and B"; "the village of A in Jabal al-Zawiya. Jabal
 * al-Zawiya was targeted …"). ACLED codes an event once, at its finest place. Applied after the merge,
 * which already folds a summary into the details told right after it with the same attackers.
 */
export function withoutCoarseTwins(drafts: ClaimDraft[]): ClaimDraft[] {
  return drafts.filter((d) => {
    if (hasVillageTwin(d, drafts)) return false;
    if (d.place.role !== "admin" && d.place.role !== "region" && !isTownArea(d)) return true;
    // "the hospital attacks in Idlib province during the month of April 2017": a governorate over a
    // month is a campaign or a tally, not one incident.
    if (d.date?.precision === "month") return false;
    const fam = family(d.eventType);
    return !drafts.some(
      (o) =>
        o !== d &&
        o.place.role === "settlement" &&
        !isTownArea(o) &&
        liesIn(o, d) &&
        (fam === "generic" || family(o.eventType) === "generic" || family(o.eventType) === fam) &&
        (o.date?.startDate == null || d.date?.startDate == null || o.date.startDate === d.date.startDate) &&
        tollsAgree(o, d),
    );
  });
}

/**
 * A town's claim told again at a village the text locates by that town, with the same toll: "four people
 * were wounded in a Turkish shelling of Tel Tamr town … Four people were wounded in the village of X,
 * west of Tel Tamr". The same victims make it one attack, told the second time at its finer place.
 */
function hasVillageTwin(d: ClaimDraft, drafts: ClaimDraft[]): boolean {
  const town = d.place.entry?.id;
  if (d.place.role !== "settlement" || !town || !d.casualties) return false;
  const fam = family(d.eventType);
  return drafts.some(
    (o) =>
      o !== d &&
      o.place.anchor?.gazetteerId === town &&
      (fam === "generic" || family(o.eventType) === "generic" || family(o.eventType) === fam) &&
      (o.date?.startDate == null || d.date?.startDate == null || o.date.startDate === d.date.startDate) &&
      sameVictims(o, d),
  );
}

/** Both claims count their victims, and count them alike (killed and injured, each as the other). */
function sameVictims(a: ClaimDraft, b: ClaimDraft): boolean {
  const x = a.casualties;
  const y = b.casualties;
  if (!x || !y || x.scope !== "incident" || y.scope !== "incident") return false;
  const same = (p: CountRange | null, q: CountRange | null) =>
    p === null ? q === null : q !== null && p.min === q.min && p.max === q.max;
  return (x.killed !== null || x.injured !== null) && same(x.killed, y.killed) && same(x.injured, y.injured);
}

/** Two death tolls that cannot both be one attack's (4 killed and 9 killed) tell two attacks apart. */
function tollsAgree(a: ClaimDraft, b: ClaimDraft): boolean {
  const x = a.casualties?.killed;
  const y = b.casualties?.killed;
  if (!x || !y) return true;
  return x.min <= (y.max ?? Infinity) && y.min <= (x.max ?? Infinity);
}

/**
 * A place said only to have been "attacked" or "targeted" on a given day, with no means, no attacker
 * and no toll ("the hospital was also attacked on 25 March 2017"): a back-reference to an earlier attack
 * on a place whose incident the report tells on another day. It gives no claim then.
 */
function bareMention(d: ClaimDraft): boolean {
  return (
    !EVENT_TYPES[d.eventType].means &&
    d.perpetrators.length === 0 &&
    !d.casualties &&
    d.date?.precision === "day" &&
    d.date.startDate !== null
  );
}

/** "the 3 August incident", "the 9 July 2016 attack": an incident named by its day. */
const THE_BEFORE_RE = /(?<![\p{L}])the\s+$/iu;
const INCIDENT_AFTER_RE =
  /^\s+(?:incidents?|attacks?|strikes?|air\s*strikes?|bombings?|shelling|raids?)(?![\p{L}])/iu;

/** "… air-strikes in Syria", "strikes across the country": attacks placed in a whole country. */
const COUNTRY_AFTER_RE =
  /^\s+(?:in|across|over|throughout|inside)\s+(?:(?:all\s+(?:of\s+)?)?Syria|the\s+(?:whole\s+|entire\s+)?country)(?![\p{L}])/u;

/**
 * A claim whose sentence names no place of its own and names its incident by its day ("For the 3
 * August incident, the munition type could be determined"): the sentence adds detail to an incident the
 * text tells elsewhere, so it gives no claim at the place the paragraph last named. Nor does one whose
 * sentence places its attacks in the whole country ("a press conference about their air-strikes in
 * Syria"): a campaign, not an attack at that place.
 */
function namedByItsDay(text: string, facts: SentenceFacts[], d: ClaimDraft): boolean {
  const s = facts[d.sentence]?.sentence;
  if (!s) return false;
  const own = d.place.candidate.start >= s.start && d.place.candidate.start < s.end;
  if (own) return false;
  if (d.trigger && COUNTRY_AFTER_RE.test(text.slice(d.trigger.end, d.trigger.end + 40))) return true;
  if (!d.date || d.date.precision !== "day") return false;
  return (
    THE_BEFORE_RE.test(text.slice(Math.max(0, d.date.start - 8), d.date.start)) &&
    INCIDENT_AFTER_RE.test(text.slice(d.date.end, d.date.end + 20))
  );
}

/** "also", "again", "previously": words that refer an attack back to others told. */
const BACK_REFERENCE_RE = /(?<![\p{L}])(?:also|again|previously|earlier|before|once\s+more|too)(?![\p{L}])/iu;

/**
 * "the 2017 September 19th and March 25th attacks", "the 9 July attack": a noun phrase that names
 * attacks by their days, as the reader already knows them (only numbers, months, "and" and commas
 * between "the" and the attack's word).
 */
const DAYS_NAMING_RE =
  /(?<![\p{L}])the\s+(?:(?:\d{1,4}(?:st|nd|rd|th)?|jan\p{L}*|feb\p{L}*|mar\p{L}*|apr\p{L}*|may|june?|july?|aug\p{L}*|sep\p{L}*|oct\p{L}*|nov\p{L}*|dec\p{L}*|and|&|,)\s*)+$/iu;

/**
 * True when the sentence of the draft's attack refers it back to others ("was also attacked"), names
 * it by its day ("compared to the September 19th attack") or is dated only by a statement's day.
 */
function refersBack(text: string, d: ClaimDraft): boolean {
  if (!d.trigger) return false;
  const s = sentenceAround(text, d.trigger.start, d.trigger.end);
  if (BACK_REFERENCE_RE.test(text.slice(s.start, s.end))) return true;
  if (!d.date) return false;
  // Dated only by the day a statement was made ("On 30 October the ministry responded to the
  // allegations about its strikes"): the attack is the statement's topic.
  if (isSpeechDate(text, d.date)) return true;
  if (d.date.end > d.trigger.start) return false;
  const phrase = text.slice(Math.max(s.start, d.trigger.start - 60), d.trigger.start);
  const m = DAYS_NAMING_RE.exec(phrase);
  return m !== null && d.trigger.start - phrase.length + m.index <= d.date.start;
}

/** Words that make a name a facility's or a base's, not a village's ("Al-Rahma hospital", "X airbase"). */
const FACILITY_RE =
  /^(?:[\s-]*(?:surgical|general|national|central|field|military))?[\s-]*(?:hospitals?|clinic|medical\s+(?:point|cent(?:er|re))|air\s*base|airbase|military\s+base|airport|street|road|university|school|prison)(?![\p{L}])/iu;
/** A name right before an actor's noun is an attribute of the actor ("Damascus government forces"). */
const ACTOR_AFTER_RE =
  /^(?:-(?:backed|led|based|aligned|affiliated|allied|controlled)|\s+(?:government|regime|authorities|administration|army|troops|forces|militias?|loyalists))(?![\p{L}])/iu;
/** "bin", "ibn", "abu", "umm" (then maybe "al-") right before a name: a person's name goes on. */
const PERSON_PARTICLE_BEFORE_RE = /(?<![\p{L}])(?:bin|ibn|bint|abu|umm)\s+(?:al[-\s]\s*)?$/iu;
/** A name followed by a verb of publishing is an outlet ("Al Jazeera has published a video"). */
const PUBLISHER_RE =
  /^\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:published|aired|broadcast|posted|released|uploaded)(?![\p{L}])/iu;
const MEDIUM_AFTER_RE =
  /^\s+(?:video|videos|footage|reporter|correspondent|channel|broadcast|article|website|TV)(?![\p{L}])/u;
/** A name followed by a verb of saying is a speaker ("…, PressTV reported"). */
const SPEAKER_RE = /^\s+(?:reported|reports|said|says|quoted|announced|stated|wrote|tweeted)(?![\p{L}])/iu;

/**
 * An unresolved name that the text shows to be a facility, a base or a speaker and not a populated
 * place: the incident is the town's, which the text names elsewhere; such a name gives no claim.
 */
function namesNoPlace(text: string, d: ClaimDraft): boolean {
  const p = d.place;
  // "Damascus government forces", "Ankara-backed factions": a capital standing for a state or a party.
  if (!p.entry || p.precision !== "settlement")
    if (ACTOR_AFTER_RE.test(text.slice(p.candidate.end, p.candidate.end + 30))) return true;
  // "Omar Bin Al Khattab Mosque": a name after a kinship particle is part of a person's name.
  if (PERSON_PARTICLE_BEFORE_RE.test(text.slice(Math.max(0, p.candidate.start - 12), p.candidate.start)))
    return true;
  // "Al Jazeera has published a video …": a name that publishes is an outlet, whatever else it names.
  // "the Al Jazeera video", "the X reporter": a name that qualifies a medium is an outlet too.
  const next = text.slice(p.candidate.end, p.candidate.end + 40);
  if (PUBLISHER_RE.test(next) || MEDIUM_AFTER_RE.test(next)) return true;
  if (p.entry || p.regionEntry || p.precision !== "unresolved") return false;
  // "the Mezzeh military airport in Damascus": an airfield the gazetteer lacks is still where the attack
  // struck, in the governorate its text names (coded to its capital); the town it serves is context.
  if (p.candidate.shape === "airfield" && p.admin1) return false;
  const after = text.slice(p.candidate.end, p.candidate.end + 40);
  const own = p.candidate.mention.split(/\s+/);
  const tail = own.length > 1 ? " " + own.slice(1).join(" ") : "";
  return FACILITY_RE.test(tail) || FACILITY_RE.test(after) || SPEAKER_RE.test(after);
}
