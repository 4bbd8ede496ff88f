/**
 * The Arabic finders' cost on one long sentence grows with its length, not its square: a run of text
 * with no sentence mark (a list, a table flattened to text) four times as long takes about four times
 * as long, with a wide margin for a loaded machine. The report-scope readings (month names, denied
 * links, background) and the place reading are timed alike.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildKnowledge, type Knowledge } from "../../../knowledge/index.js";
import {
  findArabicDates,
  findArabicEvents,
  findArabicPerpetrators,
  findArabicTolls,
} from "./arabic-facts.js";
import { monthNameSpans } from "./arabic-dates.js";
import { backgroundMark, deniedLinks } from "./arabic-events.js";
import { findArabicPlaces } from "./arabic-places.js";

let k: Knowledge;
beforeAll(() => {
  k = buildKnowledge();
});

const UNITS = [
  "قصفت قوات النظام قرية كنصفرة و أدى القصف إلى مقتل ثلاثة مدنيين وإصابة خمسة آخرين و ",
  "الطفل محمد علي 10 سنوات وشهداء وجرحى وضحايا من المدنيين في غارة جوية روسية و ",
  "وكانت الطائرات قد قصفت في تشرين الأول صور الأقمار الصناعية وليس ما لا علاقة له بالاشتباكات في خريطة وزارة الدفاع الروسية و ",
];

function msFor(find: (s: string) => unknown, unit: string, chars: number): number {
  const s = unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  const t = performance.now();
  find(s);
  return performance.now() - t;
}

describe("Arabic finders on one long sentence", () => {
  it("take time linear in its length", () => {
    const finders: [string, (s: string) => unknown][] = [
      ["tolls", findArabicTolls],
      ["events", findArabicEvents],
      ["attackers", (s) => findArabicPerpetrators(s, k.actors)],
      ["days", (s) => findArabicDates(s, null)],
      ["month names", monthNameSpans],
      ["denied links", deniedLinks],
      ["background", backgroundMark],
      ["places", (s) => findArabicPlaces(s, k.places)],
    ];
    for (const unit of UNITS)
      for (const [name, find] of finders) {
        msFor(find, unit, 2_000); // warm up
        const short = msFor(find, unit, 8_000);
        const long = msFor(find, unit, 32_000);
        expect(long, `${name}: 8 KB ${short.toFixed(0)} ms, 32 KB ${long.toFixed(0)} ms`).toBeLessThan(
          10 * short + 150,
        );
      }
  });
});
