/** `r2p verify` and `r2p audit verify|list`: tamper evidence for originals and the audit chain. */
import { Command, Option } from "commander";
import { printJson, reportFailure, withRuntime } from "../context.js";

export function verifyCommand(): Command {
  return new Command("verify")
    .description("Re-hash every stored original and report any whose bytes no longer match their id")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExample:\n  r2p verify")
    .action(async (flags: { json?: boolean }, command: Command) => {
      try {
        await withRuntime(command, async (runtime) => {
          const result = await runtime.store.reports.verifyOriginals();
          if (flags.json) printJson(result);
          else {
            for (const id of result.mismatched)
              process.stdout.write(`TAMPERED  ${id}: stored bytes do not hash to this id\n`);
            for (const id of result.missing)
              process.stdout.write(`MISSING   ${id}: the original bytes are gone\n`);
            process.stdout.write(
              `${result.checked} originals checked, ${result.mismatched.length} tampered, ${result.missing.length} missing\n`,
            );
          }
          if (result.mismatched.length || result.missing.length) process.exitCode = 4;
        });
      } catch (error) {
        reportFailure(error);
      }
    });
}

export function auditCommand(): Command {
  const audit = new Command("audit").description("The append-only, hash-chained log of every change");
  audit
    .command("verify")
    .description("Recompute the hash chain and report edited or deleted events")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExample:\n  r2p audit verify")
    .action(async (flags: { json?: boolean }, command: Command) => {
      try {
        await withRuntime(command, async (runtime) => {
          const result = await runtime.store.audit.verify();
          if (flags.json) printJson(result);
          else {
            for (const problem of result.problems)
              process.stdout.write(`BROKEN  event ${problem.seq}: ${problem.problem}\n`);
            process.stdout.write(
              result.ok
                ? `audit chain intact: ${result.checked} events\n`
                : `audit chain BROKEN: ${result.problems.length} problems in ${result.checked} events\n`,
            );
          }
          if (!result.ok) process.exitCode = 4;
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  audit
    .command("list")
    .description("Show audit events, oldest first")
    .addOption(new Option("--limit <n>", "how many").argParser(Number).default(50))
    .addOption(new Option("--after <seq>", "start after this event number").argParser(Number))
    .option("--subject <id>", "only events about this subject id")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExample:\n  r2p audit list --limit 20")
    .action(
      async (
        flags: { limit: number; after?: number; subject?: string; json?: boolean },
        command: Command,
      ) => {
        try {
          await withRuntime(command, async (runtime) => {
            const events = await runtime.store.audit.list({
              limit: flags.limit,
              afterSeq: flags.after,
              subjectId: flags.subject,
            });
            if (flags.json) return printJson(events);
            for (const e of events)
              process.stdout.write(
                `${e.seq}  ${e.at}  ${e.actor}  ${e.action}  ${e.subjectType}:${e.subjectId.slice(0, 16)}  ${e.hash.slice(0, 12)}\n`,
              );
          });
        } catch (error) {
          reportFailure(error);
        }
      },
    );
  return audit;
}
