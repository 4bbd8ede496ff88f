/**
 * Incidents: one real-world event at one place and day (ACLED convention), built from the claims of one
 * or more reports. This is the public contract of `r2p incidents list --json`, the API and the exports;
 * later stages (assessment, the web app) read it. Extend it additively, never rename or retype fields.
 *
 * Disagreement is kept, never averaged: casualties per source, perpetrators with who attributed them,
 * and the merge explanation of every claim.
 */
import { z } from "zod";
import { isoDate } from "./report.js";
import { CORROBORATION_GRADES, REVIEW_STATUSES } from "./incident-vocabulary.js";
import {
  CountRange,
  DatePrecision,
  EventTypeCode,
  Modality,
  PlacePrecision,
  Span,
  TargetCategory,
  VictimGroup,
} from "./claim.js";

/** The Airwars civilian-harm grading scale (DOMAIN.md §4.2). */
export const CorroborationGrade = z.enum(CORROBORATION_GRADES);
export type CorroborationGrade = z.infer<typeof CorroborationGrade>;

/** What kind of body publishes or originates information (DOMAIN.md §4.5). */
export const SourceKind = z.enum(["monitor", "party", "state_media", "wire", "ngo", "un", "news", "unknown"]);
export type SourceKind = z.infer<typeof SourceKind>;

/** Admiralty code: source reliability A–F and information credibility 1–6 (DOMAIN.md §4.1). */
export const Reliability = z.enum(["A", "B", "C", "D", "E", "F"]);
export type Reliability = z.infer<typeof Reliability>;
export const Credibility = z.enum(["1", "2", "3", "4", "5", "6"]);
export type Credibility = z.infer<typeof Credibility>;

/** A count kept as a range plus the conservative ACLED point (the lowest figure; DOMAIN.md §4.4). */
export const IncidentCount = CountRange.extend({ point: z.number().int().nonnegative().nullable() });
export type IncidentCount = z.infer<typeof IncidentCount>;

/** One independent source behind an incident: relays and wire copies are collapsed into their originator. */
export const IncidentSource = z.object({
  /** Source-registry id of the originator, e.g. "sohr", "soc", "afp". */
  id: z.string(),
  name: z.string(),
  kind: SourceKind,
  /** The originator's id (equal to `id`); the publishers that relayed it are in `relayedBy`. */
  originator: z.string(),
  relayedBy: z.array(z.string()),
  reliability: Reliability,
  /** A party to the conflict speaking about an adversary (DOMAIN.md R2). */
  partisan: z.boolean(),
  reportIds: z.array(z.string()),
  /** Every report of this source here carries a publisher caveat such as "has not verified" (lowers the grade). */
  unverified: z.boolean().optional(),
  /** The source reports attacks on its own members (DOMAIN.md R3). */
  stakeholder: z.boolean().optional(),
});
export type IncidentSource = z.infer<typeof IncidentSource>;

/** Why a claim was attached to an incident: the features compared and the score (shown by `incidents show`). */
export const MergeExplanation = z.object({
  /** "seed" for the claim that created the incident, "auto" for a resolver merge, "analyst" for a review decision. */
  by: z.enum(["seed", "auto", "analyst"]),
  score: z.number(),
  features: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])),
  reason: z.string(),
});
export type MergeExplanation = z.infer<typeof MergeExplanation>;

/** A claim as it stands inside an incident: enough to show and re-check it without reloading the report. */
export const IncidentClaimRef = z.object({
  /** Stable claim id: `<reportId>:<ordinal>`. */
  id: z.string(),
  reportId: z.string(),
  ordinal: z.number().int().nonnegative(),
  sourceId: z.string(),
  eventType: EventTypeCode,
  date: z.object({ start: isoDate.nullable(), end: isoDate.nullable(), precision: DatePrecision }),
  place: z.object({ mention: z.string(), name: z.string().nullable(), gazetteerId: z.string().nullable() }),
  perpetrators: z.array(z.object({ actorId: z.string().nullable(), name: z.string() })),
  killed: CountRange.nullable(),
  injured: CountRange.nullable(),
  modality: Modality,
  evidence: z.array(Span),
  /** The claim's spans in its report's title, for a claim the headline alone tells (IncidentClaim). */
  titleEvidence: z.array(Span).optional(),
  match: MergeExplanation,
});
export type IncidentClaimRef = z.infer<typeof IncidentClaimRef>;

export const CasualtiesBySource = z.object({
  sourceId: z.string(),
  reportId: z.string(),
  claimId: z.string(),
  killed: CountRange.nullable(),
  injured: CountRange.nullable(),
  unspecified: CountRange.nullable(),
  text: z.string().nullable(),
  /** "group" when the toll covers several places at once: kept here, left out of the incident's range. */
  scope: z.enum(["incident", "group"]).optional(),
});
export type CasualtiesBySource = z.infer<typeof CasualtiesBySource>;

export const ReviewStatus = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const Incident = z.object({
  id: z.string(),
  eventType: EventTypeCode,
  acled: z.object({ eventType: z.string(), subEventType: z.string() }),
  date: z.object({ start: isoDate.nullable(), end: isoDate.nullable(), precision: DatePrecision }),
  place: z.object({
    name: z.string().nullable(),
    mentions: z.array(z.string()),
    gazetteerId: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    admin1: z.string().nullable(),
    admin2: z.string().nullable(),
    country: z.string().nullable(),
    precision: PlacePrecision,
  }),
  perpetrators: z.array(
    z.object({
      actorId: z.string().nullable(),
      name: z.string(),
      role: z.enum(["primary", "alleged_assoc"]).optional(),
      /** Source ids that attributed the attack to this actor. */
      attributedBy: z.array(z.string()),
    }),
  ),
  targets: z.array(TargetCategory),
  victimGroups: z.array(VictimGroup),
  doubleTap: z.boolean(),
  casualties: z.object({
    /** [lowest, highest] over the sources; `point` is the lowest (ACLED's conservative figure). */
    killed: IncidentCount.nullable(),
    injured: IncidentCount.nullable(),
    unspecified: IncidentCount.nullable(),
    bySource: z.array(CasualtiesBySource),
  }),
  grade: CorroborationGrade,
  gradeReason: z.string(),
  /** Admiralty information credibility of the incident as a whole. */
  credibility: Credibility,
  independentSources: z.number().int().nonnegative(),
  sources: z.array(IncidentSource),
  reports: z.array(z.string()),
  claims: z.array(IncidentClaimRef),
  review: z.object({
    status: ReviewStatus,
    by: z.string().nullable(),
    at: z.string().nullable(),
    note: z.string().nullable().optional(),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Incident = z.infer<typeof Incident>;
