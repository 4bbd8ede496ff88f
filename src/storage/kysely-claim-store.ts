/**
 * Extraction results per report: the claims, statements and header of the latest extraction run.
 * A re-run replaces the previous result (delete + insert in one transaction) and is audited with the
 * hashes of the old and new extraction.
 */
import type { Insertable, Kysely } from "kysely";
import type { Extraction, IncidentClaim, Statement } from "../domain/claim.js";
import { errors } from "../domain/errors.js";
import { canonicalJson } from "./canonical-json.js";
import { chunk } from "./chunk.js";
import { sha256Hex } from "./hash.js";
import { appendAuditEvent } from "./kysely-audit-log.js";
import type { Actor, ClaimStore, StoredExtraction } from "./ports.js";
import { toNumber, type ClaimsTable, type Database } from "./schema.js";
import { parseJson, type StoreContext } from "./store-context.js";
import { inWriteTransaction } from "./transaction.js";
import { reusableQuery } from "./reusable-query.js";

/** Rows per INSERT: 13 columns × 200 stays far below SQLite's bound-parameter limit. */
const INSERT_BATCH = 200;

/** The fixed statements of saving one report's extraction, compiled once (see reusable-query.ts). */
const reportExists = reusableQuery<{ id: string }, { id: string }>((db, param) =>
  db.selectFrom("reports").select("id").where("id", "=", param("id")),
);
const previousHash = reusableQuery<{ id: string }, { content_hash: string }>((db, param) =>
  db.selectFrom("extractions").select("content_hash").where("report_id", "=", param("id")),
);
const deleteClaims = reusableQuery<{ id: string }>((db, param) =>
  db.deleteFrom("claims").where("report_id", "=", param("id")),
);
const deleteStatements = reusableQuery<{ id: string }>((db, param) =>
  db.deleteFrom("statements").where("report_id", "=", param("id")),
);
const deleteExtraction = reusableQuery<{ id: string }>((db, param) =>
  db.deleteFrom("extractions").where("report_id", "=", param("id")),
);
const insertExtraction = reusableQuery<{
  id: string;
  extractorVersion: string;
  extractedAt: string;
  header: string;
  contentHash: string;
}>((db, param) =>
  db.insertInto("extractions").values({
    report_id: param("id"),
    extractor_version: param("extractorVersion"),
    extracted_at: param("extractedAt"),
    header: param("header"),
    content_hash: param("contentHash"),
  }),
);

/** One claim row as stored. */
type ClaimRow = Insertable<ClaimsTable>;

/** A claim row's values as reusable-query parameters (`id0`, `report_id0`, … for the first row). */
type ClaimRowValues = Record<string, string | number | null>;

const CLAIM_COLUMNS = [
  "id",
  "report_id",
  "ordinal",
  "event_type",
  "place_mention",
  "gazetteer_id",
  "lat",
  "lon",
  "admin1",
  "date_start",
  "date_end",
  "group_id",
  "body",
] as const satisfies readonly (keyof ClaimsTable)[];

/**
 * The INSERT of `count` claim rows, compiled once per row count. A report has a handful of claims, so
 * a few shapes serve every report, and building the multi-row INSERT with Kysely for each report cost
 * more than SQLite storing the rows.
 */
const insertClaimsOfCount = new Map<number, ReturnType<typeof reusableQuery<ClaimRowValues>>>();

function insertClaimRows(count: number): ReturnType<typeof reusableQuery<ClaimRowValues>> {
  let insert = insertClaimsOfCount.get(count);
  if (!insert) {
    insert = reusableQuery<ClaimRowValues>((db, param) =>
      db
        .insertInto("claims")
        .values(
          Array.from({ length: count }, (_, row) =>
            Object.fromEntries(CLAIM_COLUMNS.map((column) => [column, param(`${column}${row}`)])),
          ) as ClaimRow[],
        ),
    );
    insertClaimsOfCount.set(count, insert);
  }
  return insert;
}

/** Stores `rows` with the compiled INSERT of their count. */
async function insertClaims(trx: Kysely<Database>, rows: readonly ClaimRow[]): Promise<void> {
  const values: ClaimRowValues = {};
  rows.forEach((row, i) => {
    // A missing value is NULL, as Kysely writes it (no claim column has another default).
    for (const column of CLAIM_COLUMNS) values[`${column}${i}`] = row[column] ?? null;
  });
  await insertClaimRows(rows.length)(trx, values);
}

export class KyselyClaimStore implements ClaimStore {
  constructor(private readonly ctx: StoreContext) {}

  async saveExtraction(
    reportId: string,
    extractorVersion: string,
    extraction: Extraction,
    actor: Actor,
  ): Promise<void> {
    const { db, traits } = this.ctx;
    const contentHash = sha256Hex(canonicalJson(extraction));
    await inWriteTransaction(db, traits, async (trx) => {
      const [report] = (await reportExists(trx, { id: reportId })).rows;
      if (!report) throw errors.notFound("report", reportId);
      const [previous] = (await previousHash(trx, { id: reportId })).rows;
      await deleteClaims(trx, { id: reportId });
      await deleteStatements(trx, { id: reportId });
      await deleteExtraction(trx, { id: reportId });

      const now = this.ctx.now();
      await insertExtraction(trx, {
        id: reportId,
        extractorVersion,
        extractedAt: now.toISOString(),
        header: JSON.stringify(extraction.report),
        contentHash,
      });
      const claimRows = extraction.incidents.map((claim, ordinal) => ({
        id: `${reportId}:c${ordinal}`,
        report_id: reportId,
        ordinal,
        event_type: claim.eventType,
        place_mention: claim.place.mention,
        gazetteer_id: claim.place.gazetteerId,
        lat: claim.place.lat,
        lon: claim.place.lon,
        admin1: claim.place.admin1,
        date_start: claim.date.start,
        date_end: claim.date.end,
        group_id: claim.groupId,
        body: JSON.stringify(claim),
      }));
      for (const batch of chunk(claimRows, INSERT_BATCH)) await insertClaims(trx, batch);
      const statementRows = extraction.statements.map((statement, ordinal) => ({
        id: `${reportId}:s${ordinal}`,
        report_id: reportId,
        ordinal,
        kind: statement.kind,
        body: JSON.stringify(statement),
      }));
      for (const batch of chunk(statementRows, INSERT_BATCH)) {
        await trx.insertInto("statements").values(batch).execute();
      }

      await appendAuditEvent(trx, traits, now, {
        actor,
        action: "extraction.saved",
        subjectType: "report",
        subjectId: reportId,
        beforeHash: previous?.content_hash ?? null,
        afterHash: contentHash,
        detail: { extractorVersion, claims: claimRows.length, statements: statementRows.length },
      });
    });
  }

  async getExtraction(reportId: string): Promise<StoredExtraction | null> {
    const db = this.ctx.readDb;
    const row = await db
      .selectFrom("extractions")
      .selectAll()
      .where("report_id", "=", reportId)
      .executeTakeFirst();
    if (!row) return null;
    const claims = await db
      .selectFrom("claims")
      .select("body")
      .where("report_id", "=", reportId)
      .orderBy("ordinal")
      .execute();
    const statements = await db
      .selectFrom("statements")
      .select("body")
      .where("report_id", "=", reportId)
      .orderBy("ordinal")
      .execute();
    return {
      reportId: row.report_id,
      extractorVersion: row.extractor_version,
      extractedAt: row.extracted_at,
      extraction: {
        report: parseJson<Extraction["report"]>(row.header),
        incidents: claims.map((c) => parseJson<IncidentClaim>(c.body)),
        statements: statements.map((s) => parseJson<Statement>(s.body)),
      },
    };
  }

  async countClaims(): Promise<number> {
    const row = await this.ctx.readDb
      .selectFrom("claims")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    return toNumber(row.n);
  }
}
