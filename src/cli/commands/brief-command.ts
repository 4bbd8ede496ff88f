/** `r2p brief`: key incidents with grades and qualifications, the risk profile, alerts, sources and caveats. */
import { Command, Option } from "commander";
import { errors } from "../../domain/errors.js";
import { checkDateFlag, reportFailure, withRuntime } from "../context.js";

interface BriefFlags {
  situation: string;
  from?: string;
  to?: string;
  format: "md" | "html" | "pdf";
  output?: string;
  limit: number;
}

export function briefCommand(): Command {
  return new Command("brief")
    .description(
      'Write a brief for decision makers: key incidents ("consistent with" wording), risk profile, alerts, sources and caveats',
    )
    .option("--situation <id>", "situation", "syria")
    .option("--from <date>", "period start (YYYY-MM-DD); default the start of the record")
    .option("--to <date>", "period end (YYYY-MM-DD); the assessment is made as of this day; default today")
    .addOption(
      new Option("--format <format>", "md, html or pdf").choices(["md", "html", "pdf"]).default("md"),
    )
    .option("--output <file>", "write to this file (needed for pdf on a terminal); default standard output")
    .addOption(new Option("--limit <n>", "key incidents to list").argParser(Number).default(25))
    .addHelpText(
      "after",
      "\nExamples:\n  r2p brief --from 2021-09-01 --to 2021-09-30\n  r2p brief --situation syria --format pdf --output brief.pdf",
    )
    .action(async (flags: BriefFlags, command: Command) => {
      try {
        await checkDateFlag(flags.from);
        await checkDateFlag(flags.to);
        if (flags.format === "pdf" && !flags.output && process.stdout.isTTY)
          throw errors.usage(
            "A PDF is binary: give --output <file> or redirect standard output.",
            "r2p brief --format pdf --output brief.pdf",
          );
        const { situationBrief, renderBrief } = await import("../../services/brief-service.js");
        const { writeFile } = await import("node:fs/promises");
        await withRuntime(command, async (runtime) => {
          const brief = await situationBrief(runtime, {
            situationId: flags.situation,
            from: flags.from,
            to: flags.to,
            limit: flags.limit,
          });
          const body = await renderBrief(brief, flags.format);
          if (flags.output) {
            await writeFile(flags.output, body);
            process.stderr.write(
              `brief written to ${flags.output} (${brief.incidents.length} key incidents, ${brief.alerts.length} alerts)\n`,
            );
          } else process.stdout.write(body);
        });
      } catch (error) {
        reportFailure(error);
      }
    });
}
