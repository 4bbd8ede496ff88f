import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { mapStack } from "./source-stack.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "r2p-source-stack-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("mapStack (stack frames of compiled chunks pointed back at the sources)", () => {
  it("maps frames that have a map and leaves the others", () => {
    const chunk = path.join(dir, "dist", "chunk.js");
    mkdirSync(path.dirname(chunk), { recursive: true });
    writeFileSync(chunk, "\n    run();\n//# sourceMappingURL=chunk.js.map\n");
    // Generated line 2, column 5 ← src/run.ts line 10, column 3 (VLQ "IASE" on the second line).
    writeFileSync(
      `${chunk}.map`,
      JSON.stringify({ version: 3, sources: ["../src/run.ts"], names: [], mappings: ";IASE" }),
    );
    const url = pathToFileURL(chunk).href;
    const other = pathToFileURL(path.join(dir, "dist", "unmapped.js")).href;
    const stack = `Error: boom\n    at run (${url}:2:5)\n    at ${other}:7:1`;
    const source = path.join(dir, "src", "run.ts");
    expect(mapStack(stack)).toBe(`Error: boom\n    at run (${source}:10:3)\n    at ${other}:7:1`);
  });
});
