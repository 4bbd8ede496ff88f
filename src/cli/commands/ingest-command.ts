/** `r2p ingest <file|dir|->`: store reports losslessly; directories recursively with a progress bar. */
import { Command, Option } from "commander";
import { errors } from "../../domain/errors.js";
import type { IngestOutcome, IngestSummary } from "../../services/ingest-service.js";
import { checkDateFlag, printJson, progressBar, reportFailure, withRuntime } from "../context.js";

interface IngestFlags {
  publisher?: string;
  published?: string;
  url?: string;
  extract: boolean;
  wait: boolean;
  json?: boolean;
}

async function readStdin(limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > limit) throw errors.tooLarge("standard input", size, limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const describe = (outcome: IngestOutcome) =>
  outcome.status === "rejected"
    ? `rejected ${outcome.source}: ${outcome.code}: ${outcome.reason}`
    : `${outcome.status === "ingested" ? "ingested" : outcome.annotated ? "already ingested (metadata updated)" : "already ingested"} ${outcome.source} -> ${outcome.report.id}${
        outcome.report.title ? `  "${outcome.report.title}"` : ""
      }`;

export function ingestCommand(): Command {
  return new Command("ingest")
    .description("Store reports (text, Markdown, HTML, report JSON) with their original bytes, hashed")
    .argument("<paths...>", "files, folders (recursive), or - for standard input")
    .option("--publisher <name>", "publisher name (overrides what the page says)")
    .option("--published <date>", "publication date, YYYY-MM-DD")
    .option("--url <url>", "where the report was published")
    .addOption(new Option("--max-bytes <n>", "size limit per report in bytes").argParser(Number))
    .option(
      "--no-wait",
      "only queue extraction, resolution and assessment (a worker or `r2p jobs work` does them)",
    )
    .option("--no-extract", "same as --no-wait")
    .option("--json", "print outcomes as JSON")
    .addHelpText(
      "after",
      "\nExamples:\n  r2p ingest ../shared/seed/000_73950fb0b43643e1.txt --published 2021-09-08\n  r2p ingest ./reports/\n  curl -s https://example.org/a.html | r2p ingest - --url https://example.org/a.html",
    )
    .action(async (paths: string[], flags: IngestFlags, command: Command) => {
      try {
        await checkDateFlag(flags.published);
        const [{ ingestBytes, ingestPath }, { waitForAnalysis }] = await Promise.all([
          import("../../services/ingest-service.js"),
          import("../../jobs/wait-for-analysis.js"),
        ]);
        await withRuntime(command, async (runtime) => {
          const options = {
            publisher: flags.publisher,
            publishedAt: flags.published,
            url: flags.url,
            maxBytes: runtime.config.maxReportBytes,
            actor: `cli:${process.env.USER ?? "user"}`,
          };
          const summary: IngestSummary = { ingested: 0, alreadyPresent: 0, rejected: [], outcomes: [] };
          for (const target of paths) {
            if (target === "-") {
              const bytes = await readStdin(runtime.config.maxReportBytes);
              const outcome = await ingestBytes(runtime.store, bytes, { originalName: "-" }, options);
              summary.outcomes.push(outcome);
              if (outcome.status === "ingested") summary.ingested++;
              else if (outcome.status === "already_ingested") summary.alreadyPresent++;
              else summary.rejected.push(outcome);
              continue;
            }
            const bar = process.stderr.isTTY && !flags.json ? await progressBar() : null;
            const part = await ingestPath(runtime.store, target, options, (done, total) => {
              if (!bar) return;
              if (done === 1) bar.start(total, 0);
              bar.update(done);
            });
            bar?.stop();
            summary.ingested += part.ingested;
            summary.alreadyPresent += part.alreadyPresent;
            summary.rejected.push(...part.rejected);
            summary.outcomes.push(...part.outcomes);
          }
          // By default, return once what was ingested is extracted, resolved into incidents and assessed.
          const analysed =
            flags.wait && flags.extract
              ? await waitForAnalysis(
                  runtime,
                  summary.outcomes.flatMap((o) => (o.status === "rejected" ? [] : [o.report])),
                )
              : null;
          if (flags.json) {
            printJson(
              summary.outcomes.map((o) =>
                o.status === "rejected"
                  ? o
                  : { status: o.status, source: o.source, id: o.report.id, title: o.report.title },
              ),
            );
          } else {
            if (summary.outcomes.length <= 20)
              for (const outcome of summary.outcomes) process.stdout.write(`${describe(outcome)}\n`);
            else for (const rejected of summary.rejected) process.stdout.write(`${describe(rejected)}\n`);
            process.stdout.write(
              `${summary.ingested} ingested, ${summary.alreadyPresent} already present, ${summary.rejected.length} rejected\n`,
            );
          }
          for (const failure of analysed?.failed ?? [])
            process.stderr.write(
              `analysis failed for ${failure.reportId}: ${failure.job}: ${failure.error ?? "unknown error"}\n`,
            );
          if (analysed && analysed.pending.length > 0)
            process.stderr.write(
              `${analysed.pending.length} reports are still being analysed by another worker\n`,
            );
          if (summary.rejected.length > 0) process.exitCode = 2;
        });
      } catch (error) {
        reportFailure(error);
      }
    });
}
