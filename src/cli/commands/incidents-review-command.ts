/** `r2p incidents resolve`: (re-)resolve stored reports into incidents. */
import type { Command } from "commander";
import { reportFailure, withRuntime } from "../context.js";

const PAGE = 500;

/** Adds the commands that change incidents to `r2p incidents`. */
export function addReviewCommands(incidents: Command): void {
  incidents
    .command("resolve")
    .description("Resolve every stored report's latest claims (skips reports already resolved from them)")
    .option("--force", "resolve again even reports already resolved from the same claims")
    .addHelpText(
      "after",
      "\nExamples:\n  r2p incidents resolve\n  r2p incidents resolve --force   # after editing source aliases",
    )
    .action(async (flags: { force?: boolean }, command: Command) => {
      try {
        const { resolveReports } = await import("../../services/resolve-service.js");
        await withRuntime(command, async (runtime) => {
          const ids: string[] = [];
          for (let offset = 0; ; offset += PAGE) {
            const page = await runtime.store.reports.list({ limit: PAGE, offset });
            ids.push(...page.map((r) => r.id));
            if (page.length < PAGE) break;
          }
          const summary = await resolveReports(runtime, ids, `cli:${process.env.USER ?? "user"}`, {
            force: flags.force,
          });
          process.stdout.write(
            `${summary.resolved} reports resolved (${summary.claims} claims), ${summary.skipped} already up to date; ${summary.incidentsWritten} incidents written, ${summary.incidentsDeleted} removed\n`,
          );
        });
      } catch (error) {
        reportFailure(error);
      }
    });
}
