/** `r2p jobs status|work`: inspect and run the job queue (a worker role for scaled deployments). */
import { Command } from "commander";
import { openCommandRuntime, printJson, reportFailure, withRuntime } from "../context.js";

export function jobsCommand(): Command {
  const jobs = new Command("jobs").description("The job queue (extraction of ingested reports)");
  jobs
    .command("status")
    .description("Count jobs by state")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExample:\n  r2p jobs status")
    .action(async (flags: { json?: boolean }, command: Command) => {
      try {
        await withRuntime(command, async (runtime) => {
          const counts = await runtime.store.jobs.counts();
          if (flags.json) return printJson(counts);
          process.stdout.write(
            `queued ${counts.queued}, running ${counts.running}, done ${counts.done}, failed ${counts.failed}\n`,
          );
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  jobs
    .command("work")
    .description("Run queued jobs; with --once stop when the queue is empty, else keep polling")
    .option("--once", "drain the queue and exit")
    .addHelpText(
      "after",
      "\nExamples:\n  r2p jobs work --once\n  R2P_DATABASE_URL=postgres://… r2p jobs work   # a worker machine",
    )
    .action(async (flags: { once?: boolean }, command: Command) => {
      try {
        const { drainJobs, startJobLoop } = await import("../../jobs/job-runner.js");
        if (flags.once) {
          await withRuntime(command, async (runtime) => {
            const result = await drainJobs(runtime);
            process.stdout.write(`${result.done} jobs done, ${result.failed} failed\n`);
          });
          return;
        }
        const runtime = await openCommandRuntime(command);
        const loop = startJobLoop(runtime, { idleMs: 1000, onError: (e) => console.error(e) });
        const stop = async () => {
          await loop.stop();
          await runtime.close();
          process.exit(0);
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      } catch (error) {
        reportFailure(error);
      }
    });
  return jobs;
}
