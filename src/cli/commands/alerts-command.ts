/** `r2p alerts list|deliver|outbox|requeue`: stored alerts and their delivery to subscribers. */
import { Command, Option } from "commander";
import { checkDateFlag, openCommandRuntime, printJson, reportFailure, withRuntime } from "../context.js";

interface ListFlags {
  situation?: string;
  from?: string;
  to?: string;
  kind?: string[];
  area?: string;
  limit: number;
  json?: boolean;
}

export function alertsCommand(): Command {
  const alerts = new Command("alerts").description(
    "Alerts raised by `r2p assess` and their delivery (webhooks, e-mail, Atom)",
  );
  alerts
    .command("list")
    .description("List stored alerts, newest event day first")
    .option("--situation <id>", "only this situation")
    .option("--from <date>", "event day from (YYYY-MM-DD)")
    .option("--to <date>", "event day to (YYYY-MM-DD)")
    .option(
      "--kind <kinds...>",
      "only these kinds (escalation_incidents, escalation_killed, attack_on_rescuers_or_medical, double_tap, mass_casualty, new_perpetrator)",
    )
    .option("--area <admin1>", "only this governorate (admin1)")
    .addOption(new Option("--limit <n>", "how many").argParser(Number).default(100))
    .option("--json", "print JSON: {id, kind, area{admin1, admin2}, date, statistic, incidents[], …}")
    .addHelpText(
      "after",
      "\nExamples:\n  r2p alerts list --area Idlib\n  r2p alerts list --json --from 2021-09-01",
    )
    .action(async (flags: ListFlags, command: Command) => {
      try {
        await checkDateFlag(flags.from);
        await checkDateFlag(flags.to);
        const { formatAlerts } = await import("../format-assessment.js");
        await withRuntime(command, async (runtime) => {
          const query = {
            situationId: flags.situation,
            from: flags.from,
            to: flags.to,
            kinds: flags.kind,
            admin1: flags.area,
          };
          const [items, total] = await Promise.all([
            runtime.store.alerts.list({ ...query, limit: flags.limit }),
            runtime.store.alerts.count(query),
          ]);
          if (flags.json)
            return printJson(
              items.map((a) => ({
                id: a.id,
                kind: a.kind,
                area: a.area,
                date: a.date,
                statistic: a.statistic,
                incidents: a.incidents,
                scope: a.scope,
                perpetrator: a.perpetrator,
                raisedAsOf: a.raisedAsOf,
                grade: a.grade,
                summary: a.summary,
              })),
            );
          process.stdout.write(formatAlerts(items, total));
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  alerts
    .command("deliver")
    .description(
      "Send due deliveries from the outbox (webhooks, e-mail); with --watch keep sending retries as they fall due",
    )
    .option("--watch", "keep running, checking every 5 seconds")
    .addHelpText(
      "after",
      "\nExamples:\n  r2p alerts deliver\n  R2P_SMTP_URL=smtp://mail.example.org:587 r2p alerts deliver --watch",
    )
    .action(async (flags: { watch?: boolean }, command: Command) => {
      try {
        const { deliverDueAlerts } = await import("../../services/delivery-service.js");
        const runtime = await openCommandRuntime(command);
        try {
          for (;;) {
            const result = await deliverDueAlerts(runtime);
            for (const line of result.log) process.stdout.write(`${line}\n`);
            if (!flags.watch) {
              process.stdout.write(
                `${result.delivered} delivered, ${result.retried} to retry, ${result.dead} dead-lettered\n`,
              );
              break;
            }
            await new Promise((r) => setTimeout(r, 5000));
          }
        } finally {
          await runtime.close();
        }
      } catch (error) {
        reportFailure(error);
      }
    });
  alerts
    .command("outbox")
    .description("Show the delivery outbox: counts by state and the dead letters with their last error")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExample:\n  r2p alerts outbox")
    .action(async (flags: { json?: boolean }, command: Command) => {
      try {
        await withRuntime(command, async (runtime) => {
          const [counts, dead] = await Promise.all([
            runtime.store.outbox.counts(),
            runtime.store.outbox.list({ state: "dead", limit: 100 }),
          ]);
          if (flags.json) return printJson({ counts, dead });
          process.stdout.write(
            `pending ${counts.pending}, delivered ${counts.delivered}, dead ${counts.dead}\n`,
          );
          for (const d of dead)
            process.stdout.write(`dead ${d.id}  ${d.attempts} attempts  ${d.lastError ?? ""}\n`);
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  alerts
    .command("requeue")
    .description("Put a dead-lettered delivery back in the outbox, due now")
    .argument("<outbox-id>", "id from `r2p alerts outbox`")
    .addHelpText("after", "\nExample:\n  r2p alerts requeue ob_al_3f1c…_sub_1a2b3c4d && r2p alerts deliver")
    .action(async (id: string, _flags: unknown, command: Command) => {
      try {
        await withRuntime(command, async (runtime) => {
          await runtime.store.outbox.requeue(id, "cli");
          process.stdout.write(`${id} requeued\n`);
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  return alerts;
}
