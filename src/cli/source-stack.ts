/**
 * Stack traces of the compiled CLI, pointed back at src/ when they are printed. bin/r2p.js turns on
 * Node's own source maps only for long-running commands: with them on, Node reads and parses the map
 * of every module as it loads, about 0.1 s of CPU at every start of a short command that prints no
 * stack at all. So a short command maps the few frames of an unexpected error here, from the
 * `<chunk>.js.map` files that the build writes beside each chunk.
 */
import { existsSync, readFileSync } from "node:fs";
import { SourceMap, type SourceMapPayload } from "node:module";
import { fileURLToPath } from "node:url";

/** "at fn (file:///…/x.js:12:34)" or "at file:///…/x.js:12:34". */
const FRAME = /\b(file:\/\/\/[^\s()]+\.js):(\d+):(\d+)/g;

function sourceMapOf(url: string, cache: Map<string, SourceMap | null>): SourceMap | null {
  if (!cache.has(url)) {
    const file = `${fileURLToPath(url)}.map`;
    let map: SourceMap | null = null;
    try {
      if (existsSync(file)) map = new SourceMap(JSON.parse(readFileSync(file, "utf8")) as SourceMapPayload);
    } catch {
      // A missing or unreadable map leaves the frame as it is: the stack is still worth printing.
    }
    cache.set(url, map);
  }
  return cache.get(url) ?? null;
}

/**
 * `stack` with each frame in a compiled file replaced by its place in the TypeScript source; frames
 * without a map stay as they are. Unchanged when Node maps stacks itself.
 * @example mapStack("Error: x\n    at run (file:///app/dist/cli/main.js:10:5)") // "… (/app/src/cli/main.ts:42:3)"
 */
export function mapStack(stack: string): string {
  if (process.sourceMapsEnabled) return stack;
  const cache = new Map<string, SourceMap | null>();
  return stack.replace(FRAME, (frame, url: string, line: string, column: string) => {
    const entry = sourceMapOf(url, cache)?.findEntry(Number(line) - 1, Number(column) - 1);
    if (!entry || !("originalSource" in entry) || !entry.originalSource) return frame;
    // A plain path, as Node prints a mapped frame.
    const source = fileURLToPath(new URL(entry.originalSource, url));
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}
