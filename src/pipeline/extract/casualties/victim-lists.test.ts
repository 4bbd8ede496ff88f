/**
 * Victim lists and counted noun phrases, on invented sentences: comitative persons ("along with",
 * "together with", "with her"), a name in apposition inside a list, a subgroup after the counted
 * noun's own "of" phrase, what a count spans ("across three generations"), a count of one with its
 * person in apposition, and the English kinship terms after a possessive.
 */
import { describe, expect, it } from "vitest";
import { findCasualties } from "./find-casualties.js";

const killed = (s: string) =>
  findCasualties(s, { start: 0, end: s.length })
    .filter((m) => m.kind === "killed")
    .map((m) => ({ min: m.range.min, max: m.range.max, ...(m.more ? { more: true } : {}) }));

describe("victim lists", () => {
  it("adds persons joined by comitative wording", () => {
    expect(killed("A teacher, along with 12 relatives, were killed in the raid.")).toEqual([
      { min: 13, max: 13 },
    ]);
    expect(killed("Four members of the Haddad family together with nine neighbours were killed.")).toEqual([
      { min: 13, max: 13 },
    ]);
    // After the first person's verb the second count is persons on top of it.
    expect(killed("An engineer was killed along with his two daughters.")).toEqual([
      { min: 1, max: 1 },
      { min: 2, max: 2, more: true },
    ]);
  });

  it("reads past a name in apposition inside a list", () => {
    expect(killed("The blast killed a nurse, Salma Haddad, and her three brothers.")).toEqual([
      { min: 4, max: 4 },
    ]);
  });

  it("attaches a subgroup after the counted noun's own phrase", () => {
    expect(killed("Twelve members of the Haddad family, including four boys, were killed.")).toEqual([
      { min: 12, max: 12 },
    ]);
    expect(
      killed(
        "Between three and eight members of one family – including a doctor and two girls – were killed.",
      ),
    ).toEqual([{ min: 3, max: 8 }]);
    // A pronoun subgroup after the list ("one of them") belongs to the count too.
    expect(killed("Nine workers, including two women, one of them pregnant, were killed.")).toEqual([
      { min: 9, max: 9 },
    ]);
  });

  it("does not count what a counted group spans", () => {
    expect(killed("Fourteen people across four generations of one family were killed.")).toEqual([
      { min: 14, max: 14 },
    ]);
  });

  it("attaches a subgroup after what the counted group came from", () => {
    expect(killed("At least 20 people from three families, including six women, were killed.")).toEqual([
      { min: 20, max: null },
    ]);
  });

  it("takes a person in apposition to a count of one", () => {
    expect(killed("At least one civilian, an elderly farmer, was killed and two were injured.")).toEqual([
      { min: 1, max: null },
    ]);
  });

  it("counts each kinship term after a possessive", () => {
    expect(killed("The shell killed a boy and his grandfather.")).toEqual([{ min: 2, max: 2 }]);
    expect(killed("The shell killed his uncle and her sister-in-law.")).toEqual([{ min: 2, max: 2 }]);
  });

  it("counts a named person after a killing verb whatever age stands before the name", () => {
    expect(killed("Shelling killed 12-year-old Karim Haddad and 40 year old Samir Haddad.")).toEqual([
      { min: 2, max: 2 },
    ]);
    expect(killed("A drone hit the car, killing two-month-old Lina Haddad.")).toEqual([{ min: 1, max: 1 }]);
  });

  it("reads the year of a month-day date as a year, not a count", () => {
    expect(killed("On Friday, October 20th, 2023 one person was killed.")).toEqual([{ min: 1, max: 1 }]);
    expect(killed("On Oct. 5, 2023 two people were killed.")).toEqual([{ min: 2, max: 2 }]);
  });

  it("does not count the persons an exception leaves out", () => {
    expect(killed("The shell hit the car, killing all its passengers except a little girl.")).toEqual([]);
    expect(killed("The blast killed everyone apart from two guards.")).toEqual([]);
    expect(killed("The blast killed three men, all of them farmers.")).toEqual([{ min: 3, max: 3 }]);
  });

  it("counts each kinship term of a list under one article after a killing verb", () => {
    expect(killed("The strike killed the father, mother and sister of a teacher.")).toEqual([
      { min: 3, max: 3 },
    ]);
  });

  it("reads a named subject after a dated opening and an age in parentheses", () => {
    expect(
      killed("On 3 March 2024, Karim Yusuf Haddad (41 years old) was killed along with his two sons."),
    ).toEqual([
      { min: 1, max: 1 },
      { min: 2, max: 2, more: true },
    ]);
  });

  it("reads past a long parenthesis after a name in apposition inside a list", () => {
    expect(
      killed(
        "The blast killed a nurse, Salma Haddad (also referred to in some reports as Salma Yusuf Haddad), and her two sons.",
      ),
    ).toEqual([{ min: 3, max: 3 }]);
  });
});
