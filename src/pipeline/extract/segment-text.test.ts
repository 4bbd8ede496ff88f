import { describe, expect, it } from "vitest";
import { segmentText } from "./segment-text.js";

describe("segmentText", () => {
  it("keeps a short report whole", () => {
    expect(segmentText("One. Two.\n\nThree.", 100)).toEqual([{ start: 0, end: 17 }]);
  });

  it("covers a long text in order with bounded segments, cutting at paragraph breaks", () => {
    const paragraph = "Shells hit the village of Sarja, killing two civilians. ".repeat(5);
    const text = Array.from({ length: 40 }, () => paragraph).join("\n\n");
    const segments = segmentText(text, 2_000);
    expect(segments.length).toBeGreaterThan(1);
    expect(segments[0]!.start).toBe(0);
    expect(segments.at(-1)!.end).toBe(text.length);
    for (const [i, s] of segments.entries()) {
      expect(s.end - s.start).toBeLessThanOrEqual(2_000);
      if (i > 0) expect(s.start).toBe(segments[i - 1]!.end);
      if (i < segments.length - 1) expect(text.slice(s.end - 2, s.end)).toBe("\n\n");
    }
  });

  it("falls back to sentence ends, then whitespace, then the bound", () => {
    const sentences = "A strike hit the town. ".repeat(200);
    for (const s of segmentText(sentences, 500).slice(0, -1)) expect(sentences[s.end - 2]).toBe(".");
    const words = "word ".repeat(300);
    for (const s of segmentText(words, 500).slice(0, -1)) expect(words[s.end - 1]).toBe(" ");
    const blob = "x".repeat(1_200);
    expect(segmentText(blob, 500)).toEqual([
      { start: 0, end: 500 },
      { start: 500, end: 1_000 },
      { start: 1_000, end: 1_200 },
    ]);
  });
});
