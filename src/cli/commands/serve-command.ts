/**
 * `r2p serve`: the HTTP API, the inbox watcher and the job runner, in one process. CPU-heavy work
 * (extraction jobs, parsing posted or dropped documents) runs in worker threads, so the event loop
 * only serves requests. SIGTERM/SIGINT stop it within 10 s: no new requests or files, running jobs
 * interrupted and handed back to the queue, the store closed.
 */
import path from "node:path";
import { Command, Option } from "commander";
import { errors } from "../../domain/errors.js";
import { openCommandRuntime, reportFailure } from "../context.js";

/** Past this, shutdown gives up waiting and exits anyway (the store is crash-safe). */
const SHUTDOWN_DEADLINE_MS = 9000;

export function serveCommand(): Command {
  return new Command("serve")
    .description("Start the API (default http://127.0.0.1:8080), the inbox watcher and the job runner")
    .option("--host <host>", "address to listen on (env R2P_HOST)")
    .addOption(new Option("--port <port>", "port to listen on (env R2P_PORT)").argParser(Number))
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
        const closers: (() => Promise<void>)[] = [];
        const closeAll = async () => {
          for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
        };
        try {
          const [
            { startInboxWatcher },
            { startJobLoop },
            { createThreadedIngest },
            { buildApp },
            { ensureFirstAdmin },
            { startAlertLoop },
          ] = await Promise.all([
            import("../../services/inbox-watcher.js"),
            import("../../jobs/job-runner.js"),
            import("../../jobs/threaded-ingest.js"),
            import("../../server/app.js"),
            import("../../server/auth/accounts.js"),
            import("../../services/alert-loop.js"),
          ]);
          const runtime = await openCommandRuntime(
            command,
            { host: flags.host, port: flags.port },
            { server: true },
          );
          closers.push(() => runtime.close());
          const { config } = runtime;
          // Documents posted or dropped are ingested (parsed, hashed, saved) in a worker thread.
          const ingester = createThreadedIngest(config);
          closers.push(() => ingester.close());
          const app = await buildApp(runtime, {
            logger: true,
            onIngested: () => jobs?.nudge(),
            ingest: ingester.ingest,
          });
          closers.push(() => app.close());
          const jobs = flags.worker
            ? startJobLoop(runtime, {
                idleMs: 2000,
                onError: (error) => app.log.error(error),
                onEvent: ({ job, outcome, code, message, ms }) => {
                  const fields = { job: job.id, name: job.name, key: job.key, outcome, ms };
                  if (outcome === "done") app.log.info(fields, "job done");
                  else if (outcome === "released") app.log.info(fields, "job handed back to the queue");
                  else app.log.warn({ ...fields, code, reason: message }, `job ${outcome}`);
                },
              })
            : null;
          if (jobs) closers.push(() => jobs.stop());
          const inboxDir = path.join(config.dataDir, "inbox");
          const inbox = flags.inbox
            ? await startInboxWatcher(runtime.store, inboxDir, {
                pollMs: config.inboxPollMs,
                settleMs: config.inboxSettleMs,
                maxBytes: config.maxReportBytes,
                actor: "inbox",
                ingestElsewhere: ingester.ingest,
                onOutcome: (outcome) => {
                  if (outcome.status === "rejected")
                    app.log.warn(
                      { file: outcome.source, code: outcome.code, reason: outcome.reason },
                      `inbox file rejected: ${outcome.code}`,
                    );
                  else
                    app.log.info(
                      { file: outcome.source, outcome: outcome.status, report: outcome.report.id },
                      `inbox file ${outcome.status === "ingested" ? "ingested" : "already ingested"} as report ${outcome.report.id}`,
                    );
                  jobs?.nudge();
                },
                onError: (error) => app.log.error(error),
              })
            : null;
          if (inbox) closers.push(() => inbox.stop());
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
          if (alerts) closers.push(() => alerts.stop());
          const firstAdmin = await ensureFirstAdmin(runtime.store);
          const address = await app.listen({ host: config.host, port: config.port }).catch((error) => {
            throw (error as NodeJS.ErrnoException).code === "EADDRINUSE"
              ? errors.portInUse(config.host, config.port)
              : error;
          });
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
          let stopping = false;
          const shutdown = async (signal: string) => {
            if (stopping) return;
            stopping = true;
            app.log.info(`${signal}: stopping (running jobs go back to the queue)`);
            setTimeout(() => {
              app.log.error(`shutdown took over ${SHUTDOWN_DEADLINE_MS} ms; exiting anyway`);
              process.exit(1);
            }, SHUTDOWN_DEADLINE_MS).unref();
            // Stop taking work first (inbox, new jobs, new requests), then close what they used.
            await Promise.all([inbox?.stop(), jobs?.stop(), alerts?.stop(), app.close()]);
            await ingester.close();
            await runtime.close();
            process.exit(0);
          };
          process.once("SIGINT", () => void shutdown("SIGINT"));
          process.once("SIGTERM", () => void shutdown("SIGTERM"));
        } catch (error) {
          await closeAll();
          reportFailure(error);
        }
      },
    );
}
