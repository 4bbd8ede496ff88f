/**
 * PostgreSQL full-text search: a tsvector column with a GIN index, written by the stores from text
 * folded for search (search-text.ts), queried with websearch_to_tsquery, which accepts any user input
 * without syntax errors.
 */
import { sql, type Kysely } from "kysely";
import type { FtsImplementation, SearchRow } from "../backend-traits.js";
import type { Database } from "../schema.js";

/**
 * A tsvector holds at most 1 MB; the index covers a report's first this-many characters, which keeps
 * even a report of unique words under that limit instead of failing its save.
 */
const INDEXED_CHARS = 400_000;

export const postgresFts: FtsImplementation = {
  async createIndex(db) {
    // 'simple' configuration: no stemming or stop words, because reports mix English, Arabic and
    // transliterated names, and an English stemmer would mangle the latter two.
    await db.schema
      .alterTable("reports")
      .addColumn("search", sql`tsvector`, (col) =>
        col.generatedAlwaysAs(sql`to_tsvector('simple', coalesce(title, '') || ' ' || text)`).stored(),
      )
      .execute();
    await db.schema.createIndex("reports_search_idx").on("reports").using("gin").column("search").execute();
  },

  async indexFoldedText(db) {
    // A generated column can only see text as stored; folding Arabic needs JavaScript, so the column
    // becomes a plain one that the stores write. Dropping it drops its GIN index too.
    await db.schema.alterTable("reports").dropColumn("search").execute();
    await db.schema
      .alterTable("reports")
      .addColumn("search", sql`tsvector`)
      .execute();
    await db.schema.createIndex("reports_search_idx").on("reports").using("gin").column("search").execute();
    const { reindexFoldedReports } = await import("../reindex-folded.js");
    await reindexFoldedReports(db, (document) => postgresFts.write(db, document, { replace: true }));
  },

  async write(trx, document) {
    const text = `${document.title} ${document.text.slice(0, INDEXED_CHARS)}`;
    await sql`update reports set search = to_tsvector('simple', ${text}) where id = ${document.id}`.execute(
      trx,
    );
  },

  async search(
    db: Kysely<Database>,
    terms: string[],
    limit: number,
    openingChars: number,
  ): Promise<SearchRow[]> {
    if (terms.length === 0) return [];
    // Ranked and limited first; only the winners' openings are cut from their text.
    const result = await sql<SearchRow>`
      select r.id, r.title, r.publisher, r.published_at as "publishedAt", r.language,
             r.retrieved_at as "retrievedAt", r.byte_length as "byteLength",
             substr(r.text, 1, ${openingChars}) as opening
      from (select r.id, ts_rank(r.search, q) as score
            from reports r, websearch_to_tsquery('simple', ${terms.join(" ")}) as q
            where r.search @@ q
            order by score desc, r.id
            limit ${limit}) as hits
      join reports r on r.id = hits.id
      order by hits.score desc, r.id`.execute(db);
    return result.rows;
  },
};
