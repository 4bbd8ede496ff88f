/** Plain-text views of incidents for the CLI: one line per incident in lists, and the full record with why. */
import type { CountRange } from "../domain/claim.js";
import type { Incident, IncidentCount } from "../domain/incident.js";

function range(count: CountRange | IncidentCount | null): string {
  if (!count) return "–";
  if (count.max === null) return `≥${count.min}`;
  return count.min === count.max ? `${count.min}` : `${count.min}–${count.max}`;
}

function when(date: Incident["date"]): string {
  if (!date.start) return "undated";
  return date.start === date.end || !date.end ? date.start : `${date.start}…${date.end}`;
}

function where(incident: Incident): string {
  const name = incident.place.name ?? incident.place.mentions[0] ?? "?";
  return incident.place.admin1 && incident.place.admin1 !== name
    ? `${name} (${incident.place.admin1})`
    : name;
}

/** One line: id, date, type, place, grade, sources and the killed range. */
export function incidentLine(incident: Incident): string {
  const killed = incident.casualties.killed ? `  killed ${range(incident.casualties.killed)}` : "";
  const review = incident.review.status === "unreviewed" ? "" : `  [${incident.review.status}]`;
  return `${incident.id}  ${when(incident.date).padEnd(21)}  ${incident.eventType.padEnd(14)}  ${where(incident)}  ${incident.grade}  ${incident.independentSources} src${killed}${review}`;
}

/** The whole incident, with each claim's merge explanation. */
export function incidentDetails(incident: Incident): string {
  const sourceName = (id: string) => incident.sources.find((s) => s.id === id)?.name ?? id;
  const p = incident.place;
  const lines = [
    `id:           ${incident.id}`,
    `event:        ${incident.eventType} (ACLED: ${incident.acled.eventType} / ${incident.acled.subEventType})`,
    `date:         ${when(incident.date)} (${incident.date.precision})`,
    `place:        ${where(incident)}${p.gazetteerId ? ` [${p.gazetteerId}]` : ""}${p.lat !== null && p.lon !== null ? ` ${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}` : ""} (${p.precision}); mentioned as ${p.mentions.join(", ")}`,
  ];
  for (const perp of incident.perpetrators)
    lines.push(
      `attacker:     ${perp.name}${perp.role === "alleged_assoc" ? " (named as an ally)" : ""}, according to ${perp.attributedBy.map(sourceName).join(", ")}`,
    );
  if (incident.perpetrators.length === 0) lines.push("attacker:     not named by any source");
  if (incident.targets.length) lines.push(`targets:      ${incident.targets.join(", ")}`);
  if (incident.victimGroups.length) lines.push(`victims:      ${incident.victimGroups.join(", ")}`);
  if (incident.doubleTap) lines.push("double tap:   a second strike on responders at the same scene");
  const c = incident.casualties;
  lines.push(
    `killed:       ${range(c.killed)}${c.killed ? ` (ACLED point ${c.killed.point ?? "–"})` : ""}; injured ${range(c.injured)}${c.unspecified ? `; casualties not separated ${range(c.unspecified)}` : ""}`,
    `grade:        ${incident.grade}: ${incident.gradeReason}`,
    `credibility:  ${incident.credibility} (Admiralty information credibility of the incident)`,
    `review:       ${incident.review.status}${incident.review.by ? ` by ${incident.review.by}` : ""}${incident.review.at ? ` at ${incident.review.at}` : ""}${incident.review.note ? `: ${incident.review.note}` : ""}`,
    "",
    `sources (${incident.independentSources} independent):`,
  );
  for (const s of incident.sources) {
    const traits = [s.kind, `reliability ${s.reliability}`];
    if (s.partisan) traits.push("partisan");
    if (s.stakeholder) traits.push("stakeholder");
    if (s.unverified) traits.push("publisher has not verified it");
    if (s.relayedBy.length) traits.push(`relayed by ${s.relayedBy.join(", ")}`);
    lines.push(
      `  ${s.id.padEnd(18)} ${s.name} (${traits.join("; ")}); reports ${s.reportIds.map((r) => r.slice(0, 12)).join(", ")}`,
    );
  }
  if (c.bySource.length) {
    lines.push("", "tolls by source (kept as each source gave them):");
    for (const row of c.bySource)
      lines.push(
        `  ${row.sourceId.padEnd(18)} killed ${range(row.killed)}, injured ${range(row.injured)}${row.unspecified ? `, not separated ${range(row.unspecified)}` : ""}${row.scope === "group" ? " (for a group of places)" : ""}${row.text ? `  "${row.text}"` : ""}`,
      );
  }
  lines.push("", "claims:");
  for (const claim of incident.claims) {
    const date = claim.date.start
      ? claim.date.start === claim.date.end
        ? claim.date.start
        : `${claim.date.start}…${claim.date.end}`
      : "no date";
    lines.push(
      `  ${claim.reportId.slice(0, 12)}:${claim.ordinal}  ${claim.sourceId}  ${claim.eventType}  ${date}  "${claim.place.mention}"${claim.modality !== "reported" ? `  (${claim.modality})` : ""}`,
      `      ${claim.match.by} ${claim.match.score.toFixed(2)}: ${claim.match.reason}`,
    );
  }
  return lines.join("\n");
}
