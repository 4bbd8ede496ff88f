import { describe, expect, it } from "vitest";
import { foldArabic, originalSpan } from "./arabic-text.js";

describe("foldArabic", () => {
  it("drops marks and tatweel, folds hamza seats, ta marbuta and alef maqsura, keeps offsets", () => {
    const text = foldArabic("قَصْفٌ على إدلبـ ومدينة ١٢");
    expect(text.folded).toBe("قصف علي ادلب ومدينه 12");
    const at = text.folded.indexOf("ادلب");
    const span = originalSpan(text, at, at + 4);
    expect(text.original.slice(span.start, span.end)).toBe("إدلبـ");
  });

  it("maps a span that ends on a letter with marks to the end of its marks", () => {
    const text = foldArabic("قَصْفٌ");
    expect(originalSpan(text, 0, 3)).toEqual({ start: 0, end: 6 });
  });
});
