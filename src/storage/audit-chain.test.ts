import { describe, expect, it } from "vitest";
import { GENESIS_HASH, chainEvent, computeEventHash, verifyAuditChain } from "./audit-chain.js";
import type { AuditEvent } from "./ports.js";

function buildChain(n: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let i = 0; i < n; i++) {
    const last = events[events.length - 1] ?? null;
    events.push(
      chainEvent(last, {
        at: `2025-01-01T00:00:0${i}.000Z`,
        actor: "test",
        action: "report.saved",
        subjectType: "report",
        subjectId: `r${i}`,
        beforeHash: null,
        afterHash: `h${i}`,
        detail: { i },
      }),
    );
  }
  return events;
}

describe("audit chain", () => {
  it("links each event to the previous hash, starting from the genesis hash", () => {
    const events = buildChain(3);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(events[0]?.prevHash).toBe(GENESIS_HASH);
    expect(events[2]?.prevHash).toBe(events[1]?.hash);
    expect(verifyAuditChain(events)).toEqual({ ok: true, checked: 3, problems: [] });
  });

  it("changes the hash when any field changes", () => {
    const [event] = buildChain(1);
    const base = computeEventHash(event!);
    expect(computeEventHash({ ...event!, actor: "other" })).not.toBe(base);
    expect(computeEventHash({ ...event!, detail: { i: 1 } })).not.toBe(base);
    expect(computeEventHash({ ...event!, seq: 2 })).not.toBe(base);
  });

  it("reports an edited event once, at its seq", () => {
    const events = buildChain(4);
    events[1] = { ...events[1]!, subjectId: "forged" };
    const result = verifyAuditChain(events);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([{ seq: 2, problem: expect.stringContaining("edited") }]);
  });

  it("reports deleted events as a gap and a broken back-link", () => {
    const events = buildChain(5);
    const result = verifyAuditChain([events[0]!, events[1]!, events[4]!]);
    expect(result.problems.map((p) => p.seq)).toEqual([5, 5]);
    expect(result.problems[0]?.problem).toContain("3–4");
  });

  it("reports a chain that does not start at seq 1", () => {
    const events = buildChain(3);
    expect(verifyAuditChain(events.slice(1)).problems.map((p) => p.seq)).toEqual([2, 2]);
  });
});
