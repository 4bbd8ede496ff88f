import { describe, expect, it } from "vitest";
import { findArabicDates } from "./arabic-facts.js";

const dates = (s: string, pub: string | null = "2021-09-02") =>
  findArabicDates(s, pub).map((d) => [d.text, d.date.start, d.date.end, d.date.precision]);

describe("findArabicDates", () => {
  it("reads explicit days in both month systems, with or without a year", () => {
    expect(dates("قصف في 17 آب/أغسطس 2021")).toEqual([
      ["17 آب/أغسطس 2021", "2021-08-17", "2021-08-17", "day"],
    ]);
    expect(dates("الخميس 2 أيلول", "2021-09-03")[1]).toEqual(["2 أيلول", "2021-09-02", "2021-09-02", "day"]);
    expect(dates("يوم 21 كانون ثاني/ يناير", "2023-01-22")[0]?.[1]).toBe("2023-01-21");
    expect(dates("في 5 كانون الأول", "2021-01-10")[0]?.[1]).toBe("2020-12-05");
    expect(dates("في 3 تشرين الثاني 2022")[0]?.[1]).toBe("2022-11-03");
  });

  it("reads ordinal days with a month or the current month", () => {
    expect(dates("في السابع عشر من الشهر الجاري", "2021-09-20")[0]?.[1]).toBe("2021-09-17");
    expect(dates("في الثامن من آب 2021")[0]?.[1]).toBe("2021-08-08");
    expect(dates("يوم الحادي والعشرين من أيار", "2022-06-01")[0]?.[1]).toBe("2022-05-21");
  });

  it("reads numeric days", () => {
    expect(dates("بتاريخ 17/8/2021")[0]?.[1]).toBe("2021-08-17");
    expect(dates("بتاريخ 2021-08-17")[0]?.[1]).toBe("2021-08-17");
  });

  it("reads today, yesterday and their parts of the day", () => {
    expect(dates("قصف ظهر اليوم")[0]).toEqual(["ظهر اليوم", "2021-09-02", "2021-09-02", "day"]);
    expect(dates("قصف مساء أمس")[0]).toEqual(["مساء أمس", "2021-09-01", "2021-09-01", "day"]);
    expect(dates("قصف البارحة")[0]?.[1]).toBe("2021-09-01");
    expect(dates("قصف أول أمس")[0]?.[1]).toBe("2021-08-31");
  });

  it("reads weekdays back from publication, 'الماضي' a week back on the same weekday", () => {
    // 2021-09-02 is a Thursday.
    expect(dates("يوم الثلاثاء")[0]?.[1]).toBe("2021-08-31");
    expect(dates("فجر السبت")[0]?.[1]).toBe("2021-08-28");
    expect(dates("الخميس الماضي")[0]?.[1]).toBe("2021-08-26");
    expect(dates("اليوم الخميس")[0]?.[1]).toBe("2021-09-02");
  });

  it("reads 'الاثنين' as a weekday only where a day word or a date says so", () => {
    expect(dates("يوم الاثنين")[0]?.[1]).toBe("2021-08-30");
    expect(dates("قتل الاثنين معا")).toEqual([]);
  });

  it("reads days ago and windows", () => {
    expect(dates("منذ يومين")[0]?.[1]).toBe("2021-08-31");
    expect(dates("قبل ثلاثة أيام")[0]?.[1]).toBe("2021-08-30");
    expect(dates("خلال 48 ساعة")[0]).toEqual(["خلال 48 ساعة", "2021-08-31", "2021-09-02", "window"]);
    expect(dates("قبل ساعات")[0]).toEqual(["قبل ساعات", "2021-09-01", "2021-09-02", "window"]);
  });

  it("reads a month with its year or the word شهر", () => {
    expect(dates("في شهر آب 2021")[0]).toEqual(["شهر آب 2021", "2021-08-01", "2021-08-31", "month"]);
    expect(dates("قال أب الضحية")).toEqual([]);
  });

  it("keeps relative windows when the publication date is unknown", () => {
    const [y] = findArabicDates("قصف أمس", null);
    expect(y?.date).toMatchObject({
      start: null,
      end: null,
      precision: "day",
      relative: { fromDays: -1, toDays: -1 },
    });
    const [w] = findArabicDates("يوم الثلاثاء", null);
    expect(w).toMatchObject({
      weekday: 2,
      date: { precision: "week", relative: { fromDays: -6, toDays: 0 } },
    });
    const [d] = findArabicDates("في 17 آب", null);
    expect(d).toMatchObject({ monthDay: "08-17", date: { start: null, precision: "day" } });
  });
});
