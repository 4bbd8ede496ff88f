/**
 * The project's hand gold of real document pairs for resolution (eval/gold/resolve-pairs.jsonl and
 * eval/gold/resolve-docs.jsonl, conventions in eval/README.md): pairs of shared documents that report
 * the same event or different events at one place, and the publication date established for each
 * document from its text or URL. The texts stay in ../shared/data; the gold names them by path only.
 * Loading reads files; scoring (`scoreResolvePairs`) is pure.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { IncidentClaim } from "../src/domain/claim.js";
import { newsInput } from "./corpus-input.js";
import type { DocumentInput } from "./load-pipeline.js";
import { distanceKm, MATCH_RADIUS_KM } from "./score-extraction.js";
import { splitOf, type Split } from "./split.js";

export const PAIRS_SET = "resolve-pairs";

const PairLine = z.object({
  /** The place cluster; the tune/test split is by group, so one document never sits on both sides. */
  group: z.string().min(1),
  a: z.string().min(1),
  b: z.string().min(1),
  relation: z.enum(["same", "different"]),
  place: z.string().min(1),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  /** Names to match when the place has no coordinates. */
  names: z.array(z.string()).optional(),
  reason: z.string().min(1),
});
export type PairLine = z.infer<typeof PairLine>;

const DocLine = z.object({
  doc: z.string().min(1),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  from: z.string().nullable(),
});
export type DocLine = z.infer<typeof DocLine>;

function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

export function loadPairGold(goldDir: string): { pairs: PairLine[]; docs: DocLine[] } {
  return {
    pairs: readJsonl(join(goldDir, "resolve-pairs.jsonl"), PairLine),
    docs: readJsonl(join(goldDir, "resolve-docs.jsonl"), DocLine),
  };
}

function sourcesTsv(file: string): Map<string, Record<string, string>> {
  const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
  const header = (lines.shift() ?? "").split("\t");
  return new Map(
    lines.map((line) => {
      const cells = line.split("\t");
      return [cells[0] ?? "", Object.fromEntries(header.map((h, i) => [h, cells[i]?.trim() ?? ""]))];
    }),
  );
}

/**
 * The input a user would give for one shared document: its text, the URL and publisher it came from,
 * and the publication date the gold establishes (from its text or URL), or none.
 * Ids: `corpus/news/<n>`, `gold/<set>/<id>`, `external/<set>/<id>`.
 */
export function pairDocInput(dataDir: string, doc: DocLine): DocumentInput {
  const parts = doc.doc.split("/");
  const id = parts.pop() as string;
  const dir = join(dataDir, ...parts);
  let input: DocumentInput;
  if (parts[0] === "corpus") input = newsInput(join(dir, `${id}.txt`), doc.doc);
  else {
    const file = readdirSync(join(dir, "docs")).find((f) => f.startsWith(`${id}.`));
    if (!file) throw new Error(`${doc.doc}: no docs/${id}.* under ${dir}`);
    input = { bytes: readFileSync(join(dir, "docs", file)), originalName: doc.doc };
    const meta = sourcesTsv(join(dir, "SOURCES.tsv")).get(id);
    const url = meta?.url ?? "";
    const publisher = meta?.publisher || meta?.outlet || "";
    if (/^https?:/.test(url)) input.url = url;
    if (publisher) input.publisher = publisher;
  }
  if (doc.published) input.publishedAt = doc.published;
  else delete input.publishedAt;
  return input;
}

/**
 * The split of a document in the set it comes from: Airwars texts by their recorded incident
 * (`incidentOf`), corpus news texts as `corpus-news`, gold set texts as their set, by document id.
 */
export function docSplit(doc: string, incidentOf: (externalDoc: string) => string | undefined): Split {
  const parts = doc.split("/");
  const id = parts.pop() as string;
  if (parts[0] === "external") {
    const set = parts.join("/");
    return splitOf(set, incidentOf(doc) ?? id);
  }
  if (parts[0] === "corpus") return splitOf(`corpus-${parts[1] ?? ""}`, id);
  return splitOf(parts[1] ?? parts[0] ?? "", id);
}

/**
 * The split of each pair group: held out when its own hash says so, or when any of its documents is
 * held out in the set it comes from, so that no text of another set's test part is tuned on here.
 */
export function groupSplits(
  pairs: readonly PairLine[],
  incidentOf: (externalDoc: string) => string | undefined,
): Map<string, Split> {
  const out = new Map<string, Split>();
  for (const pair of pairs) {
    const held =
      out.get(pair.group) === "test" ||
      splitOf(PAIRS_SET, pair.group) === "test" ||
      docSplit(pair.a, incidentOf) === "test" ||
      docSplit(pair.b, incidentOf) === "test";
    out.set(pair.group, held ? "test" : "tune");
  }
  return out;
}

export interface PairDocClaims {
  doc: string;
  claims: { claim: IncidentClaim; incidentId: string }[];
}

/** The document's claim for the pair's place: nearest within 10 km, or by name without coordinates. */
export function pairClaim(
  doc: PairDocClaims,
  pair: PairLine,
  nameKey: (name: string) => string,
): { index: number; incidentId: string } | null {
  let best: { index: number; incidentId: string; km: number } | null = null;
  const keys = new Set((pair.names ?? [pair.place]).map(nameKey));
  for (const [index, { claim, incidentId }] of doc.claims.entries()) {
    const { lat, lon } = claim.place;
    let km: number | null = null;
    if (pair.lat !== null && pair.lon !== null && lat !== null && lon !== null)
      km = distanceKm(lat, lon, pair.lat, pair.lon);
    else if (
      pair.lat === null &&
      [claim.place.name, claim.place.mention].some((n) => n && keys.has(nameKey(n)))
    )
      km = 0;
    if (km !== null && km <= MATCH_RADIUS_KM && (best === null || km < best.km))
      best = { index, incidentId, km };
  }
  return best;
}

export interface PairOutcomeLine {
  pair: PairLine;
  /** merged: both claims in one incident; missing: a claim was not extracted at the place. */
  outcome: "merged" | "apart" | "missing";
  why: string;
}

export interface PairScore {
  same: number;
  different: number;
  /** Same-event pairs whose two claims exist. */
  sameScorable: number;
  differentScorable: number;
  found: number;
  falseMerges: number;
  recall: number | null;
  recallAll: number | null;
  precision: number | null;
  lines: PairOutcomeLine[];
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

/**
 * Pairwise scores: recall over same-event pairs, precision over merged labelled pairs (a merged
 * different-event pair is a false merge).
 * @param explain why two claims (document, claim index) were kept apart
 */
export function scoreResolvePairs(
  pairs: readonly PairLine[],
  docs: ReadonlyMap<string, PairDocClaims>,
  nameKey: (name: string) => string,
  explain: (a: { doc: string; index: number }, b: { doc: string; index: number }) => string,
): PairScore {
  const lines: PairOutcomeLine[] = pairs.map((pair) => {
    const da = docs.get(pair.a);
    const db = docs.get(pair.b);
    const ga = da ? pairClaim(da, pair, nameKey) : null;
    const gb = db ? pairClaim(db, pair, nameKey) : null;
    if (!ga || !gb) {
      const missing = [!ga ? pair.a : null, !gb ? pair.b : null].filter(Boolean).join(" and ");
      return { pair, outcome: "missing", why: `no claim at ${pair.place} in ${missing}` };
    }
    if (ga.incidentId === gb.incidentId) return { pair, outcome: "merged", why: "same incident" };
    return {
      pair,
      outcome: "apart",
      why: explain({ doc: pair.a, index: ga.index }, { doc: pair.b, index: gb.index }),
    };
  });
  const of = (relation: PairLine["relation"]) => lines.filter((l) => l.pair.relation === relation);
  const same = of("same");
  const different = of("different");
  const found = same.filter((l) => l.outcome === "merged").length;
  const falseMerges = different.filter((l) => l.outcome === "merged").length;
  const sameScorable = same.filter((l) => l.outcome !== "missing").length;
  return {
    same: same.length,
    different: different.length,
    sameScorable,
    differentScorable: different.filter((l) => l.outcome !== "missing").length,
    found,
    falseMerges,
    recall: ratio(found, sameScorable),
    recallAll: ratio(found, same.length),
    precision: ratio(found, found + falseMerges),
    lines,
  };
}
