import { describe, expect, it } from "vitest";
import type { Report } from "../../domain/report.js";
import { ingestDocument } from "./index.js";

const SEED = "/work/shared/seed/000_73950fb0b43643e1.txt";

/**
 * The test, not the stage, reads the shared seed article; the stage itself stays free of I/O, so the fs
 * module is loaded here on demand rather than imported by anything under pipeline/.
 */
async function readSeed(): Promise<Uint8Array | null> {
  const fs = await import("node:fs/promises");
  return fs.readFile(SEED).then(
    (buffer) => new Uint8Array(buffer),
    () => null,
  );
}

const seed = await readSeed();
const HEADLINE = "Opposition Calls UN to Use ‘Responsibility to Protect ’ Against Assad";

describe.skipIf(seed === null)(`seed article (${SEED}; skipped when absent)`, () => {
  const ingest = (): Report =>
    ingestDocument(
      { bytes: seed!, originalName: "000_73950fb0b43643e1.txt", retrievedAt: "2026-01-01T00:00:00.000Z" },
      { maxBytes: 5_000_000 },
    );
  const report = seed ? ingest() : null;

  it("removes every piece of page furniture from the clean text", () => {
    const text = report!.text;
    expect(text).not.toContain("Logo Wide");
    expect(text.split(HEADLINE).length - 1).toBe(0);
    expect(text).not.toMatch(/Read Also/i);
    expect(text).not.toContain("has not verified");
    expect(text).not.toContain("edited by The Syrian Observer");
    expect(text).not.toContain("Helpful keywords");
    expect(text.startsWith("The Syrian Opposition Coalition has called the UN")).toBe(true);
    expect(text.endsWith("resolution 1/60 of September 16, 2005.")).toBe(true);
    expect(text).toContain("The villages and towns of Sarjah, Ahsem, Daret Izza, and Kafarnoran");
  });

  it("lists what it removed, by kind", () => {
    expect(report!.removed.map((r) => r.kind)).toEqual([
      "logo",
      "repeated_headline",
      "repeated_headline",
      "related_link",
      "disclaimer",
      "keywords",
    ]);
    expect(report!.removed[0]).toEqual({ kind: "logo", text: "Logo Wide", line: 0 });
  });

  it("keeps title, publisher, caveats, related link, language and originators", () => {
    expect(report!.title).toBe(HEADLINE);
    expect(report!.publisher).toBe("The Syrian Observer");
    expect(report!.caveats).toContain("The Syrian Observer has not verified the content of this story.");
    expect(report!.related).toEqual([
      { title: "Opposition Unveils Leaks Proving Assad’s Involvement in War Crimes", url: null },
    ]);
    expect(report!.publishedAt).toBeNull();
    expect(report!.language).toBe("en");
    expect(report!.originators.some((o) => o.includes("SOC"))).toBe(true);
    expect(report!.originators).toEqual(["Syrian Opposition Coalition (SOC)"]);
  });

  it("takes the user's date and publisher over anything detected", () => {
    const withOverrides = ingestDocument(
      {
        bytes: seed!,
        originalName: "-",
        publishedAt: "2021-09-08",
        publisher: "Someone Else",
        retrievedAt: "2026-01-01T00:00:00.000Z",
      },
      { maxBytes: 5_000_000 },
    );
    expect(withOverrides.publishedAt).toBe("2021-09-08");
    expect(withOverrides.publisher).toBe("Someone Else");
  });

  it("is deterministic", () => {
    expect(ingest()).toEqual(report);
  });
});
