import { describe, expect, it } from "vitest";
import { markdownToText } from "./markdown-to-text.js";

describe("markdownToText", () => {
  it("strips markup line by line, keeping one output line per input line", () => {
    const md =
      'Title line\n=====\n\nSome **bold**, *em*, _under_ and `code`.\n- a [link](https://x.org/a "t") here\n![img](i.png)\n```\n# not a heading\n```\n[ref]: https://x.org';
    const out = markdownToText(md);
    expect(out.text.split("\n")).toEqual([
      "Title line",
      "",
      "",
      "Some bold, em, under and code.",
      "a link here",
      "",
      "",
      "# not a heading",
      "",
      "",
    ]);
    expect(out.title).toBe("Title line");
    expect(out.lineUrls[4]).toBe("https://x.org/a");
  });

  it("takes the first ATX heading as title and keeps snake_case and Arabic intact", () => {
    const out = markdownToText("## قصف على إدلب ##\n\nfile_name_here stays; 2*3*4 stays");
    expect(out.title).toBe("قصف على إدلب");
    expect(out.text).toBe("قصف على إدلب\n\nfile_name_here stays; 2*3*4 stays");
  });
});

describe("front matter", () => {
  it("reads title and date from a leading YAML block and blanks it line for line", () => {
    const page =
      '---\ntitle: "Strike on a clinic"\ndate: 2019-05-28T10:00:00Z\nauthor: Field team\n---\n\nThe clinic in Kafr Nabl was hit.';
    const result = markdownToText(page);
    expect(result.frontMatter?.fields).toEqual({
      title: "Strike on a clinic",
      date: "2019-05-28T10:00:00Z",
      author: "Field team",
    });
    expect(result.frontMatter?.lines.map((l) => l.line)).toEqual([0, 1, 2, 3, 4]);
    expect(result.text.split("\n")).toHaveLength(page.split("\n").length);
    expect(result.text.trim()).toBe("The clinic in Kafr Nabl was hit.");
  });

  it("leaves a document that merely starts with a rule alone", () => {
    expect(markdownToText("---\n\nJust a rule above this text.").frontMatter).toBeNull();
  });
});
