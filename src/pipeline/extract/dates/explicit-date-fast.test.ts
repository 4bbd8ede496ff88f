import { describe, expect, it, vi } from "vitest";

// chrono-node's first parse in a process costs ~0.15 s of CPU: these phrases must be read without it.
vi.mock("chrono-node", () => ({
  parse: () => {
    throw new Error("chrono-node was asked");
  },
}));

const { readExplicitDay } = await import("./explicit-date.js");

describe("readExplicitDay without chrono-node", () => {
  const reference = new Date("2021-09-08T12:00:00Z");

  it("reads a slash date whose first number cannot be a month day first", () => {
    expect(readExplicitDay("13/11/2017", reference)).toEqual({
      year: 2017,
      month: 11,
      day: 13,
      yearKnown: true,
    });
    expect(readExplicitDay("Sunday, 31/3/2019", reference)).toEqual({
      year: 2019,
      month: 3,
      day: 31,
      yearKnown: true,
    });
  });

  it("reads a day that no year has as no day", () => {
    expect(readExplicitDay("Nov. 31", reference)).toBeNull();
    expect(readExplicitDay("30 February 2020", reference)).toBeNull();
    expect(readExplicitDay("31/4/2021", reference)).toBeNull();
  });
});
