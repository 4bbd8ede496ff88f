/**
 * Incident claims of a report (no statements), as named passes over data that each pass copies instead
 * of changing, in this order:
 *   sentences → actors → places → facts (triggers, tolls, dates per sentence) → refined events →
 *   claims → list and table entries → amendments → attribution → context means → merge (one claim per place per day) →
 *   fact-box tolls → the headline's toll and attackers.
 */
import type { ActorLookup } from "../../domain/actors.js";
import type { IncidentClaim } from "../../domain/claim.js";
import type { PlaceLookup } from "../../domain/places.js";
import type { Report } from "../../domain/report.js";
import { amendClaims, withoutCoarseTwins } from "./amend-claims.js";
import { findCasualties } from "./casualties/find-casualties.js";
import { type ClaimDraft, mergeDrafts, toIncidentClaim } from "./claim-draft.js";
import { withContextMeans } from "./context-means.js";
import { findDates, statedDaysOf } from "./dates/find-dates.js";
import { withFactBoxTolls } from "./fact-box-toll.js";
import { publishedInText } from "./dates/text-published.js";
import { isClaimable } from "./event-segments.js";
import { findEvents } from "./find-events.js";
import { findPlaces } from "./find-places.js";
import { findRoledActors } from "./find-perpetrators.js";
import { withListedIncidents } from "./listed-incidents.js";
import { makeClaims, type SentenceFacts } from "./make-claims.js";
import { withHeadline } from "./headline-toll.js";
import { findPlaceCandidates } from "./place-candidates.js";
import { refineAttribution } from "./refine-attribution.js";
import { sectionKinds } from "./report-sections.js";
import { inReportTime, withoutUntoldMentions } from "./report-time.js";
import { inBackground, refineEvents } from "./refine-events.js";
import type { ResolvedPlace } from "./resolved-place.js";
import { type Sentence, splitSentences } from "./sentences.js";

/** Admin1 areas named in the title ("... in rural Idlib"): low-priority hints only. */
function titleAdmins(title: string | null, places: PlaceLookup): string[] {
  if (!title) return [];
  const out: string[] = [];
  for (const c of findPlaceCandidates(title, 0, [])) {
    const a = places.resolveAdmin1(c.mention);
    if (a && !out.includes(a)) out.push(a);
  }
  return out;
}

/** The facts pass: triggers, places, counts and dates of each sentence. */
function readFacts(
  text: string,
  sentences: Sentence[],
  places: ResolvedPlace[],
  publishedAt: string | null,
): SentenceFacts[] {
  // Without a publication date, days told without a year are read against those the text states with
  // one, found on the first such day only (a scan of the whole text).
  let stated: string[] | undefined;
  const statedDays = () => (stated ??= publishedAt ? [] : statedDaysOf(text));
  const placesOf = new Map<number, ResolvedPlace[]>();
  for (const p of places) {
    const list = placesOf.get(p.sentence);
    if (list) list.push(p);
    else placesOf.set(p.sentence, [p]);
  }
  return sentences.map((s, i) => {
    const range = { start: s.start, end: s.end };
    const own = placesOf.get(i) ?? [];
    return {
      sentence: s,
      events: findEvents(s.text, s.start, { killings: own.some(isClaimable) }),
      places: own,
      casualties: findCasualties(text, range, {}),
      dates: findDates(text, range, publishedAt, statedDays).filter(
        (d) => d.start >= s.start && d.end <= s.end,
      ),
    };
  });
}

/** Places of a background attack ("the 2019 chemical attack on A") are not this report's incidents. */
function withoutBackgroundPlaces(facts: SentenceFacts[]): SentenceFacts[] {
  return facts.map((f) =>
    f.events.some((e) => e.background)
      ? { ...f, places: f.places.filter((p) => !inBackground(f.events, p.candidate.start)) }
      : f,
  );
}

/**
 * Claims of sections that tell incidents: none from a methods, sources or credits section, and from a
 * background section only those dated to the day (report-sections.ts).
 */
function inIncidentSections(text: string, drafts: ClaimDraft[], sentences: Sentence[]): ClaimDraft[] {
  const kinds = sectionKinds(text, sentences);
  return drafts.filter((d) => {
    const kind = kinds[d.sentence] ?? "incident";
    return kind === "incident" || (kind === "background" && d.date?.precision === "day");
  });
}

/**
 * Incident claims of one report, with the sentences they were read from.
 * @example extractIncidents(report, places, actors).incidents.length  // 4 for the seed article
 */
export function extractIncidents(
  report: Report,
  placesLookup: PlaceLookup,
  actors: ActorLookup,
): { sentences: Sentence[]; incidents: IncidentClaim[] } {
  const text = report.text;
  // Relative dates resolve against the publication date, else the one the text's dateline states.
  const publishedAt = report.publishedAt ?? publishedInText(text);
  const sentences = splitSentences(text);
  const roled = findRoledActors(text, actors, publishedAt);
  const places = findPlaces(sentences, placesLookup, roled, titleAdmins(report.title, placesLookup));
  const facts = readFacts(text, sentences, places, publishedAt);
  const refined = withoutBackgroundPlaces(refineEvents(facts, roled, publishedAt));
  const made = makeClaims({ text, facts: refined, roled, originators: report.originators });
  const claims = withListedIncidents({
    text,
    facts: refined,
    made,
    roled,
    originators: report.originators,
    places: placesLookup,
  });
  const amended = amendClaims(text, refined, claims, roled);
  const attributed = withContextMeans(text, refineAttribution(text, amended, sentences, roled));
  const merged = withHeadline(
    report.title,
    inReportTime(
      text,
      withoutCoarseTwins(
        withFactBoxTolls(
          text,
          refined,
          mergeDrafts(withoutUntoldMentions(text, inIncidentSections(text, attributed, sentences))),
        ),
      ),
      refined.flatMap((f) => f.dates),
      publishedAt,
    ),
    {
      places: placesLookup,
      actors,
      publishedAt,
      text,
    },
  );
  return { sentences, incidents: merged.map((d) => toIncidentClaim(text, d)) };
}
