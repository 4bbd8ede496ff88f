/**
 * Construction suites: synthetic sentences written from published definitions (ACLED's sub-event
 * types, DOMAIN.md's actors and R6 quantifiers, ordinary English grammar), never from eval texts. A
 * *family* is one construction ("<actor> <verb> <place> with <weapon>, killing <n> <victims>"); its
 * cases are instances with different villages (sampled from the built-in OCHA gazetteer), numbers,
 * actors and verbs. The split key is the family, so the test part holds out whole constructions: it
 * measures whether a rule written for one construction carries over to constructions nobody tuned on.
 */
import type { GoldLine } from "../gold-line.js";

export interface ConstructionCase {
  /** Unique within its area, e.g. "passive-by-agent#3". */
  id: string;
  /** The construction this case instantiates; the tuning/test split key. */
  family: string;
  /** The report's body text. */
  text: string;
  /** An optional headline (ingestion keeps it as the title). */
  title?: string;
  /** Publication date, YYYY-MM-DD. */
  published: string;
  /** One line per incident the text reports (place: null when it must yield none). */
  gold: GoldLine[];
}

export interface ConstructionArea {
  /** The set is named `constructions/<area>` in `npm run eval`. */
  area: string;
  /** Every case, deterministic (same output on every run). */
  cases(): ConstructionCase[];
}
