/**
 * Inbox folder: files dropped into `<dataDir>/inbox` are ingested automatically. A file is taken only
 * once its size has stayed the same for one poll (so half-copied files wait), then moved to
 * `inbox/processed/` or `inbox/rejected/` (with a `.reason.txt` beside it). A crash between storing
 * and moving leaves the file in the inbox; the next pass re-ingests it, which is idempotent.
 */
import { mkdir, readdir, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Store } from "../storage/ports.js";
import { ingestFile, type IngestOptions, type IngestOutcome } from "./ingest-service.js";

export interface InboxWatcher {
  /** One pass over the inbox; returns the outcomes of files taken in this pass. */
  poll(): Promise<IngestOutcome[]>;
  stop(): Promise<void>;
}

export async function startInboxWatcher(
  store: Store,
  inboxDir: string,
  options: IngestOptions & {
    pollMs: number;
    onOutcome?: (outcome: IngestOutcome) => void;
    onError?: (e: unknown) => void;
  },
): Promise<InboxWatcher> {
  const processedDir = path.join(inboxDir, "processed");
  const rejectedDir = path.join(inboxDir, "rejected");
  await mkdir(processedDir, { recursive: true });
  await mkdir(rejectedDir, { recursive: true });
  const lastSizes = new Map<string, number>();
  let running: Promise<IngestOutcome[]> | null = null;

  const pass = async (): Promise<IngestOutcome[]> => {
    const outcomes: IngestOutcome[] = [];
    const entries = await readdir(inboxDir, { withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile() || entry.name.startsWith(".")) continue;
      const file = path.join(inboxDir, entry.name);
      const size = (await stat(file)).size;
      if (lastSizes.get(file) !== size) {
        lastSizes.set(file, size);
        continue;
      }
      lastSizes.delete(file);
      const outcome = await ingestFile(store, file, options);
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      if (outcome.status === "rejected") {
        const target = path.join(rejectedDir, `${stamp}-${entry.name}`);
        await rename(file, target);
        await writeFile(`${target}.reason.txt`, `${outcome.code}: ${outcome.reason}\n`);
      } else {
        await rename(file, path.join(processedDir, `${stamp}-${entry.name}`));
      }
      outcomes.push(outcome);
      options.onOutcome?.(outcome);
    }
    return outcomes;
  };

  const poll = () => {
    running ??= pass().finally(() => {
      running = null;
    });
    return running;
  };
  const timer = setInterval(() => {
    poll().catch((error) => options.onError?.(error));
  }, options.pollMs);
  timer.unref();
  return {
    poll,
    stop: async () => {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
