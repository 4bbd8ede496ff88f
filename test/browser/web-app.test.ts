/**
 * The web app in Debian's chromium (playwright-core), against a real server on port 0 and a SQLite
 * store: log in, add the seed report through the ingest form, see its four villages as four markers,
 * (extracted and resolved into incidents by the jobs), open an incident and see the evidence
 * highlighted in the report text, confirm it, export it; the
 * situation page; an axe-core check; a hostile report whose markup must stay text; and the analyst
 * queue, where a held genocide code gets a decision with a note.
 * Screenshots go to artifacts/ (gitignored) for a person to look at.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { drainJobs } from "../../src/jobs/job-runner.js";
import { buildApp } from "../../src/server/app.js";
import { addUser } from "../../src/server/auth/accounts.js";
import { openRuntime, type Runtime } from "../../src/services/runtime.js";
import { projectRoot, seedPath } from "../integration/harness.js";

const CHROMIUM = process.env.R2P_CHROMIUM ?? "/usr/bin/chromium";
const skip = !existsSync(CHROMIUM)
  ? `no chromium at ${CHROMIUM} (apt-get install chromium)`
  : !existsSync(seedPath)
    ? "the seed report is missing from ../shared"
    : null;
const artifacts = path.join(projectRoot, "artifacts");
const PASSWORD = "analyst password 1";
const HOSTILE = [
  '<img src=x onerror="window.__pwned=1;alert(1)"> Shelling <script>window.__pwned=2;alert(2)</script>',
  "",
  'By <svg onload="window.__pwned=3;alert(3)"></svg> staff',
  "",
  'Regime forces shelled Ariha in Idlib on 3 March 2024, killing two civilians. <script>alert("x")</script> <iframe src="javascript:alert(4)"></iframe>',
  "",
].join("\n");

(skip ? describe.skip : describe)(`web app in chromium${skip ? ` (${skip})` : ""}`, () => {
  let dataDir: string;
  let runtime: Runtime;
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base: string;
  const dialogs: string[] = [];
  let incidentPath = "/";

  const shot = (name: string) =>
    page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    if (!existsSync(path.join(projectRoot, "web/dist/index.html")))
      execFileSync("npm", ["run", "build:web"], { cwd: projectRoot, stdio: "ignore" });
    mkdirSync(artifacts, { recursive: true });
    dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-web-"));
    runtime = await openRuntime(loadConfig({ dataDir, port: 0 }, {}));
    await addUser(runtime.store, { name: "amal", role: "analyst", password: PASSWORD }, "test");
    app = await buildApp(runtime);
    base = await app.listen({ host: "127.0.0.1", port: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await runtime?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("asks for a login, then ingests the seed through the form", async () => {
    await page.goto(`${base}/`);
    await page.getByLabel("User name").fill("amal");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("link", { name: "Add report" }).click();
    await page.locator('input[type="file"]').setInputFiles(seedPath);
    await page.getByLabel("Publisher").fill("Syrian Observer");
    await page.getByLabel("Published on").fill("2021-09-08");
    await page.getByRole("button", { name: "Store and analyse" }).click();
    await page.getByRole("status").getByText("Stored").waitFor();
    await shot("ingest");
    expect(await runtime.store.reports.count()).toBe(1);
  });

  it("shows the seed's four villages as four markers", async () => {
    // Extraction and resolution run as jobs (r2p serve runs them in the background).
    await drainJobs(runtime);

    await page.getByRole("link", { name: "Map" }).click();
    const map = page.locator(".map");
    await map.locator(".r2p-marker").first().waitFor();
    // Zoom until the villages stand apart (grid clusters split as the cells shrink).
    for (let i = 0; i < 6 && (await map.locator(".r2p-marker").count()) < 4; i++) {
      await page.locator(".leaflet-control-zoom-in").click();
      await page.waitForTimeout(600);
    }
    expect(await map.locator(".r2p-marker").count()).toBe(4);
    await expect.poll(() => page.locator(".list tbody tr").count(), { timeout: 10_000 }).toBe(4);
    await page.waitForTimeout(300);
    await shot("map");
    // An unknown toll reads "–", never 0: the seed gives one toll for the villages together.
    const { items } = await runtime.store.incidentMap.list({}, { limit: 10 });
    const cells = await page.locator(".list tbody td.num").allTextContents();
    expect(cells.map((c) => c.trim()).sort()).toEqual(
      items.map((i) => (i.killed === null ? "–" : String(i.killed))).sort(),
    );
  });

  it("opens an incident with its evidence highlighted, confirms it, and exports", async () => {
    await page
      .locator(".list tbody a", { hasText: /Dar[ae]t/ })
      .first()
      .click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    incidentPath = new URL(page.url()).pathname;
    const marks = page.locator(".report-text mark");
    await marks.first().waitFor();
    expect(await marks.allTextContents()).toContain("Daret Izza");
    await shot("incident");
    await page.getByRole("button", { name: "Confirm" }).click();
    // Polled for up to 10 s: on a loaded 2-core machine the confirm round trip can exceed the 1 s default.
    await expect
      .poll(() => page.getByTestId("review-status").textContent(), { timeout: 10_000 })
      .toBe("confirmed");
    const events = await runtime.store.audit.list({ limit: 100 });
    expect(events.find((e) => e.action === "incident.confirmed")?.actor).toBe("user:amal");

    await page.getByRole("link", { name: "Map" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('a[data-format="acled-csv"]').click(),
    ]);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.split("\r\n")[0]).toMatch(/^event_id_cnty,event_date,year,time_precision,/);
    expect(csv).toMatch(/Dar[ae]t [AI]zz?a/);
    expect(csv).toContain(",760,Middle East,Syria,");
    expect(csv).toMatch(/\r\nSYR-inc_/);
    expect(csv.trim().split("\r\n")).toHaveLength(5);
  });

  it("shows the situation page and passes axe-core without serious violations", async () => {
    await page.getByRole("link", { name: "Situation" }).click();
    await page.getByRole("heading", { name: /Situation/ }).waitFor();
    await page.getByText("RF1 Situations of armed conflict").waitFor();
    expect(await page.locator("main").textContent()).toContain("4 incidents");
    await page.waitForTimeout(300);
    await shot("situation");
    const axeSource = readFileSync(path.join(projectRoot, "node_modules/axe-core/axe.min.js"), "utf8");
    for (const url of ["/", incidentPath, "/situations/syria", "/search?q=shelling", "/ingest"]) {
      await page.goto(`${base}${url}`);
      await page.locator("main").waitFor();
      await page.waitForTimeout(500);
      await page.evaluate(axeSource);
      const violations = (await page.evaluate(async () => {
        // Runs in the page: axe was just evaluated into its global scope.
        const scope = globalThis as unknown as {
          axe: { run: (context: unknown) => Promise<{ violations: unknown[] }> };
          document: unknown;
        };
        return (await scope.axe.run(scope.document)).violations;
      })) as { id: string; impact: string; nodes: { target: string[] }[] }[];
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(
        serious.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      ).toEqual([]);
    }
  });

  it("renders an Arabic report right to left and highlights an Arabic search hit", async () => {
    // A short report written for this test (not a real one): a shelling told in Arabic.
    const arabic = [
      "قصف مدفعي على بلدة أريحا",
      "",
      "قصفت قوات النظام بلدة أريحا في ريف إدلب صباح اليوم، مما أدى إلى مقتل مدنيين اثنين وإصابة خمسة آخرين.",
      "",
    ].join("\n");
    const response = await page.evaluate(async (body) => {
      const session = (await (await fetch("/api/auth/session")).json()) as { csrfToken: string };
      const r = await fetch("/api/reports?publisher=Test%20Arabic%20desk", {
        method: "POST",
        headers: { "content-type": "text/plain; charset=utf-8", "x-csrf-token": session.csrfToken },
        body,
      });
      return (await r.json()) as { status: string; id: string };
    }, arabic);
    expect(response.status).toBe("ingested");
    await page.goto(`${base}/reports/${response.id}`);
    const text = page.locator(".report-text").first();
    // Runs in the page; the test's own types have no DOM library, hence the cast.
    const direction = (el: unknown) =>
      (globalThis as unknown as { getComputedStyle(e: unknown): { direction: string } }).getComputedStyle(el)
        .direction;
    await text.waitFor();
    expect(await text.evaluate(direction)).toBe("rtl");
    expect(await page.getByRole("heading", { level: 1 }).evaluate(direction)).toBe("rtl");
    await shot("arabic-report");

    await page.goto(`${base}/search?q=${encodeURIComponent("أريحا")}`);
    const hit = page.locator(".hits mark").first();
    await hit.waitFor();
    expect(await hit.textContent()).toBe("أريحا");
    await shot("arabic-search");
  });

  it("renders a hostile report's markup as text: no dialog opens and no script runs", async () => {
    const response = await page.evaluate(async (body) => {
      const session = (await (await fetch("/api/auth/session")).json()) as { csrfToken: string };
      const r = await fetch("/api/reports?publisher=%3Cb%20onmouseover%3Dalert(5)%3EEvil%3C%2Fb%3E", {
        method: "POST",
        headers: { "content-type": "text/plain", "x-csrf-token": session.csrfToken },
        body,
      });
      return (await r.json()) as { status: string; id: string };
    }, HOSTILE);
    expect(response.status).toBe("ingested");
    await drainJobs(runtime);
    const report = (await runtime.store.reports.get(response.id))!;
    const { items: incidents } = await runtime.store.incidentMap.list({ area: "Idlib" }, { limit: 50 });

    const pages = [
      `/reports/${report.id}`,
      "/search?q=shelled%20Ariha",
      ...incidents.map((i) => `/incidents/${i.id}`),
      "/",
    ];
    for (const url of pages) {
      await page.goto(`${base}${url}`);
      await page.locator("main").waitFor();
      await page.waitForTimeout(400);
    }
    await page.goto(`${base}/reports/${report.id}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("<img src=x onerror=");
    expect(await page.locator("main img, main script, main svg, main iframe").count()).toBe(0);
    await shot("hostile-report");
    expect(
      await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it("lists a held genocide code in the analyst queue and records a decision with a note", async () => {
    // A synthetic monitor note (written for test/integration/assess-on-ingest.test.ts): killings and a
    // commander's stated intent to destroy a group, which the machine holds at L0 for an analyst.
    const wording =
      "Aleppo, 6 September 2021 (SNHR) - Fighters shelled the village of Tal Rifaat in the northern countryside of Aleppo on Sunday, killing 12 Yazidi civilians, and their commander vowed to exterminate the Yazidis.\n";
    const response = await page.evaluate(async (body) => {
      const session = (await (await fetch("/api/auth/session")).json()) as { csrfToken: string };
      const r = await fetch("/api/reports?published=2021-09-07", {
        method: "POST",
        headers: { "content-type": "text/plain", "x-csrf-token": session.csrfToken },
        body,
      });
      return (await r.json()) as { status: string; id: string };
    }, wording);
    expect(response.status).toBe("ingested");
    await drainJobs(runtime);
    const [held] = await runtime.store.assessments.analystQueue("open");
    expect(held?.code).toBe("GEN-A");

    await page.goto(`${base}/`);
    await page.getByRole("link", { name: "Analyst queue" }).click();
    const item = page.locator(".queue > li", { hasText: "GEN-A" });
    await item.waitFor();
    expect(await item.getByRole("link", { name: held!.incidentId }).getAttribute("href")).toBe(
      `/incidents/${held!.incidentId}`,
    );
    await shot("analyst-queue-open");
    await item.getByLabel("Decision").selectOption("monitor");
    const record = item.getByRole("button", { name: "Record decision" });
    expect(await record.isDisabled()).toBe(true);
    await item.getByLabel(/Note/).fill("One commander's words; watch for further intent indicators");
    await record.click();
    await page.getByRole("status").getByText("Recorded 1 decision(s)").waitFor();
    await shot("analyst-queue");
    expect(await page.getByText("No open items.").count()).toBe(1);
    const [done] = await runtime.store.assessments.analystQueue("done");
    expect(done).toMatchObject({ id: held!.id, decision: "monitor", resolvedBy: "user:amal" });
  });
});
