/**
 * Entry point of a worker thread (started by ThreadPool, never imported): runs queued jobs with the
 * thread's own runtime (its own store connection and knowledge, opened on the first task), ingests
 * documents (ingest stage, save, queueing) through the same runtime, and extracts reports for a caller
 * that stores the extractions itself (`r2p analyze`). Errors go back as data with their stable code.
 */
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { R2pError } from "../domain/errors.js";
import type { Extraction } from "../domain/claim.js";
import type { Runtime } from "../services/runtime.js";
import type { ReportExtractor } from "../services/analyze-service.js";
import type { BatchJobHandler, JobHandler } from "./job-handlers.js";
import type { ThreadReply, ThreadRequest, ThreadSetup } from "./thread-protocol.js";

const setup = workerData as ThreadSetup;

/** Nice value of job threads: below the event loop and the read threads, which answer requests. */
const BACKGROUND_NICENESS = 10;

/**
 * Lowers this thread's CPU priority, where the system allows it per thread (Linux: a thread's id is a
 * valid target of setpriority, found through /proc/thread-self). On 2 cores an extraction otherwise
 * competes on equal terms with the thread that serves /health, and every time slice it wins is a
 * delayed request. Best effort: elsewhere, or when refused, the thread keeps the process's priority.
 */
function lowerThreadPriority(): void {
  try {
    const threadId = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, BACKGROUND_NICENESS);
  } catch {
    // Not Linux, or not permitted: run at normal priority.
  }
}
if (!setup.foreground) lowerThreadPriority();
let runtime: Promise<Runtime> | null = null;
interface HandlersModule {
  jobHandlers: Record<string, JobHandler>;
  batchJobHandlers?: Record<string, BatchJobHandler | undefined>;
}
let handlers: Promise<HandlersModule> | null = null;

const threadRuntime = () =>
  (runtime ??= import("../services/runtime.js").then(({ openRuntime }) => openRuntime(setup.config)));

// A literal import for the built-in handlers, so the bundler includes them; tests may name another module.
const loadHandlers = () =>
  (handlers ??= setup.handlersModule
    ? (import(setup.handlersModule) as Promise<HandlersModule>)
    : (import("./job-handlers.js") as Promise<HandlersModule>));

const unknownJob = (name: string) =>
  new R2pError(
    "JOB_UNKNOWN",
    `No handler for job "${name}": a newer version queued it; run this job with that version.`,
  );

async function runJob(request: Extract<ThreadRequest, { kind: "job" }>): Promise<null> {
  const handler = (await loadHandlers()).jobHandlers[request.job.name];
  if (!handler) throw unknownJob(request.job.name);
  await handler(await threadRuntime(), request.job);
  return null;
}

async function runJobs(request: Extract<ThreadRequest, { kind: "jobs" }>): Promise<null> {
  const name = request.jobs[0]?.name ?? "";
  const handler = (await loadHandlers()).batchJobHandlers?.[name];
  if (!handler || request.jobs.some((job) => job.name !== name)) throw unknownJob(name);
  await handler(await threadRuntime(), request.jobs);
  return null;
}

async function runIngest(request: Extract<ThreadRequest, { kind: "ingest" }>): Promise<unknown> {
  const { ingestBytes } = await import("../services/ingest-service.js");
  const { store } = await threadRuntime();
  // Structured cloning hands over a plain Uint8Array; the stores want the bytes as given.
  return ingestBytes(store, request.bytes, request.source, request.options);
}

let extractor: Promise<ReportExtractor> | null = null;

async function runExtract(request: Extract<ThreadRequest, { kind: "extract" }>): Promise<Extraction[]> {
  extractor ??= threadRuntime().then(async (opened) =>
    (await import("../services/analyze-service.js")).loadReportExtractor(opened),
  );
  const [extract, { store }] = await Promise.all([extractor, threadRuntime()]);
  const extractions: Extraction[] = [];
  for (const report of request.reports) extractions.push(await extract(store, report));
  return extractions;
}

parentPort?.on("message", async (message: { id: number; request: ThreadRequest }) => {
  let reply: ThreadReply;
  try {
    const { request } = message;
    const value =
      request.kind === "job"
        ? await runJob(request)
        : request.kind === "jobs"
          ? await runJobs(request)
          : request.kind === "extract"
            ? await runExtract(request)
            : await runIngest(request);
    reply = { id: message.id, ok: true, value };
  } catch (error) {
    reply = {
      id: message.id,
      ok: false,
      error:
        error instanceof R2pError
          ? { code: error.code, message: error.message, status: error.status }
          : {
              code: "JOB_FAILED",
              message: error instanceof Error ? error.message : String(error),
              status: 500,
            },
    };
  }
  parentPort?.postMessage(reply);
});
