/** `r2p reports list|show|raw|search|reparse`: read stored reports, and re-derive them from their originals. */
import { Command, Option } from "commander";
import { errors } from "../../domain/errors.js";
import type { Report } from "../../domain/report.js";
import type { Runtime } from "../../services/runtime.js";
import { printJson, reportFailure, withRuntime } from "../context.js";
import { reparseCommand } from "./reports-reparse-command.js";

async function resolveReport(runtime: Runtime, idOrPrefix: string): Promise<string> {
  if (!/^[0-9a-f]{6,64}$/.test(idOrPrefix)) throw errors.notFound("report", idOrPrefix);
  const id = await runtime.store.reports.resolveId(idOrPrefix);
  if (!id) throw errors.notFound("report", idOrPrefix);
  return id;
}

function printReport(report: Report) {
  const lines = [
    `id:          ${report.id}`,
    `title:       ${report.title ?? "(none)"}`,
    `publisher:   ${report.publisher ?? "(unknown)"}`,
    `originators: ${report.originators.join("; ") || "(none)"}`,
    `published:   ${report.publishedAt ?? "(unknown)"}`,
    `language:    ${report.language ?? "(unknown)"}`,
    `retrieved:   ${report.retrievedAt}`,
    `bytes:       ${report.byteLength} ${report.mediaType} ${report.encoding}`,
  ];
  if (report.url) lines.push(`url:         ${report.url}`);
  for (const caveat of report.caveats) lines.push(`caveat:      ${caveat}`);
  for (const link of report.related)
    lines.push(`related:     ${link.title}${link.url ? ` <${link.url}>` : ""}`);
  if (report.keywords.length) lines.push(`keywords:    ${report.keywords.join(", ")}`);
  lines.push(
    `removed:     ${report.removed.length} furniture lines (${[...new Set(report.removed.map((r) => r.kind))].join(", ") || "none"})`,
  );
  lines.push("", report.text);
  process.stdout.write(`${lines.join("\n")}\n`);
}

export function reportsCommand(): Command {
  const reports = new Command("reports").description(
    "Read stored reports; re-derive them from their originals",
  );
  reports
    .command("list")
    .description("List stored reports, newest first")
    .addOption(new Option("--limit <n>", "how many").argParser(Number).default(50))
    .addOption(new Option("--offset <n>", "skip this many").argParser(Number).default(0))
    .option("--json", "print JSON")
    .addHelpText("after", "\nExample:\n  r2p reports list --limit 10")
    .action(async (flags: { limit: number; offset: number; json?: boolean }, command: Command) => {
      try {
        await withRuntime(command, async (runtime) => {
          const items = await runtime.store.reports.list({ limit: flags.limit, offset: flags.offset });
          if (flags.json) return printJson(items);
          for (const item of items)
            process.stdout.write(
              `${item.id.slice(0, 12)}  ${item.publishedAt ?? "----------"}  ${item.publisher ?? "-"}  ${item.title ?? "(untitled)"}\n`,
            );
          process.stdout.write(`${items.length} of ${await runtime.store.reports.count()} reports\n`);
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  reports
    .command("show")
    .description("Show one report: metadata, caveats, related links and clean text")
    .argument("<id>", "report id (sha256) or a unique prefix of at least 6 characters")
    .option("--json", "print the full record as JSON")
    .addHelpText("after", "\nExample:\n  r2p reports show 4dd286647d95 --json")
    .action(async (id: string, flags: { json?: boolean }, command: Command) => {
      try {
        await withRuntime(command, async (runtime) => {
          const report = await runtime.store.reports.get(await resolveReport(runtime, id));
          if (!report) throw errors.notFound("report", id);
          if (flags.json) printJson(report);
          else printReport(report);
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  reports
    .command("raw")
    .description("Write the original bytes of a report to standard output, exactly as ingested")
    .argument("<id>", "report id or unique prefix")
    .addHelpText(
      "after",
      "\nExample:\n  r2p reports raw 4dd286647d95 > original.txt && sha256sum original.txt",
    )
    .action(async (id: string, _flags: unknown, command: Command) => {
      try {
        await withRuntime(command, async (runtime) => {
          const fullId = await resolveReport(runtime, id);
          const bytes = await runtime.store.reports.getOriginal(fullId);
          if (!bytes) throw errors.notFound("original bytes of report", fullId);
          await new Promise<void>((resolve, reject) =>
            process.stdout.write(Buffer.from(bytes), (error) => (error ? reject(error) : resolve())),
          );
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  reports
    .command("search")
    .description("Full-text search over report titles and text")
    .argument("<query...>", "words to search for")
    .addOption(new Option("--limit <n>", "how many").argParser(Number).default(20))
    .option("--json", "print JSON")
    .addHelpText("after", "\nExample:\n  r2p reports search rescuers shelling")
    .action(async (words: string[], flags: { limit: number; json?: boolean }, command: Command) => {
      try {
        await withRuntime(command, async (runtime) => {
          const hits = await runtime.store.reports.search(words.join(" "), { limit: flags.limit });
          if (flags.json) return printJson(hits);
          for (const hit of hits)
            process.stdout.write(
              `${hit.id.slice(0, 12)}  ${hit.title ?? "(untitled)"}\n    ${hit.snippet}\n`,
            );
          process.stdout.write(`${hits.length} matching report${hits.length === 1 ? "" : "s"}\n`);
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  reports.addCommand(reparseCommand());
  return reports;
}
