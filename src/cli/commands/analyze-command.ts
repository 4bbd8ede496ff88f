/**
 * `r2p analyze <file|dir|report-id>`: ingest if needed, extract claims, store and print them
 * (readable text, --json for one document, --jsonl for many).
 */
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { Command } from "commander";
import type { Extraction } from "../../domain/claim.js";
import type { Runtime } from "../../services/runtime.js";
import type { ExtractionPool } from "../../jobs/threaded-extraction.js";
import type { ReportFeed as ReportFeedType } from "../../services/report-feed.js";
import { errors } from "../../domain/errors.js";
import {
  checkDateFlag,
  commandConfig,
  printJson,
  progressBar,
  reportFailure,
  withRuntime,
} from "../context.js";

interface AnalyzeFlags {
  published?: string;
  publisher?: string;
  url?: string;
  json?: boolean;
  jsonl?: boolean;
}

export function analyzeCommand(): Command {
  return new Command("analyze")
    .description("Extract incident claims and statements from reports (ingesting files first if needed)")
    .argument("<inputs...>", "files, folders, or stored report ids (or unique prefixes)")
    .option("--published <date>", "publication date, YYYY-MM-DD (relative dates resolve against it)")
    .option("--publisher <name>", "publisher name for newly ingested files")
    .option("--url <url>", "source URL for a newly ingested file")
    .option("--json", "print the extraction contract as JSON (one document)")
    .option("--jsonl", "print one JSON extraction per line (many documents)")
    .addHelpText(
      "after",
      "\nExamples:\n  r2p analyze ../shared/seed/000_73950fb0b43643e1.txt --json\n  r2p analyze ./reports/ --jsonl > claims.jsonl\n  r2p analyze 4dd286647d95   # a stored report, by id prefix",
    )
    .action(async (inputs: string[], flags: AnalyzeFlags, command: Command) => {
      try {
        await checkDateFlag(flags.published);
        const [
          { ingestPath },
          { analyzeStoredReports },
          { ReportFeed },
          { formatExtraction },
          { openExtractionThreads },
        ] = await Promise.all([
          import("../../services/ingest-service.js"),
          import("../../services/analyze-service.js"),
          import("../../services/report-feed.js"),
          import("../format-extraction.js"),
          import("../../jobs/threaded-extraction.js"),
        ]);
        // Stored reports by id; those just ingested as each batch of them is stored (not read back).
        const ingestInputs = async (runtime: Runtime, feed: ReportFeedType): Promise<void> => {
          for (const input of inputs) {
            if (!existsSync(input) && /^[0-9a-f]{6,64}$/.test(input)) {
              const id = await runtime.store.reports.resolveId(input);
              if (!id) throw errors.notFound("report", input);
              const patch = {
                ...(flags.published ? { publishedAt: flags.published } : {}),
                ...(flags.publisher ? { publisher: flags.publisher } : {}),
                ...(flags.url ? { url: flags.url } : {}),
              };
              if (Object.keys(patch).length > 0)
                await runtime.store.reports.annotate(id, patch, `cli:${process.env.USER ?? "user"}`);
              feed.push(id);
              continue;
            }
            await ingestPath(
              runtime.store,
              input,
              {
                publisher: flags.publisher,
                publishedAt: flags.published,
                url: flags.url,
                maxBytes: runtime.config.maxReportBytes,
                actor: `cli:${process.env.USER ?? "user"}`,
                queueExtraction: false,
              },
              (_done, _total, outcome) => {
                if (outcome.status === "rejected") {
                  process.stderr.write(`rejected ${outcome.source}: ${outcome.code}: ${outcome.reason}\n`);
                  process.exitCode = 2;
                } else feed.push(outcome.report);
              },
            );
          }
        };
        const analyzeInputs = async (
          runtime: Runtime,
          threads: ExtractionPool | null,
          expected: number,
        ): Promise<void> => {
          // Extraction starts with the first ingested batch; ingestion goes on meanwhile.
          const feed = new ReportFeed();
          const ingesting = ingestInputs(runtime, feed).then(
            () => feed.end(),
            (error: unknown) => {
              feed.fail(error);
              throw error;
            },
          );
          const bar = (expected > 1 || flags.jsonl) && process.stderr.isTTY ? await progressBar() : null;
          bar?.start(expected, 0);
          const analysing = analyzeStoredReports(
            runtime,
            feed,
            `cli:${process.env.USER ?? "user"}`,
            (extraction: Extraction, index) => {
              bar?.update(index + 1);
              // A batch is handed over once it is full (50 reports) or the feed has ended, so the
              // feed's length here already tells one report from many.
              const many = feed.reports.length > 1 || flags.jsonl;
              if (flags.jsonl || (flags.json && many))
                process.stdout.write(`${JSON.stringify(extraction)}\n`);
              else if (flags.json) printJson(extraction);
              else process.stdout.write(`${formatExtraction(extraction)}\n`);
            },
            threads,
          );
          // An extraction failure lets the ingestion finish, as when ingestion came first; an ingestion
          // failure (which also fails the feed, so the analysis stops after what was pushed) is the one told.
          const [ingested, analysed] = await Promise.allSettled([ingesting, analysing]);
          bar?.stop();
          if (ingested.status === "rejected") throw ingested.reason;
          if (analysed.status === "rejected") throw analysed.reason;
        };
        // Many reports are extracted on worker threads, which start first and load the stage while
        // this thread opens the store and ingests; a few are extracted here (no thread start-up to pay).
        const expected = await countReports(inputs);
        const threads = openExtractionThreads(await commandConfig(command), expected);
        try {
          await withRuntime(command, (runtime) => analyzeInputs(runtime, threads, expected));
        } finally {
          await threads?.close();
        }
      } catch (error) {
        reportFailure(error);
      }
    });
}

/** How many reports `inputs` name: one per file under a folder, one per file or stored id. */
async function countReports(inputs: readonly string[]): Promise<number> {
  const { listFilesRecursively } = await import("../../services/ingest-service.js");
  let count = 0;
  for (const input of inputs) {
    const isFolder = await stat(input).then(
      (found) => found.isDirectory(),
      () => false,
    );
    count += isFolder ? (await listFilesRecursively(input)).files.length : 1;
  }
  return count;
}
