/**
 * PostgreSQL full-text search: a generated tsvector column with a GIN index, queried with
 * websearch_to_tsquery, which accepts any user input without syntax errors.
 */
import { sql, type Kysely } from "kysely";
import type { FtsImplementation, SearchRow } from "../backend-traits.js";
import type { Database } from "../schema.js";
import { SNIPPET_CLOSE, SNIPPET_OPEN } from "../snippet-markers.js";

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

  async search(db: Kysely<Database>, query: string, limit: number): Promise<SearchRow[]> {
    if (!/[\p{L}\p{N}]/u.test(query)) return [];
    const options = `StartSel="${SNIPPET_OPEN}", StopSel="${SNIPPET_CLOSE}", MaxWords=24, MinWords=8`;
    const result = await sql<SearchRow>`
      select r.id, r.title, r.publisher, r.published_at as "publishedAt", r.language,
             r.retrieved_at as "retrievedAt", r.byte_length as "byteLength",
             ts_headline('simple', coalesce(r.title, '') || ' ' || r.text, q, ${options}) as snippet
      from reports r, websearch_to_tsquery('simple', ${query}) as q
      where r.search @@ q
      order by ts_rank(r.search, q) desc, r.id
      limit ${limit}`.execute(db);
    return result.rows;
  },
};
