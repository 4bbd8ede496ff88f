/**
 * The export stage: incidents in, text chunks out, in one of four formats. It pulls incidents from
 * an async iterable and yields as it goes, so a 100,000-incident export streams in constant memory.
 * - acled-csv: ACLED codebook columns;
 * - hxl: the same with an HXL hashtag row under the header;
 * - geojson: a FeatureCollection of points, ACLED columns plus r2p fields as properties;
 * - jsonl: one full Incident (the public contract) per line.
 */
import type { Incident } from "../../domain/incident.js";
import { ACLED_COLUMNS, ACLED_HXL_TAGS, toAcledRow, type AcledDeps } from "./acled-row.js";
import { csvLine } from "./csv.js";

export const EXPORT_FORMATS = ["acled-csv", "geojson", "jsonl", "hxl"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MEDIA: Record<ExportFormat, { type: string; extension: string }> = {
  "acled-csv": { type: "text/csv; charset=utf-8", extension: "csv" },
  hxl: { type: "text/csv; charset=utf-8", extension: "hxl.csv" },
  geojson: { type: "application/geo+json; charset=utf-8", extension: "geojson" },
  jsonl: { type: "application/x-ndjson; charset=utf-8", extension: "jsonl" },
};

/**
 * @example for await (const chunk of exportIncidents(store.incidentMap.stream({}), "hxl")) out.write(chunk);
 */
export async function* exportIncidents(
  incidents: AsyncIterable<Incident> | Iterable<Incident>,
  format: ExportFormat,
  deps: AcledDeps = {},
): AsyncGenerator<string> {
  if (format === "acled-csv" || format === "hxl") {
    yield csvLine([...ACLED_COLUMNS]);
    if (format === "hxl") yield csvLine(ACLED_COLUMNS.map((column) => ACLED_HXL_TAGS[column]));
    for await (const incident of incidents) {
      const row = toAcledRow(incident, deps);
      yield csvLine(ACLED_COLUMNS.map((column) => row[column]));
    }
    return;
  }
  if (format === "jsonl") {
    for await (const incident of incidents) yield `${JSON.stringify(incident)}\n`;
    return;
  }
  yield '{"type":"FeatureCollection","features":[\n';
  let first = true;
  for await (const incident of incidents) {
    const feature = {
      type: "Feature",
      id: incident.id,
      geometry:
        incident.place.lat !== null && incident.place.lon !== null
          ? { type: "Point", coordinates: [incident.place.lon, incident.place.lat] }
          : null,
      properties: {
        ...toAcledRow(incident, deps),
        r2p_id: incident.id,
        grade: incident.grade,
        grade_reason: incident.gradeReason,
        review: incident.review.status,
        killed_range: incident.casualties.killed,
        injured_range: incident.casualties.injured,
        reports: incident.reports,
      },
    };
    yield `${first ? "" : ",\n"}${JSON.stringify(feature)}`;
    first = false;
  }
  yield "\n]}\n";
}
