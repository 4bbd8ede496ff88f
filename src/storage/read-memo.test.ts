import { afterEach, describe, expect, it, vi } from "vitest";
import { TtlMemo } from "./read-memo.js";

describe("TtlMemo", () => {
  afterEach(() => vi.useRealTimers());

  it("forgets a value once its lifetime is over, and on delete or clear", () => {
    vi.useFakeTimers({ toFake: ["performance"] });
    const memo = new TtlMemo<number>(1000);
    memo.set("a", 1);
    memo.set("b", 2, 5000);
    vi.advanceTimersByTime(999);
    expect(memo.get("a")).toBe(1);
    vi.advanceTimersByTime(2);
    expect(memo.get("a")).toBeUndefined();
    expect(memo.get("b")).toBe(2);
    memo.delete("b");
    expect(memo.get("b")).toBeUndefined();
    memo.set("c", 3);
    memo.clear();
    expect(memo.get("c")).toBeUndefined();
  });
});
