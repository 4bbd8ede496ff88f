/**
 * No output r2p-watch writes in its own voice may convict: "proves", "is a war crime", "genocide
 * occurred", "guilty" (DOMAIN.md §2.5). Every user-readable output is built from real pipeline output —
 * the seed article, every golden fixture report, and a report whose source itself says such things —
 * and scanned: CLI text and JSON, API responses, the Atom feed, briefs, webhook payloads and e-mail.
 * The sources' own sentences are exempt only where reproduced verbatim (quoted as theirs).
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findForbiddenWording } from "../../src/knowledge/legal/forbidden-wording.js";
import { alertPayload, alertText } from "../../src/publish/alerts/alert-payload.js";
import { buildApp } from "../../src/server/app.js";
import { runAssessment } from "../../src/services/assessment-service.js";
import { renderBrief, situationBrief } from "../../src/services/brief-service.js";
import { seededRuntime, type SeededRuntime, type SeedReport } from "../support/seeded-runtime.js";
import { hasSeed, projectRoot, seedPath } from "./harness.js";

const fixturesDir = path.join(projectRoot, "test/fixtures/reports");
const AS_OF = "2026-01-01";

/** A source that uses the forbidden words itself: they must reach outputs only as its quoted words. */
const ACCUSING_SOURCE = `Regime forces shelled the market in Ariha in rural Idlib on 3 September 2021, killing 11 civilians, most of them women and children. The attack proves the regime is guilty. This is a war crime, and genocide occurred in Ariha, the local council said.\n`;

function fixtureReports(): SeedReport[] {
  return readdirSync(fixturesDir).flatMap((slug) => {
    const dir = path.join(fixturesDir, slug);
    const source = readdirSync(dir).find((f) => f.startsWith("source."));
    if (!source) return [];
    const meta = JSON.parse(readFileSync(path.join(dir, "meta.json"), "utf8")) as {
      publishedAt?: string | null;
      publisher?: string;
    };
    return [
      {
        path: path.join(dir, source),
        name: `${slug}-${source}`,
        publishedAt: meta.publishedAt ?? null,
        publisher: meta.publisher,
      },
    ];
  });
}

function runCli(dataDir: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, "bin/r2p.js"), ...args], {
      env: { ...process.env, R2P_DATA_DIR: dataDir, R2P_DATABASE_URL: "", TZ: "UTC" },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(Buffer.concat(out).toString("utf8"))
        : reject(new Error(`r2p ${args.join(" ")}: ${Buffer.concat(err)}`)),
    );
  });
}

describe.skipIf(!hasSeed)(
  "forbidden wording in every output (seed + golden fixtures; skipped without ../shared/seed)",
  () => {
    let seeded: SeededRuntime;
    let app: FastifyInstance;
    const outputs: { name: string; text: string }[] = [];
    let quotes: string[] = [];

    beforeAll(async () => {
      seeded = await seededRuntime(
        [
          { path: seedPath, name: "seed.txt", publishedAt: "2021-09-08" },
          {
            text: ACCUSING_SOURCE,
            name: "accusing.txt",
            publishedAt: "2021-09-04",
            publisher: "Local council",
          },
          ...fixtureReports(),
        ],
        { R2P_PUBLIC_READS: "1" },
      );
      const { runtime } = seeded;
      const run = await runAssessment(runtime, "syria", { asOf: AS_OF, actor: "test" });
      app = await buildApp(runtime);
      const get = async (url: string) => (await app.inject({ url })).body;

      const alerts = await runtime.store.alerts.list({ limit: 1000 });
      for (const a of alerts.slice(0, 20))
        outputs.push({ name: `api alert ${a.id}`, text: await get(`/api/alerts/${a.id}`) });
      outputs.push(
        { name: "api /api/alerts", text: await get("/api/alerts?limit=500") },
        { name: "api /api/situations/syria", text: await get(`/api/situations/syria?asOf=${AS_OF}`) },
        { name: "api assessments", text: await get("/api/situations/syria/assessments") },
        { name: "atom feed", text: await get("/alerts.atom?limit=500") },
        ...alerts.map((a) => ({
          name: `webhook ${a.id}`,
          text: JSON.stringify(alertPayload(a, `ob_${a.id}`, "http://127.0.0.1:8080")),
        })),
        ...alerts.map((a) => ({
          name: `e-mail ${a.id}`,
          text: alertText(alertPayload(a, `ob_${a.id}`, null)),
        })),
      );
      const brief = await situationBrief(runtime, { situationId: "syria", to: AS_OF, limit: 100 });
      outputs.push(
        { name: "brief md", text: String(await renderBrief(brief, "md")) },
        { name: "brief html", text: String(await renderBrief(brief, "html")) },
      );
      for (const args of [
        ["assess", "--as-of", AS_OF, "-v"],
        ["assess", "--as-of", AS_OF, "--json"],
        ["situation", "show", "syria", "--as-of", AS_OF],
        ["situation", "show", "syria", "--as-of", AS_OF, "--json"],
        ["alerts", "list", "--limit", "500"],
        ["alerts", "list", "--json", "--limit", "500"],
      ])
        outputs.push({ name: `cli r2p ${args.join(" ")}`, text: await runCli(seeded.dataDir, args) });

      // The sources' words: every sentence, title and extracted statement of every stored report.
      for (const id of seeded.reportIds) {
        const report = (await runtime.store.reports.get(id))!;
        const extraction = await runtime.store.claims.getExtraction(id);
        quotes.push(...report.text.split(/(?<=[.!?؟])\s+|\n+/), report.title ?? "", report.text);
        for (const s of extraction?.extraction.statements ?? [])
          quotes.push(s.text, ...s.evidence.filter((e) => e.field === "statement").map((e) => e.text));
      }
      quotes = quotes.filter((q) => q.trim().length > 0);
      expect(run.assessments.length).toBeGreaterThan(10);
    }, 240_000);

    afterAll(async () => {
      await app?.close();
      await seeded?.dispose();
    });

    it("finds none of the forbidden wording in our own voice, in any output", () => {
      expect(outputs.length).toBeGreaterThan(10);
      const hits = outputs.flatMap((o) =>
        findForbiddenWording(o.text, quotes).map((h) => `${o.name}: "${h.match}" in …${h.context}…`),
      );
      expect(hits).toEqual([]);
    });

    it("reproduces the accusing source's words only as its quoted words", () => {
      const html = outputs.find((o) => o.name === "brief html")!.text;
      // Without the quote exemption the scan does find the source's words in the brief: the test can fail.
      const unexempted = findForbiddenWording(html, []);
      expect(unexempted.map((h) => h.id)).toEqual(
        expect.arrayContaining(["is a war crime", "genocide occurred"]),
      );
      expect(html).toContain('<blockquote class="source" dir="ltr">');
    });

    it("would catch a conviction slipped into our own text", () => {
      const assessments = outputs.find((o) => o.name === "api assessments")!.text;
      const tampered = assessments.replace(
        "consistent with the war crime of",
        "proof that this is a war crime of",
      );
      expect(tampered).not.toBe(assessments);
      expect(findForbiddenWording(tampered, quotes).map((h) => h.id)).toContain("is a war crime");
    });
  },
);
