import { describe, expect, it } from "vitest";
import { R2pError } from "../../domain/errors.js";
import { type IngestInput, ingestDocument } from "./index.js";

const RETRIEVED = "2026-01-01T00:00:00.000Z";
const encode = (text: string) => new TextEncoder().encode(text);
const ingest = (input: Partial<IngestInput> & { bytes: Uint8Array }, maxBytes = 1_000_000) =>
  ingestDocument({ originalName: "report.txt", retrievedAt: RETRIEVED, ...input }, { maxBytes });

function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof R2pError) return error.code;
    throw error;
  }
  throw new Error("expected an R2pError");
}

const ARTICLE = [
  "Shelling hits villages in Jabal al-Zawiya",
  "",
  "Government artillery shelled the villages of Sarja and Ihsim on Monday, killing two civilians, according to the Syria Civil Defence.",
  "",
  "Rescue teams said they were targeted a second time as they reached the scene.",
].join("\n");

describe("ingestDocument errors", () => {
  it.each([
    ["empty", new Uint8Array(0), {}, "INPUT_EMPTY"],
    ["whitespace only", encode("  \n\t\n  "), {}, "INPUT_EMPTY"],
    [
      "PNG header",
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      {},
      "INPUT_BINARY",
    ],
    [
      "random bytes with NULs",
      Uint8Array.from({ length: 512 }, (_, i) => (i * 31 + 7) % 256),
      {},
      "INPUT_BINARY",
    ],
    [
      "Latin-1 bytes",
      Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20, 0x6c, 0xe0]),
      {},
      "INPUT_ENCODING",
    ],
    ["HTML without text", encode("<html><body><script>x()</script></body></html>"), {}, "INPUT_NO_TEXT"],
    ["invalid report JSON", encode('{"text": 42}'), { originalName: "r.json" }, "INPUT_BAD_JSON"],
    ["broken JSON", encode('{"text": "a",'), { originalName: "r.json" }, "INPUT_BAD_JSON"],
    [
      "bad date in JSON",
      encode('{"text": "Shelling.", "publishedAt": "2021-02-30"}'),
      { originalName: "r.json" },
      "INPUT_BAD_JSON",
    ],
    ["invalid date override", encode(ARTICLE), { publishedAt: "08/09/2021" }, "INPUT_BAD_DATE"],
    ["impossible date override", encode(ARTICLE), { publishedAt: "2021-02-29" }, "INPUT_BAD_DATE"],
  ] as const)("%s → %s", (_name, bytes, extra, code) => {
    expect(errorCode(() => ingest({ bytes, ...extra }))).toBe(code);
  });

  it("checks the size limit first", () => {
    expect(errorCode(() => ingest({ bytes: new Uint8Array(20), publishedAt: "bad" }, 10))).toBe(
      "INPUT_TOO_LARGE",
    );
  });

  it("names the JSON field at fault", () => {
    expect(() => ingest({ bytes: encode('{"text": 42}'), originalName: "r.json" })).toThrow(/text:/);
  });
});

describe("ingestDocument", () => {
  it("builds a valid report with id = sha256 of the bytes", async () => {
    const report = ingest({ bytes: encode(ARTICLE) });
    const { createHash } = await import("node:crypto");
    expect(report.id).toBe(createHash("sha256").update(encode(ARTICLE)).digest("hex"));
    expect(report).toMatchObject({
      byteLength: encode(ARTICLE).length,
      mediaType: "text/plain",
      encoding: "utf-8",
      originalName: "report.txt",
      retrievedAt: RETRIEVED,
      title: "Shelling hits villages in Jabal al-Zawiya",
      originators: ["Syria Civil Defence"],
      language: "en",
      publishedAt: null,
    });
  });

  it("is deterministic for the same bytes and clock, and the id changes with the bytes", () => {
    const a = ingest({ bytes: encode(ARTICLE) });
    expect(ingest({ bytes: encode(ARTICLE) })).toEqual(a);
    expect(ingest({ bytes: encode(`${ARTICLE}\n`) }).id).not.toBe(a.id);
  });

  it("computes the id over the original bytes, BOM included", async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...encode(ARTICLE)]);
    const { createHash } = await import("node:crypto");
    expect(ingest({ bytes }).id).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("imports our JSON format, with its fields winning over detection", () => {
    const json = JSON.stringify({
      text: ARTICLE,
      title: "Given title",
      publisher: "Given Publisher",
      publishedAt: "2024-01-02",
      url: "https://example.org/a",
      language: "en",
      originators: ["Given Source"],
    });
    const report = ingest({ bytes: encode(json), originalName: null });
    expect(report).toMatchObject({
      mediaType: "application/json",
      title: "Given title",
      publisher: "Given Publisher",
      publishedAt: "2024-01-02",
      url: "https://example.org/a",
      originators: ["Given Source"],
      originalName: null,
    });
    expect(report.text).toContain("Government artillery shelled");
  });

  it("re-ingests an exported report, keeping its derived fields", () => {
    const original = ingest({ bytes: encode(ARTICLE) });
    const exported = encode(JSON.stringify(original));
    const again = ingest({ bytes: exported, originalName: "export.json" });
    expect(again).toMatchObject({
      text: original.text,
      title: original.title,
      removed: original.removed,
      originators: original.originators,
      mediaType: "application/json",
      byteLength: exported.length,
    });
    expect(again.id).not.toBe(original.id);
  });

  it("sniffs HTML, Markdown and JSON from content when there is no name or hint", () => {
    expect(
      ingest({
        bytes: encode(`<!doctype html><html><body><p>${ARTICLE}</p></body></html>`),
        originalName: null,
      }).mediaType,
    ).toBe("text/html");
    expect(ingest({ bytes: encode(`# Title\n\n${ARTICLE}`), originalName: "-" }).mediaType).toBe(
      "text/markdown",
    );
    expect(ingest({ bytes: encode(JSON.stringify({ text: ARTICLE })), originalName: null }).mediaType).toBe(
      "application/json",
    );
    expect(ingest({ bytes: encode(ARTICLE), originalName: null }).mediaType).toBe("text/plain");
    expect(ingest({ bytes: encode(`# Title\n\n${ARTICLE}`), mediaTypeHint: "text/plain" }).mediaType).toBe(
      "text/plain",
    );
  });

  it("reads a date line at the top, and never invents one", () => {
    expect(
      ingest({ bytes: encode(`Title of story\nPublished: 8 September 2021\n\n${ARTICLE}`) }).publishedAt,
    ).toBe("2021-09-08");
    expect(
      ingest({ bytes: encode(`Title of story\nSeptember 8, 2021 10:32 GMT\n\n${ARTICLE}`) }).publishedAt,
    ).toBe("2021-09-08");
    expect(
      ingest({ bytes: encode(`${ARTICLE}\n\nOn September 8, 2021 the strikes resumed.`) }).publishedAt,
    ).toBeNull();
  });

  it("reads a date line with Arabic commas as the publication date, not as the headline", () => {
    const sana =
      "2 February\u060C 2022\n\nAleppo, SANA - Ten civilians were killed in shelling on al-Bab city.\n";
    const report = ingest({ bytes: encode(sana) });
    expect(report.publishedAt).toBe("2022-02-02");
    expect(report.title).toBeNull();
    expect(report.removed).toEqual([{ kind: "boilerplate", text: "2 February\u060C 2022", line: 0 }]);
    const anf = `ANF\n\nNEWS DESK\n\nSaturday\u060C 20 August 2022\u060C 15:36\n\n${ARTICLE}`;
    expect(ingest({ bytes: encode(anf) }).publishedAt).toBe("2022-08-20");
  });

  it("takes no date line below the top of the page, nor an ambiguous numeric one", () => {
    const body = Array.from({ length: 9 }, (_, i) => `Paragraph ${i + 1} of the report says more.`);
    const deep = [ARTICLE, ...body, "12 March 2023", "Shelling resumed afterwards."].join("\n\n");
    expect(ingest({ bytes: encode(deep) }).publishedAt).toBeNull();
    expect(ingest({ bytes: encode(`Title of story\n03/04/2022\n\n${ARTICLE}`) }).publishedAt).toBeNull();
  });

  it("keeps a publication date given with the report over a date line of the text", () => {
    const page = `Title of story\n8 September\u060C 2021\n\n${ARTICLE}`;
    expect(ingest({ bytes: encode(page), publishedAt: "2021-09-09" }).publishedAt).toBe("2021-09-09");
  });

  it("returns null language for very short text", () => {
    expect(ingest({ bytes: encode("Two killed.") }).language).toBeNull();
  });
});

describe("Markdown pages with front matter", () => {
  it("takes title, date and author from the front matter and lists its lines as removed", () => {
    const page =
      "---\ntitle: Strike on a clinic in Kafr Nabl\ndate: 2019-05-28\nauthor: Field team\n---\n\nWarplanes struck the clinic in Kafr Nabl on Tuesday, witnesses said.\n";
    const report = ingest({ bytes: encode(page), originalName: "clinic.md" });
    expect(report.title).toBe("Strike on a clinic in Kafr Nabl");
    expect(report.publishedAt).toBe("2019-05-28");
    expect(report.byline).toBe("Field team");
    expect(report.text).toBe("Warplanes struck the clinic in Kafr Nabl on Tuesday, witnesses said.");
    expect(report.removed.filter((r) => r.line <= 4).map((r) => r.text)).toEqual([
      "---",
      "title: Strike on a clinic in Kafr Nabl",
      "date: 2019-05-28",
      "author: Field team",
      "---",
    ]);
  });
});
