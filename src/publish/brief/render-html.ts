/**
 * The brief as one self-contained HTML page (inline CSS, no scripts, no network): the page the PDF is
 * printed from. Report text is hostile input: everything is escaped, names sit in <bdi> so mixed
 * directions never reorder the sentence around them, and Arabic quotes are set right to left.
 */
import type { BriefModel, BriefQuote } from "./brief-model.js";

const esc = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
const bdi = (text: string) => `<bdi>${esc(text)}</bdi>`;
/** Runs of Arabic script (words and the spaces between them). */
const ARABIC_RUN =
  /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+(?:\s+[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+)*/g;
/**
 * Escaped text with each Arabic run isolated and marked as Arabic: in an English sentence a place name
 * in Arabic script keeps its own direction and is set upright in an Arabic font (an italic Latin quote
 * otherwise slants it synthetically).
 */
const markArabic = (text: string) =>
  esc(text).replace(ARABIC_RUN, (run) => `<bdi lang="ar" class="ar">${run}</bdi>`);
const quote = (q: BriefQuote) =>
  q.dir === "rtl"
    ? `<blockquote class="source" dir="rtl" lang="ar">${esc(q.text)}</blockquote>`
    : `<blockquote class="source" dir="ltr">${markArabic(q.text)}</blockquote>`;

const CSS = `
@page { size: A4; margin: 16mm 14mm; }
body { font-family: "DejaVu Sans", "Noto Sans", sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; margin: 0 auto; max-width: 180mm; }
h1 { font-size: 18pt; margin: 0 0 4pt; } h2 { font-size: 13pt; border-bottom: 1px solid #999; margin-top: 16pt; } h3 { font-size: 11pt; margin: 12pt 0 4pt; }
.meta { color: #555; font-size: 9pt; }
h3, h2 { break-after: avoid; } .held { font-weight: bold; color: #733; }
.incident { border-left: 3px solid #b33; padding-left: 8pt; margin-bottom: 10pt; break-inside: avoid; }
tr, dl, blockquote, .q, li { break-inside: avoid; } thead { display: table-header-group; }
.ar { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", serif; font-style: normal; }
dl { display: grid; grid-template-columns: 26mm 1fr; gap: 1pt 6pt; margin: 4pt 0; } dt { color: #555; } dd { margin: 0; }
blockquote.source { margin: 4pt 0; padding: 4pt 8pt; background: #f4f4f4; border-left: 3px solid #888; font-style: italic; }
blockquote.source[dir="rtl"] { border-left: none; border-right: 3px solid #888; font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", serif; font-style: normal; font-size: 11.5pt; }
.characterisation { font-size: 9.5pt; color: #444; }
.q { margin: 2pt 0; } .code { font-weight: bold; font-family: "DejaVu Sans Mono", monospace; }
.level { display: inline-block; padding: 0 4pt; border-radius: 3pt; background: #eee; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; } td, th { border: 1px solid #ccc; padding: 2pt 4pt; vertical-align: top; text-align: start; }
.lvl-present { background: #fde9c8; } .lvl-elevated { background: #f9c9a6; } .lvl-high { background: #f2a3a3; }
.rtl-title { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", serif; font-size: 11.5pt; }
.caveats li { font-size: 9pt; color: #333; }
`;

export function renderBriefHtml(brief: BriefModel): string {
  const period = `${brief.period.from ?? "the start of the record"} to ${brief.period.to}`;
  const incidents = brief.incidents.map((i) => {
    const held = i.sharedLimits.length
      ? `<p class="q held">All held at L0: ${esc(i.sharedLimits.join("; "))}.</p>`
      : "";
    const quals =
      held +
      i.qualifications
        .map(
          (q) =>
            `<p class="q"><span class="code">${esc(q.code)}</span> <span class="level">${esc(q.level)}${q.factLevel !== q.level ? ` · facts alone ${esc(q.factLevel)}` : ""}</span> ${esc(q.line)}</p>`,
        )
        .join("");
    const chars = i.characterisations
      .map(
        (c) =>
          `<div class="characterisation">The source's own words — its characterisation “${bdi(c.label)}”, not our finding:${quote(c.quote)}</div>`,
      )
      .join("");
    return `<section class="incident">
<h3>${esc(i.date)} — ${bdi(i.place)}${i.admin1 ? `, ${bdi(i.admin1)}` : ""} — ${esc(i.eventType)}</h3>
<dl><dt>Perpetrators</dt><dd>${esc(i.perpetrators)}</dd><dt>Casualties</dt><dd>${esc(i.casualties)}</dd><dt>Grade</dt><dd><b>${esc(i.grade)}</b> — ${esc(i.gradeReason)}</dd><dt>Sources</dt><dd>${esc(i.sources)}</dd></dl>
${i.quote ? quote(i.quote) : ""}
${quals}
${chars}
</section>`;
  });
  const factors = brief.profile.factors
    .map((f) => {
      const shown = f.indicators.filter((x) => x.state !== "unknown");
      return `<tr class="lvl-${esc(f.levelLabel)}"><td><b>${esc(f.id)}</b> ${esc(f.name)}</td><td>${esc(f.levelLabel)}</td><td>${shown.map((x) => `${esc(x.id)}: ${esc(x.state)} <i>(${esc(x.origin)})</i> — ${esc(x.note)}`).join("<br>") || "—"}</td></tr>`;
    })
    .join("\n");
  const alerts = brief.alerts.length
    ? `<ul>${brief.alerts.map((a) => `<li>${esc(a.date)} <b>${esc(a.kind)}</b> (grade ${esc(a.grade)}): ${esc(a.summary)}</li>`).join("")}</ul>`
    : "<p>None in the period.</p>";
  const sources = brief.sources
    .map(
      (s) =>
        `<li><span dir="${s.dir}">${bdi(s.title ?? "(untitled)")}</span> — ${bdi(s.publisher ?? "publisher unknown")}${s.originators.length ? `, according to ${bdi(s.originators.join(", "))}` : ""}, ${esc(s.publishedAt ?? "date unknown")} <span class="meta">(report ${esc(s.reportId.slice(0, 12))})</span>${s.caveats.length ? `<ul>${s.caveats.map((c) => `<li>Publisher's caveat: ${esc(c)}</li>`).join("")}</ul>` : ""}</li>`,
    )
    .join("");
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(brief.title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${esc(brief.title)}</h1>
<p class="meta">Period: ${esc(period)} · generated ${esc(brief.generatedAt)} · context data ${esc(brief.situation.contextVersion)}</p>
<ul>${brief.summary.map((s) => `<li>${esc(s)}</li>`).join("")}</ul>
<h2>Key incidents (${brief.incidents.length} of ${brief.incidentTotal})</h2>
${incidents.join("\n")}
<h2>Risk profile (UN Framework of Analysis)</h2>
<table><thead><tr><th>Factor</th><th>Level</th><th>Indicators assessed</th></tr></thead><tbody>
${factors}
</tbody></table>
<h2>Alerts (${brief.alerts.length})</h2>
${alerts}
<h2>Sources</h2>
<ul>${sources}</ul>
${
  brief.unanalysed.length
    ? `<p>Reports of the period from which no incident was extracted (read them yourself):</p><ul>${brief.unanalysed
        .map(
          (s) =>
            `<li dir="${s.dir}"><span${s.language ? ` lang="${esc(s.language)}"` : ""} class="${s.dir === "rtl" ? "rtl-title" : ""}">${esc(s.title ?? "(untitled)")}</span> <span class="meta" dir="ltr">— ${esc(s.language ?? "language unknown")}, ${esc(s.publishedAt ?? "date unknown")}, report ${esc(s.reportId.slice(0, 12))}</span></li>`,
        )
        .join("")}</ul>`
    : ""
}
<h2>Caveats</h2>
<ul class="caveats">${brief.caveats.map((c) => `<li>${esc(c)}</li>`).join("")}</ul>
</body>
</html>
`;
}
