import { describe, expect, it } from "vitest";
import { isArabicReport } from "./arabic-report.js";

describe("isArabicReport", () => {
  it("follows the language identifier when it names a language", () => {
    expect(isArabicReport({ language: "ar", text: "Shelling on Idlib" })).toBe(true);
    expect(isArabicReport({ language: "en", text: "قصف على إدلب" })).toBe(false);
  });

  it("counts letters when the language is unknown", () => {
    expect(isArabicReport({ language: null, text: "قصف على إدلب (Idlib)" })).toBe(true);
    expect(isArabicReport({ language: null, text: "Shelling on Idlib (إدلب)" })).toBe(false);
  });
});
