import { describe, expect, it } from "vitest";
import { R2pError } from "../../domain/errors.js";
import { decodeBytes } from "./decode-bytes.js";

const LIMIT = 1_000_000;
const ARABIC = "قصف مدفعي على ريف إدلب";

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof R2pError) return error.code;
    throw error;
  }
  throw new Error("expected an R2pError");
}

/** Windows-1256 codes of the Arabic letters used below (from the code page table). */
const CP1256: Record<string, number> = {
  ق: 0xde,
  ص: 0xd5,
  ف: 0xdd,
  " ": 0x20,
  م: 0xe3,
  د: 0xcf,
  ع: 0xda,
  ي: 0xed,
  ل: 0xe1,
  ى: 0xec,
  ر: 0xd1,
  ا: 0xc7,
  إ: 0xc5,
  ب: 0xc8,
  ", ": 0x2c,
};

function encodeCp1256(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((ch) => {
      const code = CP1256[ch];
      if (code === undefined) throw new Error(`no cp1256 code in the test table for ${ch}`);
      return code;
    }),
  );
}

function utf16(text: string, order: "le" | "be"): Uint8Array {
  const out = [order === "le" ? 0xff : 0xfe, order === "le" ? 0xfe : 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (order === "le") out.push(unit & 0xff, unit >> 8);
    else out.push(unit >> 8, unit & 0xff);
  }
  return Uint8Array.from(out);
}

describe("decodeBytes", () => {
  it("decodes UTF-16LE and UTF-16BE with a BOM", () => {
    const text = `Shelling in Idlib\n${ARABIC}`;
    expect(decodeBytes(utf16(text, "le"), "x", LIMIT)).toEqual({ text, encoding: "utf-16le" });
    expect(decodeBytes(utf16(text, "be"), "x", LIMIT)).toEqual({ text, encoding: "utf-16be" });
  });

  it("strips a UTF-8 BOM", () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Hello")]);
    expect(decodeBytes(bytes, "x", LIMIT)).toEqual({ text: "Hello", encoding: "utf-8" });
  });

  it("preserves Arabic UTF-8 exactly, normalising only line endings and trailing spaces", () => {
    const text = `${ARABIC}، قُتل ثلاثة مدنيين  \r\nسطر ثانٍ\t\rسطر ثالث`;
    const decoded = decodeBytes(new TextEncoder().encode(text), "x", LIMIT);
    expect(decoded.text).toBe(`${ARABIC}، قُتل ثلاثة مدنيين\nسطر ثانٍ\nسطر ثالث`);
    expect(decoded.encoding).toBe("utf-8");
  });

  it("reads Windows-1256 Arabic bytes as the exact Arabic string", () => {
    const bytes = encodeCp1256(ARABIC);
    expect(bytes[0]).toBe(0xde);
    expect(decodeBytes(bytes, "x", LIMIT)).toEqual({ text: ARABIC, encoding: "windows-1256" });
  });

  it("rejects bytes that are neither UTF-8 nor plausible Windows-1256 (Latin-1 French)", () => {
    // "café crème brûlée" in Latin-1: é, è, û are invalid UTF-8 and give Latin letters in cp1256.
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode("caf"),
      0xe9,
      0x20,
      ...new TextEncoder().encode("cr"),
      0xe8,
      ...new TextEncoder().encode("me br"),
      0xfb,
      ...new TextEncoder().encode("l"),
      0xe9,
      0x65,
    ]);
    expect(codeOf(() => decodeBytes(bytes, "x", LIMIT))).toBe("INPUT_ENCODING");
  });

  it("rejects a UTF-16 BOM followed by an unpaired surrogate", () => {
    expect(codeOf(() => decodeBytes(Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), "x", LIMIT))).toBe(
      "INPUT_ENCODING",
    );
  });

  it("rejects empty, whitespace-only, binary and oversized input", () => {
    expect(codeOf(() => decodeBytes(new Uint8Array(0), "x", LIMIT))).toBe("INPUT_EMPTY");
    expect(codeOf(() => decodeBytes(new TextEncoder().encode(" \n\t\r\n "), "x", LIMIT))).toBe("INPUT_EMPTY");
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect(codeOf(() => decodeBytes(png, "x", LIMIT))).toBe("INPUT_BINARY");
    const random = Uint8Array.from({ length: 256 }, (_, i) => (i * 97 + 13) % 256);
    expect(codeOf(() => decodeBytes(random, "x", LIMIT))).toBe("INPUT_BINARY");
    const controls = new TextEncoder().encode("ab\u0001\u0002\u0003\u0004cd");
    expect(codeOf(() => decodeBytes(controls, "x", LIMIT))).toBe("INPUT_BINARY");
    expect(codeOf(() => decodeBytes(new TextEncoder().encode("hello"), "x", 4))).toBe("INPUT_TOO_LARGE");
  });

  it("names the size and the limit when input is too large", () => {
    expect(() => decodeBytes(new Uint8Array(11), 'File "a.txt"', 10)).toThrow(
      /11 bytes, over the 10-byte limit/,
    );
  });

  it("keeps a single stray control character in an otherwise normal text", () => {
    expect(decodeBytes(new TextEncoder().encode("A normal line\u0007 of text."), "x", LIMIT).text).toBe(
      "A normal line\u0007 of text.",
    );
  });
});
