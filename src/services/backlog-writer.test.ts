/**
 * What the bulk run's writer thread receives (backlog-writer.ts): a fresh change packed row by row
 * (packFreshChange) unpacks to the rows the single-thread path writes (freshChangeRows), through the
 * shared text, also when a string needs more room than the text has or is not Latin-1, and when it
 * is packed in parts (joinPackedChanges).
 */
import { describe, expect, it } from "vitest";
import { deps, working, type ReportSpec } from "../pipeline/resolve/__fixtures__/claims.js";
import { resolveIncidents } from "../pipeline/resolve/index.js";
import type { IncidentChange } from "../storage/ports.js";
import {
  freshChangeRows,
  joinPackedChanges,
  packChangeRows,
  packFreshChange,
  SharedText,
  unpackChangeRows,
} from "../storage/change-rows.js";
import { changeOfOutput } from "./resolve-service.js";

const REPORTS: ReportSpec[] = [
  {
    id: "sohr",
    publisher: "SOHR",
    claims: [
      { day: "2023-01-03", killed: [2, 2] },
      { day: "2023-01-04", place: "ariha" },
    ],
  },
  { id: "north", publisher: "North Press", claims: [{ day: "2023-01-03", killed: [3, 4] }] },
  { id: "snhr", publisher: "SNHR", claims: [{ window: ["2023-01-02", "2023-01-08"], place: "ariha" }] },
  { id: "enab", publisher: "Enab Baladi", lead: "قصف على سرمين", claims: [{ day: null, killed: [1, 1] }] },
];

function freshChange() {
  const claims = working(REPORTS);
  const output = resolveIncidents({ claims, incidents: [], now: "2026-12-07T00:00:00.000Z" }, deps);
  const resolvedReports = [...new Set(claims.map((c) => c.reportId))].map((reportId) => ({
    reportId,
    extractionHash: "h",
    resolverVersion: "v",
    claims: claims.filter((c) => c.reportId === reportId).length,
  }));
  const audit = {
    actor: "test",
    action: "incidents.resolved",
    subjectType: "incident",
    subjectId: "*",
    detail: {},
  };
  return changeOfOutput(output, new Map(), { fresh: true, resolvedReports, audit });
}

describe("the writer thread's rows", () => {
  it("are those of freshChangeRows, packed row by row into a text that grows", () => {
    const change = freshChange();
    const at = "2026-12-07T00:00:01.000Z";
    const expected = freshChangeRows(change, at);
    expect(expected?.incidents.length).toBeGreaterThan(1);
    expect(expected?.claims.length).toBe(5);
    // 64 bytes: the text grows several times while the rows are packed.
    const built = packFreshChange(change, at, new SharedText(64));
    expect(built?.incidentIds).toEqual(expected?.incidents.map((row) => row.id));
    expect(unpackChangeRows(built!.packed)).toEqual(expected);
    expect(unpackChangeRows(packChangeRows(expected!, new SharedText(64)).packed)).toEqual(expected);
  });

  it("keep what is not a string, number or null, and give null for a change that writes nothing", () => {
    const rows = freshChangeRows(freshChange(), "2026-12-07T00:00:01.000Z")!;
    const odd = {
      ...rows,
      resolved: rows.resolved.map((r) => ({ ...r, claims: BigInt(r.claims) as never })),
      claims: rows.claims.map((c) => ({ ...c, match: `{"reason":"قصف على سرمين 🚀"}` })),
    };
    expect(unpackChangeRows(packChangeRows(odd).packed)).toEqual(odd);
    expect(packFreshChange({ placements: [], incidents: [], deleted: [], fresh: true }, "x")).toBeNull();
  });

  it("cut each string out of its table's text as it was, lone surrogates too, never paired with the next", () => {
    const rows = freshChangeRows(freshChange(), "2026-12-07T00:00:01.000Z")!;
    const [first, second] = rows.claims;
    const odd: typeof rows = {
      ...rows,
      claims: [
        // body then match: adjacent in the row, so in the table's text.
        { ...first!, body: "a\uD800", match: "\uDC00b", source_id: "", layer: "x\uDC00" as "day" },
        { ...second!, match: "\uD83D\uDE80", body: "c\uD800d" },
      ],
    };
    const unpacked = unpackChangeRows(packChangeRows(odd, new SharedText(8)).packed);
    expect(unpacked).toEqual(odd);
    expect(unpacked.claims.map((c) => [c.body.length, c.match.length])).toEqual([
      [2, 2],
      [3, 2],
    ]);
  });

  it("packed in parts into one text, are the rows and audit of the whole change", () => {
    const change = freshChange();
    const at = "2026-12-07T00:00:01.000Z";
    const expected = freshChangeRows(change, at)!;
    // Each incident with its own claims, the resolved reports with the first part.
    const parts: IncidentChange[] = change.incidents.map((write, i) => ({
      ...change,
      placements: change.placements.filter((p) => p.incidentId === write.incident.id),
      incidents: [write],
      resolvedReports: i === 0 ? change.resolvedReports : [],
    }));
    expect(parts.length).toBeGreaterThan(1);
    const text = new SharedText(64);
    const packed = parts.map((part, i) => packFreshChange(part, at, text, { append: i > 0 })!);
    const joined = joinPackedChanges(packed)!;
    const rows = unpackChangeRows(joined.packed);
    const byKey = <T>(list: T[]) =>
      [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    expect(rows.audit).toEqual(expected.audit);
    expect(joined.incidentIds.sort()).toEqual(expected.incidents.map((row) => row.id));
    for (const table of ["claims", "cells", "incidents", "map", "resolved", "staleCells"] as const)
      expect(byKey(rows[table] as object[])).toEqual(byKey(expected[table] as object[]));
    // Not a single part: the rows of every part are there, in the order of the parts.
    expect(rows.incidents.map((row) => row.id)).toEqual(parts.map((part) => part.incidents[0]!.incident.id));
    expect(joinPackedChanges([])).toBeNull();
  });
});
