/**
 * End-to-end ingestion through `r2p` commands, on every backend: lossless storage, idempotent
 * re-ingestion (also from three processes of the real binary at once), standard input, bad input
 * leaving the store unchanged, directory summaries, and tampering detected by `r2p verify` and
 * `r2p audit verify`. Commands run in-process unless a real process is the point (`spawn`).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, hasSeed, seedPath, type BackendInstance } from "./harness.js";

const article = `Shelling kills three in Ariha

Government forces shelled the town of Ariha in southern Idlib on Monday, killing three civilians, local rescuers said.
`;

for (const backend of backends) {
  if (backend.skip) console.warn(backend.skip);
  describe.skipIf(backend.skip !== null)(`r2p ingest on ${backend.name}`, () => {
    let instance: BackendInstance;
    beforeAll(async () => {
      instance = await backend.setUp();
    });
    afterAll(async () => {
      await instance.tearDown();
    });

    const reportCount = async () => {
      const [row] = (await instance.sql("select count(*) as n from reports")) as { n: number | string }[];
      return Number(row!.n);
    };

    it("stores a file losslessly and says 'already ingested' the second time", async () => {
      const file = path.join(instance.dataDir, "ariha.txt");
      writeFileSync(file, article);
      const id = createHash("sha256").update(article).digest("hex");
      const first = await instance.spawn(["ingest", file, "--no-extract"]);
      expect(first.stderr).toBe("");
      expect(first.code).toBe(0);
      expect(first.stdout).toContain(`ingested ${file} -> ${id}`);
      const second = await instance.run(["ingest", file, "--no-extract"]);
      expect(second.stdout).toContain("already ingested");
      expect(second.stdout).toContain("0 ingested, 1 already present, 0 rejected");
      const raw = await instance.run(["reports", "raw", id.slice(0, 10)]);
      expect(raw.stdout).toBe(article);
      const shown = JSON.parse((await instance.run(["reports", "show", id, "--json"])).stdout);
      expect(shown.title).toBe("Shelling kills three in Ariha");
      expect(shown.text).toContain("Government forces shelled the town of Ariha");
      expect(await reportCount()).toBe(1);
    });

    it("ingests the same bytes from two processes at once exactly once", async () => {
      const file = path.join(instance.dataDir, "concurrent.txt");
      writeFileSync(file, `${article}\nA second paragraph makes these bytes new: concurrency test.\n`);
      const before = await reportCount();
      const results = await Promise.all(
        [1, 2, 3].map(() => instance.spawn(["ingest", file, "--no-extract"])),
      );
      const outputs = results.map((r) => r.stdout);
      expect(results.every((r) => r.code === 0)).toBe(true);
      expect(outputs.filter((o) => o.includes("1 ingested,")).length).toBe(1);
      expect(outputs.filter((o) => o.includes("1 already present")).length).toBe(2);
      expect(await reportCount()).toBe(before + 1);
      const events = await instance.sql(
        "select count(*) as n from audit_events where action = 'report.saved'",
      );
      expect(Number((events[0] as { n: number | string }).n)).toBe(before + 1);
    });

    it.each([
      ["empty file", "", "INPUT_EMPTY"],
      [
        "binary data",
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
        "INPUT_BINARY",
      ],
      [
        "HTML with no text",
        "<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>",
        "INPUT_NO_TEXT",
      ],
    ])("rejects %s with a clear error and leaves the store unchanged", async (_label, content, code) => {
      const file = path.join(instance.dataDir, `bad-${code}${code === "INPUT_NO_TEXT" ? ".html" : ".txt"}`);
      writeFileSync(file, content);
      const before = await reportCount();
      const result = await instance.run(["ingest", file]);
      expect(result.code).toBe(2);
      expect(result.stdout).toContain(code);
      expect(await reportCount()).toBe(before);
    });

    it("rejects a file over the size limit and an unreadable path", async () => {
      const file = path.join(instance.dataDir, "big.txt");
      writeFileSync(file, "word ".repeat(400));
      const before = await reportCount();
      const tooBig = await instance.run(["ingest", file, "--max-bytes", "1000"]);
      expect(tooBig.code).toBe(2);
      expect(tooBig.stdout).toContain("INPUT_TOO_LARGE");
      const missing = await instance.run(["ingest", path.join(instance.dataDir, "no-such-file.txt")]);
      expect(missing.code).toBe(2);
      expect(missing.stdout).toContain("INPUT_UNREADABLE");
      expect(await reportCount()).toBe(before);
    });

    it("rejects a malformed date before touching the store", async () => {
      const before = await reportCount();
      const result = await instance.spawn(["ingest", "-", "--published", "08/09/2021"], {
        stdin: Buffer.from(article),
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("INPUT_BAD_DATE");
      expect(await reportCount()).toBe(before);
    });

    it("ingests standard input with the metadata given on the command line", async () => {
      const piped = `${article}\nPiped through standard input.\n`;
      const result = await instance.spawn(
        ["ingest", "-", "--no-extract", "--url", "https://example.org/ariha", "--published", "2024-05-06"],
        { stdin: Buffer.from(piped) },
      );
      expect(result.code).toBe(0);
      const id = createHash("sha256").update(piped).digest("hex");
      expect(result.stdout).toContain(`ingested - -> ${id}`);
      const report = JSON.parse((await instance.run(["reports", "show", id, "--json"])).stdout);
      expect(report).toMatchObject({ url: "https://example.org/ariha", publishedAt: "2024-05-06" });
    });

    it("ingests a folder recursively and prints a summary", async () => {
      const dir = path.join(instance.dataDir, "batch");
      mkdirSync(path.join(dir, "nested"), { recursive: true });
      for (let i = 0; i < 4; i++)
        writeFileSync(
          path.join(dir, `r${i}.txt`),
          `Report ${i}\n\nShelling hit Saraqib, report number ${i}.\n`,
        );
      writeFileSync(path.join(dir, "nested", "empty.txt"), "");
      writeFileSync(
        path.join(dir, "nested", "dup.txt"),
        `Report 0\n\nShelling hit Saraqib, report number 0.\n`,
      );
      const result = await instance.run(["ingest", dir, "--no-extract"]);
      expect(result.stdout).toContain("4 ingested, 1 already present, 1 rejected");
      expect(result.code).toBe(2);
    });

    it("applies a publication date given on re-ingestion, with an audit event, without new bytes", async () => {
      const file = path.join(instance.dataDir, "undated.txt");
      writeFileSync(file, "Undated report\n\nRegime forces shelled Kansafra yesterday, residents said.\n");
      await instance.run(["ingest", file, "--no-extract"]);
      const again = await instance.run(["ingest", file, "--published", "2021-09-08", "--no-extract"]);
      expect(again.stdout).toContain("already ingested (metadata updated)");
      const id = createHash("sha256").update(readFileSync(file)).digest("hex");
      const report = JSON.parse((await instance.run(["reports", "show", id, "--json"])).stdout);
      expect(report.publishedAt).toBe("2021-09-08");
      const annotated = await instance.sql(
        "select count(*) as n from audit_events where action = 'report.annotated'",
      );
      expect(Number((annotated[0] as { n: number | string }).n)).toBe(1);
      expect((await instance.run(["audit", "verify"])).code).toBe(0);
    });

    it("detects a tampered original with `r2p verify`", async () => {
      const ok = await instance.run(["verify"]);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toMatch(/originals checked, 0 tampered, 0 missing/);
      const rows = (await instance.sql("select sha256 from originals order by sha256 limit 1")) as {
        sha256: string;
      }[];
      const victim = rows[0]!.sha256;
      await instance.sql("update originals set bytes = ? where sha256 = ?", [
        Buffer.from("forged bytes"),
        victim,
      ]);
      const bad = await instance.run(["verify"]);
      expect(bad.code).toBe(4);
      expect(bad.stdout).toContain(`TAMPERED  ${victim}`);
    });

    it("detects edited and deleted audit events with `r2p audit verify`", async () => {
      const ok = await instance.run(["audit", "verify"]);
      expect(ok.stdout).toContain("audit chain intact");
      await instance.sql("update audit_events set actor = 'someone-else' where seq = 2");
      const edited = await instance.run(["audit", "verify"]);
      expect(edited.code).toBe(4);
      expect(edited.stdout).toContain("BROKEN  event 2");
    });

    it.skipIf(!hasSeed)("cleans the seed article and keeps its furniture in the record", async () => {
      const result = await instance.run(["ingest", seedPath, "--no-extract", "--json"]);
      const id = (JSON.parse(result.stdout) as { id: string }[])[0]!.id;
      const report = JSON.parse((await instance.run(["reports", "show", id, "--json"])).stdout);
      expect(report.publisher).toBe("The Syrian Observer");
      expect(report.title).toContain("Responsibility to Protect");
      expect(report.text).not.toContain("Logo Wide");
      expect(report.text).not.toContain("Helpful keywords");
      expect(report.text).not.toContain("Read Also");
      expect(report.text).toContain("Sarjah, Ahsem, Daret Izza, and Kafarnoran");
      expect(report.caveats.join(" ")).toContain("has not verified the content");
      expect(report.related.map((r: { title: string }) => r.title)).toContain(
        "Opposition Unveils Leaks Proving Assad’s Involvement in War Crimes",
      );
      expect(report.publishedAt).toBeNull();
      expect(readFileSync(seedPath, "utf8")).toBe((await instance.run(["reports", "raw", id])).stdout);
      const again = await instance.run(["ingest", seedPath, "--no-extract"]);
      expect(again.stdout).toContain("already ingested");
    });
  });
}
