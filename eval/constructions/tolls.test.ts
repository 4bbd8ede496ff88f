import { describe, expect, it } from "vitest";
import { inWords } from "./tolls-kit.js";

// The checks every suite shares are in constructions.test.ts.
describe("tolls construction suite", () => {
  it("writes cardinals in words", () => {
    expect(inWords(13)).toBe("thirteen");
    expect(inWords(21)).toBe("twenty-one");
    expect(inWords(40)).toBe("forty");
    expect(inWords(112)).toBe("one hundred and twelve");
    expect(inWords(300)).toBe("three hundred");
  });
});
