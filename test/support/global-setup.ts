/**
 * Vitest global setup. Before the tests: brings dist/ up to date (esbuild; nothing to do when no source
 * changed), so tests that spawn `bin/r2p.js` run the current sources; and points TMPDIR at a folder
 * of this run, which every test worker and every process they start inherit. After the tests, even
 * failed or interrupted ones, that folder is removed with whatever a test left in it; folders of
 * earlier runs whose process is gone are removed too.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const RUN_PREFIX = "r2p-test-run-";

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export default function setup(): () => void {
  execFileSync(process.execPath, [path.join(root, "scripts/build-ts.mjs")], { cwd: root, stdio: "inherit" });
  const systemTmp = os.tmpdir();
  for (const name of readdirSync(systemTmp)) {
    const pid = Number(name.startsWith(RUN_PREFIX) ? name.slice(RUN_PREFIX.length) : NaN);
    if (Number.isInteger(pid) && !isAlive(pid))
      rmSync(path.join(systemTmp, name), { recursive: true, force: true });
  }
  const runTmp = path.join(systemTmp, `${RUN_PREFIX}${process.pid}`);
  mkdirSync(runTmp, { recursive: true });
  process.env.TMPDIR = runTmp;
  return () => {
    process.env.TMPDIR = systemTmp;
    rmSync(runTmp, { recursive: true, force: true });
  };
}
