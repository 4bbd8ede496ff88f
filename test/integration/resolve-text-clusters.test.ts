/**
 * Same-event and different-event clusters of issue 9, from text: invented reports
 * (test/fixtures/resolve/clusters/, written for this test) go through ingestion, extraction and
 * resolution as a user's files would, and the incidents are checked by which reports they hold.
 * - One shelling told by three outlets with three different tolls is one incident, its killed range
 *   the lowest and highest toll, each toll kept per source.
 * - Three strikes on one town's hospital on three dates stay three incidents; a second outlet's report
 *   of the middle strike joins that one only.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPipeline, type Pipeline } from "../../eval/load-pipeline.js";
import { workingClaimsOf } from "../../eval/working-claims.js";
import type { Incident } from "../../src/domain/incident.js";
import { SYRIA_SOURCES, SourceRegistry, buildKnowledge } from "../../src/knowledge/index.js";
import { EVENT_TYPES } from "../../src/pipeline/extract/event-lexicon.js";
import { resolveIncidents, type WorkingClaim } from "../../src/pipeline/resolve/index.js";
import { projectRoot } from "./harness.js";

const dir = path.join(projectRoot, "test/fixtures/resolve/clusters");

interface TextReport {
  file: string;
  publisher: string;
  publishedAt: string;
}

let pipeline: Pipeline;
const registry = new SourceRegistry(SYRIA_SOURCES);
const deps = {
  sources: registry,
  actors: buildKnowledge().actors,
  acledOf: (type: keyof typeof EVENT_TYPES) => ({ ...EVENT_TYPES[type].acled }),
};

beforeAll(async () => {
  pipeline = await loadPipeline();
});

/** Resolves the reports together; each incident as the sorted file names of its reports. */
async function resolveTexts(reports: TextReport[]): Promise<{ incidents: Incident[]; files: string[][] }> {
  const fileOf = new Map<string, string>();
  const claims: WorkingClaim[] = [];
  for (const r of reports) {
    const reportClaims = await workingClaimsOf(
      pipeline,
      {
        bytes: readFileSync(path.join(dir, r.file)),
        originalName: r.file,
        publisher: r.publisher,
        publishedAt: r.publishedAt,
      },
      registry,
    );
    for (const claim of reportClaims) fileOf.set(claim.reportId, r.file);
    claims.push(...reportClaims);
  }
  const { incidents } = resolveIncidents({ claims, incidents: [], now: "2025-01-01T00:00:00.000Z" }, deps);
  const files = incidents
    .map((i) => [...new Set(i.reports.map((id) => fileOf.get(id) as string))].sort())
    .sort((a, b) => (a.join() < b.join() ? -1 : 1));
  return { incidents, files };
}

describe("resolution of invented report texts", () => {
  it("one shelling told by three outlets with different tolls is one incident, killed [min, max]", async () => {
    const { incidents, files } = await resolveTexts([
      { file: "sarmin-shelling-sohr.txt", publisher: "SOHR", publishedAt: "2022-05-12" },
      { file: "sarmin-shelling-northpress.txt", publisher: "North Press Agency", publishedAt: "2022-05-11" },
      { file: "sarmin-shelling-afp.txt", publisher: "France 24", publishedAt: "2022-05-11" },
    ]);
    expect(files).toEqual([
      ["sarmin-shelling-afp.txt", "sarmin-shelling-northpress.txt", "sarmin-shelling-sohr.txt"],
    ]);
    const [incident] = incidents as [Incident];
    expect(incident.date).toEqual({ start: "2022-05-11", end: "2022-05-11", precision: "day" });
    expect(incident.casualties.killed).toEqual({ min: 4, max: 6, point: 4 });
    expect(incident.casualties.bySource.map((s) => [s.sourceId, s.killed?.min]).sort()).toEqual([
      ["afp", 5],
      ["north-press", 6],
      ["sohr", 4],
    ]);
    expect(incident.independentSources).toBe(3);
  });

  it("three strikes on one town's hospital on three dates stay three incidents", async () => {
    const { files } = await resolveTexts([
      { file: "ariha-hospital-first.txt", publisher: "Enab Baladi", publishedAt: "2023-01-03" },
      { file: "ariha-hospital-second.txt", publisher: "Syria Direct", publishedAt: "2023-01-10" },
      { file: "ariha-hospital-second-other-outlet.txt", publisher: "SNHR", publishedAt: "2023-01-09" },
      { file: "ariha-hospital-third.txt", publisher: "Enab Baladi", publishedAt: "2023-01-17" },
    ]);
    expect(files).toEqual([
      ["ariha-hospital-first.txt"],
      ["ariha-hospital-second-other-outlet.txt", "ariha-hospital-second.txt"],
      ["ariha-hospital-third.txt"],
    ]);
  });
});
