/** Readable text rendering of an extraction for the terminal. */
import type { CountRange, Extraction } from "../domain/claim.js";

const range = (r: CountRange | null) =>
  r ? (r.max === null ? `${r.min}+` : r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`) : "–";

export function formatExtraction(extraction: Extraction): string {
  const { report } = extraction;
  const lines = [
    `Report ${report.id.slice(0, 12)}  ${report.title ?? "(untitled)"}`,
    `  publisher: ${report.publisher ?? "(unknown)"}; originators: ${report.originators.join(", ") || "(none)"}; published: ${report.publishedAt ?? "unknown"}`,
  ];
  for (const caveat of report.caveats) lines.push(`  caveat: ${caveat}`);
  lines.push(`Incidents (${extraction.incidents.length}):`);
  extraction.incidents.forEach((claim, index) => {
    const place = claim.place;
    const where =
      place.precision === "unresolved"
        ? `${place.mention} (unresolved${place.admin1 ? `, ${place.admin1}` : ""})`
        : `${place.name ?? place.mention} [${place.precision}${place.admin1 ? `, ${place.admin1}` : ""}${
            place.lat !== null ? ` ${place.lat.toFixed(4)},${place.lon?.toFixed(4)}` : ""
          }]`;
    const when = claim.date.start
      ? claim.date.start === claim.date.end
        ? claim.date.start
        : `${claim.date.start}..${claim.date.end}`
      : claim.date.text
        ? `"${claim.date.text}" (relative)`
        : "date unknown";
    const c = claim.casualties;
    lines.push(
      `  ${index + 1}. ${claim.eventType} at ${where}, ${when} [${claim.modality}]`,
      `     by: ${claim.perpetrators.map((p) => p.name).join(", ") || "unknown"}; per: ${claim.attributedTo.join(", ") || "(report)"}`,
      `     targets: ${claim.targets.join(", ") || "–"}; victims: ${claim.victimGroups.join(", ") || "–"}; killed ${range(c.killed)}, injured ${range(c.injured)}, casualties ${range(c.unspecified)}${c.group ? ` (for the group of places: killed ${range(c.group.killed)}, injured ${range(c.group.injured)})` : ""}`,
    );
  });
  lines.push(`Statements (${extraction.statements.length}):`);
  for (const statement of extraction.statements) {
    const instruments = statement.instruments.map((i) => i.normalized).join(", ");
    lines.push(
      `  - ${statement.kind}${statement.label ? ` "${statement.label}"` : ""} by ${statement.actor ?? "?"}${
        statement.addressee ? ` to ${statement.addressee}` : ""
      }${instruments ? ` [${instruments}]` : ""}`,
    );
  }
  return lines.join("\n");
}
