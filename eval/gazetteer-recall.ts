/**
 * Gazetteer recall: does the extraction pipeline find and resolve each OCHA community of the built-in
 * gazetteer when a short plain report names it with OCHA's own English name? For every community (skipping
 * OCHA's compound "A - B" names, which reports do not write) it runs the real pipeline on a few ordinary
 * frames and counts, per frame, whether a claim was found at all and where its place resolved: to that
 * community (or an entry of the same name within 3 km), to a homonym in another governorate (acceptable
 * only when the frame gives no governorate), to a same-name entry of the same governorate (undecidable),
 * elsewhere, or nowhere. Communities are split tune/test by
 * `splitOf("gazetteer-recall", pcode)`; `--verbose` lists the failures of the tuning part only.
 *
 *   nice -n 5 npm run eval:gazetteer [-- --verbose] [-- --limit N]
 */
import type { PlaceEntry } from "../src/domain/places.js";
import { readBuiltinOchaPlaces } from "../src/knowledge/gazetteer/builtin-ocha-places.js";
import { loadBuiltinPlaces } from "../src/knowledge/gazetteer/builtin-places.js";
import { loadPipeline } from "./load-pipeline.js";
import { splitOf, SPLITS, type Split } from "./split.js";

interface Frame {
  id: string;
  /** Whether the frame names the governorate (a homonym elsewhere is then wrong). */
  hinted: boolean;
  text(name: string, entry: PlaceEntry): string;
}

const governorateWords = (admin1: string | null) => (admin1 === "Rif Dimashq" ? "Damascus" : admin1);

export const FRAMES: Frame[] = [
  {
    id: "shelled-village",
    hinted: false,
    text: (x) => `Regime forces shelled the village of ${x} on Monday, killing two civilians.`,
  },
  {
    id: "airstrike-countryside",
    hinted: true,
    text: (x, e) => `An air strike hit ${x} in the ${governorateWords(e.admin1)} countryside on Monday.`,
  },
  { id: "was-shelled", hinted: false, text: (x) => `${x} was shelled on Monday.` },
  { id: "killed-in", hinted: false, text: (x) => `Two civilians were killed in ${x} on Monday.` },
];

/**
 * "same-gov": an entry of the same name in the same governorate more than 3 km away, which no frame can
 * tell apart; counted on its own, as neither right nor a fault of reading.
 */
type Outcome = "self" | "homonym" | "same-gov" | "elsewhere" | "unresolved" | "none";
const OUTCOMES: Outcome[] = ["self", "homonym", "same-gov", "elsewhere", "unresolved", "none"];

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const sameName = (a: PlaceEntry, b: PlaceEntry) => a.name.toLowerCase() === b.name.toLowerCase();

async function main() {
  const args = process.argv.slice(2);
  const verbose = args.includes("--verbose");
  const limitAt = args.indexOf("--limit");
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;

  const byId = new Map(loadBuiltinPlaces().map((p) => [p.id, p]));
  const communities = readBuiltinOchaPlaces()
    // OCHA's compound "A - B" names and "village / subdistrict" disambiguations are not written in reports.
    .filter((p) => !p.name.includes(" - ") && !p.name.includes(" / "))
    .sort((a, b) => a.id.localeCompare(b.id))
    .slice(0, limit);
  const pipeline = await loadPipeline();

  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const failures: string[] = [];
  const started = Date.now();

  for (const entry of communities) {
    const split: Split = splitOf("gazetteer-recall", entry.id.replace(/^ocha:/, ""));
    add(`${split}:communities`);
    let allSelf = true;
    for (const frame of FRAMES) {
      const text = frame.text(entry.name, entry);
      const { extraction } = await pipeline.run({
        bytes: new TextEncoder().encode(text),
        originalName: "gazetteer-recall.txt",
        publishedAt: "2024-03-06",
      });
      const claim = extraction.incidents[0];
      let outcome: Outcome;
      let got = "";
      if (!claim) outcome = "none";
      else {
        const place = claim.place;
        const resolved = place.gazetteerId ? byId.get(place.gazetteerId) : undefined;
        got = `${place.mention} -> ${place.name ?? "?"} (${place.gazetteerId ?? place.precision}${resolved ? `, ${resolved.admin1}` : ""})`;
        if (!resolved) outcome = "unresolved";
        else if (resolved.id === entry.id || (sameName(resolved, entry) && km(resolved, entry) <= 3))
          outcome = "self";
        else if (!frame.hinted && sameName(resolved, entry) && resolved.admin1 !== entry.admin1)
          outcome = "homonym";
        else if (sameName(resolved, entry) && resolved.admin1 === entry.admin1) outcome = "same-gov";
        else outcome = "elsewhere";
      }
      add(`${split}:${frame.id}:${outcome}`);
      add(`${split}:all:${outcome}`);
      if (!["self", "homonym", "same-gov"].includes(outcome)) allSelf = false;
      if (verbose && split === "tune" && !["self", "homonym", "same-gov"].includes(outcome))
        failures.push(
          `${outcome.padEnd(10)} ${entry.id} "${entry.name}" (${entry.admin1}) [${frame.id}] ${got}`,
        );
    }
    if (allSelf) add(`${split}:allframes`);
  }

  const pct = (n: number, d: number) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`);
  console.log(`gazetteer recall: ${communities.length} OCHA communities × ${FRAMES.length} frames`);
  for (const split of SPLITS) {
    const n = counts.get(`${split}:communities`) ?? 0;
    console.log(`\n${split}: ${n} communities`);
    console.log(
      `  ${"frame".padEnd(22)} ${OUTCOMES.map((o) => o.padStart(11)).join("")}   found   self+homonym (same-gov apart)`,
    );
    for (const frame of [...FRAMES.map((f) => f.id), "all"]) {
      const c = OUTCOMES.map((o) => counts.get(`${split}:${frame}:${o}`) ?? 0);
      const none = c[OUTCOMES.indexOf("none")]!;
      const total = c.reduce((a, b) => a + b, 0);
      console.log(
        `  ${frame.padEnd(22)} ${c.map((x) => String(x).padStart(11)).join("")}   ${pct(total - none, total).padStart(6)}   ${pct(c[0]! + c[1]!, total).padStart(6)}`,
      );
    }
    const all = counts.get(`${split}:allframes`) ?? 0;
    console.log(`  communities right in every frame: ${all} (${pct(all, n)})`);
  }
  if (verbose) {
    console.log(`\ntuning-part failures (${failures.length}):`);
    for (const line of failures) console.log(`  ${line}`);
  }
  console.error(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

await main();
