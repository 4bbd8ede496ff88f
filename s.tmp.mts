import { readFileSync } from "node:fs";
import { ingestDocument } from "./src/pipeline/ingest/index.js";
for (const f of process.argv.slice(2)) {
  const bytes = readFileSync(f);
  const r = ingestDocument(
    { bytes, originalName: f.split("/").pop()!, retrievedAt: "2026-01-01T00:00:00.000Z" },
    { maxBytes: 1e7 },
  );
  console.log("=====", f);
  console.log(
    JSON.stringify(
      {
        ...r,
        text: undefined,
        id: undefined,
        removed: r.removed.map((x) => `${x.line} ${x.kind}: ${x.text}`),
      },
      null,
      1,
    ),
  );
  console.log(r.text);
}
