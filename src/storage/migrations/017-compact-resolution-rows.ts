/**
 * Rewrites resolution's rows in the compact form the store now writes (incident-rows.ts), so that an
 * upgraded store takes the space of a new one and its next resolution finds nothing changed:
 * - a claim's body without its leading `id` and `reportId`, which the row's claim_id and report_id
 *   columns hold (`claimBody`; the text of the rest stays byte for byte);
 * - an incident's compact body (`serialiseIncident`): besides `claims` and `casualties.bySource`, also
 *   `reports`, each source's `reportIds`, `id`, `updatedAt`, and `createdAt` and `review` when they are
 *   the row's columns, left null, and its content hash taken again over it. Only bodies already slim
 *   (claims in their rows, migration 013) and whose `updatedAt` is the row's are rewritten.
 * Reading needs none of it (a body stored whole is read as it is): the rewrite only gives the bytes back.
 * A page of claims and a page of incidents at a time, in key order.
 */
import type { Kysely } from "kysely";
import type { Incident } from "../../domain/incident.js";
import type { ResolvableClaim } from "../../domain/resolution.js";
import { inLists } from "../chunk.js";
import { claimBody, claimJson, completeIncident, serialiseIncident } from "../incident-rows.js";
import type { Database } from "../schema.js";
import type { Migration } from "./index.js";

const PAGE = 1000;

async function compactClaims(db: Kysely<Database>): Promise<void> {
  let after = "";
  for (;;) {
    const rows = await db
      .selectFrom("incident_claims")
      .select(["claim_id", "report_id", "body"])
      .where("claim_id", ">", after)
      .orderBy("claim_id")
      .limit(PAGE)
      .execute();
    if (rows.length === 0) return;
    after = rows[rows.length - 1]!.claim_id;
    for (const row of rows) {
      const claim = JSON.parse(row.body) as ResolvableClaim;
      // A body whose id is not its row's stays whole: the columns could not give it back.
      if (claim.id !== row.claim_id || claim.reportId !== row.report_id) continue;
      const body = claimBody(claim, row.body);
      if (body === row.body || claimJson({ ...row, body }) !== row.body) continue;
      await db.updateTable("incident_claims").set({ body }).where("claim_id", "=", row.claim_id).execute();
    }
  }
}

async function compactIncidents(db: Kysely<Database>): Promise<void> {
  let after = "";
  for (;;) {
    const rows = await db
      .selectFrom("incidents")
      .select(["id", "body", "review", "created_at", "updated_at"])
      .where("id", ">", after)
      .orderBy("id")
      .limit(PAGE)
      .execute();
    if (rows.length === 0) return;
    after = rows[rows.length - 1]!.id;
    const slim = rows.filter((row) => {
      const body = JSON.parse(row.body) as Incident;
      return body.claims === null && body.id === row.id && body.updatedAt === row.updated_at;
    });
    const members = new Map<string, { claim: ResolvableClaim; match: string }[]>();
    for (const batch of inLists(slim.map((row) => row.id))) {
      const claims = await db
        .selectFrom("incident_claims")
        .select(["incident_id", "claim_id", "report_id", "body", "match"])
        .where("incident_id", "in", batch)
        .execute();
      for (const c of claims) {
        const member = { claim: JSON.parse(claimJson(c)) as ResolvableClaim, match: c.match };
        const list = members.get(c.incident_id);
        if (list) list.push(member);
        else members.set(c.incident_id, [member]);
      }
    }
    for (const row of slim) {
      const incident = completeIncident(row, members.get(row.id) ?? []);
      const review = row.review
        ? (JSON.parse(row.review) as Incident["review"])
        : { status: "unreviewed" as const, by: null, at: null };
      const { body, hash } = serialiseIncident(incident, true, { review, createdAt: row.created_at });
      await db.updateTable("incidents").set({ body, content_hash: hash }).where("id", "=", row.id).execute();
    }
  }
}

export const compactResolutionRowsMigration: Migration = {
  name: "017_compact_resolution_rows",
  async up(db: Kysely<Database>) {
    await compactClaims(db);
    await compactIncidents(db);
  },
};
