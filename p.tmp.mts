import { ingestDocument } from "./src/pipeline/ingest/index.js";
const words = "THE SYRIAN OBSERVATORY SAID TODAY THAT FORCES SHELLED THE VILLAGE OF KAFR NURAN AND".split(
  " ",
);
const caps = Array.from({ length: 20000 }, (_, i) => words[i % words.length]).join(" ");
const title = Array.from({ length: 20000 }, (_, i) => "Word" + (i % 50)).join(" ");
const lines = Array.from(
  { length: 5000 },
  (_, i) => `Line ${i} of a very long plain text report about shelling in Idlib, according to local sources.`,
).join("\n");
const html =
  "<html><body><article>" +
  Array.from(
    { length: 2000 },
    (_, i) =>
      `<p>Paragraph ${i} about shelling in the countryside of Idlib and the rescue efforts that followed.</p>`,
  ).join("") +
  "</article></body></html>";
for (const [name, text] of [
  ["caps", caps],
  ["titlecase", title],
  ["lines", lines],
  ["html", html],
] as const) {
  const t = performance.now();
  const r = ingestDocument(
    {
      bytes: new TextEncoder().encode(text),
      originalName: name === "html" ? "a.html" : "a.txt",
      retrievedAt: "2026-01-01T00:00:00.000Z",
    },
    { maxBytes: 1e8 },
  );
  console.log(
    name,
    text.length,
    Math.round(performance.now() - t),
    "ms",
    r.originators.length,
    r.removed.length,
  );
}
