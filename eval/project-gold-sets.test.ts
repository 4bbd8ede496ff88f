/** The loader of the project's hand gold over shared corpus texts, and the committed gold itself. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseGoldJsonl } from "./gold-sets.js";
import { PROJECT_ROOT } from "./load-pipeline.js";
import { loadProjectGoldSet, PROJECT_GOLD_SETS, type ProjectGoldSetSpec } from "./project-gold-sets.js";
import { splitOf } from "./split.js";

const spec = PROJECT_GOLD_SETS.find((s) => s.name === "corpus-news")!;
const line = (doc: string, place: string | null, published: string | null = null) =>
  JSON.stringify({
    doc,
    published,
    place,
    lat: null,
    lon: null,
    admin1: place ? "Idlib" : null,
    eventType: place ? "shelling" : null,
    perpetrator: null,
    killed: null,
  });

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A project root with the set's gold file and a shared data folder with the given news texts. */
function layout(gold: string[], texts: Record<string, string>): { root: string; data: string } {
  const base = mkdtempSync(join(tmpdir(), "r2p-project-gold-"));
  dir = base;
  const root = join(base, "project");
  const data = join(base, "shared", "data");
  mkdirSync(join(root, "eval", "gold"), { recursive: true });
  writeFileSync(join(root, spec.goldFile), `${gold.join("\n")}\n`);
  mkdirSync(join(data, spec.textDir), { recursive: true });
  for (const [id, text] of Object.entries(texts)) writeFileSync(join(data, spec.textDir, `${id}.txt`), text);
  return { root, data };
}

describe("loadProjectGoldSet", () => {
  it("groups gold lines by document and reads each text without its URL line", () => {
    const { root, data } = layout(
      [line("007", "Sarmin", "2023-09-24"), line("007", "Ariha"), line("012", null)],
      { "007": "https://example.org/a\nShells hit Sarmin.\n", "012": "No URL line here.\n" },
    );
    const loaded = loadProjectGoldSet(spec, data, root);
    if (!("set" in loaded)) throw new Error(loaded.skipped);
    expect(loaded.set.name).toBe("corpus-news");
    expect(loaded.set.docs.map((d) => [d.id, d.gold.length])).toEqual([
      ["007", 2],
      ["012", 1],
    ]);
    const [first, second] = loaded.set.docs;
    expect(Buffer.from(first!.input.bytes).toString("utf8")).toBe("Shells hit Sarmin.\n");
    expect(first!.input.url).toBe("https://example.org/a");
    expect(first!.input.publishedAt).toBe("2023-09-24");
    expect(first!.input.originalName).toBe("corpus/news/007.txt");
    expect(Buffer.from(second!.input.bytes).toString("utf8")).toBe("No URL line here.\n");
    expect(second!.input.publishedAt).toBeUndefined();
  });

  it("is skipped with a plain message when the shared texts are absent", () => {
    const { root, data } = layout([line("007", "Sarmin")], {});
    const loaded = loadProjectGoldSet(spec, null, root);
    expect(loaded).toEqual({ skipped: expect.stringContaining("corpus-news: texts not found") });
    const elsewhere = loadProjectGoldSet({ ...spec, textDir: "corpus/absent" }, data, root);
    expect("skipped" in elsewhere).toBe(true);
  });

  it("fails loudly, naming the document, when a gold line has no text", () => {
    const { root, data } = layout([line("007", "Sarmin"), line("099", "Ariha")], { "007": "text" });
    expect(() => loadProjectGoldSet(spec, data, root)).toThrow(/"099"/);
  });

  it("fails loudly, with the line number, on a line that is not a gold line", () => {
    const { root, data } = layout([line("007", "Sarmin"), '{"doc":"007","place":"Ariha"}'], { "007": "x" });
    expect(() => loadProjectGoldSet(spec, data, root)).toThrow(/corpus-news\.jsonl:2/);
  });
});

describe("loadProjectGoldSet over the Syrian Archive", () => {
  it("reads nested ids as paths, with the front matter's date as publication date", () => {
    const archive = PROJECT_GOLD_SETS.find((s) => s.name === "syrian-archive")!;
    const base = mkdtempSync(join(tmpdir(), "r2p-project-gold-"));
    dir = base;
    const root = join(base, "project");
    const data = join(base, "shared", "data");
    mkdirSync(join(root, "eval", "gold"), { recursive: true });
    writeFileSync(join(root, archive.goldFile), `${line("investigations/a/b", "Hass")}\n`);
    mkdirSync(join(data, archive.textDir, "investigations", "a"), { recursive: true });
    const text = '---\ntitle: "x"\ndate: 2019-05-08\n---\nAirstrikes hit Hass.\n';
    writeFileSync(join(data, archive.textDir, "investigations", "a", "b.md"), text);
    const loaded = loadProjectGoldSet(archive, data, root);
    if (!("set" in loaded)) throw new Error(loaded.skipped);
    const [doc] = loaded.set.docs;
    expect(doc!.id).toBe("investigations/a/b");
    expect(doc!.input.publishedAt).toBe("2019-05-08");
    expect(Buffer.from(doc!.input.bytes).toString("utf8")).toBe(text);
  });
});

describe("loadProjectGoldSet over the Airwars texts", () => {
  it("reads the texts as the external set does and keeps its split, keyed by the recorded incident", () => {
    const airwars = PROJECT_GOLD_SETS.find((s) => s.name === "airwars-full")!;
    const base = mkdtempSync(join(tmpdir(), "r2p-project-gold-"));
    dir = base;
    const root = join(base, "project");
    const data = join(base, "shared", "data");
    mkdirSync(join(root, "eval", "gold"), { recursive: true });
    writeFileSync(join(root, airwars.goldFile), `${line("aws-x5-1", "Sarmin")}\n${line("aws-x5-2", null)}\n`);
    const external = join(data, "external", "airwars-syria");
    mkdirSync(join(external, "docs"), { recursive: true });
    const record = (doc: string) =>
      JSON.stringify({
        doc,
        incident: "X5",
        published: null,
        date: null,
        place: "Sarmin",
        lat: 35.9,
        lon: 36.7,
        admin1: "Idlib",
        eventType: "shelling",
        eventTypeAccept: null,
        perpetrator: null,
        killed: 0,
        killedMax: 0,
      });
    writeFileSync(join(external, "gold.jsonl"), `${record("aws-x5-1")}\n${record("aws-x5-2")}\n`);
    writeFileSync(join(external, "docs", "aws-x5-1.txt"), "https://not-a-url-line\nShells hit Sarmin.\n");
    writeFileSync(join(external, "docs", "aws-x5-2.txt"), "Nothing happened.\n");
    const loaded = loadProjectGoldSet(airwars, data, root);
    if (!("set" in loaded)) throw new Error(loaded.skipped);
    const [first] = loaded.set.docs;
    expect(Buffer.from(first!.input.bytes).toString("utf8")).toBe(
      "https://not-a-url-line\nShells hit Sarmin.\n",
    );
    expect(first!.input.originalName).toBe("docs/aws-x5-1.txt");
    // Both texts of incident X5 take its split (test), though both ids alone hash to tune.
    const expected = splitOf("external/airwars-syria", "X5");
    expect([expected, splitOf("airwars-full", "aws-x5-1"), splitOf("airwars-full", "aws-x5-2")]).toEqual([
      "test",
      "tune",
      "tune",
    ]);
    expect(loaded.set.docs.map((d) => loaded.set.split!(d.id))).toEqual([expected, expected]);
    expect(() => loaded.set.split!("aws-unknown-1")).toThrow(/aws-unknown-1/);
  });
});

describe("the committed project gold", () => {
  it.each(PROJECT_GOLD_SETS.map((s): [string, ProjectGoldSetSpec] => [s.name, s]))(
    "%s parses, names documents by id only and has valid perpetrator patterns",
    (_name, set) => {
      const lines = parseGoldJsonl(readFileSync(resolve(PROJECT_ROOT, set.goldFile), "utf8"), set.goldFile);
      expect(lines.length).toBeGreaterThan(0);
      for (const gold of lines) {
        expect(gold.doc).toMatch(/^[\w.-]+(\/[\w.-]+)*$/);
        if (gold.perpetrator !== null) expect(() => new RegExp(gold.perpetrator!, "i")).not.toThrow();
        if (gold.place === null) expect(lines.filter((l) => l.doc === gold.doc)).toHaveLength(1);
      }
    },
  );
});
