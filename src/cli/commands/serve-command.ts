/** `r2p serve`: the HTTP API, the inbox watcher and the in-process job runner, in one process. */
import path from "node:path";
import { Command, Option } from "commander";
import { openCommandRuntime, reportFailure } from "../context.js";

export function serveCommand(): Command {
  return new Command("serve")
    .description("Start the API (default http://127.0.0.1:8080), the inbox watcher and the job runner")
    .option("--host <host>", "address to listen on")
    .addOption(new Option("--port <port>", "port to listen on").argParser(Number))
    .option("--no-inbox", "do not watch the inbox folder")
    .option("--no-worker", "do not run jobs in this process (run `r2p jobs work` elsewhere)")
    .addHelpText(
      "after",
      "\nExamples:\n  r2p serve\n  R2P_DATABASE_URL=postgres://postgres@127.0.0.1/test r2p serve --port 8081",
    )
    .action(
      async (flags: { host?: string; port?: number; inbox: boolean; worker: boolean }, command: Command) => {
        try {
          const [{ startInboxWatcher }, { startJobLoop }, { buildApp }, { ensureFirstAdmin }] =
            await Promise.all([
              import("../../services/inbox-watcher.js"),
              import("../../jobs/job-runner.js"),
              import("../../server/app.js"),
              import("../../server/auth/accounts.js"),
            ]);
          const runtime = await openCommandRuntime(command, { host: flags.host, port: flags.port });
          const { config } = runtime;
          const jobs = flags.worker
            ? startJobLoop(runtime, { idleMs: 2000, onError: (e) => console.error(e) })
            : null;
          const app = await buildApp(runtime, { logger: true, onIngested: () => jobs?.nudge() });
          const inboxDir = path.join(config.dataDir, "inbox");
          const inbox = flags.inbox
            ? await startInboxWatcher(runtime.store, inboxDir, {
                pollMs: config.inboxPollMs,
                maxBytes: config.maxReportBytes,
                actor: "inbox",
                onOutcome: (outcome) => {
                  app.log.info({ outcome: outcome.status, source: outcome.source }, "inbox file processed");
                  jobs?.nudge();
                },
                onError: (error) => app.log.error(error),
              })
            : null;
          const firstAdmin = await ensureFirstAdmin(runtime.store);
          const address = await app.listen({ host: config.host, port: config.port });
          if (firstAdmin) {
            // Printed once, to the terminal only: the store keeps just the scrypt hash.
            process.stdout.write(
              [
                "",
                "First run: created the admin account.",
                `  open      ${address}/`,
                `  user      ${firstAdmin.name}`,
                `  password  ${firstAdmin.password}`,
                "This password is shown only now. Change it with `r2p users passwd admin`;",
                "add colleagues with `r2p users add <name> --role analyst`.",
                "",
              ].join("\n") + "\n",
            );
          }
          app.log.info(
            `r2p-watch serving ${address} (store: ${runtime.store.backend}, data: ${config.dataDir}${inbox ? `, inbox: ${inboxDir}` : ""})`,
          );
          const shutdown = async () => {
            await app.close();
            await inbox?.stop();
            await jobs?.stop();
            await runtime.close();
            process.exit(0);
          };
          process.once("SIGINT", shutdown);
          process.once("SIGTERM", shutdown);
        } catch (error) {
          reportFailure(error);
        }
      },
    );
}
