import { readFileSync } from "node:fs";
import { buildKnowledge } from "./src/knowledge/index.js";
import { distanceKm } from "./eval/score-extraction.js";
const k = buildKnowledge();
const lines = readFileSync("/work/shared/data/external/airwars-syria/gold.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
let ok = 0, n = 0; const miss: string[] = [];
const seen = new Set();
for (const g of lines) {
  if (seen.has(g.incident)) continue; seen.add(g.incident); n++;
  const names = g.place.split(/,| near | and | in /).map((s: string) => s.replace(/\b(village|town|city|camp|refugee|countryside|neighbourhood|area)\b/gi, "").trim()).filter(Boolean);
  const hit = names.some((nm: string) => k.places.findPlaces(nm).some((m) => distanceKm(g.lat, g.lon, m.entry.lat, m.entry.lon) <= 10));
  if (hit) ok++; else miss.push(`${g.place} [${g.admin1}]`);
}
console.log(ok, "/", n); console.log(miss.join("\n"));
