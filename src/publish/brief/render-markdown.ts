/** The brief as Markdown. Quoted source text is set off as block quotes; Markdown has no direction, so Arabic quotes carry an RTL mark. */
import type { BriefModel } from "./brief-model.js";

const RLM = "\u200f";
/** Keeps report text from turning into Markdown structure (headings, links, HTML). */
const md = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, "\\$1").replace(/\n+/g, " ");

export function renderBriefMarkdown(brief: BriefModel): string {
  const out: string[] = [];
  const period = `${brief.period.from ?? "the start of the record"} to ${brief.period.to}`;
  out.push(
    `# ${md(brief.title)}`,
    "",
    `Period: ${period}. Generated ${brief.generatedAt}. Context data: ${md(brief.situation.contextVersion)}.`,
    "",
  );
  for (const line of brief.summary) out.push(`- ${md(line)}`);
  out.push("", `## Key incidents (${brief.incidents.length} of ${brief.incidentTotal})`, "");
  for (const i of brief.incidents) {
    out.push(
      `### ${md(i.date)} — ${md(i.place)}${i.admin1 ? `, ${md(i.admin1)}` : ""} — ${md(i.eventType)}`,
      "",
    );
    out.push(
      `- Perpetrators: ${md(i.perpetrators)}`,
      `- Casualties: ${md(i.casualties)}`,
      `- Grade: **${i.grade}** (${md(i.gradeReason)})`,
      `- Sources: ${md(i.sources)}`,
    );
    if (i.quote) out.push("", `> ${i.quote.dir === "rtl" ? RLM : ""}${md(i.quote.text)}`);
    if (i.qualifications.length) {
      out.push("", "Qualifications:", "");
      if (i.sharedLimits.length) out.push(`- All held at L0: ${md(i.sharedLimits.join("; "))}.`);
      for (const q of i.qualifications)
        out.push(
          `- **${q.code}** ${q.level}${q.factLevel !== q.level ? ` (facts alone: ${q.factLevel})` : ""}: ${md(q.line)}`,
        );
    }
    for (const c of i.characterisations)
      out.push(
        "",
        `The source's own words (its characterisation, not our finding) — “${md(c.label)}”:`,
        "",
        `> ${c.quote.dir === "rtl" ? RLM : ""}${md(c.quote.text)}`,
      );
    out.push("");
  }
  out.push(
    "## Risk profile (UN Framework of Analysis)",
    "",
    "| Factor | Level | Indicators present or escalating |",
    "|---|---|---|",
  );
  for (const f of brief.profile.factors) {
    const shown = f.indicators.filter(
      (x) => x.state === "present" || x.state === "escalating" || x.state === "absent",
    );
    out.push(
      `| ${f.id} ${md(f.name)} | ${f.levelLabel} | ${shown.map((x) => `${x.id}: ${x.state} (${x.origin})`).join("; ") || "—"} |`,
    );
  }
  out.push("", `## Alerts (${brief.alerts.length})`, "");
  for (const a of brief.alerts) out.push(`- ${a.date} **${a.kind}** (grade ${a.grade}): ${md(a.summary)}`);
  if (!brief.alerts.length) out.push("- None in the period.");
  out.push("", "## Sources", "");
  for (const s of brief.sources) {
    out.push(
      `- ${md(s.title ?? "(untitled)")} — ${md(s.publisher ?? "publisher unknown")}${s.originators.length ? `, according to ${md(s.originators.join(", "))}` : ""}, ${s.publishedAt ?? "date unknown"} (report ${s.reportId.slice(0, 12)})`,
    );
    for (const c of s.caveats) out.push(`  - Publisher's caveat: ${md(c)}`);
  }
  if (brief.unanalysed.length) {
    out.push("", "Reports of the period from which no incident was extracted (read them yourself):", "");
    for (const s of brief.unanalysed)
      out.push(
        `- ${s.dir === "rtl" ? RLM : ""}${md(s.title ?? "(untitled)")} — ${s.language ?? "language unknown"}, ${s.publishedAt ?? "date unknown"} (report ${s.reportId.slice(0, 12)})`,
      );
  }
  out.push("", "## Caveats", "");
  for (const c of brief.caveats) out.push(`- ${md(c)}`);
  return `${out.join("\n")}\n`;
}
