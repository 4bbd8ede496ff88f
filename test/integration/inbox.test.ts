/**
 * The inbox folder: a dropped file is taken once its size and mtime held still for the settle window,
 * stored, and moved to processed/; a bad file goes to rejected/ with its reason; nothing is ingested
 * twice. The watcher's clock is controlled; each poll below advances it past the window.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { openRuntime, type Runtime } from "../../src/services/runtime.js";
import { startInboxWatcher, type InboxWatcher } from "../../src/services/inbox-watcher.js";

describe("inbox watcher", () => {
  let dataDir: string;
  let inboxDir: string;
  let runtime: Runtime;
  let inbox: InboxWatcher;
  let now = 0;
  const poll = () => {
    now += 1_000;
    return inbox.poll();
  };
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-inbox-"));
    inboxDir = path.join(dataDir, "inbox");
    mkdirSync(inboxDir, { recursive: true });
    runtime = await openRuntime(loadConfig({ dataDir }, {}));
    inbox = await startInboxWatcher(runtime.store, inboxDir, {
      pollMs: 60_000,
      settleMs: 1_000,
      clock: () => now,
      maxBytes: 1_000_000,
      actor: "inbox",
    });
  });
  afterAll(async () => {
    try {
      await inbox?.stop();
      await runtime?.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("ingests a dropped file once its size is stable and moves it to processed/", async () => {
    writeFileSync(
      path.join(inboxDir, "report.txt"),
      "Airstrike on Maarat al-Numan\n\nWarplanes struck a market in Maarat al-Numan, killing five.\n",
    );
    expect(await poll()).toEqual([]);
    const outcomes = await poll();
    expect(outcomes.map((o) => o.status)).toEqual(["ingested"]);
    expect(existsSync(path.join(inboxDir, "report.txt"))).toBe(false);
    expect(readdirSync(path.join(inboxDir, "processed")).some((n) => n.endsWith("report.txt"))).toBe(true);
    expect(await runtime.store.reports.count()).toBe(1);
    const jobs = await runtime.store.jobs.counts();
    expect(jobs.queued).toBe(1);
  });

  it("moves a bad file to rejected/ with the reason beside it", async () => {
    writeFileSync(path.join(inboxDir, "empty.txt"), "");
    await poll();
    const outcomes = await poll();
    expect(outcomes.map((o) => o.status)).toEqual(["rejected"]);
    const rejected = readdirSync(path.join(inboxDir, "rejected"));
    const reason = rejected.find((n) => n.endsWith(".reason.txt"))!;
    expect(readFileSync(path.join(inboxDir, "rejected", reason), "utf8")).toContain("INPUT_EMPTY");
    expect(await runtime.store.reports.count()).toBe(1);
  });

  it("treats the same bytes dropped again as already ingested", async () => {
    writeFileSync(
      path.join(inboxDir, "again.txt"),
      "Airstrike on Maarat al-Numan\n\nWarplanes struck a market in Maarat al-Numan, killing five.\n",
    );
    await poll();
    const outcomes = await poll();
    expect(outcomes.map((o) => o.status)).toEqual(["already_ingested"]);
    expect(await runtime.store.reports.count()).toBe(1);
  });
});
