import { describe, expect, it } from "vitest";
import { findNoCasualties } from "./no-casualties.js";

const kinds = (s: string) =>
  findNoCasualties(s, { start: 0, end: s.length }).map((m) => `${m.kind}:${m.text}`);

/**
 * One sentence for each form of each negation pattern, some in capitals: the words each pattern needs
 * (tested before the pattern is scanned) must never rule out a sentence that the pattern matches.
 */
describe("findNoCasualties — every negation form", () => {
  it.each([
    [
      "The shells fell without any casualties.",
      ["killed:without any casualties", "injured:without any casualties"],
    ],
    [
      "ZERO CIVILIAN CASUALTIES, the army said.",
      ["killed:ZERO CIVILIAN CASUALTIES", "injured:ZERO CIVILIAN CASUALTIES"],
    ],
    ["It was a strike with no human losses.", ["killed:no human losses", "injured:no human losses"]],
    [
      "The raid didn't lead to any victims.",
      ["killed:didn't lead to any victims", "injured:didn't lead to any victims"],
    ],
    [
      "The raid did not result in any casualties.",
      ["killed:did not result in any casualties", "injured:did not result in any casualties"],
    ],
    [
      "It hit a field, not resulting in casualties.",
      ["killed:not resulting in casualties", "injured:not resulting in casualties"],
    ],
    ["The strike left no victims.", ["killed:left no victims", "injured:left no victims"]],
    ["Nobody had been harmed.", ["killed:Nobody had been harmed", "injured:Nobody had been harmed"]],
    [
      "No one was killed or wounded.",
      ["killed:No one was killed or wounded", "injured:No one was killed or wounded"],
    ],
    ["The blast caused no fatalities.", ["killed:no fatalities"]],
    ["Without loss of life, the fire was put out.", ["killed:Without loss of life"]],
    ["NO ONE DIED in the attack.", ["killed:NO ONE DIED"]],
    ["No civilians were killed.", ["killed:No civilians were killed"]],
    ["None of them were killed.", ["killed:None of them were killed"]],
    ["The attack caused no civilian injuries.", ["injured:no civilian injuries"]],
    ["No one has been wounded.", ["injured:No one has been wounded"]],
    ["The drone struck the north of the town at noon.", []],
  ])("%s", (sentence, expected) => {
    expect(kinds(sentence)).toEqual(expected);
  });
});
