/**
 * Digests of what resolution decided in a SQLite store, independent of when it ran (timestamps left
 * out): two runs over the same claims give the same digest when they made the same incidents.
 * Bodies are compared whole, as the store reads them back (incident-rows.ts: what a compact body
 * leaves to its row's columns and its claim rows put back, `claims` and `casualties.bySource` left
 * null), so a change in how they are stored does not change the digests.
 * - `withIds`: every incident's stored body in id order, then every claim row (incident, pin,
 *   explanation, body) in claim order: equal when the incident ids are equal too (two runs of one path);
 * - `canonical`: the same with each incident named by its smallest claim id instead of its id, so that
 *   two paths that name incidents differently (the incremental path keeps the id an incident first got,
 *   the bulk path names it from its claims) compare on the partition of claims into incidents and on
 *   every incident's content (grade, ranges, perpetrators, explanations).
 */
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import {
  claimJson,
  fillIncident,
  type BodyRow,
  type StoredIncident,
} from "../../src/storage/incident-rows.js";

export function resolutionDigests(file: string): { withIds: string; canonical: string } {
  const db = new Database(file, { readonly: true });
  try {
    const claims = db
      .prepare(
        "select claim_id, report_id, source_id, incident_id, pinned, match, body from incident_claims order by claim_id",
      )
      .all() as {
      claim_id: string;
      report_id: string;
      source_id: string;
      incident_id: string;
      pinned: number;
      match: string;
      body: string;
    }[];
    const name = new Map<string, string>();
    const members = new Map<string, { reportId: string; sourceId: string }[]>();
    for (const row of claims) {
      if (!name.has(row.incident_id)) name.set(row.incident_id, row.claim_id);
      const member = { reportId: row.report_id, sourceId: row.source_id };
      const list = members.get(row.incident_id);
      if (list) list.push(member);
      else members.set(row.incident_id, [member]);
    }
    const withIds = createHash("sha256");
    const incidents: [string, string][] = [];
    const rows = db
      .prepare("select id, body, review, created_at, updated_at from incidents order by id")
      .iterate() as Iterable<BodyRow>;
    for (const row of rows) {
      const stored = JSON.parse(row.body) as StoredIncident;
      if (stored.claims === null) fillIncident(stored, row, members.get(row.id) ?? []);
      const body = stored as unknown as Record<string, unknown>;
      body.createdAt = null;
      body.updatedAt = null;
      withIds.update(`${row.id}\t${JSON.stringify(body)}\n`);
      body.id = null;
      incidents.push([name.get(row.id) ?? `(no claim) ${row.id}`, JSON.stringify(body)]);
    }
    const canonical = createHash("sha256");
    for (const [key, body] of incidents.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      canonical.update(`${key}\t${body}\n`);
    for (const row of claims) {
      const body = claimJson(row);
      withIds.update(`${row.claim_id}\t${row.incident_id}\t${row.pinned}\t${row.match}\t${body}\n`);
      canonical.update(
        `${row.claim_id}\t${name.get(row.incident_id)}\t${row.pinned}\t${row.match}\t${body}\n`,
      );
    }
    return { withIds: withIds.digest("hex"), canonical: canonical.digest("hex") };
  } finally {
    db.close();
  }
}
