/**
 * Inbox folder: files dropped into `<dataDir>/inbox` are ingested automatically, but only once they
 * are complete. A writer may drop `name.part` and rename it when done (`.part` and dot-files are never
 * taken); any other file must keep the same size and mtime for the settle window (R2P_INBOX_SETTLE_MS)
 * and, where that can be known (Linux /proc), be open for writing by no process. Taken files move to
 * `inbox/processed/` or `inbox/rejected/` (with a `.reason.txt` beside it). Symbolic links are
 * followed to the file they name (the link is what moves); a dangling link or one to a folder is
 * rejected with its reason. A crash between storing and moving leaves the file in the inbox; the next
 * pass re-ingests it, which is idempotent.
 */
import { lstat, mkdir, readdir, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Store } from "../storage/ports.js";
import { errors } from "../domain/errors.js";
import { filesOpenForWriting } from "./open-for-writing.js";
import { ingestFile, type IngestOptions, type IngestOutcome } from "./ingest-service.js";

export interface InboxWatcher {
  /** One pass over the inbox; returns the outcomes of files taken in this pass. */
  poll(): Promise<IngestOutcome[]>;
  stop(): Promise<void>;
}

export interface InboxOptions extends IngestOptions {
  pollMs: number;
  /** A file is taken once its size and mtime have not changed for this long. */
  settleMs: number;
  /** Clock for the settle window; tests may pass their own. */
  clock?: () => number;
  onOutcome?: (outcome: IngestOutcome) => void;
  onError?: (e: unknown) => void;
}

interface Seen {
  size: number;
  mtimeMs: number;
  /** When this size and mtime were first seen. */
  since: number;
}

/** Names a writer uses while a file is incomplete; renamed to the final name when done. */
const isIncompleteName = (name: string) => name.startsWith(".") || name.endsWith(".part");

export async function startInboxWatcher(
  store: Store,
  inboxDir: string,
  options: InboxOptions,
): Promise<InboxWatcher> {
  const processedDir = path.join(inboxDir, "processed");
  const rejectedDir = path.join(inboxDir, "rejected");
  await mkdir(processedDir, { recursive: true });
  await mkdir(rejectedDir, { recursive: true });
  const clock = options.clock ?? Date.now;
  const seen = new Map<string, Seen>();
  let running: Promise<IngestOutcome[]> | null = null;
  let stopping = false;

  /** Files whose size and mtime held still for the whole settle window. */
  const settledFiles = async (): Promise<string[]> => {
    const settled: string[] = [];
    const present = new Set<string>();
    for (const entry of await readdir(inboxDir, { withFileTypes: true })) {
      if (isIncompleteName(entry.name) || !(entry.isFile() || entry.isSymbolicLink())) continue;
      const file = path.join(inboxDir, entry.name);
      present.add(file);
      // stat follows a symbolic link to its target; a dangling link settles too, and is then rejected.
      const info = await stat(file).catch(() => null);
      const size = info?.size ?? -1;
      const mtimeMs = info?.mtimeMs ?? -1;
      const before = seen.get(file);
      if (!before || before.size !== size || before.mtimeMs !== mtimeMs) {
        seen.set(file, { size, mtimeMs, since: clock() });
        if (options.settleMs > 0) continue;
      }
      if (clock() - (seen.get(file)?.since ?? 0) >= options.settleMs) settled.push(file);
    }
    for (const file of seen.keys()) if (!present.has(file)) seen.delete(file);
    if (settled.length === 0) return settled;
    // A writer that pauses longer than the window still holds the file open; wait for it to close.
    const open = await filesOpenForWriting(settled);
    return settled.filter((file) => !open.has(file));
  };

  const take = async (file: string): Promise<IngestOutcome> => {
    const name = path.basename(file);
    const link = await lstat(file);
    const target = link.isSymbolicLink() ? await stat(file).catch(() => null) : link;
    const outcome: IngestOutcome =
      target && target.isFile()
        ? await ingestFile(store, file, options)
        : {
            status: "rejected",
            source: file,
            ...codeAndReason(
              errors.unreadable(file, target ? "the link points to a folder, not a file" : "dangling link"),
            ),
          };
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    if (outcome.status === "rejected") {
      const moved = path.join(rejectedDir, `${stamp}-${name}`);
      await rename(file, moved);
      await writeFile(`${moved}.reason.txt`, `${outcome.code}: ${outcome.reason}\n`);
    } else {
      await rename(file, path.join(processedDir, `${stamp}-${name}`));
    }
    seen.delete(file);
    return outcome;
  };

  const pass = async (): Promise<IngestOutcome[]> => {
    const outcomes: IngestOutcome[] = [];
    for (const file of await settledFiles()) {
      if (stopping) break;
      const outcome = await take(file);
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
      stopping = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}

function codeAndReason(error: { code: string; message: string; status: number }) {
  return { code: error.code, reason: error.message, httpStatus: error.status };
}
