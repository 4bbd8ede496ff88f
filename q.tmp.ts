import { buildKnowledge } from "./src/knowledge/index.js";
const k = buildKnowledge();
for (const m of process.argv.slice(2)) {
  const r = k.places.findPlaces(m).slice(0, 3);
  console.log(m, "has:", k.places.hasName(m), r.map((x) => `${x.entry.name}/${x.entry.admin1} ${x.matchedBy} ${x.score.toFixed(0)}`));
}
