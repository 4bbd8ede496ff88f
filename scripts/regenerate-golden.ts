/**
 * `npm run fixtures:regenerate`: runs ingest + extract (built-in gazetteer only, so fixtures never
 * depend on ../shared) over every golden fixture and writes its expected.json. Review the diff like
 * code: it is the visible effect of a change in extraction.
 *   npm run fixtures:regenerate            all fixtures
 *   npm run fixtures:regenerate -- slug…   only these fixtures
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { listFixtures, serializeExpected } from "../eval/golden-fixtures.js";
import { loadPipeline, missingStages, PROJECT_ROOT } from "../eval/load-pipeline.js";

async function main(): Promise<void> {
  const missing = missingStages();
  if (missing.length > 0) {
    console.error(`cannot regenerate: pipeline stage(s) missing: ${missing.join(", ")}`);
    process.exitCode = 1;
    return;
  }
  const only = new Set(process.argv.slice(2));
  const fixtures = listFixtures().filter((f) => only.size === 0 || only.has(f.slug));
  if (only.size > 0 && fixtures.length < only.size) {
    const known = new Set(fixtures.map((f) => f.slug));
    console.error(`unknown fixture(s): ${[...only].filter((s) => !known.has(s)).join(", ")}`);
    process.exitCode = 1;
    return;
  }
  const pipeline = await loadPipeline();
  let changed = 0;
  for (const fixture of fixtures) {
    const { extraction } = await pipeline.run(fixture.input);
    const text = serializeExpected(extraction);
    const before = existsSync(fixture.expectedPath) ? readFileSync(fixture.expectedPath, "utf8") : null;
    const status = before === null ? "created" : before === text ? "unchanged" : "CHANGED";
    if (status !== "unchanged") {
      writeFileSync(fixture.expectedPath, text);
      changed += 1;
    }
    console.log(
      `${status.padEnd(9)} ${relative(PROJECT_ROOT, fixture.expectedPath)} (${extraction.incidents.length} incidents)`,
    );
  }
  console.log(
    `\n${fixtures.length} fixture(s), ${changed} written. Review with: git diff test/fixtures/reports`,
  );
}

await main();
