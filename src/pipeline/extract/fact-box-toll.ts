/**
 * The toll of a fact box. Investigations open each incident with a block of "Label: value" lines
 * ("Location: IDLIB : Altah", "Date: 19/09/2017", "Reported killed: One killed (…)") and tell the attack
 * in prose after it, often without the toll. The deaths of the box's killed line are those of the
 * incident at the one claimed place the box names, on the box's day when it gives one; that claim takes
 * them when its own text gave no deaths. A box naming two claimed places, or meaning two claims, gives
 * none.
 */
import type { ClaimDraft } from "./claim-draft.js";
import { filledToll } from "./claim-tolls.js";
import type { SentenceFacts } from "./make-claims.js";

/** A "Label: value" line: a short capitalised label, a colon, then a value. */
const LABEL_LINE_RE = /^\s*\p{Lu}[\p{L} ]{0,30}:\s*\S/u;
/** A label that counts the dead ("Reported killed:", "Deaths:", "Fatalities:"). */
const KILLED_LABEL_RE = /^\s*[\p{L} ]{0,30}\b(?:killed|deaths?|dead|fatalities)\s*:/iu;
/** How many label lines in a row make a fact box (two could be any pair of headed lines). */
const MIN_LINES = 3;

interface FactBox {
  /** The box's lines, lower-cased and joined. */
  text: string;
  day: string | null;
  toll: SentenceFacts["casualties"];
}

function boxOf(lines: SentenceFacts[]): FactBox | null {
  const toll = lines
    .filter((f) => KILLED_LABEL_RE.test(f.sentence.text))
    .flatMap((f) => f.casualties)
    .filter((c) => c.kind === "killed" && !c.cumulative && c.range.min > 0);
  if (toll.length !== 1) return null;
  const days = new Set(
    lines.flatMap((f) =>
      f.dates.filter((d) => d.precision === "day" && d.startDate).map((d) => d.startDate!),
    ),
  );
  const text = lines.map((f) => f.sentence.text.toLowerCase()).join("\n");
  return { text, day: days.size === 1 ? [...days][0]! : null, toll };
}

const placeKey = (d: ClaimDraft) =>
  d.place.entry ? `e:${d.place.entry.id}` : `n:${d.place.candidate.mention.toLowerCase()}`;

/** The box names the claim's place: its mention as a whole word of a line. */
function names(box: FactBox, d: ClaimDraft): boolean {
  const mention = d.place.candidate.mention.toLowerCase();
  let at = box.text.indexOf(mention);
  while (at >= 0) {
    const before = box.text[at - 1];
    const after = box.text[at + mention.length];
    if (!(before && /\p{L}/u.test(before)) && !(after && /\p{L}/u.test(after))) return true;
    at = box.text.indexOf(mention, at + 1);
  }
  return false;
}

/** The fact boxes of a report: runs of at least three label lines in a row. */
function factBoxes(facts: SentenceFacts[]): FactBox[] {
  const out: FactBox[] = [];
  let run: SentenceFacts[] = [];
  const flush = () => {
    const box = run.length >= MIN_LINES ? boxOf(run) : null;
    if (box) out.push(box);
    run = [];
  };
  for (const f of facts) {
    if (LABEL_LINE_RE.test(f.sentence.text)) run.push(f);
    else flush();
  }
  flush();
  return out;
}

/**
 * Claims with the tolls of the fact boxes that describe them.
 * @example withFactBoxTolls(text, facts, drafts)  // "Altah" takes 1 from "Reported killed: One killed"
 */
export function withFactBoxTolls(text: string, facts: SentenceFacts[], drafts: ClaimDraft[]): ClaimDraft[] {
  let out = drafts;
  for (const box of factBoxes(facts)) {
    const named = out.filter((d) => d.place.precision === "settlement" || d.place.precision === "unresolved");
    const places = new Set(named.filter((d) => names(box, d)).map(placeKey));
    if (places.size !== 1) continue;
    const [key] = places;
    const meant = named.filter(
      (d) =>
        placeKey(d) === key && !d.casualties?.killed && (box.day === null || d.date?.startDate === box.day),
    );
    if (meant.length !== 1) continue;
    const claim = meant[0]!;
    const toll = filledToll(text, claim.casualties, box.toll);
    if (toll) out = out.map((d) => (d === claim ? { ...d, casualties: toll } : d));
  }
  return out;
}
