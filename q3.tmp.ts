import { buildKnowledge } from "./src/knowledge/index.js";
import { extractClaims } from "./src/pipeline/extract/index.js";
import { textReport } from "./test/support/text-report.js";
const k = buildKnowledge();
for (const t of process.argv.slice(2)) {
  const ex = extractClaims(textReport(t, null), k);
  console.log("---", t.slice(0, 100));
  for (const i of ex.incidents) console.log(`  ${i.place.mention}→${i.place.name} ${i.eventType} perps=${i.perpetrators.map((p) => p.actorId ?? p.mention).join("+")} killed=${JSON.stringify(i.casualties.killed)} inj=${JSON.stringify(i.casualties.injured)} ${i.casualties.scope}`);
}
