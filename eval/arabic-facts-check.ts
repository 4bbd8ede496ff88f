/**
 * A diagnostic of the Arabic finders (src/pipeline/extract/arabic/arabic-facts.ts) on the Arabic
 * Airwars set, apart from claim assembly: per document, whether some sentence gives a killed range
 * overlapping the record's killed min–max (and the same for injured), an attacker matching the
 * record's perpetrator pattern, an attack word of an accepted event type, and a day covering the
 * record's date. Figures for the tuning and test parts separately; misses listed for tuning only.
 *
 *   npx tsx eval/arabic-facts-check.ts [--misses]
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { CountRange } from "../src/domain/claim.js";
import { ActorRegistry } from "../src/knowledge/actors/actor-registry.js";
import { INTERNATIONAL_PACK } from "../src/knowledge/actors/international-actors.js";
import { SYRIA_PACK } from "../src/knowledge/actors/syria-actors.js";
import {
  findArabicDates,
  findArabicEvents,
  findArabicPerpetrators,
  findArabicTolls,
} from "../src/pipeline/extract/arabic/arabic-facts.js";
import { coarseEventType } from "./event-type-map.js";
import { PROJECT_ROOT } from "./load-pipeline.js";
import { EVENT_TYPES } from "../src/pipeline/extract/event-lexicon.js";
import { splitOf, SPLITS, type Split } from "./split.js";

const SET = "external/airwars-syria-ar";
const DIR = resolve(PROJECT_ROOT, "../shared/data", SET);

interface Gold {
  doc: string;
  incident: string;
  published: string | null;
  date: string;
  eventType: string;
  eventTypeAccept: string[];
  perpetrator: string;
  killed: number;
  killedMax: number;
  injured: number;
  injuredMax: number;
}

/** Sentences: split after . ! ? ؟ and at line breaks. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?؟])\s+|\n+|(?<=[.!?؟])(?=[\u0600-\u06FF])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function overlaps(r: CountRange | null, min: number, max: number): boolean {
  return !!r && r.min <= max && (r.max === null || r.max >= min);
}

const CHECKS = ["killed", "injured", "perpetrator", "firstPerpetrator", "event", "date"] as const;
type Check = (typeof CHECKS)[number];

function checkDoc(g: Gold, actors: ActorRegistry): { ok: Partial<Record<Check, boolean>>; notes: string[] } {
  const text = readFileSync(resolve(DIR, "docs", `${g.doc}.txt`), "utf8");
  const ok: Partial<Record<Check, boolean>> = {};
  const notes: string[] = [];
  const pattern = new RegExp(g.perpetrator, "i");
  const killed: string[] = [];
  const injured: string[] = [];
  const perps: string[] = [];
  const types: string[] = [];
  const days: string[] = [];
  let k = false;
  let inj = false;
  let p = false;
  let firstPerp: string | null = null;
  let e = false;
  let d = false;
  for (const s of sentences(text)) {
    for (const t of findArabicTolls(s)) {
      if (t.combatant) continue;
      if (t.killed) killed.push(`${t.killed.min}-${t.killed.max ?? ""}`);
      if (t.injured) injured.push(`${t.injured.min}-${t.injured.max ?? ""}`);
      k ||= overlaps(t.killed, g.killed, g.killedMax);
      inj ||= overlaps(t.injured, g.injured, g.injuredMax);
    }
    for (const a of findArabicPerpetrators(s, actors)) {
      perps.push(`${a.actorId ?? "?"}:${a.text}`);
      firstPerp ??= `${a.name} ${a.text}`;
      p ||= pattern.test(`${a.name} ${a.text}`);
    }
    for (const ev of findArabicEvents(s)) {
      if (ev.untold) continue;
      // Scored as the evaluation scores claims: by the coarse type of our code.
      const coarse = coarseEventType(ev.eventType, EVENT_TYPES[ev.eventType].acled.subEventType);
      types.push(ev.eventType);
      e ||= [g.eventType, ...g.eventTypeAccept].includes(coarse);
    }
    for (const day of findArabicDates(s, g.published)) {
      const { start, end } = day.date;
      days.push(start ? `${start}..${end ?? "?"}` : (day.monthDay ?? `wd${day.weekday ?? "?"}:${day.text}`));
      // Without a publication date a day is right when its calendar day, its month and day, or its
      // weekday is the record's.
      d ||=
        (!!start && !!end && start <= g.date && g.date <= end) ||
        day.monthDay === g.date.slice(5) ||
        (day.weekday !== undefined && day.weekday === new Date(`${g.date}T12:00:00Z`).getUTCDay());
    }
  }
  if (g.killedMax > 0) {
    ok.killed = k;
    if (!k) notes.push(`killed ${g.killed}-${g.killedMax}: [${killed.join(" ")}]`);
  }
  if (g.injuredMax > 0) {
    ok.injured = inj;
    if (!inj) notes.push(`injured ${g.injured}-${g.injuredMax}: [${injured.join(" ")}]`);
  }
  ok.perpetrator = p;
  // The first attacker the text names: what a claim would most likely carry.
  ok.firstPerpetrator = firstPerp !== null && pattern.test(firstPerp);
  if (p && !ok.firstPerpetrator) notes.push(`first perpetrator: ${firstPerp}`);
  if (!p) notes.push(`perpetrator /${g.perpetrator.slice(0, 40)}…/: [${perps.slice(0, 6).join(" ")}]`);
  ok.event = e;
  if (!e) notes.push(`event ${g.eventTypeAccept.join("|")}: [${[...new Set(types)].join(" ")}]`);
  ok.date = d;
  if (!d) notes.push(`date ${g.date}: [${days.slice(0, 5).join(" ")}]`);
  return { ok, notes };
}

function main(): void {
  const showMisses = process.argv.includes("--misses");
  const actors = new ActorRegistry([SYRIA_PACK, INTERNATIONAL_PACK]);
  const golds = readFileSync(resolve(DIR, "gold.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Gold);
  const totals = new Map<Split, Record<Check, [number, number]>>();
  for (const split of SPLITS)
    totals.set(split, Object.fromEntries(CHECKS.map((c) => [c, [0, 0]])) as Record<Check, [number, number]>);
  for (const g of golds) {
    const split = splitOf(SET, g.incident);
    const { ok, notes } = checkDoc(g, actors);
    const t = totals.get(split)!;
    for (const c of CHECKS) {
      if (ok[c] === undefined) continue;
      t[c][1]++;
      if (ok[c]) t[c][0]++;
    }
    if (showMisses && split === "tune" && notes.length) console.log(`${g.doc}\n  ${notes.join("\n  ")}`);
  }
  for (const split of SPLITS) {
    const t = totals.get(split)!;
    console.log(`${split}: ${CHECKS.map((c) => `${c} ${t[c][0]}/${t[c][1]}`).join(", ")}`);
  }
}

main();
