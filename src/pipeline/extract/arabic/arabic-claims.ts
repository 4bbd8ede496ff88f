/**
 * Claims of an Arabic report from what each sentence says (its attack words, places, attackers,
 * tolls and days), in two passes:
 *  - `sentenceDrafts`: a sentence telling an attack makes a draft at each of its sites (else at the
 *    places that only locate it, else at its governorate or region); one toll told for several sites is
 *    their joint toll (scope "group"); a sentence without a day or attacker of its own takes the last
 *    ones told before it in its paragraph;
 *  - `followingTolls`: a sentence with a toll and no attack word that names no other site goes on with
 *    the attack told within the three sentences before ("… قصفت قرية X. وأسفر القصف عن مقتل طفل"), and
 *    so does an attack told with no place at all ("… في قصف على القرية"); its toll joins that attack's
 *    drafts. News writes a paragraph a sentence, so the story runs across paragraphs.
 * Every value keeps its span in the report's text.
 */
import type { CountRange, EventTypeCode, IncidentClaim } from "../../../domain/claim.js";
import type {
  ArabicDate,
  ArabicEventMention,
  ArabicPerpetrator,
  ArabicToll,
  SentenceSpan,
} from "./arabic-facts.js";
import type { ArabicPlaceMention } from "./arabic-places.js";
import { bestEventType } from "../find-events.js";

/** What one sentence says, its spans still relative to the sentence. */
export interface SentenceFacts {
  /** Offset of the sentence in the text the spans are to be shifted into. */
  start: number;
  paragraph: number;
  events: ArabicEventMention[];
  places: ArabicPlaceMention[];
  perpetrators: ArabicPerpetrator[];
  tolls: ArabicToll[];
  dates: ArabicDate[];
  /** Offsets in the sentence of its clause marks ("،" "," "؛" ";"), in order; none if not given. */
  clauseMarks?: number[];
  /** The sentence's own text (its places' spans index it), when given. */
  text?: string;
  /**
   * Offset in the sentence where it turns to background told in the pluperfect ("وكانت … قد قصفت",
   * "سبق أن"), if it does.
   */
  background?: number | null;
}

/** A span in the report's text. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface ArabicDraft {
  sentence: number;
  eventType: EventTypeCode;
  trigger: TextSpan;
  place: IncidentClaim["place"];
  placeSpan: TextSpan;
  date: IncidentClaim["date"] | null;
  dateSpan: TextSpan | null;
  perpetrators: (IncidentClaim["perpetrators"][number] & TextSpan)[];
  toll: {
    killed: CountRange | null;
    injured: CountRange | null;
    unspecified: CountRange | null;
    scope: "incident" | "group";
    spans: TextSpan[];
  } | null;
  groupId: string | null;
  victimGroups: IncidentClaim["victimGroups"];
  targets: IncidentClaim["targets"];
}

/** How many sentences back a toll or a placeless attack may go on with an attack told before. */
const FOLLOW_SENTENCES = 3;

const shifted = (start: number, s: SentenceSpan): TextSpan => ({
  start: start + s.start,
  end: start + s.end,
});

function larger(a: CountRange | null, b: CountRange | null): CountRange | null {
  if (!a) return b;
  if (!b) return a;
  return b.min > a.min ? b : a;
}

/** One toll of the sentence's tolls: the largest count of each kind, with every wording. */
function sentenceToll(f: SentenceFacts): Omit<NonNullable<ArabicDraft["toll"]>, "scope"> | null {
  // Fighters killed are the armed side's loss, not the civilian harm the claim counts (their targets
  // still say "military").
  // A tally over a period ("منذ حزيران") is many attacks' toll, not this one's.
  const told = f.tolls.filter((t) => !t.combatant && !t.tally && (t.killed || t.injured || t.unspecified));
  if (told.length === 0) return null;
  return {
    killed: told.reduce<CountRange | null>((a, t) => larger(a, t.killed), null),
    injured: told.reduce<CountRange | null>((a, t) => larger(a, t.injured), null),
    unspecified: told.reduce<CountRange | null>((a, t) => larger(a, t.unspecified), null),
    spans: told.map((t) => shifted(f.start, t)),
  };
}

/** Words that put the place before them inside or beside the place after: "بمدينة", "بالقرب من". */
const PLACED_BY =
  /^\s*(?:(?:ب|في\s+)(?:مدينة|بلدة|قرية|ناحية)|(?:بالقرب\s+من|قرب)(?:\s+(?:مدينة|بلدة|قرية))?)\s*$/;

/**
 * The places a sentence's attack is at: its sites, else its locators, else its regions. A site the
 * gazetteer lacks, placed by a known site right after it ("حي الجورة بمدينة دير الزور", "قرية X
 * بالقرب من مدينة Y"), is told at that one: not a second site.
 */
function attackPlaces(f: SentenceFacts): ArabicPlaceMention[] {
  const withPoint = (p: ArabicPlaceMention) => p.place.lat !== null || p.place.precision === "unresolved";
  for (const role of ["site", "locator", "region"] as const) {
    const found = f.places.filter((p) => p.role === role && withPoint(p));
    const placed = (p: ArabicPlaceMention, i: number) => {
      const next = found[i + 1];
      return (
        p.place.lat === null &&
        f.text !== undefined &&
        next !== undefined &&
        next.place.lat !== null &&
        PLACED_BY.test(f.text.slice(p.end, next.start))
      );
    };
    const kept = found.filter((p, i) => !placed(p, i));
    if (kept.length > 0) return kept;
  }
  return [];
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** Each place once (its first mention): one village named twice is one site, not two. */
function distinctPlaces(places: ArabicPlaceMention[]): ArabicPlaceMention[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const key = placeKeyOf(p.place);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The one site a sentence of several sites tells its toll at: every toll told in a clause that names
 * no site or only that one ("… قصف على ريف البلدة، حيث سقطت قذيفة في قرية A ما أدى لاستشهاده، فيما
 * يطال القصف قرى B وA"), and some toll in a clause naming it. Null when a toll's clause names two
 * sites or none does: the toll is then the sites' joint toll.
 */
function tollSite(f: SentenceFacts, places: ArabicPlaceMention[]): string | null {
  const marks = f.clauseMarks ?? [];
  const clauseOf = (at: number) => marks.filter((m) => m < at).length;
  const keys = new Set<string>();
  for (const t of f.tolls) {
    if (t.combatant || t.tally || !(t.killed || t.injured || t.unspecified)) continue;
    const clause = clauseOf(t.start);
    if (clauseOf(t.end - 1) !== clause) return null;
    for (const p of places) if (clauseOf(p.start) === clause) keys.add(placeKeyOf(p.place));
  }
  return keys.size === 1 ? [...keys][0]! : null;
}

/** The drafts of each sentence that tells an attack at a place. */
export function sentenceDrafts(facts: readonly SentenceFacts[]): ArabicDraft[] {
  const out: ArabicDraft[] = [];
  type Dated = { date: IncidentClaim["date"]; span: TextSpan; paragraph: number };
  let firstDate: Dated | null = null;
  let lastDate: Dated | null = null;
  let lastPerps: { perps: ArabicDraft["perpetrators"]; sentence: number } | null = null;
  for (let sentence = 0; sentence < facts.length; sentence++) {
    const f = facts[sentence]!;
    const perps = f.perpetrators.map((p) => ({
      actorId: p.actorId,
      name: p.name,
      mention: p.text,
      role: "primary" as const,
      ...shifted(f.start, p),
    }));
    const ownDate = f.dates[0];
    if (ownDate) lastDate = { date: ownDate.date, span: shifted(f.start, ownDate), paragraph: f.paragraph };
    firstDate ??= lastDate;
    const events = f.events.filter((e) => !e.untold);
    if (events.length > 0 && perps.length > 0) lastPerps = { perps, sentence };
    const places = distinctPlaces(attackPlaces(f));
    if (events.length === 0 || places.length === 0) continue;
    // An attack told in the pluperfect without a day of its own is background to the story ("وكانت
    // الطائرات قد قصفت البلدة"), as the English path reads an attack mentioned without being told.
    const background = f.background ?? null;
    if (background !== null && !ownDate && events.every((e) => e.start > background)) continue;
    const told = sentenceToll(f);
    const site = places.length > 1 && told !== null ? tollSite(f, places) : null;
    const group = places.length > 1 && told !== null && site === null;
    // The day and attackers of the paragraph's story go on until a sentence names others; without one
    // told in the paragraph, the day the report's lead tells.
    const date: Dated | null = lastDate?.paragraph === f.paragraph ? lastDate : firstDate;
    const recent = lastPerps && sentence - lastPerps.sentence <= FOLLOW_SENTENCES ? lastPerps.perps : [];
    const attackers = perps.length > 0 ? perps : recent;
    const eventType = bestEventType(events.map((e) => e.eventType));
    const trigger = shifted(f.start, events.find((e) => e.eventType === eventType) ?? events[0]!);
    for (const p of places) {
      // With the toll at one site, the sentence's other sites are attacked without it.
      const other = site !== null && placeKeyOf(p.place) !== site;
      const toll = other ? null : told;
      out.push({
        sentence,
        eventType,
        trigger,
        place: p.place,
        placeSpan: shifted(f.start, p),
        date: date?.date ?? null,
        dateSpan: date?.span ?? null,
        perpetrators: attackers.map((a) => ({ ...a })),
        toll: toll ? { ...toll, scope: group ? "group" : "incident" } : null,
        groupId: group && toll ? `g${toll.spans[0]!.start}` : null,
        victimGroups: other ? [] : unique(f.tolls.flatMap((t) => t.victimGroups)),
        targets: other ? [] : unique(f.tolls.flatMap((t) => t.targets)),
      });
    }
  }
  return out;
}

/**
 * Tolls told after their attack: a sentence with a toll and no attack word of its own (or an attack
 * word but no place) whose sites, if it names any, are the sites of the attack told within the last
 * {@link FOLLOW_SENTENCES} sentences adds its toll, victims and attackers to that
 * attack's drafts.
 */
export function followingTolls(facts: readonly SentenceFacts[], drafts: ArabicDraft[]): ArabicDraft[] {
  const bySentence = new Map<number, ArabicDraft[]>();
  for (const d of drafts) bySentence.set(d.sentence, [...(bySentence.get(d.sentence) ?? []), d]);
  const out = drafts.map((d) => ({ ...d }));
  const own = new Map<ArabicDraft, ArabicDraft>(drafts.map((d, i) => [d, out[i]!]));
  let last: { sentence: number; drafts: ArabicDraft[] } | null = null;
  for (let sentence = 0; sentence < facts.length; sentence++) {
    const f = facts[sentence]!;
    const made = bySentence.get(sentence);
    if (made) {
      last = { sentence, drafts: made.map((d) => own.get(d)!) };
      continue;
    }
    const toll = sentenceToll(f);
    if (!toll || !last || sentence - last.sentence > FOLLOW_SENTENCES) continue;
    // A sentence whose every attack word is untold (recalled, expected, denied) tells that act's toll
    // ("أحيا الأهالي ذكرى مجزرة قتل فيها 20 مدنياً"), not the story's.
    if (f.events.length > 0 && f.events.every((e) => e.untold)) continue;
    // A sentence dated to another day or period is another story ("… مقتل 63 طفلاً منذ حزيران").
    const told = last.drafts[0]!.date;
    if (f.dates.length > 0 && !f.dates.some((d) => sameDate(d.date, told))) continue;
    const sites = distinctPlaces(f.places.filter((p) => p.role === "site"));
    const targets = last.drafts.filter(
      (d) => sites.length === 0 || sites.some((s) => samePlace(s.place, d.place)),
    );
    if (targets.length === 0) {
      // A toll that counts nobody ("ولا إصابات في مدينة A") places no victims anywhere.
      const someone = [toll.killed, toll.injured, toll.unspecified].some((c) => c && (c.max ?? c.min) > 0);
      if (!someone) continue;
      // Victims of the attack just told, at another of its places ("… ثلاثة منهم في مدينة A. وأصيبت
      // الطفلة الرابعة في بلدة B"): a draft there, of the same attack.
      const model = last.drafts[0]!;
      for (const p of sites)
        out.push({
          ...model,
          sentence,
          place: p.place,
          placeSpan: shifted(f.start, p),
          perpetrators: model.perpetrators.map((x) => ({ ...x })),
          toll: { ...toll, scope: sites.length > 1 ? "group" : "incident" },
          groupId: sites.length > 1 ? `g${toll.spans[0]!.start}` : null,
          victimGroups: unique(f.tolls.flatMap((t) => t.victimGroups)),
          targets: unique(f.tolls.flatMap((t) => t.targets)),
        });
      continue;
    }
    const group = targets.length > 1;
    for (const d of targets) {
      const had = d.toll;
      d.toll =
        had && !(had.scope === "group" && !group)
          ? {
              killed: larger(had.killed, toll.killed),
              injured: larger(had.injured, toll.injured),
              unspecified: larger(had.unspecified, toll.unspecified),
              scope: had.scope,
              spans: [...had.spans, ...toll.spans],
            }
          : { ...toll, scope: group ? "group" : "incident" };
      if (group) d.groupId ??= `g${toll.spans[0]!.start}`;
      d.victimGroups = unique([...d.victimGroups, ...f.tolls.flatMap((t) => t.victimGroups)]);
      d.targets = unique([...d.targets, ...f.tolls.flatMap((t) => t.targets)]);
      if (d.perpetrators.length === 0)
        d.perpetrators = f.perpetrators.map((p) => ({
          actorId: p.actorId,
          name: p.name,
          mention: p.text,
          role: "primary" as const,
          ...shifted(f.start, p),
        }));
    }
  }
  return out;
}

/** Two dates that may be one day: either unknown, or overlapping. */
function sameDate(a: IncidentClaim["date"] | null, b: IncidentClaim["date"] | null): boolean {
  if (!a?.start || !b?.start) return true;
  return a.start <= (b.end ?? b.start) && b.start <= (a.end ?? a.start);
}

/** The same place: one gazetteer entry or region, or one unknown name. */
export function samePlace(a: IncidentClaim["place"], b: IncidentClaim["place"]): boolean {
  return placeKeyOf(a) === placeKeyOf(b);
}

/** The key of a claim's place: its gazetteer or region id, else its folded mention. */
export function placeKeyOf(p: IncidentClaim["place"]): string {
  return p.gazetteerId ?? `~${p.mention.replace(/^(?:ال)/, "")}`;
}
