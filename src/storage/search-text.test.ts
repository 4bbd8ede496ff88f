/** Search folding and snippets: what the index and the query see, and what the user is shown. */
import { describe, expect, it } from "vitest";
import { buildSnippet, foldForSearch, searchTerms } from "./search-text.js";

describe("foldForSearch", () => {
  it("folds Arabic letter variants, removes harakat and tatweel, strips the article and clitics", () => {
    expect(foldForSearch("بالقصفِ على مدينةٍ")).toBe("قصف علي مدينه");
    expect(foldForSearch("أحمد إدلب آمنة ٱلله")).toBe(foldForSearch("احمد ادلب امنه الله"));
    expect(foldForSearch("القصـــف والقصف وقصف للقصف")).toBe("قصف قصف قصف قصف");
  });

  it("keeps short words whole and leaves Latin text to the tokenizer", () => {
    expect(foldForSearch("ال و وزن")).toBe("ال و وزن");
    expect(foldForSearch("Shelling in Maʿarrat al-Nuʿmān")).toBe("Shelling in Maʿarrat al-Nuʿmān");
  });

  it("folds query terms the same way", () => {
    expect(searchTerms("  القصف   Idlib  ?? ")).toEqual(["قصف", "Idlib"]);
  });
});

describe("buildSnippet", () => {
  it("marks the first match with a few words around it, cut ends shown", () => {
    const text = "one two three four five six seven eight nine shelling ten eleven twelve thirteen";
    expect(buildSnippet(text, ["Shelling"], "[", "]", { before: 2, after: 2 })).toBe(
      "…eight nine [shelling] ten eleven…",
    );
  });

  it("matches Arabic words in any written form and Latin words without their diacritics", () => {
    expect(buildSnippet("وقال إن بالقصفِ دمر المنازل", searchTerms("قصف"), "[", "]")).toBe(
      "وقال إن [بالقصفِ] دمر المنازل",
    );
    expect(buildSnippet("Strikes on Sarāqib today", ["saraqib"], "[", "]")).toBe(
      "Strikes on [Sarāqib] today",
    );
  });

  it("shows the opening words when nothing matches", () => {
    expect(buildSnippet("Title only match here", ["absent"], "[", "]", { before: 1, after: 1 })).toBe(
      "Title only…",
    );
  });
});
