import { describe, expect, it } from "vitest";
import { dailySeries } from "./daily-series.js";
import type { SeriesIncident } from "./series-incident.js";

const base: Omit<SeriesIncident, "id" | "eventDay" | "knownDay"> = {
  admin1: "Idlib",
  admin2: "Ariha",
  perpetrators: [{ actorId: "SY_GOV_ASSAD", name: "Assad" }],
  killed: 2,
  civilian: true,
  rescuersOrMedical: false,
  doubleTap: false,
  grade: "weak",
  eventType: "shelling",
  reports: ["r"],
};

describe("dailySeries", () => {
  const series: SeriesIncident[] = [
    { ...base, id: "a", eventDay: "2021-09-01", knownDay: "2021-09-02" },
    { ...base, id: "b", eventDay: "2021-09-03", knownDay: "2021-09-03" },
    { ...base, id: "c", eventDay: "2021-09-03", knownDay: "2021-09-20", admin1: "Aleppo" },
  ];

  it("counts incidents and killed per day as known on the as-of day, with a rolling baseline", () => {
    const points = dailySeries(series, { admin1: "Idlib" }, "2021-09-01", "2021-09-04", "2021-09-10", 2);
    expect(points.map((p) => [p.day, p.incidents, p.killed])).toEqual([
      ["2021-09-01", 1, 2],
      ["2021-09-02", 0, 0],
      ["2021-09-03", 1, 2],
      ["2021-09-04", 0, 0],
    ]);
    // Baseline of 2021-09-03: days 01 and 02 hold one incident → (0.5 + 1) / (1 + 2).
    expect(points[2]!.expectedIncidents).toBeCloseTo(1.5 / 3, 10);
    expect(points[0]!.expectedIncidents).toBeCloseTo(0.5 / 3, 10);
  });

  it("leaves out what was not yet published", () => {
    expect(dailySeries(series, {}, "2021-09-03", "2021-09-03", "2021-09-10", 28)[0]!.incidentIds).toEqual([
      "b",
    ]);
    expect(dailySeries(series, {}, "2021-09-03", "2021-09-03", "2021-09-20", 28)[0]!.incidentIds).toEqual([
      "b",
      "c",
    ]);
  });
});
