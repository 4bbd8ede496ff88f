/**
 * PDF briefs through Debian's Chromium (playwright-core): a real PDF comes out, Arabic text is set in an
 * Arabic font, and an Arabic-only quote stays right to left in the page it was printed from. Skipped,
 * saying so, where /usr/bin/chromium is absent (.ci/run installs it).
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Incident } from "../../src/domain/incident.js";
import { buildBrief } from "../../src/publish/brief/build-brief.js";
import { renderBriefHtml } from "../../src/publish/brief/render-html.js";
import { CHROMIUM_PATH, renderPdf } from "../../src/publish/brief/render-pdf.js";

const ARABIC = "قُتل ثلاثة مدنيين وأصيب آخرون بقصف مدفعي استهدف بلدة احسم في جبل الزاوية.";

describe.skipIf(!existsSync(CHROMIUM_PATH))(`PDF brief (needs ${CHROMIUM_PATH})`, () => {
  it("prints the brief with its Arabic text in an Arabic font", async () => {
    const incident = {
      id: "inc_1",
      eventType: "shelling",
      date: { start: "2021-09-07", end: "2021-09-07", precision: "day" },
      place: { name: "Ihsim", mentions: ["احسم"], admin1: "Idlib" },
      perpetrators: [],
      casualties: { killed: { min: 3, max: 3, point: 3 }, injured: null, unspecified: null, bySource: [] },
      grade: "weak",
      gradeReason: "one source",
      sources: [],
      reports: ["r1"],
      claims: [
        { id: "r1:0", reportId: "r1", evidence: [{ field: "place", start: 45, end: 49, text: "احسم" }] },
      ],
    } as unknown as Incident;
    const brief = buildBrief({
      situation: { id: "syria", name: "Syria", version: "v" },
      from: null,
      to: "2021-09-30",
      generatedAt: "2021-10-01 00:00 UTC",
      incidents: [incident],
      assessments: [],
      alerts: [],
      profile: { situationId: "syria", asOf: "2021-09-30", factors: [], groups: [], caveats: [] },
      reports: {
        r1: {
          text: ARABIC,
          title: "قصف مدفعي على ريف إدلب",
          publisher: null,
          originators: [],
          publishedAt: "2021-09-07",
          caveats: [],
        },
      },
    });
    expect(brief.incidents[0]!.quote).toMatchObject({ dir: "rtl", text: ARABIC });
    const html = renderBriefHtml(brief);
    expect(html).toContain(`<blockquote class="source" dir="rtl" lang="ar">${ARABIC}</blockquote>`);
    const pdf = Buffer.from(await renderPdf(html));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1")).toMatch(/Noto\w*Arabic/);
  }, 60_000);
});
