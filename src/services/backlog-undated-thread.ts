/**
 * Entry point of the undated claims' reader thread (started by backlog-undated-reader.ts, never
 * imported): its own connection to the store, on which it decides the batches of the undated claims'
 * pass the main thread hands it (`decideBatch`: each claim's search of its place's dated history, the
 * incidents of what it found, rule 3), one at a time, and sends the decisions back. It only reads: the
 * dated claims and incidents it reads are not changed during that pass (backlog-undated.ts). Its
 * comparison deps are the built-in actor registry, as `resolveDeps` builds them from the runtime.
 */
import { parentPort, workerData } from "node:worker_threads";
import { builtInActorRegistry } from "../knowledge/actors/built-in-actors.js";
import { openStore } from "../storage/open-store.js";
import type { CompareDeps } from "../pipeline/resolve/index.js";
import { decideBatch, packDecisions, working } from "./backlog-undated.js";
import type { ReaderReply, ReaderRequest, ReaderSetup } from "./backlog-undated-reader.js";
import { threadCpuSeconds } from "./thread-cpu.js";

const setup = workerData as ReaderSetup;
const post = (reply: ReaderReply) => parentPort?.postMessage(reply);

const opened = openStore({
  dataDir: setup.config.dataDir,
  databaseUrl: setup.config.databaseUrl,
  databaseSchema: setup.config.databaseSchema,
  databasePoolSize: 1,
  // The run builds the indexes it deferred; this thread only reads those resolution needs.
  keepDeferredIndexes: true,
}).then((store) => {
  // As buildKnowledge's (knowledge/index.ts): the actor registry does not read the store.
  const deps: CompareDeps = { actors: builtInActorRegistry() };
  return { store, deps };
});

async function decide(request: Extract<ReaderRequest, { kind: "decide" }>): Promise<void> {
  try {
    const { store, deps } = await opened;
    const claims = request.claims.map(working);
    const summary = { searchedAgain: 0 };
    const decided = await store.incidents.read((tx) => decideBatch(tx, claims, deps, summary));
    post({
      kind: "decided",
      seq: request.seq,
      decisions: packDecisions(claims, decided),
      searchedAgain: summary.searchedAgain,
    });
  } catch (error) {
    post({
      kind: "failed",
      seq: request.seq,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

async function close(): Promise<void> {
  const opening = await opened.catch(() => null);
  await opening?.store.close();
  post({ kind: "closed", cpu: threadCpuSeconds() });
  parentPort?.close();
}

let queue: Promise<void> = opened.then(
  () => post({ kind: "ready" }),
  (error: unknown) =>
    post({ kind: "failed", seq: 0, message: error instanceof Error ? error.message : String(error) }),
);
parentPort?.on("message", (request: ReaderRequest) => {
  queue = queue.then(() => (request.kind === "decide" ? decide(request) : close()));
});
