/**
 * A runtime on a fresh SQLite folder with reports ingested and extracted, for tests of assessment,
 * delivery, the API and briefs on real pipeline output. `dispose()` removes the folder.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../src/config/config.js";
import { analyzeStoredReport } from "../../src/services/analyze-service.js";
import { ingestBytes } from "../../src/services/ingest-service.js";
import { resolveReports } from "../../src/services/resolve-service.js";
import { openRuntime, type Runtime } from "../../src/services/runtime.js";

export interface SeedReport {
  /** A file to read, or the text itself. */
  path?: string;
  text?: string;
  name: string;
  publishedAt: string | null;
  publisher?: string;
}

export interface SeededRuntime {
  runtime: Runtime;
  reportIds: string[];
  dataDir: string;
  dispose(): Promise<void>;
}

export async function seededRuntime(
  reports: SeedReport[],
  env: Record<string, string> = {},
): Promise<SeededRuntime> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-assess-"));
  const runtime = await openRuntime(loadConfig({ dataDir }, { ...env }));
  const reportIds: string[] = [];
  try {
    for (const r of reports) {
      const bytes = r.path ? readFileSync(r.path) : Buffer.from(r.text ?? "", "utf8");
      const outcome = await ingestBytes(
        runtime.store,
        bytes,
        { originalName: r.name },
        {
          publishedAt: r.publishedAt,
          publisher: r.publisher ?? null,
          maxBytes: 5_000_000,
          actor: "test",
          queueExtraction: false,
        },
      );
      if (outcome.status === "rejected") throw new Error(`${r.name}: ${outcome.reason}`);
      await analyzeStoredReport(runtime, outcome.report.id, "test");
      reportIds.push(outcome.report.id);
    }
    await resolveReports(runtime, reportIds, "test");
  } catch (error) {
    await runtime.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    runtime,
    reportIds,
    dataDir,
    async dispose() {
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A short English report of one shelling, in the wording of a casualty monitor. */
export function shellingReport(town: string, day: string, killed: number, extra = ""): string {
  const [y, m, d] = day.split("-").map(Number);
  const months = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  const when = `${d} ${months[m! - 1]} ${y}`;
  return `Regime forces shelled ${town} in rural Idlib on ${when}, killing ${killed} civilians. ${extra}\n`;
}
