/**
 * The n-gram table build:ts bundles for eld (scripts/lazy-ngrams.mjs) answers every read as eld's own
 * table does, so language detection in dist/ is the package's. The comparison runs in a plain Node
 * child process: through vitest's module transform, importing the 1 MB tables took 15 s.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const url = (file: string) => JSON.stringify(pathToFileURL(path.join(root, file)).href);

/** Loads both tables and both detectors in a child process and reports what they answer. */
const program = (dir: string) => `
import { writeFileSync } from "node:fs";
import { lazyNgramsModule } from ${url("scripts/lazy-ngrams.mjs")};
import { ngramsData as original } from ${url("node_modules/eld/src/ngrams/extrasmall.js")};
import { createEld } from ${url("node_modules/eld/src/languageDetector.js")};
const file = ${JSON.stringify(path.join(dir, "ngrams.mjs"))};
writeFileSync(file, lazyNgramsModule(original));
const { ngramsData: lazy } = await import(file);
const keys = Object.keys(original.ngrams);
const answers = (table) => JSON.stringify(keys.map((key) => table[key]));
const detector = (data) => { const { instance, loadData } = createEld(); loadData(data); return instance; };
const [a, b] = [detector(original), detector(lazy)];
const detect = (eld, text) => { const r = eld.detect(text); return [r.language, r.getScores(), r.isReliable()]; };
const texts = JSON.parse(process.argv[1]);
process.stdout.write(JSON.stringify({
  keys: keys.length,
  sameHeader: lazy.type === original.type && JSON.stringify(lazy.languages) === JSON.stringify(original.languages),
  sameAnswers: answers(lazy.ngrams) === answers(original.ngrams),
  missing: [" zzzz", "", "constructor", keys[0] + "x"].map((k) => [lazy.ngrams[k] === undefined, k in lazy.ngrams]),
  detections: texts.map((text) => [detect(a, text), detect(b, text)]),
}));
`;

const texts = [
  "Shelling by government forces killed five civilians in the town of Ariha on Monday.",
  "قصفت قوات النظام بلدة أريحا في ريف إدلب الجنوبي صباح اليوم، ما أدى إلى مقتل خمسة مدنيين.",
  "Les bombardements ont tué cinq civils dans la ville d'Ariha lundi matin, selon des témoins.",
  "x",
];

let dir: string;
let result: {
  keys: number;
  sameHeader: boolean;
  sameAnswers: boolean;
  missing: [boolean, boolean][];
  detections: [unknown, unknown][];
};

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "r2p-lazy-ngrams-"));
  const out = execFileSync(
    process.execPath,
    ["--input-type=module", "-e", program(dir), JSON.stringify(texts)],
    {
      encoding: "utf8",
    },
  );
  result = JSON.parse(out) as typeof result;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("eld's n-gram table, read lazily", () => {
  it("has the package's type and languages", () => expect(result.sameHeader).toBe(true));

  it("answers every n-gram with the package's scores, and nothing for others", () => {
    expect(result.keys).toBeGreaterThan(1000);
    expect(result.sameAnswers).toBe(true);
    expect(result.missing).toEqual([
      [true, false],
      [true, false],
      [true, false],
      [true, false],
    ]);
  });

  it("gives eld the same detection", () => {
    expect(result.detections.slice(0, 3).map(([, lazy]) => (lazy as [string])[0])).toEqual([
      "en",
      "ar",
      "fr",
    ]);
    for (const [original, lazy] of result.detections) expect(lazy).toEqual(original);
  });
});
