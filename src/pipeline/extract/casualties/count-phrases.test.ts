import { describe, expect, it } from "vitest";
import { COUNT_RE, parseNumber, rangeOfMatch } from "./count-phrases.js";

/**
 * The range of the first count phrase in `s`, read with a copy of the pattern: test files share their
 * worker (vitest `isolate: false`), and an `exec` on the shared global pattern would leave its
 * `lastIndex` past 0, so that a later file's scans (which start there) missed counts in short texts.
 */
function firstRange(s: string) {
  const m = new RegExp(COUNT_RE.source, COUNT_RE.flags).exec(s);
  return m ? { text: m[0], ...rangeOfMatch(m, false) } : null;
}

describe("count phrases", () => {
  it("parses cardinals in words of any size", () => {
    expect(parseNumber("thirteen")).toBe(13);
    expect(parseNumber("twenty-one")).toBe(21);
    expect(parseNumber("one hundred and twelve")).toBe(112);
    expect(parseNumber("1,200")).toBe(1200);
    expect(parseNumber("one thousand two hundred")).toBe(1200);
    expect(parseNumber("a thousand")).toBe(1000);
    expect(parseNumber("one thousand and fifty")).toBe(1050);
    expect(parseNumber("twenty-one thousand")).toBe(21000);
  });

  it("finds thousands in words as one count", () => {
    expect(firstRange("one thousand eight hundred people were killed")).toMatchObject({
      text: "one thousand eight hundred",
      range: { min: 1800, max: 1800 },
    });
  });

  it("takes the tens word alone when its unit runs into a letter", () => {
    expect(firstRange("twenty-fiveor six were killed")?.text).toBe("twenty");
    expect(firstRange("the twenty-fourth victim")?.text).toBe("twenty");
    expect(firstRange("twenty-five or six were killed")?.text).toBe("twenty-five or six");
    expect(firstRange("twenty-fiveto thirty died")?.text).toBe("twenty");
  });
});
