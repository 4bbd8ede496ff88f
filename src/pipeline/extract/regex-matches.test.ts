import { describe, expect, it } from "vitest";
import "./index.js"; // loads every extraction module, so each declares its patterns
import {
  asTwoByte,
  execUnlessShort,
  firstMatchOf,
  matchesOf,
  matchesTwoCharsOrMore,
  matchesWhen,
  patternsOfTwoCharsOrMore,
  testUnlessShort,
  testWhen,
} from "./regex-matches.js";

/** What matchAll gives, in a comparable form (text, position, groups). */
const viaMatchAll = (text: string, re: RegExp) =>
  [...text.matchAll(re)].map((m) => [m[0], m.index, [...m], m.groups]);
const viaMatchesOf = (text: string, re: RegExp) =>
  matchesOf(text, re).map((m) => [m[0], m.index, [...m], m.groups]);

describe("matchesOf", () => {
  it.each([
    ["Two died and 3 were hurt; twelve fled.", /(?<![\p{L}])(\d+|two|twelve)(?![\p{L}])/giu],
    ["a,b,,c", /,*/g],
    ["😀x😀", /(?:)/gu],
    ["😀x😀", /(?:)/g],
    ["\ud83d", /(?:)/gu],
    ["aaa", /a*?/g],
    ["Kafr Nabl, Ariha and Idlib", /(?<name>\p{Lu}\p{Ll}+)/gu],
    ["abcabc", /b/gy],
    ["xbcabc", /b/gy],
    ["no match here", /\d/g],
  ])("matches %j like matchAll", (text, re) => {
    expect(viaMatchesOf(text, re)).toEqual(viaMatchAll(text, re));
  });

  it("starts at lastIndex as matchAll does and leaves lastIndex as it was", () => {
    const re = /\d/g;
    re.lastIndex = 3;
    expect(viaMatchesOf("1 2 3 4", re)).toEqual(viaMatchAll("1 2 3 4", re));
    expect(re.lastIndex).toBe(3);
  });

  it("is not disturbed by a nested scan with the same expression", () => {
    const re = /\w+/g;
    const seen: string[] = [];
    for (const m of matchesOf("one two", re)) {
      seen.push(m[0], String(matchesOf("x y z", re).length), String(re.test("w")));
      re.lastIndex = 0;
    }
    expect(seen).toEqual(["one", "3", "true", "two", "3", "true"]);
  });

  it("rejects an expression without the g flag, like matchAll", () => {
    expect(() => matchesOf("a", /a/)).toThrow(TypeError);
  });
});

describe("firstMatchOf", () => {
  it.each([
    ["Two died and 3 were hurt.", /(?<![\p{L}])(\d+|two)(?![\p{L}])/giu],
    ["no digits", /\d+/g],
    ["x 12 y 3", /\d+/],
  ])("finds in %j what exec of a copy without g finds", (text, re) => {
    const copy = new RegExp(re.source, re.flags.replace("g", ""));
    expect(firstMatchOf(text, re)?.slice()).toEqual(copy.exec(text)?.slice());
    expect(firstMatchOf(text, re)?.index).toBe(copy.exec(text)?.index);
  });

  it("reads from the start whatever lastIndex is, and leaves lastIndex as it was", () => {
    const re = /\d/g;
    re.lastIndex = 4;
    expect(firstMatchOf("1 2 3", re)?.[0]).toBe("1");
    expect(re.lastIndex).toBe(4);
  });
});

describe("testWhen and matchesWhen", () => {
  it("give the pattern's own result when the quick search finds its word, and nothing when it does not", () => {
    const re = /fired from (\w+)$/i;
    expect(testWhen(/from/i, re, "shells fired from Tadef")).toBe(true);
    expect(testWhen(/from/i, re, "shells fired at Tadef")).toBe(false);
    // The quick search decides alone when it finds nothing, so a wrong one would hide a match.
    expect(testWhen(/into/i, re, "shells fired from Tadef")).toBe(false);
    expect(matchesWhen(/kill/i, "killed 2, killed 3", /\d/g).map((m) => m[0])).toEqual(["2", "3"]);
    expect(matchesWhen(/wound/i, "killed 2, killed 3", /\d/g)).toEqual([]);
  });
});

describe("asTwoByte", () => {
  it.each(["", "Idlib", "Ma’arrat al-Nu’man — 3 killed", "مدينة إدلب", "😀x"])(
    "keeps %j as it is",
    (text) => {
      const wide = asTwoByte(text);
      expect(wide).toBe(text);
      expect(wide.length).toBe(text.length);
      expect(/\p{L}+/giu.exec(wide)?.index).toBe(/\p{L}+/giu.exec(text)?.index);
    },
  );
});

/** The texts shorter than two characters that `re` matches: the empty text, then every code unit. */
function shortTextsMatched(re: RegExp): string[] {
  const matched = re.test("") ? [""] : [];
  for (let code = 0; code <= 0xffff; code++) {
    const text = String.fromCharCode(code);
    if (re.test(text)) matched.push(text);
  }
  return matched;
}

describe("matchesTwoCharsOrMore", () => {
  const declared = patternsOfTwoCharsOrMore();

  it("holds the extraction's declared patterns", () => {
    expect(declared.length).toBeGreaterThanOrEqual(12);
  });

  it.each(declared.map((re) => [re.source.slice(0, 60), re] as const))(
    "/%s…/ matches no text shorter than two characters",
    (_, re) => {
      expect(shortTextsMatched(re)).toEqual([]);
    },
  );

  it("the check finds a pattern that matches one character", () => {
    expect(shortTextsMatched(/^\s*,$/u)).toEqual([","]);
    expect(shortTextsMatched(/x?$/u)).toHaveLength(0x10001);
  });

  it("refuses a global pattern and an undeclared one", () => {
    expect(() => matchesTwoCharsOrMore(/ab/g)).toThrow(TypeError);
    expect(() => testUnlessShort(/ab/, "ab")).toThrow(TypeError);
    expect(() => execUnlessShort(/ab/, "ab")).toThrow(TypeError);
  });

  it("reads a longer text as test and exec do, a shorter one as no match", () => {
    const re = matchesTwoCharsOrMore(/^\s+of\s+(\w+)/u);
    expect(testUnlessShort(re, " of them")).toBe(true);
    expect(execUnlessShort(re, " of them")?.[1]).toBe("them");
    expect(testUnlessShort(re, "")).toBe(false);
    expect(execUnlessShort(re, ".")).toBeNull();
  });
});
