/**
 * Claims and statements: what one report asserts. This is the public output contract of
 * `r2p analyze --json`, reused by the API and exports; extend it, never rename fields.
 */
import { z } from "zod";
import { isoDate, RelatedLink } from "./report.js";

export const Span = z.object({
  field: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof Span>;

/** A count kept as a range; `max: null` means open-ended ("at least 12"). */
export const CountRange = z.object({
  min: z.number().int().nonnegative(),
  max: z.number().int().nonnegative().nullable(),
});
export type CountRange = z.infer<typeof CountRange>;

export const EventTypeCode = z.enum([
  "shelling",
  "air_strike",
  "barrel_bomb",
  "missile_strike",
  "drone_strike",
  "ground_attack",
  "armed_clash",
  "massacre",
  "execution",
  "abduction",
  "detention_torture",
  "sexual_violence",
  "siege_starvation",
  "forced_displacement",
  "attack_medical",
  "attack_rescuers",
  "attack_school",
  "attack_market",
  "attack_worship",
  "attack_camp",
  "chemical_weapon",
  "landmine_erw",
  "explosion",
  "shooting",
  "attack",
]);
export type EventTypeCode = z.infer<typeof EventTypeCode>;

export const DatePrecision = z.enum(["day", "window", "week", "month", "unknown"]);
/**
 * "settlement": the gazetteer's own place; "near": a place the gazetteer lacks, located by a known
 * town the text relates it to (`place.anchor`); "admin2"/"admin1": a region or a governorate only;
 * "unresolved": a place the text names that could not be located at all.
 */
export const PlacePrecision = z.enum(["settlement", "near", "admin2", "admin1", "country", "unresolved"]);
export const Modality = z.enum(["reported", "alleged", "denied"]);
export const TargetCategory = z.enum([
  "civilians",
  "medical",
  "rescuers",
  "journalists",
  "humanitarian",
  "idps",
  "detainees",
  "school",
  "market",
  "worship",
  "camp",
  "residential",
  "infrastructure",
  "military",
]);
export const VictimGroup = z.enum(["women", "children", "elderly", "men", "families"]);

export const IncidentClaim = z.object({
  eventType: EventTypeCode,
  acled: z.object({ eventType: z.string(), subEventType: z.string() }),
  date: z.object({
    start: isoDate.nullable(),
    end: isoDate.nullable(),
    precision: DatePrecision,
    text: z.string().nullable(),
    /** When the publication date is unknown: the window relative to it, e.g. { days: -2 } to 0. */
    relative: z.object({ fromDays: z.number(), toDays: z.number() }).nullable().optional(),
  }),
  place: z.object({
    mention: z.string(),
    name: z.string().nullable(),
    gazetteerId: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    admin1: z.string().nullable(),
    admin2: z.string().nullable(),
    country: z.string().nullable(),
    precision: PlacePrecision,
    /** When admin1 is null: the governorates the report's context allows for this place. */
    adminCandidates: z.array(z.string()).optional(),
    /**
     * ACLED geo_precision of lat/lon: 1 the place itself; 2 near a town, or in its countryside or
     * district, coded to that town; 3 a larger region, coded to its centre or the provincial capital.
     * Absent when there are no coordinates.
     */
    geoPrecision: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    /** When lat/lon are another place's: which place, and how the text relates the two. */
    anchor: z
      .object({
        relation: z.enum(["near", "countryside", "district", "between", "listed", "region", "governorate"]),
        /** The anchor's words in the text; null when implied (a governorate's capital). */
        mention: z.string().nullable(),
        name: z.string(),
        gazetteerId: z.string().nullable(),
        /**
         * When lat/lon were moved off the anchor in the direction the text gives ("X, 16 km west of Y",
         * "X, north of Y"): by how much; `stated` false when the distance is a typical one.
         */
        offset: z
          .object({ km: z.number().nonnegative(), bearing: z.number(), stated: z.boolean() })
          .optional(),
      })
      .optional(),
  }),
  perpetrators: z.array(
    z.object({
      actorId: z.string().nullable(),
      name: z.string(),
      mention: z.string(),
      /** "primary" for the named attacker; "alleged_assoc" for allies named alongside. */
      role: z.enum(["primary", "alleged_assoc"]).optional(),
    }),
  ),
  targets: z.array(TargetCategory),
  victimGroups: z.array(VictimGroup),
  groupId: z.string().nullable(),
  casualties: z.object({
    killed: CountRange.nullable(),
    injured: CountRange.nullable(),
    unspecified: CountRange.nullable(),
    /**
     * "group": the text gives one toll for several places together (the claims sharing `groupId`), so
     * this place's own counts are unknown (null) and the joint toll is in `group`, once per claim of the
     * group, never to be added up across it.
     */
    scope: z.enum(["incident", "group"]),
    text: z.string().nullable(),
    /** The joint toll of the places of `groupId` (scope "group" only). */
    group: z
      .object({
        killed: CountRange.nullable(),
        injured: CountRange.nullable(),
        unspecified: CountRange.nullable(),
      })
      .optional(),
  }),
  attributedTo: z.array(z.string()),
  modality: Modality,
  /** A second strike on responders at the same scene. */
  doubleTap: z.boolean().optional(),
  /** Spans of `report.text`: each one's text is the report text at its offsets. */
  evidence: z.array(Span),
  /**
   * Spans of the report's title (`report.title` of the Extraction's header), apart from `evidence` so
   * that a reader of text offsets never misreads them: present only on a claim the headline alone tells
   * (a text that tells no incident under "Drone strike kills two in X").
   */
  titleEvidence: z.array(Span).optional(),
});
export type IncidentClaim = z.infer<typeof IncidentClaim>;

export const StatementKind = z.enum(["call_for_action", "condemnation", "denial", "characterisation"]);
export const Statement = z.object({
  kind: StatementKind,
  actor: z.string().nullable(),
  addressee: z.string().nullable(),
  text: z.string(),
  /** For characterisations: the legal label the source used ("genocide"); kept as the source's word. */
  label: z.string().nullable().optional(),
  demand: z.string().nullable().optional(),
  instruments: z.array(
    z.object({
      mention: z.string(),
      normalized: z.string(),
      citationError: z.boolean().optional(),
    }),
  ),
  evidence: z.array(Span),
});
export type Statement = z.infer<typeof Statement>;

export const ReportHeader = z.object({
  id: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  originators: z.array(z.string()),
  publishedAt: isoDate.nullable(),
  language: z.string().nullable(),
  caveats: z.array(z.string()),
  related: z.array(RelatedLink),
});

/** The whole result of extracting one report. */
export const Extraction = z.object({
  report: ReportHeader,
  incidents: z.array(IncidentClaim),
  statements: z.array(Statement),
});
export type Extraction = z.infer<typeof Extraction>;
