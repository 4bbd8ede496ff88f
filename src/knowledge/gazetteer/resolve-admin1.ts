/**
 * Resolves a governorate mention in any spelling or phrasing ("Idleb", "rural Idleb", "Idlib province",
 * "إدلب", "ريف حلب الغربي", "Damascus countryside") to its canonical admin1 name.
 */
import { exactKey, transliterationKey } from "./transliteration-key.js";
import { SYRIA_GOVERNORATES, type Governorate } from "./governorates.js";

/** Words around a governorate name that do not change which governorate it is. */
const QUALIFIERS_EN =
  /\b(the|of|in|rural|countryside|suburbs?|province|governorate|muhafazat|region|area|city|countrysides|northern|southern|eastern|western|central|north|south|east|west|north-?western|north-?eastern|south-?western|south-?eastern|northwest(ern)?|northeast(ern)?|southwest(ern)?|southeast(ern)?)\b/gi;
const RURAL_EN = /\b(rural|countryside|suburbs?)\b/i;
const QUALIFIERS_AR =
  /(^|\s)(ريف|محافظة|محافظه|مدينة|مدينه|شمال|جنوب|شرق|غرب|الشمالي|الجنوبي|الشرقي|الغربي|الشمالية|الجنوبية|الشرقية|الغربية|في)(?=\s|$)/g;
const RURAL_AR = /(^|\s)ريف(\s|$)/;

interface Admin1Index {
  byKey: Map<string, Governorate>;
  countryside: Map<string, Governorate>;
}

function buildIndex(governorates: readonly Governorate[]): Admin1Index {
  const byKey = new Map<string, Governorate>();
  const countryside = new Map<string, Governorate>();
  for (const g of governorates) {
    for (const name of [g.name, ...g.aliases]) {
      byKey.set(`x:${exactKey(name)}`, g);
      byKey.set(`t:${transliterationKey(name)}`, g);
    }
    if (g.countrysideOf) countryside.set(g.countrysideOf, g);
  }
  return { byKey, countryside };
}

let syriaIndex: Admin1Index | undefined;

function lookup(index: Admin1Index, phrase: string): Governorate | undefined {
  if (!phrase.trim()) return undefined;
  return index.byKey.get(`x:${exactKey(phrase)}`) ?? index.byKey.get(`t:${transliterationKey(phrase)}`);
}

/**
 * Canonical governorate for a mention, or null.
 * @example resolveAdmin1Name("rural Idleb") // "Idlib"
 * @example resolveAdmin1Name("Damascus countryside") // "Rif Dimashq"
 */
export function resolveAdmin1Name(
  mention: string,
  governorates: readonly Governorate[] = SYRIA_GOVERNORATES,
): string | null {
  if (governorates !== SYRIA_GOVERNORATES) return resolveUncached(mention, governorates);
  const cached = syriaMemo.get(mention);
  if (cached !== undefined) return cached;
  if (syriaMemo.size >= 50_000) syriaMemo.clear();
  const result = resolveUncached(mention, governorates);
  syriaMemo.set(mention, result);
  return result;
}

/**
 * The governorate a mention spells exactly (one of its own names or listed spellings, qualifiers aside),
 * not merely at the transliteration level; else null.
 * @example admin1BySpelling("rural Idleb") // "Idlib"
 * @example admin1BySpelling("Sawda") // null (only sounds like Sweida)
 */
export function admin1BySpelling(mention: string): string | null {
  const index = (syriaIndex ??= buildIndex(SYRIA_GOVERNORATES));
  const exact = (phrase: string) => (phrase.trim() ? index.byKey.get(`x:${exactKey(phrase)}`) : undefined);
  const core = mention.replace(QUALIFIERS_EN, " ").replace(QUALIFIERS_AR, " ").replace(/\s+/g, " ").trim();
  return (exact(mention) ?? exact(core))?.name ?? null;
}

/** Memoised answers for the built-in Syrian governorates (the extraction stage asks the same phrases often). */
const syriaMemo = new Map<string, string | null>();

function resolveUncached(mention: string, governorates: readonly Governorate[]): string | null {
  const index =
    governorates === SYRIA_GOVERNORATES
      ? (syriaIndex ??= buildIndex(governorates))
      : buildIndex(governorates);
  const whole = lookup(index, mention);
  if (whole) return whole.name;
  const core = mention.replace(QUALIFIERS_EN, " ").replace(QUALIFIERS_AR, " ").replace(/\s+/g, " ").trim();
  const found = lookup(index, core);
  if (!found) return null;
  const rural = RURAL_EN.test(mention) || RURAL_AR.test(mention);
  if (rural) return index.countryside.get(found.name)?.name ?? found.name;
  return found.name;
}
