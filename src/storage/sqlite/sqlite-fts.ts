/**
 * SQLite full-text search: an FTS5 table over report titles and clean text, kept in sync by triggers
 * (so every insert path, inside whatever transaction, updates it), and a query sanitiser so that
 * arbitrary user input is never read as FTS5 syntax.
 */
import { sql, type Kysely } from "kysely";
import type { FtsImplementation, SearchRow } from "../backend-traits.js";
import type { Database } from "../schema.js";
import { SNIPPET_CLOSE, SNIPPET_OPEN } from "../snippet-markers.js";

/**
 * Turns user input into an FTS5 query that cannot be a syntax error: each word becomes a quoted
 * string (embedded quotes doubled), words are ANDed; operators, parentheses, column filters and
 * stray punctuation lose their meaning. Returns null when nothing searchable is left.
 *
 * @example toFts5Query('air strike" OR (Idlib') // '"air" "strike""" "OR" "(Idlib"'
 */
export function toFts5Query(input: string): string | null {
  const terms = input
    .split(/\s+/u)
    // A term with no letter or digit tokenises to nothing; FTS5 would match nothing with it anyway.
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .map((term) => `"${term.replace(/"/g, '""')}"`);
  return terms.length > 0 ? terms.join(" ") : null;
}

export const sqliteFts: FtsImplementation = {
  async createIndex(db) {
    // A self-contained FTS5 table (not external-content keyed by rowid): reports has a text primary
    // key, so its implicit rowids may be renumbered by VACUUM, which would silently corrupt an
    // external-content index. The extra copy of the text is the price of robustness.
    await sql`create virtual table reports_fts using fts5(
      id unindexed, title, text, tokenize = 'unicode61 remove_diacritics 2'
    )`.execute(db);
    await sql`create trigger reports_fts_insert after insert on reports begin
      insert into reports_fts (id, title, text) values (new.id, coalesce(new.title, ''), new.text);
    end`.execute(db);
    await sql`create trigger reports_fts_update after update of title, text on reports begin
      update reports_fts set title = coalesce(new.title, ''), text = new.text where id = old.id;
    end`.execute(db);
    await sql`create trigger reports_fts_delete after delete on reports begin
      delete from reports_fts where id = old.id;
    end`.execute(db);
  },

  async search(db: Kysely<Database>, query: string, limit: number): Promise<SearchRow[]> {
    const match = toFts5Query(query);
    if (match === null) return [];
    const result = await sql<SearchRow>`
      select r.id, r.title, r.publisher, r.published_at as "publishedAt", r.language,
             r.retrieved_at as "retrievedAt", r.byte_length as "byteLength",
             snippet(reports_fts, -1, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 16) as snippet
      from reports_fts join reports r on r.id = reports_fts.id
      where reports_fts match ${match}
      order by reports_fts.rank, r.id
      limit ${limit}`.execute(db);
    return result.rows;
  },
};
