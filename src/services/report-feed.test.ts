import { describe, expect, it } from "vitest";
import { ReportFeed } from "./report-feed.js";

describe("ReportFeed", () => {
  it("tells how many reports there are before an index once they arrived or the feed ended", async () => {
    const feed = new ReportFeed();
    const waiting = feed.upTo(3);
    feed.push("a", "b");
    feed.push("c", "d");
    expect(await waiting).toBe(3);
    const short = feed.upTo(10);
    feed.end();
    expect(await short).toBe(4);
    expect(feed.reports).toEqual(["a", "b", "c", "d"]);
    expect(feed.done).toBe(true);
  });

  it("gives a failure to whoever waits past what was pushed, not to reads before it", async () => {
    const feed = new ReportFeed();
    feed.push("a");
    const beyond = feed.upTo(2);
    feed.fail(new Error("disk gone"));
    await expect(beyond).rejects.toThrow("disk gone");
    expect(await feed.upTo(1)).toBe(1);
    expect(() => feed.push("b")).toThrow();
  });

  it("holds reports already all known", async () => {
    const feed = ReportFeed.of(["x", "y"]);
    expect(await feed.upTo(50)).toBe(2);
  });
});
