import { describe, expect, it } from "vitest";
import { readArabicCount, readArabicNumber } from "./arabic-numbers.js";
import { splitArabicWords } from "./arabic-words.js";

const num = (s: string) => readArabicNumber(splitArabicWords(s).words, 0)?.value ?? null;
const count = (s: string) => readArabicCount(splitArabicWords(s).words, 0)?.range ?? null;

describe("readArabicNumber", () => {
  it("reads units in both genders and cases, teens, tens and compounds", () => {
    expect(num("ثلاثة")).toBe(3);
    expect(num("ثلاث")).toBe(3);
    expect(num("اثنين")).toBe(2);
    expect(num("أحد عشر")).toBe(11);
    expect(num("اثنتا عشرة")).toBe(12);
    expect(num("سبعة عشر")).toBe(17);
    expect(num("عشرون")).toBe(20);
    expect(num("تسعين")).toBe(90);
    expect(num("خمسة وعشرون")).toBe(25);
  });

  it("reads hundreds and thousands", () => {
    expect(num("مئة")).toBe(100);
    expect(num("مائتين")).toBe(200);
    expect(num("ثلاثمئة")).toBe(300);
    expect(num("مئة وخمسة")).toBe(105);
    expect(num("ألف")).toBe(1000);
    expect(num("ألفين")).toBe(2000);
    expect(num("ثلاثة آلاف")).toBe(3000);
  });

  it("reads ASCII and Arabic-Indic digits", () => {
    expect(num("12")).toBe(12);
    expect(num("١٢")).toBe(12);
  });
});

describe("readArabicCount", () => {
  it("applies qualifiers", () => {
    expect(count("ما لا يقل عن 12")).toEqual({ min: 12, max: null });
    expect(count("أكثر من عشرة")).toEqual({ min: 11, max: null });
    expect(count("نحو 10")).toEqual({ min: 9, max: 11 });
    expect(count("بين 5 و7")).toEqual({ min: 5, max: 7 });
  });

  it("reads vague quantities as DOMAIN R6 ranges", () => {
    expect(count("عدد من")).toEqual({ min: 2, max: 9 });
    expect(count("عدة")).toEqual({ min: 2, max: 9 });
    expect(count("بضعة")).toEqual({ min: 2, max: 9 });
    expect(count("عشرات")).toEqual({ min: 10, max: 99 });
    expect(count("العشرات")).toEqual({ min: 10, max: 99 });
    expect(count("مئات")).toEqual({ min: 100, max: 999 });
  });
});
