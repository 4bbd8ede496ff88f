/**
 * CPU seconds of the calling thread, where the system tells them (Linux: /proc/thread-self/stat, in
 * clock ticks of 1/100 s), null elsewhere. `process.cpuUsage` counts every thread of the process: with
 * the bulk path's writer thread, this says what the calling thread itself spent.
 * @example const before = threadCpuSeconds(); work(); const spent = (threadCpuSeconds() ?? 0) - (before ?? 0)
 */
import { readFileSync } from "node:fs";

export function threadCpuSeconds(): number | null {
  try {
    const stat = readFileSync("/proc/thread-self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / 100 : null;
  } catch {
    return null;
  }
}
