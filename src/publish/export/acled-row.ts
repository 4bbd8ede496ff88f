/**
 * One incident as one ACLED row, with the columns named and ordered exactly as the ACLED codebook
 * names them (DOMAIN.md §6). Fatalities are the conservative point (lowest figure); ranges, grade and
 * review state go to `tags` and `notes`, and the full record stays in the JSONL/GeoJSON exports.
 */
import type { ActorKind } from "../../domain/actors.js";
import type { Incident } from "../../domain/incident.js";

export const ACLED_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "civilian_targeting",
  "iso",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "tags",
  "timestamp",
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];
export type AcledRow = Record<AcledColumn, string | number>;

/** HXL hashtags for the ACLED columns (the hashtag row of the HXL export). */
export const ACLED_HXL_TAGS: Record<AcledColumn, string> = {
  event_id_cnty: "#event+code",
  event_date: "#date+occurred",
  year: "#date+year",
  time_precision: "#meta+precision+time",
  disorder_type: "#event+type+disorder",
  event_type: "#event+type",
  sub_event_type: "#event+type+sub",
  actor1: "#group+name+first",
  assoc_actor_1: "#group+name+first+assoc",
  inter1: "#group+type+first",
  actor2: "#group+name+second",
  assoc_actor_2: "#group+name+second+assoc",
  inter2: "#group+type+second",
  interaction: "#group+type+interaction",
  civilian_targeting: "#event+civilians_targeted",
  iso: "#country+code+num",
  region: "#region+name",
  country: "#country+name",
  admin1: "#adm1+name",
  admin2: "#adm2+name",
  admin3: "#adm3+name",
  location: "#loc+name",
  latitude: "#geo+lat",
  longitude: "#geo+lon",
  geo_precision: "#meta+precision+geo",
  source: "#meta+source",
  source_scale: "#meta+source+scale",
  notes: "#description",
  fatalities: "#affected+killed",
  tags: "#meta+tags",
  timestamp: "#date+updated",
};

/** Countries we monitor: ISO 3166 numeric (ACLED's `iso`), alpha-3 (the event id prefix) and ACLED region. */
interface Country {
  name: string;
  iso: number;
  alpha2: string;
  alpha3: string;
  region: string;
}
const COUNTRY_LIST: Country[] = [
  { name: "Syria", iso: 760, alpha2: "SY", alpha3: "SYR", region: "Middle East" },
  { name: "Iraq", iso: 368, alpha2: "IQ", alpha3: "IRQ", region: "Middle East" },
  { name: "Lebanon", iso: 422, alpha2: "LB", alpha3: "LBN", region: "Middle East" },
  { name: "Turkey", iso: 792, alpha2: "TR", alpha3: "TUR", region: "Middle East" },
  { name: "Jordan", iso: 400, alpha2: "JO", alpha3: "JOR", region: "Middle East" },
];
/** Incidents record the country by name or by ISO alpha-2 code; ACLED's column wants the name. */
const COUNTRIES = new Map(COUNTRY_LIST.flatMap((c) => [[c.name, c] as const, [c.alpha2, c] as const]));

const INTER: Partial<Record<ActorKind, string>> = {
  state_force: "State forces",
  government_body: "State forces",
  foreign_state_force: "External/Other forces",
  non_state_armed_group: "Rebel group",
  militia: "Political militia",
};

export interface AcledDeps {
  /** The kind of a registered actor, for inter1 (State forces, Rebel group…); unknown → "". */
  actorKind?: (actorId: string) => ActorKind | undefined;
}

const TIME_PRECISION: Record<Incident["date"]["precision"], number> = {
  day: 1,
  window: 2,
  week: 2,
  month: 3,
  unknown: 3,
};
const GEO_PRECISION: Record<Incident["place"]["precision"], number> = {
  settlement: 1,
  // ACLED: "near" a named town, coded to that town.
  near: 2,
  admin2: 2,
  admin1: 3,
  country: 3,
  unresolved: 3,
};
const SCALE: Record<Incident["sources"][number]["kind"], string> = {
  monitor: "Other",
  ngo: "Other",
  party: "National",
  state_media: "National",
  news: "National",
  wire: "International",
  un: "International",
  unknown: "Other",
};

const range = (count: { min: number; max: number | null } | null) =>
  count === null
    ? "not reported"
    : count.max === count.min
      ? `${count.min}`
      : `${count.min}–${count.max ?? "?"}`;

/**
 * @example toAcledRow(incident).fatalities // 3: the lowest figure any source gave
 */
export function toAcledRow(incident: Incident, deps: AcledDeps = {}): AcledRow {
  const known = COUNTRIES.get(incident.place.country ?? "");
  const country = known?.name ?? incident.place.country ?? "";
  const primary = incident.perpetrators.filter((p) => p.role !== "alleged_assoc");
  const associated = incident.perpetrators.filter((p) => p.role === "alleged_assoc");
  const actor1 = primary[0];
  const inter1 = actor1?.actorId ? (INTER[deps.actorKind?.(actor1.actorId) ?? "news_outlet"] ?? "") : "";
  const civilians = incident.targets.length === 0 || incident.targets.includes("civilians");
  const violenceAgainstCivilians = incident.acled.eventType === "Violence against civilians";
  const actor2 = civilians ? `Civilians (${country || "International"})` : "";
  const inter2 = civilians ? "Civilians" : "";
  const day = incident.date.start ?? "";
  const sources = incident.sources.map((s) => s.name);
  const notes = [
    `${day || "Undated"}: ${incident.acled.subEventType} at ${incident.place.name ?? incident.place.mentions[0] ?? "an unresolved place"}` +
      `${incident.place.admin1 ? ` (${incident.place.admin1})` : ""}` +
      `${actor1 ? `, attributed to ${actor1.name} by ${actor1.attributedBy.join(", ") || "the sources"}` : ""}.`,
    `Killed ${range(incident.casualties.killed)}; injured ${range(incident.casualties.injured)} (per source figures differ; fatalities is the lowest).`,
    `Corroboration: ${incident.grade} (${incident.gradeReason}); ${incident.independentSources} independent source(s).`,
  ].join(" ");
  return {
    event_id_cnty: `${known?.alpha3 ?? "XXX"}-${incident.id}`,
    event_date: day,
    year: day ? Number(day.slice(0, 4)) : "",
    time_precision: TIME_PRECISION[incident.date.precision],
    disorder_type:
      incident.acled.eventType === "Strategic developments" ? "Strategic developments" : "Political violence",
    event_type: incident.acled.eventType,
    sub_event_type: incident.acled.subEventType,
    actor1: actor1?.name ?? "Unidentified Armed Group",
    assoc_actor_1: [...primary.slice(1), ...associated].map((p) => p.name).join("; "),
    inter1,
    actor2,
    assoc_actor_2: "",
    inter2,
    interaction: inter1 && inter2 ? `${inter1}-${inter2}` : "",
    civilian_targeting:
      civilians && (violenceAgainstCivilians || incident.targets.includes("civilians"))
        ? "Civilians targeted"
        : "",
    iso: known?.iso ?? "",
    region: known?.region ?? "",
    country,
    admin1: incident.place.admin1 ?? "",
    admin2: incident.place.admin2 ?? "",
    admin3: "",
    location: incident.place.name ?? incident.place.mentions[0] ?? "",
    latitude: incident.place.lat ?? "",
    longitude: incident.place.lon ?? "",
    geo_precision: GEO_PRECISION[incident.place.precision],
    source: sources.join("; "),
    source_scale: [...new Set(incident.sources.map((s) => SCALE[s.kind]))].join("-"),
    notes,
    fatalities: incident.casualties.killed?.point ?? 0,
    tags: [
      `r2p_grade=${incident.grade}`,
      `review=${incident.review.status}`,
      `fatalities_range=${range(incident.casualties.killed)}`,
      ...(incident.doubleTap ? ["double_tap"] : []),
    ].join("; "),
    timestamp: Math.floor(Date.parse(incident.updatedAt) / 1000),
  };
}
