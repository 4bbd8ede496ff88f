import { describe, expect, it } from "vitest";
import { findCasualties } from "./find-casualties.js";

/**
 * Counts of things are never tolls, asides in parentheses do not cut a count from its verb,
 * possessive kin take adjectives, and "N people from two families" counts the people.
 */
const run = (s: string) =>
  findCasualties(s, { start: 0, end: s.length }).map((m) => [m.kind, m.range.min, m.range.max]);

const table: [string, [string, number, number | null][]][] = [
  ["Shelling destroyed three shops and killed a farmer.", [["killed", 1, 1]]],
  ["Two vehicles burned and eleven were killed in the blast.", [["killed", 11, 11]]],
  ["Four tents caught fire; nobody died.", [["killed", 0, 0]]],
  ["Nine people from three related families died when the roof fell.", [["killed", 9, 9]]],
  ["A mine killed a farmer and his young daughter.", [["killed", 2, 2]]],
  ["A boy and his 10-year-old brother were wounded.", [["injured", 2, 2]]],
  ["Town X: a woman (35 yrs) killed by a sniper.", [["killed", 1, 1]]],
  [
    "Result: 3 wounded, 0 dead.",
    [
      ["injured", 3, 3],
      ["killed", 0, 0],
    ],
  ],
  ["Village Y (٥ killed) was hit again at night.", [["killed", 5, 5]]],
];

describe("findCasualties: non-person nouns, asides and kin", () => {
  it.each(table)("%s", (text, want) => {
    expect(run(text)).toEqual(want);
  });
});
