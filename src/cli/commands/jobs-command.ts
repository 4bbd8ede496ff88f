/**
 * `r2p jobs status|work|failed|retry`: inspect and run the job queue (a worker role for scaled
 * deployments), list quarantined jobs and put them back by hand.
 */
import { Command } from "commander";
import { errors } from "../../domain/errors.js";
import type { Job } from "../../storage/ports.js";
import type { JobEvent } from "../../jobs/job-runner.js";
import { openCommandRuntime, printJson, reportFailure, withRuntime } from "../context.js";

const describeJob = (job: Job) =>
  `${job.id}  ${job.name}  ${job.key.slice(0, 16)}…  ${job.attempts} tries  ${job.updatedAt}\n    ${job.lastErrorCode ?? "?"}: ${job.lastError ?? "(no message)"}\n`;

export function jobsCommand(): Command {
  const jobs = new Command("jobs").description(
    "The job queue (extraction of ingested reports): status, workers, quarantined jobs",
  );
  jobs
    .command("status")
    .description("Count jobs by state (failed = quarantined, see `r2p jobs failed`)")
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
    .description(
      "Run queued jobs in worker threads (R2P_WORKER_THREADS, one per core by default, each limited by R2P_JOB_TIMEOUT_MS and R2P_JOB_MEMORY_MB); with --once stop when the queue is empty, else keep polling until SIGTERM",
    )
    .option("--once", "drain the queue and exit")
    .addHelpText(
      "after",
      "\nExamples:\n  r2p jobs work --once\n  R2P_DATABASE_URL=postgres://… r2p jobs work   # a worker machine",
    )
    .action(async (flags: { once?: boolean }, command: Command) => {
      try {
        const { drainJobs, startJobLoop } = await import("../../jobs/job-runner.js");
        const log = (line: string) => process.stderr.write(`${line}\n`);
        const onEvent = (event: JobEvent) => {
          if (event.outcome !== "done")
            log(`job ${event.job.id} (${event.job.name}) ${event.outcome}: ${event.code}: ${event.message}`);
        };
        if (flags.once) {
          await withRuntime(command, async (runtime) => {
            const result = await drainJobs(runtime, { onEvent });
            process.stdout.write(
              `${result.done} jobs done, ${result.failed} failed (queued again), ${result.quarantined} quarantined\n`,
            );
          });
          return;
        }
        const runtime = await openCommandRuntime(command);
        const loop = startJobLoop(runtime, {
          idleMs: 1000,
          onError: (e) => log(String(e)),
          onEvent,
        });
        let stopping = false;
        const stop = async (signal: string) => {
          if (stopping) return;
          stopping = true;
          log(`${signal}: stopping; running jobs go back to the queue`);
          setTimeout(() => process.exit(1), 9000).unref();
          await loop.stop();
          await runtime.close();
          process.exit(0);
        };
        process.once("SIGINT", () => void stop("SIGINT"));
        process.once("SIGTERM", () => void stop("SIGTERM"));
      } catch (error) {
        reportFailure(error);
      }
    });
  jobs
    .command("failed")
    .description(
      "List quarantined jobs: those that failed twice for the same reason (e.g. JOB_TIMEOUT) or ran out of tries",
    )
    .option("--limit <n>", "how many", (value) => Number(value), 50)
    .option("--json", "print JSON")
    .addHelpText("after", "\nExample:\n  r2p jobs failed")
    .action(async (flags: { limit: number; json?: boolean }, command: Command) => {
      try {
        await withRuntime(command, async (runtime) => {
          const failed = await runtime.store.jobs.listFailed({ limit: flags.limit });
          if (flags.json) return printJson(failed);
          for (const job of failed) process.stdout.write(describeJob(job));
          process.stdout.write(
            `${failed.length} failed job${failed.length === 1 ? "" : "s"}${failed.length ? "; retry with `r2p jobs retry <id>` or `--all`" : ""}\n`,
          );
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  jobs
    .command("retry")
    .description("Put quarantined jobs back in the queue with fresh tries (recorded in the audit log)")
    .argument("[id]", "the job id shown by `r2p jobs failed`")
    .option("--all", "every failed job")
    .addHelpText(
      "after",
      "\nExamples:\n  r2p jobs retry 3f2c9a4e-8d1b-4c55-9a0e-1b2c3d4e5f60\n  R2P_JOB_TIMEOUT_MS=600000 r2p jobs retry --all && r2p jobs work --once",
    )
    .action(async (id: string | undefined, flags: { all?: boolean }, command: Command) => {
      try {
        if (!id === !flags.all)
          throw errors.usage("Give one job id or --all, not both or neither.", "r2p jobs retry --all");
        await withRuntime(command, async (runtime) => {
          const count = await runtime.store.jobs.retry(
            flags.all ? { all: true } : { id: id! },
            `cli:${process.env.USER ?? "user"}`,
          );
          process.stdout.write(`${count} job${count === 1 ? "" : "s"} queued again\n`);
        });
      } catch (error) {
        reportFailure(error);
      }
    });
  return jobs;
}
