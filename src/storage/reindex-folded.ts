/**
 * Walks every stored report in id order, a page at a time, and hands its search-folded title and text
 * to `write`: how migration 006 rebuilds either backend's full-text index with Arabic folding.
 */
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";
import { foldForSearch } from "./search-text.js";

const REINDEX_PAGE = 200;

export async function reindexFoldedReports(
  db: Kysely<Database>,
  write: (document: { id: string; title: string; text: string }) => Promise<void>,
): Promise<void> {
  for (let afterId = ""; ;) {
    const rows = await db
      .selectFrom("reports")
      .select(["id", "title", "text"])
      .where("id", ">", afterId)
      .orderBy("id")
      .limit(REINDEX_PAGE)
      .execute();
    for (const row of rows)
      await write({ id: row.id, title: foldForSearch(row.title ?? ""), text: foldForSearch(row.text) });
    if (rows.length < REINDEX_PAGE) break;
    afterId = rows[rows.length - 1]!.id;
  }
}
