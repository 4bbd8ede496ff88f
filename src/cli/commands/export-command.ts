/**
 * `r2p export`: incidents as ACLED CSV, HXL, GeoJSON or JSONL, to stdout or a file, streamed so a
 * large store never has to fit in memory. The same filters as the web app and GET /api/export.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { Command, Option } from "commander";
import type { ExportFormat } from "../../publish/export/export-incidents.js";
import { reportFailure, withRuntime } from "../context.js";

const FORMATS: ExportFormat[] = ["acled-csv", "geojson", "jsonl", "hxl"];

interface ExportFlags {
  format: ExportFormat;
  from?: string;
  to?: string;
  area?: string;
  perpetrator?: string;
  type?: string;
  grade?: string;
  source?: string;
  out?: string;
}

export function exportCommand(): Command {
  return new Command("export")
    .description("Export incidents as ACLED CSV, HXL (CSV with a hashtag row), GeoJSON or JSONL")
    .addOption(new Option("--format <format>", "output format").choices(FORMATS).default("acled-csv"))
    .option("--from <date>", "first day included (YYYY-MM-DD)")
    .option("--to <date>", "last day included (YYYY-MM-DD)")
    .option("--area <name>", "country, governorate (admin1) or district (admin2)")
    .option("--perpetrator <actor>", "actor id or name")
    .option("--type <types>", "event types, comma-separated (shelling,air_strike…)")
    .option("--grade <grades>", "grades, comma-separated (confirmed,fair,weak,contested,discounted)")
    .option("--source <id>", "a source behind the incident, e.g. sohr")
    .option("-o, --out <file>", "write to a file instead of standard output")
    .addHelpText(
      "after",
      "\nExamples:\n  r2p export --format acled-csv --from 2024-01-01 --to 2024-03-31 --area Idlib > idlib.csv\n  r2p export --format geojson -o incidents.geojson",
    )
    .action(async (flags: ExportFlags, command: Command) => {
      try {
        const [{ IncidentFilter }, { exportIncidents }] = await Promise.all([
          import("../../domain/incident-filter.js"),
          import("../../publish/export/export-incidents.js"),
        ]);
        const { format, out, ...rest } = flags;
        const filter = IncidentFilter.parse(rest);
        await withRuntime(command, async (runtime) => {
          const { actors } = await runtime.knowledge();
          const sink = out ? createWriteStream(out) : process.stdout;
          const chunks = exportIncidents(runtime.store.incidentMap.stream(filter), format, {
            actorKind: (id) => actors.get(id)?.kind,
          });
          for await (const chunk of chunks) {
            // Respect back-pressure so a slow pipe does not buffer the whole export.
            if (!sink.write(chunk)) await once(sink, "drain");
          }
          if (out) {
            sink.end();
            await once(sink, "finish");
          }
        });
      } catch (error) {
        reportFailure(error);
      }
    });
}
