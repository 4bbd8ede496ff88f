/**
 * Recall and precision measurement of the gazetteer with the OCHA communities table: observed spelling
 * variants from real reports, synthetic respellings of the table's Arabic names, and made-up names that
 * must stay unresolved. Rates are printed; floors are asserted. Skips when the shared data is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { PlaceEntry, PlaceHints, PlaceMatch } from "../../domain/places.js";
import { hasArabic, normaliseArabic } from "./arabic-normalise.js";
import { loadBuiltinPlaces } from "./builtin-places.js";
import { parseCsv } from "./csv.js";
import { Gazetteer } from "./gazetteer.js";
import { parseOchaCommunitiesCsv } from "./import-ocha-communities.js";
import { arabicSkeleton, latinSkeleton, madeUpName, respell, seededRandom } from "./synthetic-respelling.js";

const OCHA_CSV = "/work/shared/data/gazetteer/syr_admin4_communities.csv";
const ALIASES_CSV = "/work/shared/data/gazetteer/observed_aliases.csv";
const hasData = existsSync(OCHA_CSV) && existsSync(ALIASES_CSV);
const SAMPLE = 300;

/** What the extraction stage accepts: exact or transliteration, fuzzy only inside a hinted governorate. */
function accepted(match: PlaceMatch | undefined, hints: PlaceHints): PlaceMatch | undefined {
  if (!match) return undefined;
  if (match.matchedBy !== "fuzzy") return match;
  return hints.admin1?.includes(match.entry.admin1 ?? "") ? match : undefined;
}

const arabicOf = (e: PlaceEntry) => e.altNames.find(hasArabic);
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;

describe.skipIf(!hasData)("gazetteer recall with the OCHA table", () => {
  let gazetteer: Gazetteer;
  let ocha: PlaceEntry[];
  beforeAll(() => {
    ocha = parseOchaCommunitiesCsv(readFileSync(OCHA_CSV, "utf8")).places;
    gazetteer = new Gazetteer([...loadBuiltinPlaces(), ...ocha]);
  });

  it("resolves observed variants to their P-code", () => {
    const { rows } = parseCsv(readFileSync(ALIASES_CSV, "utf8"));
    let pairs = 0;
    let plain = 0;
    let hinted = 0;
    const misses: string[] = [];
    for (const [, pcode, variant] of rows.slice(1)) {
      if (!pcode || !variant) continue;
      const target = gazetteer.get(`ocha:${pcode}`);
      if (!target) continue;
      pairs++;
      const hints = { admin1: [target.admin1 ?? ""] };
      if (accepted(gazetteer.findPlaces(variant)[0], {})?.entry.id === target.id) plain++;
      if (accepted(gazetteer.findPlaces(variant, hints)[0], hints)?.entry.id === target.id) hinted++;
      else misses.push(variant);
    }
    console.log(
      `observed aliases → P-code, top-1 accepted: ${pct(plain, pairs)} without hints, ` +
        `${pct(hinted, pairs)} with admin1 (${hinted}/${pairs}); misses: ${misses.join("; ")}`,
    );
    expect(hinted / pairs).toBeGreaterThanOrEqual(0.958);
  });

  it("resolves synthetic respellings of Arabic names and rejects made-up names", () => {
    const rng = seededRandom(20240611);
    const withArabic = ocha.filter((e) => arabicOf(e) && e.admin1);
    let top1 = 0;
    let sameName = 0;
    let acceptedRight = 0;
    let acceptedWrong = 0;
    const failures: string[] = [];
    for (let n = 0; n < SAMPLE; n++) {
      const target = withArabic[Math.floor(rng() * withArabic.length)] as PlaceEntry;
      const arabic = arabicOf(target) as string;
      const variant = respell(arabic, rng);
      const hints = { admin1: [target.admin1 as string] };
      const best = gazetteer.findPlaces(variant, hints)[0];
      // Several villages of one governorate can share a name; any of them is a correct reading of it.
      const right =
        best?.entry.id === target.id ||
        (best !== undefined && normaliseArabic(arabicOf(best.entry) ?? "") === normaliseArabic(arabic));
      if (best?.entry.id === target.id) top1++;
      if (right) sameName++;
      else if (failures.length < 25)
        failures.push(`${variant} [${target.name}] → ${best?.entry.name ?? "-"}`);
      const taken = accepted(best, hints);
      if (taken && right) acceptedRight++;
      else if (taken) acceptedWrong++;
    }
    let falseMatches = 0;
    const falseSamples: string[] = [];
    const governorates = [...new Set(withArabic.map((e) => e.admin1 as string))];
    // Made-up names whose consonants spell no known name: any acceptance is a false match.
    const knownSkeletons = new Set(
      ocha
        .flatMap((e) => [e.name, ...e.altNames])
        .map((n) => (hasArabic(n) ? arabicSkeleton(n) : latinSkeleton(n))),
    );
    let made = 0;
    while (made < SAMPLE) {
      const name = madeUpName(rng);
      if (knownSkeletons.has(latinSkeleton(name))) continue;
      made++;
      const hints = { admin1: [governorates[Math.floor(rng() * governorates.length)] as string] };
      const taken = accepted(gazetteer.findPlaces(name, hints)[0], hints);
      if (taken) {
        falseMatches++;
        if (falseSamples.length < 15) falseSamples.push(`${name} → ${taken.entry.name}`);
      }
    }
    console.log(
      `synthetic respellings (n=${SAMPLE}, admin1 hint): top-1 id ${pct(top1, SAMPLE)}, ` +
        `top-1 same name ${pct(sameName, SAMPLE)}, accepted right ${pct(acceptedRight, SAMPLE)}, ` +
        `accepted wrong ${pct(acceptedWrong, SAMPLE)}\n  failures: ${failures.join("; ")}`,
    );
    console.log(
      `made-up names (n=${SAMPLE}): accepted false matches ${pct(falseMatches, SAMPLE)}; ${falseSamples.join("; ")}`,
    );
    expect(sameName / SAMPLE).toBeGreaterThanOrEqual(0.8);
    expect(acceptedWrong / SAMPLE).toBeLessThanOrEqual(0.05);
    expect(falseMatches / SAMPLE).toBeLessThanOrEqual(0.05);
  });
});
