import { buildKnowledge } from "../src/knowledge/index.js";
const g = buildKnowledge().places;
const [m, a] = process.argv.slice(2);
console.log(m, g.findPlaces(m, a ? { admin1: [a] } : undefined).slice(0, 8).map((x) => [x.entry.id, x.entry.name, x.entry.altNames.slice(0,4).join("/"), x.entry.admin1, x.entry.admin3, x.entry.lat, x.entry.lon, x.matchedBy, x.score.toFixed(1)]));
