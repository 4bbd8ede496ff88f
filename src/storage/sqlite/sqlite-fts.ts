/**
 * SQLite full-text search: an FTS5 table over report titles and clean text, folded for search
 * (search-text.ts) by the stores in the transaction that writes the report, and a query sanitiser so
 * that arbitrary user input is never read as FTS5 syntax. Ranking runs in the FTS table alone; the
 * caller builds snippets for the few rows returned.
 */
import { sql, type Kysely } from "kysely";
import type { FtsImplementation, SearchRow } from "../backend-traits.js";
import type { Database } from "../schema.js";

/**
 * Turns search terms into an FTS5 query that cannot be a syntax error: each word becomes a quoted
 * string (embedded quotes doubled), words are ANDed; operators, parentheses, column filters and
 * stray punctuation lose their meaning. Returns null when nothing searchable is left.
 *
 * @example toFts5Query('air strike" OR (Idlib') // '"air" "strike""" "OR" "(Idlib"'
 */
export function toFts5Query(input: string | string[]): string | null {
  const terms = (Array.isArray(input) ? input : input.split(/\s+/u))
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

  async indexFoldedText(db) {
    // Triggers can only copy text as stored; folding Arabic needs JavaScript, so the stores write the
    // index themselves from now on (the delete trigger stays). Existing rows are re-indexed folded.
    await sql`drop trigger if exists reports_fts_insert`.execute(db);
    await sql`drop trigger if exists reports_fts_update`.execute(db);
    await sql`delete from reports_fts`.execute(db);
    const { reindexFoldedReports } = await import("../reindex-folded.js");
    await reindexFoldedReports(db, (document) => sqliteFts.write(db, document, { replace: false }));
  },

  async write(trx, document, options) {
    // `id` is an unindexed column of the FTS table, so this delete reads the whole column: fine for
    // a re-derivation now and then, never done for a new report.
    if (options.replace) await sql`delete from reports_fts where id = ${document.id}`.execute(trx);
    await sql`insert into reports_fts (id, title, text)
      values (${document.id}, ${document.title}, ${document.text})`.execute(trx);
  },

  async search(db: Kysely<Database>, terms: string[], limit: number, openingChars: number) {
    const match = toFts5Query(terms);
    if (match === null) return [];
    // Rank inside the FTS table first, by rowid (reading each match's id column cost a lookup per
    // match), and join only the winners: their id, then their report row.
    const result = await sql<SearchRow>`
      select r.id, r.title, r.publisher, r.published_at as "publishedAt", r.language,
             r.retrieved_at as "retrievedAt", r.byte_length as "byteLength",
             substr(r.text, 1, ${openingChars}) as opening
      from (select rowid as hit, rank from reports_fts where reports_fts match ${match}
            order by rank limit ${limit}) as hits
      join reports_fts f on f.rowid = hits.hit
      join reports r on r.id = f.id
      order by hits.rank, r.id`.execute(db);
    return result.rows;
  },
};
