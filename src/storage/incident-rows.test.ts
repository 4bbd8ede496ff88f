/**
 * The compact rows of resolution (migration 017): what a stored body leaves out is put back from its
 * row's columns and its claim rows, so that the JSON read is the JSON built, key for key.
 */
import { describe, expect, it } from "vitest";
import type { Incident } from "../domain/incident.js";
import { incidentOf, makeClaim, meta, resolvable } from "../../test/contracts/incident-fixtures.js";
import { claimBody, claimJson, completeIncident, serialiseIncident } from "./incident-rows.js";
import { canonicalJson } from "./canonical-json.js";

const R1 = "1".repeat(64);
const R2 = "2".repeat(64);

const claims = [
  ...resolvable(R1, [makeClaim("2025-02-27"), makeClaim("2025-02-27", { eventType: "air_strike" })]),
  ...resolvable(R2, [makeClaim("2025-02-27")]),
];
/** The claim rows of the incident incidentOf builds (the first claim its seed). */
const members = claims.map((claim, i) => ({
  claim,
  match: JSON.stringify({ by: i === 0 ? "seed" : "auto", score: 1, features: {}, reason: "fixture" }),
}));

/** The incident row `apply` writes for `incident` (its columns that a compact body leans on). */
function rowOf(incident: Incident, body: string, review = incident.review, createdAt = incident.createdAt) {
  return {
    id: incident.id,
    body,
    review: canonicalJson(review),
    created_at: createdAt,
    updated_at: incident.updatedAt,
  };
}

describe("compact claim bodies", () => {
  it("leave out the id and report id, and read back as the same text", () => {
    const claim = claims[1]!;
    const json = JSON.stringify(claim);
    const body = claimBody(claim);
    expect(body).not.toContain(R1);
    expect(body.startsWith('{"ordinal":1,')).toBe(true);
    expect(claimJson({ claim_id: claim.id, report_id: claim.reportId, body })).toBe(json);
  });

  it("put the id and report id first when the claim's keys do not start with them", () => {
    const { id, reportId, ...rest } = claims[0]!;
    const reordered = { ...rest, reportId, id };
    const body = claimBody(reordered);
    expect(body).not.toContain(R1);
    const json = claimJson({ claim_id: id, report_id: reportId, body });
    expect(JSON.parse(json)).toEqual(reordered);
    expect(json).toBe(JSON.stringify({ id, reportId, ...rest }));
  });

  it("are the whole JSON text less its leading id and report id, whatever the claim's other keys", () => {
    // claimBody serialises the rest of the keys itself when the claim starts with both ids: the text
    // must be the one cut from the whole JSON, also for a claim with no other key or an undefined one.
    const cut = (value: object, head: string) => {
      const whole = JSON.stringify(value);
      return whole.length === head.length + 1 ? "{}" : `{${whole.slice(head.length + 1)}`;
    };
    const { id, reportId } = claims[0]!;
    const bare = { id, reportId } as unknown as (typeof claims)[number];
    const withUndefined = { ...claims[0]!, publishedAt: undefined } as unknown as (typeof claims)[number];
    for (const claim of [...claims, bare, withUndefined]) {
      const headOf = `{"id":${JSON.stringify(claim.id)},"reportId":${JSON.stringify(claim.reportId)}`;
      expect(claimBody(claim)).toBe(cut(claim, headOf));
      expect(claimBody(claim)).toBe(claimBody(claim, JSON.stringify(claim)));
    }
    expect(claimBody(bare)).toBe("{}");
    expect(claimJson({ claim_id: id, report_id: reportId, body: claimBody(withUndefined) })).toBe(
      JSON.stringify(withUndefined),
    );
  });

  it("read a body stored whole (before migration 017) as it is", () => {
    const json = JSON.stringify(claims[0]);
    expect(claimJson({ claim_id: claims[0]!.id, report_id: R1, body: json })).toBe(json);
  });
});

describe("compact incident bodies", () => {
  it("leave out what the row and its claims hold, and read back as the same JSON", () => {
    const incident = incidentOf("inc_00000000000000a1", claims);
    const { body } = serialiseIncident(incident, true, meta(incident.id));
    expect(body).not.toContain(R1);
    expect(body).not.toContain(incident.id);
    expect(body).not.toContain(incident.createdAt);
    const read = completeIncident(rowOf(incident, body), members);
    expect(JSON.stringify(read)).toBe(JSON.stringify(incident));
  });

  it("keep a review or a creation date that is not the row's, and reports the claims do not give", () => {
    const review = {
      status: "confirmed" as const,
      by: "cli:admin",
      at: "2025-03-02T00:00:00.000Z",
      note: null,
    };
    const built = incidentOf("inc_00000000000000a2", claims, meta("inc_00000000000000a2", { review }));
    const incident = { ...built, reports: [R1], createdAt: "2025-01-01T00:00:00.000Z" };
    const stored = { review: { ...review, note: "another" }, createdAt: "2025-03-01T12:00:00.000Z" };
    const { body } = serialiseIncident(incident, true, stored);
    expect(body).toContain('"note":null');
    expect(body).toContain('"createdAt":"2025-01-01T00:00:00.000Z"');
    expect(body).toContain(`"reports":["${R1}"]`);
    const read = completeIncident(rowOf(incident, body, stored.review, stored.createdAt), members);
    expect(JSON.stringify(read)).toBe(JSON.stringify(incident));
  });

  it("put a review back from the row in the resolver's key order, with its note", () => {
    const review = {
      status: "rejected" as const,
      by: "cli:admin",
      at: "2025-03-02T00:00:00.000Z",
      note: "dup",
    };
    const incident = incidentOf("inc_00000000000000a3", claims, meta("inc_00000000000000a3", { review }));
    const { body } = serialiseIncident(incident, true, { review, createdAt: incident.createdAt });
    expect(body).toContain('"review":null');
    const read = completeIncident(rowOf(incident, body), members);
    expect(JSON.stringify(read.review)).toBe(JSON.stringify(review));
    expect(JSON.stringify(read)).toBe(JSON.stringify(incident));
  });

  it("hash what they hold: the same content under another update time hashes the same", () => {
    const incident = incidentOf("inc_00000000000000a4", claims);
    const later = { ...incident, updatedAt: "2026-01-01T00:00:00.000Z" };
    const regraded = { ...incident, grade: "confirmed" as const };
    const hash = (i: Incident) => serialiseIncident(i, true, meta(i.id)).hash;
    expect(hash(later)).toBe(hash(incident));
    expect(hash(regraded)).not.toBe(hash(incident));
  });
});
