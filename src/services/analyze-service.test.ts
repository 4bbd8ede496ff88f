import { describe, expect, it } from "vitest";
import { analyzeStoredReports } from "./analyze-service.js";
import type { Runtime } from "./runtime.js";

/** A runtime that fails on any use: the knowledge, the store, the sources. */
function untouchableRuntime(): Runtime {
  const fail = (what: string) => () => {
    throw new Error(`${what} used`);
  };
  return {
    config: {} as Runtime["config"],
    store: new Proxy({} as Runtime["store"], { get: (_target, key) => fail(`store.${String(key)}`) }),
    knowledge: fail("knowledge"),
    invalidateKnowledge: fail("invalidateKnowledge"),
    sources: fail("sources"),
    invalidateSources: fail("invalidateSources"),
    close: fail("close"),
  };
}

describe("analyzeStoredReports", () => {
  it("with no reports loads neither the knowledge nor the stage, and touches no store", async () => {
    const seen: unknown[] = [];
    await analyzeStoredReports(untouchableRuntime(), [], "cli:test", (extraction) => seen.push(extraction));
    expect(seen).toEqual([]);
  });

  it("with reports does use the runtime (the fake above would fail a real run)", async () => {
    await expect(
      analyzeStoredReports(untouchableRuntime(), ["r1"], "cli:test", () => undefined),
    ).rejects.toThrow(/knowledge used/);
  });
});
