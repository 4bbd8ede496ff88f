import { describe, expect, it } from "vitest";
import type { Incident } from "../../domain/incident.js";
import type { RiskProfile } from "../../domain/risk.js";
import { buildBrief, textDirection } from "./build-brief.js";
import { renderBriefHtml } from "./render-html.js";
import { renderBriefMarkdown } from "./render-markdown.js";

const profile: RiskProfile = {
  situationId: "syria",
  asOf: "2021-09-30",
  factors: [],
  groups: [],
  caveats: [],
};
const hostile = `<img src=x onerror=alert(1)> Shelling hit Ihsim on 7 September 2021.`;
const incident = {
  id: "i1",
  eventType: "shelling",
  date: { start: "2021-09-07", end: "2021-09-07", precision: "day" },
  place: { name: "<script>x</script>", mentions: ["Ihsim"], admin1: "Idlib" },
  perpetrators: [],
  casualties: { killed: { min: 2, max: 2, point: 2 }, injured: null, unspecified: null, bySource: [] },
  grade: "weak",
  gradeReason: "one source",
  sources: [],
  reports: ["r1"],
  claims: [{ id: "r1:0", reportId: "r1", evidence: [{ field: "place", start: 45, end: 50, text: "Ihsim" }] }],
} as unknown as Incident;

function brief() {
  return buildBrief({
    situation: { id: "syria", name: "Syria", version: "v" },
    from: "2021-09-01",
    to: "2021-09-30",
    generatedAt: "2021-10-01 00:00 UTC",
    incidents: [incident],
    assessments: [],
    alerts: [],
    profile,
    reports: {
      r1: {
        text: hostile,
        title: "t",
        publisher: null,
        originators: [],
        publishedAt: "2021-09-08",
        caveats: [],
      },
      r2: {
        text: "قصف مدفعي على ريف إدلب",
        title: "قصف مدفعي على ريف إدلب الجنوبي",
        publisher: null,
        originators: [],
        publishedAt: "2021-09-09",
        caveats: [],
        language: "ar",
      },
    },
  });
}

describe("briefs", () => {
  it("tells Arabic-script text from Latin", () => {
    expect(textDirection("قصف مدفعي على بلدة احسم")).toBe("rtl");
    expect(textDirection("Shelling on Maarrat Misrin (معرة مصرين)")).toBe("ltr");
  });

  it("escapes report text in HTML and sets Arabic right to left", () => {
    const html = renderBriefHtml(brief());
    expect(html).not.toContain("<script>x</script>");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; Shelling hit Ihsim on 7 September 2021.");
    expect(html).toContain(
      '<li dir="rtl"><span lang="ar" class="rtl-title">قصف مدفعي على ريف إدلب الجنوبي</span>',
    );
    expect(html).toContain("default-src 'none'");
  });

  it("keeps report text from turning into Markdown structure", () => {
    const md = renderBriefMarkdown(brief());
    expect(md).toContain("\\<script\\>x\\</script\\>");
    expect(md).toContain("\u200fقصف مدفعي على ريف إدلب الجنوبي");
  });
});
