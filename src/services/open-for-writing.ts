/**
 * Which files some process holds open for writing, where the system can tell (Linux: the links in
 * /proc/<pid>/fd and the access mode in /proc/<pid>/fdinfo). Best effort: processes we may not inspect
 * are skipped, and elsewhere the answer is "none", leaving the settle window as the only guard.
 */
import { readFile, readdir, readlink, realpath } from "node:fs/promises";
import path from "node:path";

/** O_ACCMODE bits of the fdinfo `flags:` field (octal): 1 = O_WRONLY, 2 = O_RDWR. */
const WRITE_ACCESS = 0o3;
/** Processes inspected concurrently. */
const PROCESSES_AT_ONCE = 4;

/**
 * Returns the subset of `files` open for writing by any process we can inspect.
 *
 * @example await filesOpenForWriting(["/data/inbox/a.txt"]) // Set { "/data/inbox/a.txt" } while a writer holds it
 */
export async function filesOpenForWriting(files: string[]): Promise<Set<string>> {
  const open = new Set<string>();
  if (process.platform !== "linux" || files.length === 0) return open;
  const byRealPath = new Map<string, string>();
  for (const file of files) byRealPath.set(await realpath(file).catch(() => file), file);
  const pids = (await readdir("/proc").catch(() => [] as string[])).filter((name) => /^\d+$/.test(name));
  const inspect = async (pid: string) => {
    const fdDir = path.join("/proc", pid, "fd");
    const fds = await readdir(fdDir).catch(() => [] as string[]);
    for (const fd of fds) {
      const target = await readlink(path.join(fdDir, fd)).catch(() => null);
      const file = target === null ? undefined : byRealPath.get(target);
      if (file === undefined || open.has(file)) continue;
      const info = await readFile(path.join("/proc", pid, "fdinfo", fd), "utf8").catch(() => "");
      const flags = /^flags:\s*([0-7]+)/m.exec(info)?.[1];
      if (flags !== undefined && (parseInt(flags, 8) & WRITE_ACCESS) !== 0) open.add(file);
    }
  };
  // A few processes at a time: all at once queued thousands of completions (one per descriptor of
  // every process), which the event loop then ran in one long burst, delaying requests by 100 ms+.
  let next = 0;
  const lane = async () => {
    while (next < pids.length) await inspect(pids[next++]!);
  };
  await Promise.all(Array.from({ length: PROCESSES_AT_ONCE }, lane));
  return open;
}
