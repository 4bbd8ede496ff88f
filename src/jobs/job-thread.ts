/**
 * Entry point of a worker thread (started by ThreadPool, never imported): runs queued jobs with the
 * thread's own runtime (its own store connection and knowledge, opened on the first job) and parses
 * documents with the ingest stage. Errors go back as data with their stable code.
 */
import { parentPort, workerData } from "node:worker_threads";
import { R2pError } from "../domain/errors.js";
import type { Runtime } from "../services/runtime.js";
import type { JobHandler } from "./job-handlers.js";
import type { ThreadReply, ThreadRequest, ThreadSetup } from "./thread-protocol.js";

const setup = workerData as ThreadSetup;
let runtime: Promise<Runtime> | null = null;
let handlers: Promise<Record<string, JobHandler>> | null = null;

async function runJob(request: Extract<ThreadRequest, { kind: "job" }>): Promise<null> {
  runtime ??= import("../services/runtime.js").then(({ openRuntime }) => openRuntime(setup.config));
  // A literal import for the built-in handlers, so the bundler includes them; tests may name another module.
  handlers ??= (
    setup.handlersModule
      ? (import(setup.handlersModule) as Promise<{ jobHandlers: Record<string, JobHandler> }>)
      : import("./job-handlers.js")
  ).then((module) => module.jobHandlers);
  const handler = (await handlers)[request.job.name];
  if (!handler)
    throw new R2pError(
      "JOB_UNKNOWN",
      `No handler for job "${request.job.name}": a newer version queued it; run this job with that version.`,
    );
  await handler(await runtime, request.job);
  return null;
}

async function runParse(request: Extract<ThreadRequest, { kind: "parse" }>): Promise<unknown> {
  const { ingestDocument } = await import("../pipeline/ingest/index.js");
  return ingestDocument(request.input, request.deps);
}

parentPort?.on("message", async (message: { id: number; request: ThreadRequest }) => {
  let reply: ThreadReply;
  try {
    const value =
      message.request.kind === "job" ? await runJob(message.request) : await runParse(message.request);
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
