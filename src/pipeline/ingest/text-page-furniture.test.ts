import { describe, expect, it } from "vitest";
import type { Report } from "../../domain/report.js";
import arabicPage from "../../../test/fixtures/ingest-pages/arabic-page.txt?raw";
import markdownPage from "../../../test/fixtures/ingest-pages/markdown-page.md?raw";
import newsSiteMenu from "../../../test/fixtures/ingest-pages/news-site-menu.txt?raw";
import ngoPressRelease from "../../../test/fixtures/ingest-pages/ngo-press-release.txt?raw";
import translatedArticle from "../../../test/fixtures/ingest-pages/translated-article.txt?raw";
import wireStory from "../../../test/fixtures/ingest-pages/wire-story.txt?raw";
import { ingestDocument } from "./index.js";
import { removeTextFurniture } from "./text-page-furniture.js";

function ingest(text: string, originalName: string): Report {
  return ingestDocument(
    { bytes: new TextEncoder().encode(text), originalName, retrievedAt: "2026-01-01T00:00:00.000Z" },
    { maxBytes: 1_000_000 },
  );
}

const removedKinds = (report: Report) => report.removed.map((r) => `${r.line}:${r.kind}`);

describe("page furniture on differently worded pages", () => {
  it("wire story: menu words, byline, date line, Related: with URL, credits, Tags block", () => {
    const report = ingest(wireStory, "wire-story.txt");
    expect(removedKinds(report)).toEqual([
      "0:menu",
      "1:menu",
      "2:menu",
      "6:boilerplate",
      "7:boilerplate",
      "13:related_link",
      "17:boilerplate",
      "19:keywords",
      "20:keywords",
      "21:keywords",
    ]);
    expect(report.title).toBe("Shelling kills nine in northern town, monitor says");
    expect(report.byline).toBe("Jane Doe and Omar Khalil");
    expect(report.publishedAt).toBe("2021-09-08");
    expect(report.related).toEqual([
      { title: "Aid convoy blocked at border crossing", url: "https://example.org/news/aid-convoy" },
    ]);
    expect(report.keywords).toEqual(["Syria", "Idlib", "Shelling", "Conflict", "Human rights"]);
    // A verification caveat inside a reporting paragraph is prose, not a disclaimer.
    expect(report.caveats).toEqual([]);
    expect(report.publisher).toBeNull();
    expect(report.text).toContain("Wire could not independently verify the toll.");
    expect(report.text.startsWith("BEIRUT (Wire) — Government shelling")).toBe(true);
    expect(report.text.endsWith("Residents said the shelling continued into the night.")).toBe(true);
    expect(report.originators).toEqual(["Syrian Network for Human Rights (SNHR)"]);
  });

  it("NGO press release: masthead, Published: line, Share this: block, © line names the publisher", () => {
    const report = ingest(ngoPressRelease, "release.txt");
    expect(removedKinds(report)).toEqual([
      "0:logo",
      "3:boilerplate",
      "11:share",
      "12:share",
      "13:share",
      "14:share",
      "15:share",
      "17:boilerplate",
    ]);
    expect(report.title).toBe("Airstrike on school shelter in Ariha kills 12");
    expect(report.publisher).toBe("Some Monitor for Civil Rights");
    expect(report.publishedAt).toBe("2024-03-03");
    expect(report.caveats).toEqual([]);
    expect(report.text).toBe(
      "Some Monitor for Civil Rights documented an airstrike on a school sheltering displaced families in Ariha on 2 March, killing 12 people.\n\n" +
        '"This is a grave violation," the monitor\'s director said.\n\n' +
        "Rescuers were struck while recovering bodies, the team added.",
    );
    expect(report.originators).toEqual(["Some Monitor for Civil Rights"]);
  });

  it("news site: | menu, Subscribe Sign In, ALSO READ with colon and dash, trailing verification caveat", () => {
    const report = ingest(newsSiteMenu, "news.txt");
    expect(removedKinds(report)).toEqual([
      "0:menu",
      "1:menu",
      "7:related_link",
      "11:related_link",
      "15:share",
      "16:disclaimer",
    ]);
    expect(report.title).toBe("Displaced families flee renewed bombardment in Idlib countryside");
    expect(report.related.map((r) => r.title)).toEqual([
      "UN envoy warns of humanitarian catastrophe",
      "Winter storms hit camps in northwest Syria",
    ]);
    expect(report.caveats).toEqual([
      "Daily Levant News has not independently verified the casualty figures.",
    ]);
    expect(report.publisher).toBe("Daily Levant News");
    expect(report.text.split("\n\n")).toHaveLength(3);
    expect(report.text).not.toMatch(/ALSO READ|Follow us|Subscribe/);
  });

  it("translated article: banner before Menu, views-expressed and translated-by disclaimers, Keywords:", () => {
    const report = ingest(translatedArticle, "translated.txt");
    expect(removedKinds(report)).toEqual([
      "0:logo",
      "1:menu",
      "5:boilerplate",
      "11:related_link",
      "13:disclaimer",
      "15:disclaimer",
      "17:keywords",
    ]);
    expect(report.title).toBe("Detainees' families demand answers on the fate of the disappeared");
    expect(report.publisher).toBe("Levant Voices Network");
    expect(report.caveats).toEqual([
      "This article was translated and edited by Levant Voices Network.",
      "The views expressed in this article do not necessarily reflect those of Levant Voices Network.",
    ]);
    expect(report.keywords).toEqual(["detention", "enforced disappearance", "Azaz"]);
    expect(report.related).toEqual([{ title: "Amnesty report on Saydnaya prison", url: null }]);
    expect(report.originators).toEqual(["Enab Horizon", "Violations Documentation Center (VDC)"]);
  });

  it("Markdown page: bold masthead, heading title, emphasised date, See also link, Topics, share line", () => {
    const report = ingest(markdownPage, "page.md");
    expect(report.mediaType).toBe("text/markdown");
    expect(removedKinds(report)).toEqual([
      "0:logo",
      "4:boilerplate",
      "12:related_link",
      "18:keywords",
      "20:share",
    ]);
    expect(report.title).toBe("Hospital in Maarat Misrin put out of service after strike");
    expect(report.publisher).toBe("Syria Health Watch");
    expect(report.publishedAt).toBe("2023-05-12");
    expect(report.related).toEqual([
      { title: "Attacks on health care in 2023", url: "https://example.org/health-2023" },
    ]);
    expect(report.keywords).toEqual(["Health", "Idlib"]);
    expect(report.text).not.toMatch(/[*#>!]|\]\(|https?:/);
    expect(report.text).toContain("the Syria Medical Relief Union said in a statement.");
    expect(report.text).toContain(
      '"Our staff evacuated 40 patients under fire," the union\'s director said.',
    );
    expect(report.originators).toEqual(["Syria Medical Relief Union", "World Health Organization (WHO)"]);
  });

  it("Arabic page: | menu, اقرأ أيضاً, الكلمات المفتاحية; Arabic text kept exactly", () => {
    const report = ingest(arabicPage, "arabic.txt");
    expect(removedKinds(report)).toEqual(["0:menu", "6:related_link", "10:keywords"]);
    expect(report.title).toBe("قصف مدفعي على ريف إدلب الجنوبي يوقع ضحايا مدنيين");
    expect(report.related).toEqual([{ title: "نزوح عشرات العائلات من قرى جبل الزاوية", url: null }]);
    expect(report.keywords).toEqual(["إدلب", "قصف", "جبل الزاوية"]);
    expect(report.language).toBe("ar");
    expect(report.text).toBe(
      "قُتل ثلاثة مدنيين وأصيب آخرون بقصف مدفعي استهدف بلدة احسم في جبل الزاوية، بحسب فرق الدفاع المدني.\n\n" +
        "وقال سكان إن القصف استمر حتى ساعات المساء.",
    );
  });
});

describe("removeTextFurniture rules", () => {
  it("keeps a one-line report as text rather than emptying it into the title", () => {
    const result = removeTextFurniture({ text: "Regime shelling kills three in Ihsim" });
    expect(result.text).toBe("Regime shelling kills three in Ihsim");
    expect(result.removed).toEqual([]);
  });

  it("does not take a short opening sentence for the title", () => {
    const result = removeTextFurniture({
      text: "Two civilians were killed.\n\nThe shelling hit the market at noon.",
    });
    expect(result.title).toBeNull();
    expect(result.text).toBe("Two civilians were killed.\n\nThe shelling hit the market at noon.");
  });

  it("does not treat a body sentence about a source failing to verify as a disclaimer outside the trailing block", () => {
    const lines = [
      "Headline here",
      "",
      "The monitor could not independently verify the figures.",
      "",
      ...Array.from(
        { length: 6 },
        (_, i) => `Paragraph ${i + 1} of the body continues the story at length.\n`,
      ),
    ];
    const result = removeTextFurniture({ text: lines.join("\n") });
    expect(result.caveats).toEqual([]);
    expect(result.text).toContain("The monitor could not independently verify the figures.");
  });

  it("leaves prose that merely starts like furniture", () => {
    const text = [
      "Strikes resume in Idlib",
      "",
      "Related to this, the committee met on Monday and issued a long statement about the strikes.",
      "",
      "Home demolitions continued in the area, residents said.",
    ].join("\n");
    const result = removeTextFurniture({ text });
    expect(result.removed).toEqual([]);
    expect(result.text.split("\n\n")).toHaveLength(2);
  });

  it("uses a known title, drops its first line silently and later copies as repeated_headline", () => {
    const result = removeTextFurniture({
      text: "“Title Here”\n\nBody one.\nTitle here\n\nBody two.",
      title: "Title Here",
    });
    expect(result.title).toBe("Title Here");
    expect(result.removed).toEqual([{ kind: "repeated_headline", text: "Title here", line: 3 }]);
    expect(result.text).toBe("Body one.\n\nBody two.");
  });
});

describe("pages saved with their address on the first line", () => {
  it("takes the URL line as the report URL and reads a date line below a standfirst", async () => {
    const { removeTextFurniture } = await import("./text-page-furniture.js");
    const page = [
      "https://news.example.org/syria/shelling-kills-four",
      "Shelling kills four in Atarib",
      "",
      "Rescuers say the strikes hit a market on a busy morning",
      "03 March, 2024",
      "",
      "Four civilians were killed when artillery shells hit the market of Atarib on Sunday.",
    ].join("\n");
    const result = removeTextFurniture({ text: page });
    expect(result.url).toBe("https://news.example.org/syria/shelling-kills-four");
    expect(result.title).toBe("Shelling kills four in Atarib");
    expect(result.publishedAt).toBe("2024-03-03");
    expect(result.text).toContain("Rescuers say the strikes hit a market on a busy morning");
    expect(result.text).not.toContain("https://");
    expect(result.removed.map((r) => r.kind)).toEqual(["boilerplate", "boilerplate"]);
  });
});
