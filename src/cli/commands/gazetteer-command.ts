/** `r2p gazetteer import|lookup`: bring in OCHA / GeoNames place tables and query the gazetteer. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Command } from "commander";
import { errors } from "../../domain/errors.js";
import { printJson, reportFailure, withRuntime } from "../context.js";

export function gazetteerCommand(): Command {
  const gazetteer = new Command("gazetteer").description(
    "Places: import OCHA/GeoNames tables, look names up",
  );
  gazetteer
    .command("import")
    .description("Import an OCHA populated-places CSV (P-codes) or a GeoNames country dump (e.g. SY.txt)")
    .argument("<file>", "the table to import")
    .option("--dataset <name>", "a name for this dataset (default: the file name)")
    .addHelpText(
      "after",
      "\nExamples:\n  r2p gazetteer import ../shared/data/gazetteer/syr_admin4_communities.csv\n  r2p gazetteer import SY.txt",
    )
    .action(async (file: string, flags: { dataset?: string }, command: Command) => {
      try {
        let text: string;
        try {
          text = await readFile(file, "utf8");
        } catch (error) {
          throw errors.unreadable(file, (error as NodeJS.ErrnoException).code ?? String(error));
        }
        const { parseGazetteerFile } = await import("../../knowledge/index.js");
        const parsed = parseGazetteerFile(text);
        await withRuntime(command, async (runtime) => {
          const dataset = flags.dataset ?? path.basename(file);
          const result = await runtime.store.places.importPlaces(
            parsed.places,
            dataset,
            `cli:${process.env.USER ?? "user"}`,
          );
          for (const problem of parsed.problems.slice(0, 10))
            process.stderr.write(`skipped line ${problem.line}: ${problem.reason}\n`);
          process.stdout.write(
            `${parsed.format}: ${parsed.places.length} places read, ${result.inserted} new, ${result.updated} updated, ${parsed.problems.length} rows skipped\n`,
          );
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  gazetteer
    .command("lookup")
    .description("Show the gazetteer candidates for a place name, best first")
    .argument("<name...>", "a place name in any spelling, Latin or Arabic")
    .option("--admin1 <governorate>", "prefer places in this governorate")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExample:\n  r2p gazetteer lookup Kafarnoran --admin1 Aleppo")
    .action(async (words: string[], flags: { admin1?: string; json?: boolean }, command: Command) => {
      try {
        await withRuntime(command, async (runtime) => {
          const { places } = await runtime.knowledge();
          const admin1 = flags.admin1 ? (places.resolveAdmin1(flags.admin1) ?? flags.admin1) : undefined;
          const matches = places
            .findPlaces(words.join(" "), admin1 ? { admin1: [admin1] } : undefined)
            .slice(0, 10);
          if (flags.json) return printJson(matches);
          for (const m of matches)
            process.stdout.write(
              `${m.score.toFixed(2)}  ${m.matchedBy.padEnd(15)} ${m.entry.id.padEnd(18)} ${m.entry.name} (${[m.entry.admin2, m.entry.admin1].filter(Boolean).join(", ")}) ${m.entry.lat.toFixed(4)},${m.entry.lon.toFixed(4)}\n`,
            );
          if (matches.length === 0) process.stdout.write("no candidates\n");
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  return gazetteer;
}
