/**
 * Plain-text presenters for assessment output: the risk profile, alerts and qualifications, as a
 * person reads them in a terminal. Loaded lazily by the commands that print them.
 */
import type { Alert } from "../domain/alert.js";
import type { IncidentAssessment } from "../domain/qualification.js";
import type { RiskProfile } from "../domain/risk.js";

const pad = (text: string, width: number) =>
  text.length >= width ? text : text + " ".repeat(width - text.length);

/** The profile grouped by factor, each indicator with its state, origin and note. */
export function formatRiskProfile(profile: RiskProfile, name: string): string {
  const lines = [
    `${name} — risk profile as of ${profile.asOf} (UN Framework of Analysis for Atrocity Crimes)`,
    "",
  ];
  for (const g of profile.groups)
    lines.push(
      `  ${pad(g.group.replace(/_/g, " "), 26)} ${g.present} of ${g.factors.length} factors present or above, ${g.escalating} escalating, ${g.unknown} unknown`,
    );
  lines.push("");
  for (const factor of profile.factors) {
    lines.push(`${pad(factor.id, 5)} ${pad(factor.levelLabel, 9)} ${factor.name}`);
    for (const i of factor.indicators) {
      if (i.origin === "none" && i.id.endsWith(".analyst")) continue;
      const evidence = i.evidence.length
        ? ` [${i.evidence.length} evidence: ${i.evidence.slice(0, 3).join(", ")}${i.evidence.length > 3 ? ", …" : ""}]`
        : "";
      lines.push(`      ${pad(i.id, 28)} ${pad(i.state, 10)} ${pad(i.origin, 8)} ${i.note}${evidence}`);
    }
  }
  lines.push("", ...profile.caveats.map((c) => `note: ${c}`));
  return `${lines.join("\n")}\n`;
}

/** One alert per line, newest first. */
export function formatAlerts(alerts: readonly Alert[], total: number): string {
  const lines = alerts.map((a) => {
    const where = [a.area.admin2, a.area.admin1].filter(Boolean).join(", ") || a.perpetrator?.name || "-";
    return `${a.id}  ${a.date}  ${pad(a.kind, 30)} ${pad(where, 28)} ${a.grade}  (raised as of ${a.raisedAsOf})\n    ${a.summary}`;
  });
  lines.push(`${alerts.length} of ${total} alerts`);
  return `${lines.join("\n")}\n`;
}

/** Each incident's qualifications with their level, the level the facts support, and the elements. */
export function formatAssessments(
  assessments: readonly IncidentAssessment[],
  verbose: boolean,
  options: { always?: boolean } = {},
): string {
  const lines: string[] = [];
  for (const a of assessments) {
    if (!a.qualifications.length && !a.sourceCharacterisations.length) {
      if (options.always)
        lines.push(`incident ${a.incidentId}: no code of the legal table applies to its reported facts`);
      continue;
    }
    lines.push(`incident ${a.incidentId}`);
    for (const q of a.qualifications) {
      lines.push(
        `  ${pad(q.code, 10)} ${q.level}${q.factLevel !== q.level ? ` (facts alone: ${q.factLevel})` : ""}  ${q.basis}`,
      );
      lines.push(`      ${q.text}`);
      if (verbose)
        for (const e of q.elements)
          lines.push(
            `      - [${e.status}] ${e.name}${e.evidence.length ? ` — “${e.evidence.map((x) => x.text).join("”, “")}”` : ""}`,
          );
    }
    for (const c of a.sourceCharacterisations)
      lines.push(`  source's own words (not our finding): ${c.actor ?? "the source"} calls it “${c.label}”`);
    for (const q of a.analystQueue) lines.push(`  analyst queue: ${q.code} — ${q.reason}`);
  }
  return `${lines.join("\n")}\n`;
}
