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
    .option(
      "--no-alerts",
      "do not assess and deliver alerts in this process (run `r2p assess` and `r2p alerts deliver` elsewhere)",
    )
    .addHelpText(
      "after",
      "\nExamples:\n  r2p serve\n  R2P_DATABASE_URL=postgres://postgres@127.0.0.1/test r2p serve --port 8081",
    )
    .action(
      async (
        flags: { host?: string; port?: number; inbox: boolean; worker: boolean; alerts: boolean },
        command: Command,
      ) => {
        try {
          const [{ startInboxWatcher }, { startJobLoop }, { buildApp }, { startAlertLoop }] =
            await Promise.all([
              import("../../services/inbox-watcher.js"),
              import("../../jobs/job-runner.js"),
              import("../../server/app.js"),
              import("../../services/alert-loop.js"),
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
          const alerts = flags.alerts
            ? startAlertLoop(runtime, {
                situationId: "syria",
                intervalMs: config.assessIntervalMs,
                onError: (error) => app.log.error(error),
                onRun: (summary) => {
                  if (summary.newAlerts + summary.delivered + summary.retried + summary.dead > 0)
                    app.log.info(summary, "alerts assessed and delivered");
                },
              })
            : null;
          const address = await app.listen({ host: config.host, port: config.port });
          app.log.info(
            `r2p-watch serving ${address} (store: ${runtime.store.backend}, data: ${config.dataDir}${inbox ? `, inbox: ${inboxDir}` : ""})`,
          );
          const shutdown = async () => {
            await app.close();
            await inbox?.stop();
            await jobs?.stop();
            await alerts?.stop();
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
