/**
 * A list of casualties with members whose nouns the victim lexicon lacks: each indefinite noun phrase
 * coordinated with a counted person is one person, with its "of" phrase and a name in apposition, and
 * single persons add up with any count after them. Invented wording.
 */
import { describe, expect, it } from "vitest";
import { findCasualties } from "./find-casualties.js";

const tolls = (s: string) =>
  findCasualties(s, { start: 0, end: s.length }).map((m) => [m.kind, m.range.min, m.range.max]);

describe("list members outside the victim lexicon", () => {
  it("counts each noun phrase listed with a counted person ('a commander, a leader, and three civilians')", () => {
    expect(tolls("A drone strike killed a commander, a leader, and three civilians.")).toEqual([
      ["killed", 5, 5],
    ]);
    expect(tolls("A drone strike killed a commander and a spokesman.")).toEqual([["killed", 2, 2]]);
  });

  it("keeps a member's 'of' phrase and its name in apposition inside it", () => {
    expect(
      tolls(
        "A strike killed a commander of the border unit, Karim Haddad Nouri, a spokesman of the local council, Hadi Saleh, and two civilians.",
      ),
    ).toEqual([["killed", 4, 4]]);
  });

  it("takes no thing, verb, speaker or second clause for a member", () => {
    expect(tolls("Shelling killed two civilians, and a car was burned.")).toEqual([["killed", 2, 2]]);
    expect(tolls("The blast injured three people, a local official said.")).toEqual([["injured", 3, 3]]);
    expect(tolls("The blast injured three people, a local official told reporters.")).toEqual([
      ["injured", 3, 3],
    ]);
    expect(tolls("A drone killed a man, a nurse of the clinic, and injured two others.")).toEqual([
      ["killed", 2, 2],
      ["injured", 2, 2],
    ]);
  });
});
