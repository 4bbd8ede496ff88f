/**
 * Reports and their original bytes on either backend. A save writes the report row, the original,
 * the publisher's source row, the full-text index (by trigger or generated column) and one audit
 * event in one transaction, and is idempotent on the sha256 id even under concurrent savers.
 */
import type { Kysely, Selectable } from "kysely";
import type { Report, ReportSummary } from "../domain/report.js";
import { errors } from "../domain/errors.js";
import { appendAuditEvent } from "./kysely-audit-log.js";
import { sha256Hex } from "./hash.js";
import type { Actor, ReportMetadataPatch, ReportStore, SaveReportResult, UserMetadata } from "./ports.js";
import { canonicalJson } from "./canonical-json.js";
import { changedDerivedFields, derivationHash } from "./derived-fields.js";
import {
  applyUserMetadata,
  mergeUserMetadata,
  readUserMetadata,
  userMetadataColumn,
} from "./report-user-metadata.js";
import { toNumber, type Database, type ReportsTable } from "./schema.js";
import { SNIPPET_SCAN_CHARS, buildSnippet, foldForSearch, searchTerms } from "./search-text.js";
import { SNIPPET_CLOSE, SNIPPET_OPEN } from "./snippet-markers.js";
import { parseJson, type StoreContext } from "./store-context.js";
import { inWriteTransaction } from "./transaction.js";
import { reusableQuery } from "./reusable-query.js";

const ID_PREFIX = /^[0-9a-f]{6,64}$/;
/** Originals re-hashed per page in verifyOriginals; originals can be megabytes each. */
const VERIFY_PAGE = 50;

const summaryColumns = [
  "id",
  "title",
  "publisher",
  "published_at",
  "language",
  "retrieved_at",
  "byte_length",
] as const;

type SummaryRow = Pick<Selectable<ReportsTable>, (typeof summaryColumns)[number]>;

function toSummary(row: SummaryRow): ReportSummary {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    publishedAt: row.published_at,
    language: row.language,
    retrievedAt: row.retrieved_at,
    byteLength: toNumber(row.byte_length),
  };
}

function toReport(row: Selectable<ReportsTable>): Report {
  return {
    id: row.id,
    byteLength: toNumber(row.byte_length),
    mediaType: row.media_type as Report["mediaType"],
    encoding: row.encoding,
    originalName: row.original_name,
    retrievedAt: row.retrieved_at,
    url: row.url,
    publisher: row.publisher,
    originators: parseJson<string[]>(row.originators),
    publishedAt: row.published_at,
    language: row.language,
    title: row.title,
    byline: row.byline,
    text: row.text,
    removed: parseJson<Report["removed"]>(row.removed),
    related: parseJson<Report["related"]>(row.related),
    keywords: parseJson<string[]>(row.keywords),
    caveats: parseJson<string[]>(row.caveats),
  };
}

/** Stable source id for a publisher name, so concurrent upserts of one name agree without a read. */
export function sourceIdFor(name: string): string {
  return `src_${sha256Hex(`source:${name}`).slice(0, 24)}`;
}

// Kind, partisanship and grade stay unknown ("F" = cannot be judged) until an analyst or the source
// registry sets them; saving a report never overwrites them.
const insertSource = reusableQuery<{ id: string; name: string; createdAt: string }>((db, param) =>
  db
    .insertInto("sources")
    .values({
      id: param("id"),
      name: param("name"),
      kind: null,
      partisan: 0,
      reliability: "F",
      language: null,
      created_at: param("createdAt"),
    })
    .onConflict((oc) => oc.doNothing()),
);

async function upsertSource(trx: Kysely<Database>, name: string, createdAt: string): Promise<string> {
  const id = sourceIdFor(name);
  await insertSource(trx, { id, name, createdAt });
  return id;
}

const reportById = reusableQuery<{ id: string }, Selectable<ReportsTable>>((db, param) =>
  db.selectFrom("reports").selectAll().where("id", "=", param("id")),
);

/** The values of a new report's row. ON CONFLICT DO NOTHING: see save(). */
type ReportRowValues = {
  [
    K in
      | "id"
      | "media_type"
      | "encoding"
      | "retrieved_at"
      | "originators"
      | "text"
      | "removed"
      | "related"
      | "keywords"
      | "caveats"
      | "stored_at"
  ]: string;
} & { byte_length: number } & {
  [
    K in
      | "original_name"
      | "url"
      | "publisher"
      | "source_id"
      | "published_at"
      | "language"
      | "title"
      | "byline"
      | "user_metadata"
  ]: string | null;
};

const insertReport = reusableQuery<ReportRowValues>((db, param) =>
  db
    .insertInto("reports")
    .values({
      id: param("id"),
      byte_length: param("byte_length"),
      media_type: param("media_type"),
      encoding: param("encoding"),
      original_name: param("original_name"),
      retrieved_at: param("retrieved_at"),
      url: param("url"),
      publisher: param("publisher"),
      source_id: param("source_id"),
      originators: param("originators"),
      published_at: param("published_at"),
      language: param("language"),
      title: param("title"),
      byline: param("byline"),
      text: param("text"),
      removed: param("removed"),
      related: param("related"),
      keywords: param("keywords"),
      caveats: param("caveats"),
      stored_at: param("stored_at"),
      user_metadata: param("user_metadata"),
    })
    .onConflict((oc) => oc.column("id").doNothing()),
);

const insertOriginal = reusableQuery<{ sha256: string; bytes: Uint8Array; byteLength: number }>((db, param) =>
  db
    .insertInto("originals")
    .values({ sha256: param("sha256"), bytes: param("bytes") as Buffer, byte_length: param("byteLength") })
    .onConflict((oc) => oc.column("sha256").doNothing()),
);

export class KyselyReportStore implements ReportStore {
  constructor(private readonly ctx: StoreContext) {}

  async save(
    report: Report,
    original: Uint8Array,
    actor: Actor,
    options: { userMetadata?: UserMetadata } = {},
  ): Promise<SaveReportResult> {
    const actual = sha256Hex(original);
    if (actual !== report.id) throw errors.reportIdMismatch(report.id, actual);

    const existing = await this.get(report.id);
    if (existing) return { created: false, report: existing };

    const { db, traits } = this.ctx;
    const created = await inWriteTransaction(db, traits, async (trx) => {
      const now = this.ctx.now();
      const sourceId = report.publisher ? await upsertSource(trx, report.publisher, now.toISOString()) : null;
      // ON CONFLICT DO NOTHING makes a concurrent saver of the same bytes wait for the first one's
      // commit and then insert nothing, instead of failing on the primary key.
      const inserted = await insertReport(trx, {
        id: report.id,
        byte_length: report.byteLength,
        media_type: report.mediaType,
        encoding: report.encoding,
        original_name: report.originalName,
        retrieved_at: report.retrievedAt,
        url: report.url,
        publisher: report.publisher,
        source_id: sourceId,
        originators: JSON.stringify(report.originators),
        published_at: report.publishedAt,
        language: report.language,
        title: report.title,
        byline: report.byline,
        text: report.text,
        removed: JSON.stringify(report.removed),
        related: JSON.stringify(report.related),
        keywords: JSON.stringify(report.keywords),
        caveats: JSON.stringify(report.caveats),
        stored_at: now.toISOString(),
        user_metadata: userMetadataColumn(options.userMetadata),
      });
      if (toNumber(inserted.numAffectedRows ?? 0) === 0) return false;

      // better-sqlite3 binds Buffers, not plain Uint8Arrays; pg takes either.
      await insertOriginal(trx, {
        sha256: report.id,
        bytes: toBuffer(original),
        byteLength: original.byteLength,
      });
      await traits.fts.write(trx, ftsDocument(report), { replace: false });
      await appendAuditEvent(trx, traits, now, {
        actor,
        action: "report.saved",
        subjectType: "report",
        subjectId: report.id,
        beforeHash: null,
        afterHash: report.id,
        detail: { byteLength: original.byteLength, mediaType: report.mediaType, title: report.title },
      });
      return true;
    });

    if (created) {
      this.ctx.memo.counts.delete("reports");
      return { created: true, report };
    }
    const stored = await this.get(report.id);
    if (!stored) throw new Error(`report ${report.id} vanished between insert and read`);
    return { created: false, report: stored };
  }

  async annotate(
    id: string,
    patch: ReportMetadataPatch,
    actor: Actor,
  ): Promise<{ changed: boolean; report: Report }> {
    const { db, traits } = this.ctx;
    const metadata = (r: Report) => ({ publishedAt: r.publishedAt, publisher: r.publisher, url: r.url });
    const changed = await inWriteTransaction(db, traits, async (trx) => {
      const row = await this.lockedRow(trx, id);
      const stored = toReport(row);
      const before = metadata(stored);
      const after = {
        publishedAt: patch.publishedAt !== undefined ? patch.publishedAt : before.publishedAt,
        publisher: patch.publisher !== undefined ? patch.publisher : before.publisher,
        url: patch.url !== undefined ? patch.url : before.url,
      };
      const beforeHash = sha256Hex(canonicalJson(before));
      const afterHash = sha256Hex(canonicalJson(after));
      const userBefore = readUserMetadata(row.user_metadata, stored);
      const userAfter = mergeUserMetadata(userBefore, patch);
      const userChanged = canonicalJson(userBefore) !== canonicalJson(userAfter);
      // Also written when only the record of what the user asserted changes (a confirmed value), so a
      // later re-derivation keeps it; the audit event then has equal before and after hashes.
      if (beforeHash === afterHash && !userChanged) return false;
      const now = this.ctx.now();
      const sourceId = after.publisher ? await upsertSource(trx, after.publisher, now.toISOString()) : null;
      await trx
        .updateTable("reports")
        .set({
          published_at: after.publishedAt,
          publisher: after.publisher,
          url: after.url,
          source_id: sourceId,
          user_metadata: userMetadataColumn(userAfter),
        })
        .where("id", "=", id)
        .execute();
      await appendAuditEvent(trx, traits, now, {
        actor,
        action: "report.annotated",
        subjectType: "report",
        subjectId: id,
        beforeHash,
        afterHash,
        detail: { before, after, userMetadata: userAfter },
      });
      return beforeHash !== afterHash;
    });
    const report = await this.get(id);
    if (!report) throw errors.notFound("report", id);
    return { changed, report };
  }

  async userMetadata(id: string): Promise<UserMetadata | null> {
    const row = await this.ctx.readDb
      .selectFrom("reports")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? readUserMetadata(row.user_metadata, toReport(row)) : null;
  }

  async rederive(id: string, report: Report, actor: Actor): Promise<{ changed: boolean }> {
    if (report.id !== id) throw errors.reportIdMismatch(id, report.id);
    const { db, traits } = this.ctx;
    const changed = await inWriteTransaction(db, traits, async (trx) => {
      const row = await this.lockedRow(trx, id);
      const stored = toReport(row);
      // Identity and retrieval facts are the stored ones; the user's metadata is re-applied here, under
      // the row lock, so an annotate racing with a reparse can never be overwritten by it.
      const next = applyUserMetadata(
        {
          ...report,
          id: stored.id,
          byteLength: stored.byteLength,
          originalName: stored.originalName,
          retrievedAt: stored.retrievedAt,
        },
        readUserMetadata(row.user_metadata, stored),
      );
      const beforeHash = derivationHash(stored);
      const afterHash = derivationHash(next);
      if (beforeHash === afterHash) return false;
      const now = this.ctx.now();
      const sourceId = next.publisher ? await upsertSource(trx, next.publisher, now.toISOString()) : null;
      // title and text are updated in place, and the full-text entry with them.
      await trx
        .updateTable("reports")
        .set({
          media_type: next.mediaType,
          encoding: next.encoding,
          url: next.url,
          publisher: next.publisher,
          source_id: sourceId,
          originators: JSON.stringify(next.originators),
          published_at: next.publishedAt,
          language: next.language,
          title: next.title,
          byline: next.byline,
          text: next.text,
          removed: JSON.stringify(next.removed),
          related: JSON.stringify(next.related),
          keywords: JSON.stringify(next.keywords),
          caveats: JSON.stringify(next.caveats),
        })
        .where("id", "=", id)
        .execute();
      await traits.fts.write(trx, ftsDocument(next), { replace: true });
      await appendAuditEvent(trx, traits, now, {
        actor,
        action: "report.rederived",
        subjectType: "report",
        subjectId: id,
        beforeHash,
        afterHash,
        detail: { changed: changedDerivedFields(stored, next), title: next.title },
      });
      return true;
    });
    return { changed };
  }

  /** Reads a report row inside a write transaction, locking it where the backend has row locks. */
  private async lockedRow(trx: Kysely<Database>, id: string): Promise<Selectable<ReportsTable>> {
    const row = await trx
      .selectFrom("reports")
      .selectAll()
      .where("id", "=", id)
      // PostgreSQL: FOR UPDATE serialises annotate and rederive on one row. SQLite has no row locks;
      // its write transactions (BEGIN IMMEDIATE) are already exclusive.
      .$if(this.ctx.traits.claimLocking === "for-update-skip-locked", (q) => q.forUpdate())
      .executeTakeFirst();
    if (!row) throw errors.notFound("report", id);
    return row;
  }

  async get(id: string): Promise<Report | null> {
    const [row] = (await reportById(this.ctx.readDb, { id })).rows;
    return row ? toReport(row) : null;
  }

  async resolveId(prefix: string): Promise<string | null> {
    const normalised = prefix.trim().toLowerCase();
    if (!ID_PREFIX.test(normalised)) throw errors.invalidIdPrefix(prefix);
    // A range instead of LIKE 'prefix%': it uses the primary-key btree on both backends (PostgreSQL's
    // LIKE needs text_pattern_ops or the C collation for that). 'g' sorts after every hex digit.
    const rows = await this.ctx.readDb
      .selectFrom("reports")
      .select("id")
      .where("id", ">=", normalised)
      .where("id", "<", `${normalised}g`)
      .limit(2)
      .execute();
    if (rows.length > 1) throw errors.ambiguousId(prefix);
    return rows[0]?.id ?? null;
  }

  async getOriginal(id: string): Promise<Uint8Array | null> {
    const row = await this.ctx.readDb
      .selectFrom("originals")
      .select("bytes")
      .where("sha256", "=", id)
      .executeTakeFirst();
    // Copy into a plain Uint8Array so callers get the same type from both drivers (both return Buffers).
    return row ? new Uint8Array(row.bytes) : null;
  }

  async list(options: { limit: number; offset: number }): Promise<ReportSummary[]> {
    const rows = await this.ctx.readDb
      .selectFrom("reports")
      .select(summaryColumns)
      // Both keys descending: the (retrieved_at, id) index is read backwards and stops after `limit`
      // rows; mixed directions made every page sort the whole table.
      .orderBy("retrieved_at", "desc")
      .orderBy("id", "desc")
      .limit(options.limit)
      .offset(options.offset)
      .execute();
    return rows.map(toSummary);
  }

  async count(options: { maxAgeMs?: number } = {}): Promise<number> {
    const { counts } = this.ctx.memo;
    const remembered = options.maxAgeMs ? counts.get("reports") : undefined;
    if (remembered !== undefined) return remembered;
    const row = await this.ctx.readDb
      .selectFrom("reports")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    const n = toNumber(row.n);
    if (options.maxAgeMs) counts.set("reports", n, options.maxAgeMs);
    return n;
  }

  async search(query: string, options: { limit: number }): Promise<(ReportSummary & { snippet: string })[]> {
    const terms = searchTerms(query);
    // Snippets come from the stored text as written (the index holds folded text), for the few rows
    // returned only; a match beyond the scanned opening part shows the opening instead.
    const rows = await this.ctx.traits.fts.search(this.ctx.readDb, terms, options.limit, SNIPPET_SCAN_CHARS);
    // Raw search SQL bypasses the typed builder: normalise numbers here as other reads do.
    return rows.map(({ opening, ...row }) => ({
      ...row,
      byteLength: toNumber(row.byteLength),
      snippet: buildSnippet(opening || (row.title ?? ""), terms, SNIPPET_OPEN, SNIPPET_CLOSE),
    }));
  }

  async verifyOriginals(): Promise<{ checked: number; mismatched: string[]; missing: string[] }> {
    const mismatched: string[] = [];
    const missing: string[] = [];
    let checked = 0;
    let afterId = "";
    for (;;) {
      const rows = await this.ctx.db
        .selectFrom("reports")
        .leftJoin("originals", "originals.sha256", "reports.id")
        .select(["reports.id as id", "originals.bytes as bytes"])
        .where("reports.id", ">", afterId)
        .orderBy("reports.id")
        .limit(VERIFY_PAGE)
        .execute();
      for (const row of rows) {
        if (row.bytes === null) {
          missing.push(row.id);
          continue;
        }
        checked += 1;
        if (sha256Hex(row.bytes) !== row.id) mismatched.push(row.id);
      }
      if (rows.length < VERIFY_PAGE) break;
      afterId = rows[rows.length - 1]?.id ?? afterId;
    }
    return { checked, mismatched, missing };
  }
}

/** The full-text entry of a report: title and text folded for search. */
function ftsDocument(report: Pick<Report, "id" | "title" | "text">) {
  return { id: report.id, title: foldForSearch(report.title ?? ""), text: foldForSearch(report.text) };
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
