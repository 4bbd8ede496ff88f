import { describe, expect, it } from "vitest";
import { R2pError } from "../../domain/errors.js";
import { htmlToArticle } from "./html-to-article.js";
import { ingestDocument } from "./index.js";

const PARAGRAPH =
  "Government forces shelled the town of Kafr Nuran on Tuesday, killing five civilians and wounding a dozen others, local rescuers said.";

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <title>Shelling kills five in western Aleppo | Example Monitor</title>
  <meta property="og:title" content="Shelling kills five in western Aleppo | Example Monitor">
  <meta property="og:site_name" content="Example Monitor">
  <meta name="author" content="Meta Author">
  <link rel="canonical" href="https://example.org/news/shelling-kills-five">
  <script type="application/ld+json">
    {"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","@id":"https://example.org/#site","name":"Example Site"},
      {"@type":"Organization","@id":"https://example.org/#org","name":"Example Monitor Org"},
      {"@type":["NewsArticle"],"headline":"Shelling kills five in western Aleppo","datePublished":"2021-09-08T22:30:00-04:00",
       "author":[{"@type":"Person","name":"Rima Haddad"}],"publisher":{"@id":"https://example.org/#org"}}
    ]}
  </script>
  <style>.x{color:red}</style>
  <script>window.tracker = "TRACKER_CODE";</script>
</head>
<body>
  <header><div class="logo">Example Monitor logo</div></header>
  <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
  <main><article>
    <h1>Shelling kills five in western Aleppo</h1>
    <p>${PARAGRAPH} <a href="javascript:alert('JSLINK')">More</a></p>
    <img src="x.png" onerror="alert('ONERROR_HANDLER')">
    <p>The civil defence said its teams <b>recovered</b> the bodies from the rubble of two houses, and that a second strike hit the same street an hour later.<br>Witnesses confirmed the account.</p>
    <script>document.write("INLINE_SCRIPT")</script>
    <iframe src="https://ads.example.org">IFRAME_TEXT</iframe>
    <p>Read also: <a href="https://example.org/news/earlier-strikes">Earlier strikes on Darat Izza</a></p>
    <p>The strikes are part of an escalation that began last week across the countryside of Idlib and Aleppo, according to the monitor's field researchers.</p>
  </article></main>
  <footer>Copyright Example Monitor. FOOTER_TEXT</footer>
</body>
</html>`;

describe("htmlToArticle", () => {
  const article = htmlToArticle(PAGE, "x");

  it("extracts the article body with paragraph breaks", () => {
    expect(article.text).toContain(PARAGRAPH);
    expect(article.text).toContain("recovered the bodies");
    expect(article.text).toContain("an hour later.\nWitnesses confirmed the account.");
    expect(article.text.split("\n\n").length).toBeGreaterThanOrEqual(3);
    expect(article.text).not.toContain("FOOTER_TEXT");
  });

  it("never lets scripts, styles, handlers, iframes or javascript: links into the text", () => {
    for (const bad of [
      "TRACKER_CODE",
      "INLINE_SCRIPT",
      "ONERROR",
      "onerror",
      "IFRAME_TEXT",
      "javascript:",
      "JSLINK",
      "color:red",
      "<",
    ]) {
      expect(article.text).not.toContain(bad);
    }
  });

  it("reads metadata from JSON-LD (@graph, @id references) before meta tags", () => {
    expect(article.title).toBe("Shelling kills five in western Aleppo");
    expect(article.publisher).toBe("Example Monitor Org");
    expect(article.publishedAt).toBe("2021-09-08");
    expect(article.byline).toBe("Rima Haddad");
    expect(article.url).toBe("https://example.org/news/shelling-kills-five");
    expect(article.language).toBe("en");
  });

  it("reads meta tags when there is no JSON-LD, stripping the site name from og:title", () => {
    const page = PAGE.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, "").replace(
      '<meta name="author"',
      '<meta property="article:published_time" content="2020-02-29T08:00:00Z"><meta name="author"',
    );
    const meta = htmlToArticle(page, "x");
    expect(meta.title).toBe("Shelling kills five in western Aleppo");
    expect(meta.publisher).toBe("Example Monitor");
    expect(meta.publishedAt).toBe("2020-02-29");
    expect(meta.byline).toBe("Meta Author");
  });

  it("falls back to the body without nav/header/footer when Readability finds little", () => {
    const page =
      "<html><body><nav>Home | World | Opinion</nav><div>Short note: two killed in Sarmin.</div><footer>Footer</footer></body></html>";
    expect(htmlToArticle(page, "x").text).toBe("Short note: two killed in Sarmin.");
  });

  it("stays fast on pathologically nested markup by skipping Readability", () => {
    const deep = `<html><body>${"<div>".repeat(400)}Deep text.${"</div>".repeat(400)}</body></html>`;
    const start = performance.now();
    expect(htmlToArticle(deep, "x").text).toBe("Deep text.");
    // A guard against the seconds-long blow-up Readability shows on deep nesting, not a benchmark.
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it("handles a fragment without <html>", () => {
    expect(htmlToArticle("<p>One paragraph.</p><p>Another one.</p>", "x").text).toBe(
      "One paragraph.\n\nAnother one.",
    );
  });

  it("throws INPUT_NO_TEXT for a page with no text", () => {
    try {
      htmlToArticle("<html><body><script>x()</script></body></html>", "x");
      expect.unreachable();
    } catch (error) {
      expect((error as R2pError).code).toBe("INPUT_NO_TEXT");
    }
  });
});

describe("ingestDocument on HTML", () => {
  it("applies the furniture rules to the extracted text and keeps link URLs for related items", () => {
    const report = ingestDocument(
      {
        bytes: new TextEncoder().encode(PAGE),
        originalName: "page.html",
        retrievedAt: "2026-01-01T00:00:00.000Z",
      },
      { maxBytes: 1_000_000 },
    );
    expect(report.mediaType).toBe("text/html");
    expect(report.title).toBe("Shelling kills five in western Aleppo");
    expect(report.related).toEqual([
      { title: "Earlier strikes on Darat Izza", url: "https://example.org/news/earlier-strikes" },
    ]);
    expect(report.removed.map((r) => r.kind)).toEqual(["related_link"]);
    expect(report.text).not.toContain("Read also");
    expect(report.publishedAt).toBe("2021-09-08");
    expect(report.publisher).toBe("Example Monitor Org");
    expect(report.url).toBe("https://example.org/news/shelling-kills-five");
    expect(report.language).toBe("en");
  });
});
