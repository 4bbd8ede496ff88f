/**
 * The words shown by `r2p incidents show` for why a claim sits in its incident, built from the same
 * features the score was computed from, so the explanation can never disagree with the decision.
 */
import type { MergeExplanation } from "../../domain/incident.js";
import type { PairComparison } from "./compare-claims.js";
import type { WorkingClaim } from "./resolvable-claim.js";

const PLACE_WORDS = {
  same_entry: "the same gazetteer place",
  same_name: "the same place name in the same governorate",
  same_region: "the same region",
  near: "a place nearby",
  none: "another place",
} as const;

const ATTRIBUTION_WORDS = {
  agree: "they name the same attacker",
  allied: "they name allied attackers",
  unknown: "at least one names no attacker",
  contradict: "they blame different attackers (contested)",
} as const;

const TOLL_WORDS = {
  overlap: "tolls agree",
  differ: "tolls differ (kept per source)",
  unknown: "no toll to compare",
} as const;

function when(claim: WorkingClaim): string {
  const { anchor } = claim;
  if (anchor.layer === "undated") return "no date";
  // A date read against the URL's publication date says so: the page itself gave no date.
  const url = anchor.publishedFrom === "url" ? " (publication date from its URL)" : "";
  if (anchor.from === anchor.to) return `${anchor.from}${url}`;
  const basis = anchor.basis === "publication" ? ", the week before publication" : "";
  return `${anchor.from}…${anchor.to}${basis}${url}`;
}

/** Explanation of a claim that joined an incident by matching `other`. */
export function explainJoin(
  claim: WorkingClaim,
  other: WorkingClaim,
  comparison: PairComparison,
  extra: Record<string, number | string | boolean | null> | null = null,
): MergeExplanation {
  const f = comparison.features;
  const distance = f.place === "near" && f.distanceKm !== null ? ` ${f.distanceKm} km away` : "";
  const date = f.sameDay
    ? `the same day (${when(claim)})`
    : `overlapping dates (${when(claim)} and ${when(other)})`;
  const type =
    f.typeCompatibility === 1
      ? `the same event type (${claim.claim.eventType})`
      : `compatible event types (${claim.claim.eventType} and ${other.claim.eventType})`;
  const reason =
    `Matches claim ${other.reportId.slice(0, 12)}:${other.ordinal} of ${other.source.name}: ${PLACE_WORDS[f.place]}${distance}, ${date}, ${type}; ` +
    `${ATTRIBUTION_WORDS[f.attribution]}; ${TOLL_WORDS[f.tolls]}` +
    `${f.facilitiesDiffer ? "; the target sites differ" : ""}.`;
  const features: MergeExplanation["features"] = {
    matchedClaim: other.id,
    layer: claim.anchor.layer,
    place: f.place,
    distanceKm: f.distanceKm,
    sameDay: f.sameDay,
    dateAgreement: f.dateAgreement,
    typeCompatibility: f.typeCompatibility,
    attribution: f.attribution,
    tolls: f.tolls,
    facilitiesDiffer: f.facilitiesDiffer,
  };
  // Added after the others, as a spread of `extra` would (an explanation is stored as JSON, in key order).
  if (extra) Object.assign(features, extra);
  return { by: "auto", score: comparison.score, features, reason };
}

/** Explanation of a claim that starts its own incident, with why it joined none. */
export function explainSeed(claim: WorkingClaim, why: string | null, candidates = 0): MergeExplanation {
  return {
    by: "seed",
    score: 1,
    features: { layer: claim.anchor.layer, dateBasis: claim.anchor.basis, candidates },
    reason: why ? `First claim of this incident: ${why}.` : "First claim of this incident.",
  };
}
