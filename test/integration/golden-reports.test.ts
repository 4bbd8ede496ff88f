/**
 * Golden reports: for every fixture under test/fixtures/reports/, ingest + extract (built-in
 * gazetteer only) must reproduce expected.json exactly, and every evidence span must quote the clean
 * text at its offsets. Skips, saying why, only while the extraction stage does not exist yet.
 */
import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Span } from "../../src/domain/claim.js";
import type { Report } from "../../src/domain/report.js";
import {
  goldDisagreements,
  listFixtures,
  readKnownMisses,
  serializeExpected,
} from "../../eval/golden-fixtures.js";
import { loadPipeline, missingStages, type Pipeline } from "../../eval/load-pipeline.js";
import { sameEntryVia, scoreDocument } from "../../eval/score-extraction.js";

const fixtures = listFixtures();
const extractMissing = missingStages(["extract"]).length > 0;
const REGENERATE =
  "If the change is intended, run `npm run fixtures:regenerate` and review the diff of expected.json.";

describe("golden fixtures exist", () => {
  it("has at least 20 fixtures, each with a hand annotation", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    for (const fixture of fixtures) expect(fixture.gold.length, fixture.slug).toBeGreaterThan(0);
  });
});

const SUITE = extractMissing
  ? "golden reports (skipped: src/pipeline/extract/index.ts does not exist yet)"
  : "golden reports";

describe.skipIf(extractMissing)(SUITE, () => {
  let pipeline: Pipeline;
  beforeAll(async () => {
    pipeline = await loadPipeline();
  });

  for (const fixture of fixtures) {
    it(`${fixture.slug}: output equals expected.json and evidence quotes the text`, async () => {
      const { report, extraction } = await pipeline.run(fixture.input);
      expectSpansQuoteText(report, [
        ...extraction.incidents.flatMap((i) => i.evidence),
        ...extraction.statements.flatMap((s) => s.evidence),
      ]);
      expect(
        existsSync(fixture.expectedPath),
        `${fixture.slug}/expected.json is missing. ${REGENERATE}`,
      ).toBe(true);
      const expected: unknown = JSON.parse(readFileSync(fixture.expectedPath, "utf8"));
      const actual: unknown = JSON.parse(serializeExpected(extraction));
      expect(actual, `${fixture.slug}: extraction differs from expected.json. ${REGENERATE}`).toEqual(
        expected,
      );
    });

    // A regenerated expected.json must never lock in an error silently: every disagreement with the
    // hand gold is listed, with its reason, in known-misses.json, and a listed miss that is gone fails too.
    it(`${fixture.slug}: disagreements with gold.json are exactly the known misses`, async () => {
      const { extraction } = await pipeline.run(fixture.input);
      const score = scoreDocument(fixture.slug, fixture.gold, extraction.incidents, {
        sameEntry: sameEntryVia(pipeline.places),
      });
      const found = goldDisagreements(score, extraction.incidents);
      const known = readKnownMisses(fixture)
        .map((k) => k.miss)
        .sort();
      expect(
        found,
        `${fixture.slug}: output disagrees with gold.json. Fix the extractor, or list the miss with why in known-misses.json (remove entries that no longer occur).`,
      ).toEqual(known);
    });
  }
});

function expectSpansQuoteText(report: Report, spans: Span[]): void {
  for (const span of spans) {
    expect(
      report.text.slice(span.start, span.end),
      `evidence "${span.field}" at ${span.start}-${span.end}`,
    ).toBe(span.text);
  }
}
