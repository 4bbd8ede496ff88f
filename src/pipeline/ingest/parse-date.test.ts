import { describe, expect, it } from "vitest";
import { isValidIsoDate, normaliseDate } from "./parse-date.js";

describe("dates", () => {
  it("validates real calendar days only", () => {
    expect(isValidIsoDate("2024-02-29")).toBe(true);
    expect(isValidIsoDate("2023-02-29")).toBe(false);
    expect(isValidIsoDate("2021-13-01")).toBe(false);
    expect(isValidIsoDate("2021-9-8")).toBe(false);
  });

  it("normalises metadata dates, keeping the publisher's calendar day", () => {
    expect(normaliseDate("2021-09-08T23:30:00-05:00")).toBe("2021-09-08");
    expect(normaliseDate("8 September 2021")).toBe("2021-09-08");
    expect(normaliseDate("Sept. 8, 2021")).toBe("2021-09-08");
    expect(normaliseDate("2021/9/8")).toBe("2021-09-08");
    expect(normaliseDate("08/09/2021")).toBeNull();
    expect(normaliseDate("31 June 2021")).toBeNull();
  });

  it("reads the Arabic comma after the month, as Arabic-first sites write their English pages", () => {
    expect(normaliseDate("2 February\u060C 2022")).toBe("2022-02-02");
    expect(normaliseDate("February 2\u060C 2022")).toBe("2022-02-02");
  });

  it("leaves numeric day/month dates unread, even when only one order makes a day", () => {
    expect(normaliseDate("03/04/2022")).toBeNull();
    expect(normaliseDate("16/10/2021")).toBeNull();
  });
});
