/** `r2p subscriptions add|list|pause|resume|remove`: who receives which alerts, by webhook or e-mail. */
import { Command } from "commander";
import { errors } from "../../domain/errors.js";
import { printJson, reportFailure, withRuntime } from "../context.js";

interface AddFlags {
  name: string;
  webhook?: string;
  email?: string;
  area?: string[];
  kind?: string[];
  minGrade?: string;
  secret?: string;
}

export function subscriptionsCommand(): Command {
  const subs = new Command("subscriptions").description(
    "Alert subscriptions: webhooks (HMAC-SHA256 signed) or e-mail, filtered by area, kind and grade",
  );
  subs
    .command("add")
    .description("Subscribe a webhook URL or an e-mail address; prints the webhook signing secret once")
    .requiredOption("--name <name>", "a name for people")
    .option("--webhook <url>", "POST signed JSON alerts to this URL")
    .option("--email <address>", "send alerts by e-mail (needs R2P_SMTP_URL)")
    .option("--area <admin1...>", "only these governorates (admin1)")
    .option("--kind <kinds...>", "only these alert kinds")
    .option("--min-grade <grade>", "lowest corroboration grade: confirmed, fair, weak, contested, discounted")
    .option("--secret <secret>", "webhook signing secret (default: 32 random bytes)")
    .addHelpText(
      "after",
      "\nExamples:\n  r2p subscriptions add --name desk --webhook https://desk.example.org/r2p --area Idlib Aleppo --min-grade weak\n  r2p subscriptions add --name editor --email editor@example.org --kind mass_casualty double_tap",
    )
    .action(async (flags: AddFlags, command: Command) => {
      try {
        if (!flags.webhook === !flags.email)
          throw errors.invalidSubscription("give exactly one of --webhook <url> or --email <address>.");
        const { createSubscription } = await import("../../services/subscription-service.js");
        await withRuntime(command, async (runtime) => {
          const { subscription, secret } = await createSubscription(runtime, {
            name: flags.name,
            channel: flags.webhook ? "webhook" : "email",
            target: (flags.webhook ?? flags.email)!,
            admin1: flags.area ?? [],
            kinds: flags.kind ?? [],
            minGrade: flags.minGrade ?? null,
            secret: flags.secret,
          });
          process.stdout.write(
            `subscription ${subscription.id} (${subscription.channel} ${subscription.target}) created\n`,
          );
          if (secret) process.stdout.write(`signing secret (shown once): ${secret}\n`);
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  subs
    .command("list")
    .description("List subscriptions (secrets are never shown)")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExample:\n  r2p subscriptions list")
    .action(async (flags: { json?: boolean }, command: Command) => {
      try {
        await withRuntime(command, async (runtime) => {
          const list = await runtime.store.subscriptions.list();
          if (flags.json) return printJson(list);
          for (const s of list) {
            const f = s.filter;
            process.stdout.write(
              `${s.id}  ${s.active ? "active" : "paused"}  ${s.channel} ${s.target}  "${s.name}"  areas: ${f.admin1.join(", ") || "all"}; kinds: ${f.kinds.join(", ") || "all"}; min grade: ${f.minGrade ?? "any"}\n`,
            );
          }
          process.stdout.write(`${list.length} subscriptions\n`);
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  for (const [name, active] of [
    ["pause", false],
    ["resume", true],
  ] as const) {
    subs
      .command(name)
      .description(`${active ? "Resume" : "Pause"} a subscription`)
      .argument("<id>", "subscription id")
      .addHelpText("after", `\nExample:\n  r2p subscriptions ${name} sub_1a2b3c4d`)
      .action(async (id: string, _flags: unknown, command: Command) => {
        try {
          await withRuntime(command, async (runtime) => {
            await runtime.store.subscriptions.setActive(id, active, "cli");
            process.stdout.write(`${id} ${active ? "resumed" : "paused"}\n`);
          });
        } catch (error) {
          reportFailure(error);
        }
      });
  }
  subs
    .command("remove")
    .description("Delete a subscription and its pending deliveries")
    .argument("<id>", "subscription id")
    .addHelpText("after", "\nExample:\n  r2p subscriptions remove sub_1a2b3c4d")
    .action(async (id: string, _flags: unknown, command: Command) => {
      try {
        await withRuntime(command, async (runtime) => {
          await runtime.store.subscriptions.remove(id, "cli");
          process.stdout.write(`${id} removed\n`);
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  return subs;
}
