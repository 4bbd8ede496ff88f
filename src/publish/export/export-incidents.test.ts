/** The export stage: ACLED codebook columns, the HXL hashtag row, safe CSV, valid GeoJSON and JSONL. */
import { describe, expect, it } from "vitest";
import { Incident } from "../../domain/incident.js";
import { makeIncident } from "../../../test/fixtures/make-incident.js";
import { exportIncidents, type ExportFormat } from "./export-incidents.js";

const collect = async (incidents: Incident[], format: ExportFormat) => {
  let out = "";
  for await (const chunk of exportIncidents(incidents, format, { actorKind: () => "state_force" }))
    out += chunk;
  return out;
};

/** A small CSV reader for the test: quoted cells with doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") endCell();
    else if (ch === "\r" && text[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += ch;
  }
  return rows;
}

describe("exportIncidents", () => {
  it("writes the ACLED codebook columns in order, one row per incident", async () => {
    const incident = makeIncident(5);
    const rows = parseCsv(await collect([incident, makeIncident(6)], "acled-csv"));
    expect(rows[0]).toEqual(
      "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp".split(
        ",",
      ),
    );
    expect(rows).toHaveLength(3);
    const row = Object.fromEntries(rows[0]!.map((column, i) => [column, rows[1]![i]]));
    expect(row).toMatchObject({
      event_id_cnty: `SYR-${incident.id}`,
      event_date: incident.date.start,
      year: incident.date.start!.slice(0, 4),
      time_precision: "1",
      actor1: "Syrian government forces",
      inter1: "State forces",
      actor2: "Civilians (Syria)",
      interaction: "State forces-Civilians",
      iso: "760",
      country: "Syria",
      admin1: incident.place.admin1,
      location: incident.place.name,
      geo_precision: "1",
      fatalities: String(incident.casualties.killed?.point ?? 0),
    });
    expect(Number(row.latitude)).toBeCloseTo(incident.place.lat!, 6);
    expect(row.tags).toContain(`r2p_grade=${incident.grade}`);
  });

  it("puts the HXL hashtag row under the header", async () => {
    const rows = parseCsv(await collect([makeIncident(1)], "hxl"));
    expect(rows[1]!.every((tag) => tag.startsWith("#"))).toBe(true);
    expect(rows[1]![rows[0]!.indexOf("fatalities")]).toBe("#affected+killed");
    expect(rows[1]![rows[0]!.indexOf("latitude")]).toBe("#geo+lat");
    expect(rows).toHaveLength(3);
  });

  it("quotes commas, quotes and newlines, and defuses spreadsheet formulas in report text", async () => {
    const hostile = makeIncident(2, {
      place: { ...makeIncident(2).place, name: '=HYPERLINK("http://x","click"), "Kafr"\nNabl' },
    });
    const rows = parseCsv(await collect([hostile], "acled-csv"));
    const location = rows[1]![rows[0]!.indexOf("location")];
    expect(location).toBe(`'=HYPERLINK("http://x","click"), "Kafr"\nNabl`);
  });

  it("writes GeoJSON points with lon,lat order and JSONL that round-trips the Incident contract", async () => {
    const incidents = [
      makeIncident(3),
      makeIncident(4, { place: { ...makeIncident(4).place, lat: null, lon: null } }),
    ];
    const geo = JSON.parse(await collect(incidents, "geojson"));
    expect(geo.type).toBe("FeatureCollection");
    expect(geo.features[0].geometry.coordinates).toEqual([incidents[0]!.place.lon, incidents[0]!.place.lat]);
    expect(geo.features[1].geometry).toBeNull();
    expect(geo.features[0].properties.event_id_cnty).toBe(`SYR-${incidents[0]!.id}`);
    const lines = (await collect(incidents, "jsonl")).trim().split("\n");
    expect(lines.map((line) => Incident.parse(JSON.parse(line)))).toEqual(incidents);
    expect(JSON.parse(await collect([], "geojson")).features).toEqual([]);
  });
});
