/**
 * Name spans of a sentence: runs of capitalised words with Arabic particles ("al-Fu’ah", "Kafr
 * Shaliyah", "Jabal al Zawiyah", "Ma'arrat al-Nu'man"), cut at words that are never part of a place
 * name (function words, calendar words, organisation heads, nationality adjectives), at hyphenated
 * adjectives ("Turkish-backed") and after trailing kind words ("X Village"); and the length of a
 * dateline or heading opening a sentence. What each span is in its sentence is decided in
 * place-candidates.ts.
 */

import { SYRIA_GOVERNORATES } from "../../knowledge/gazetteer/governorates.js";
import { NOUNS } from "./casualties/victim-lexicon.js";

const PARTICLE = "(?:[Aa]l|[Ee]l|[Aa]d|[Aa]sh|[Aa]s|[Aa]t|[Aa]r|[Aa]n|[Aa]z|[Ee]d|[Ee]s|[Ee]z|[Uu]m|[Aa]bu)";
const WORD = `(?:${PARTICLE}[-‑'’] ?)?[A-Z][\\p{L}\\p{M}'’ʿ\`]*(?:-[\\p{L}\\p{M}'’ʿ]+)*`;
const JOIN = `(?:\\s(?:(?:al|el|ad|ash|as|bin|ibn|abu|um)\\s)?)`;
const NAME_RE = new RegExp(`${WORD}(?:${JOIN}${WORD})*`, "gu");

/** Nationality, ethnic and religious-community words: adjectives or nouns, never place names. */
const DEMONYMS =
  "Iraqi Iraqis Assyrian Assyrians Lebanese Jordanian Turkmen Yazidi Yazidis Armenian Armenians Circassian " +
  "Saudi Qatari Emirati Egyptian Palestinian Palestinians Pakistani Chechen Uzbek Uyghur Chinese Libyan " +
  "Sudanese Yemeni Ukrainian European German Bedouin Bedouins Shia Shiites Ismaili Muslim Muslims Sunnis " +
  "Alawites Kurds Turks Arabs Iranians Israelis Americans Christians Druzes";
/**
 * A facility word ends a name run ("Orient Hospital" → "Orient" followed by a facility word), so the
 * name before it is judged by FACILITY_AFTER; a bare facility word ("Hospital") is never a place. Works
 * are named by what they make before the kind of works ("X Water Station", "X Power Plant"): those
 * words end the run as well.
 */
const FACILITY_WORDS: ReadonlySet<string> = new Set(
  (
    "Hospital Hospitals Clinic Mosque Church School University Faculty Bakery Stadium Prison Ambulance " +
    "System Station Stations Plant Silo Silos Mill Water Power Pumping Electricity Wastewater"
  ).split(" "),
);
export const FACILITY_WORD = new RegExp(`^(?:${[...FACILITY_WORDS].join("|")})$`, "u");
/**
 * A dateline or heading opening a sentence: "BEIRUT, Dec 3, 2019 (AFP) -", "Hama, SANA –",
 * "North-western Hama —", "Idlib:". It says where the report was filed or which area follows.
 */
const DATELINE_RE =
  /^\(?[\p{Lu}][\p{L}\p{M}'’ -]{1,40}?(?:,\s*[\p{L}\d .,]{1,30}?)?\s*(?:\([^)]{1,40}\))?\)?\s*(?:—|–|-{1,2}|:)\s/u;

/** Capitalised words that are never part of a place name. */
const STOP = new Set(
  (
    "The A An In On At Of And Or But For With By From To As Into Onto Near Over Under After Before During While " +
    "Meanwhile Moreover Furthermore Yesterday Today Tonight Tomorrow Accordingly Also However Since Earlier Later " +
    "Last Next This That These Those It Its He She They We I His Her Their Our Another Other Some Several Many " +
    "According Although Despite Following Amid Thus Then There Here Where When What Who Which Whose Why How " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August " +
    "September October November December Syrian Syrians Russian Russians Iranian Turkish Israeli American Kurdish " +
    "Arab Arabic Afghan French British Islamic Shiite Sunni Alawite Christian Druze Regime Government Forces Army " +
    "Army's Military Police Security Observatory Human Rights Network Council Coalition Opposition Interim " +
    "Civil Defence Defense Helmets White Health Directorate Ministry Committee Assembly General President Head " +
    "Mr Mrs Dr Sheikh Commander Colonel General Brigade Division Front Corps Movement Organisation Organization " +
    "Party Union Nations United UN SOHR SNHR SOC SIG HTS SDF SNA ISIS IS AP AFP Reuters BEIRUT Breaking Update " +
    "Death Toll New Read Source Sources Activists Activist Photo Video Image Statement Report Reports News " +
    "Northern Southern Eastern Western North South East West Central Greater Upper Lower Old Al Deputy Minister " +
    "Responsibility Protect Chapter Charter Resolution Article Emergency De-escalation Zone Syria's " +
    // Organisation heads ("North Press", "Hawar News Agency"): never part of a place name.
    "Press Agency Media Centre Center Channel Radio TV Foundation Institute Society Association Convention " +
    // Platforms, document furniture and calendar words of long NGO reports ("published on YouTube",
    // "Appendix", "Sept 2016", "Winter"): never a place name.
    "YouTube Facebook Twitter Telegram WhatsApp Instagram TikTok Google Bellingcat Archive Map Maps Appendix " +
    "Note Notes Result Results Outcome Details Casualties " +
    "Analysis Geolocation Methodology Summary Introduction Conclusion Conclusions Findings Figure Fig Table " +
    "Timeline Incident Incidents Location Locations Coordinates Witness Witnesses Testimony English " +
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Winter Summer Spring Autumn Residential Munitions Used " +
    // Nationality and community adjectives ("the Iraqi border", "Assyrian villages").
    DEMONYMS
  ).split(" "),
);
/**
 * A governorate's one-word name in capitals ("Location: IDLIB : Altah", "HAMA —"): fact boxes and
 * headings write the governorate so; it is a name, not an acronym like "SOHR".
 */
const GOVERNORATE_CAPITALS: ReadonlySet<string> = new Set(
  SYRIA_GOVERNORATES.flatMap((g) => [g.name, ...g.aliases])
    .filter((n) => /^[A-Za-z]{4,}$/.test(n))
    .map((n) => n.toUpperCase()),
);
/** Trailing kind words: stripped from the mention and recorded. */
const KIND_WORDS: ReadonlySet<string> = new Set(
  "Village Town City Province Governorate Countryside District Area Region Township Camp".split(" "),
);
/** Plural kind words and generic place nouns ("Areas in X", "Villages of Y"): never a name of their own. */
const KIND_PLURALS: ReadonlySet<string> = new Set(
  (
    "Villages Towns Cities Provinces Governorates Districts Areas Regions Townships Camps Outskirts Parts " +
    "Neighbourhoods Neighborhoods Suburbs Surroundings Vicinity Environs"
  ).split(" "),
);
/** Arabic particles inside a name ("Jabal al Zawiyah"): never a name's first or last word. */
const PARTICLES: ReadonlySet<string> = new Set("al el ad ash as bin ibn abu um".split(" "));
/**
 * A hyphenated adjective ("Government-held", "Turkish-backed", "Kurdish-led"): its last part is a
 * lower-case participle, which a place name never ends with.
 */
const HYPHEN_ADJECTIVE =
  /^[\p{Lu}][\p{L}'’]*(?:-[\p{L}]+)*-(?:[a-z]+ed|held|run|led|made|built|born|bred|style|majority|speaking|wide|era|side)$/u;
export interface RawSpan {
  start: number;
  end: number;
}

const DATELINE_LOWER_OK =
  /^(?:of|al|el|ez|ad|ash|as|rural|countryside|city|province|governorate|(?:north|south)?-?(?:east|west|north|south)(?:ern)?)$/;

/** The last sentence asked and its answer: the name spans and the place candidates of a sentence both ask. */
let lastDateline = { sentence: "", length: 0 };

/** Length of the dateline or heading opening `sentence`, 0 when there is none. */
export function datelineLength(sentence: string): number {
  if (sentence !== lastDateline.sentence) lastDateline = { sentence, length: readDatelineLength(sentence) };
  return lastDateline.length;
}

const WORD_RE = /\S+/g;

function readDatelineLength(sentence: string): number {
  const m = DATELINE_RE.exec(sentence);
  if (!m) return 0;
  const lower = m[0].match(/(?<![\p{L}'’-])[a-z][a-z-]*/gu) ?? [];
  if (lower.some((w) => !DATELINE_LOWER_OK.test(w.replace(/^-+|-+$/g, "")))) return 0;
  // "X: two children.", "X — mortar shell, 2 wounded" are breakdown lines, not headings: a heading
  // introduces a full sentence. The words after it are counted up to six, not split off.
  let rest = 0;
  WORD_RE.lastIndex = m[0].length;
  while (rest < 6 && WORD_RE.exec(sentence)) rest++;
  const colon = m[0].trimEnd().endsWith(":");
  if (rest < 6 && (colon || rest > 0)) return 0;
  return m[0].length;
}

/** `text.slice(0, end)` ends in a possessive "'s" or "’s" (what /['’]s$/ matches). */
function endsInPossessive(text: string, end: number): boolean {
  if (end < 2 || text.charCodeAt(end - 1) !== 0x73) return false;
  const mark = text.charCodeAt(end - 2);
  return mark === 0x27 || mark === 0x2019;
}

/** Split a regex match into runs of non-stop words, stripping trailing kind words. */
function splitOnStops(text: string, start: number): RawSpan[] {
  const out: RawSpan[] = [];
  const wordRe = /\S+/g;
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart >= 0) out.push({ start: start + runStart, end: start + runEnd });
    runStart = -1;
  };
  const words: { s: number; e: number; w: string }[] = [];
  for (let m = wordRe.exec(text); m; m = wordRe.exec(text))
    words.push({ s: m.index, e: m.index + m[0].length, w: m[0] });
  // Every word of every name run is asked: word lists are sets, and the suffix and hyphen tests read
  // characters before any regular expression runs.
  for (let i = 0; i < words.length; i++) {
    const { s, e, w } = words[i]!;
    const bare = endsInPossessive(w, w.length) ? w.slice(0, -2) : w;
    const isParticle = PARTICLES.has(w);
    if (bare.includes("-") && HYPHEN_ADJECTIVE.test(bare)) {
      flush();
      continue;
    }
    // A kind word alone ("IDP Camp", "Areas in X had …") names no place: only after a name does it end one.
    if (runStart < 0 && (KIND_WORDS.has(bare) || KIND_PLURALS.has(bare))) continue;
    // A plural kind word after names is their common head ("Jurin and Na'orat Jurin Villages", as "the
    // villages of A and B"): it ends the name as a singular one does, never belongs to it.
    const ends = (KIND_WORDS.has(w) || KIND_PLURALS.has(bare) || FACILITY_WORDS.has(w)) && runStart >= 0;
    // An acronym, plural ones too ("SOHR", "IDPs"), is no place name.
    const acronym = /^[A-Z]{2,}s?$/.test(w) && !GOVERNORATE_CAPITALS.has(w);
    if (STOP.has(w) || STOP.has(bare) || ends || acronym) {
      flush();
      continue;
    }
    if (isParticle && runStart < 0) continue;
    if (runStart < 0) runStart = s;
    runEnd = e;
    // A possessive ends a name: "Aleppo's Termaneen district" is Termaneen, of Aleppo.
    if (bare !== w && i < words.length - 1) flush();
  }
  flush();
  // A run may not end in a bare particle.
  return out
    .map((r) => {
      const t = text
        .slice(r.start - start, r.end - start)
        .replace(/\s+(?:al|el|ad|ash|as|bin|ibn|abu|um)$/, "");
      return { start: r.start, end: r.start + t.length };
    })
    .filter((r) => r.end > r.start);
}

/**
 * Stop words that also open gazetteer names ("Arab Hasan", "Upper Baqras", "Western Shmuka", "Old
 * Aleppo", "Sheikh Hmeid"): an adjective or a title in running text, so they cut a run, but kept when
 * the whole name is known.
 */
const NAME_OPENING_STOP =
  /(?:^|[^\p{L}'’-])(Arab|Turkmen|Kurdish|Upper|Lower|Old|New|Northern|Southern|Eastern|Western|Central|Greater|Sheikh|Sheik|Shaikh|Shaykh)\s$/u;

/**
 * Name spans of a sentence (offsets inside it), minus excluded spans and "X (Y)" alternate spellings.
 * @param known when given, a name the gazetteer knows: a span is extended over an adjective that opens
 *   a known name ("Arab Hassan")
 */
export function nameSpans(
  sentence: string,
  offset: number,
  excluded: RawSpan[],
  known?: (name: string) => boolean,
): RawSpan[] {
  const spans: RawSpan[] = [];
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(sentence); m; m = NAME_RE.exec(sentence)) {
    const runs = joinOverArticle(sentence, splitOnStops(m[0], m.index));
    for (let raw of known ? joinOverStops(m[0], m.index, runs, known) : runs) {
      if (isOpeningPersonNoun(sentence, raw)) continue;
      raw = withLowerCaseHead(sentence, raw);
      const r = known ? knownFacilityTown(sentence, extendOverOpeningStop(sentence, raw, known), known) : raw;
      const possessive = r.end - r.start >= 2 && endsInPossessive(sentence, r.end);
      const end = possessive ? r.end - 2 : r.end;
      if (excluded.some((x) => offset + r.start < x.end && offset + end > x.start)) continue;
      if (end - r.start < 3) continue;
      spans.push({ start: r.start, end });
    }
  }
  const capital = datelineCapitals(sentence, spans);
  if (capital) spans.unshift(capital);
  if (!known) return spans;
  const lower = lowerCaseNames(sentence, known, spans).filter(
    (r) => !excluded.some((x) => offset + r.start < x.end && offset + r.end > x.start),
  );
  if (lower.length === 0) return spans;
  const outside = spans.filter((r) => !lower.some((l) => l.start <= r.start && r.end <= l.end));
  return [...outside, ...lower].sort((a, b) => a.start - b.start);
}

/**
 * A person noun capitalised only because it opens the sentence ("Residents of A woke to …", "Civilians
 * fled …"): a common noun, not a name (a following "of A" would otherwise read A as inside it).
 */
function isOpeningPersonNoun(sentence: string, r: RawSpan): boolean {
  const word = sentence.slice(r.start, r.end);
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    /^[\s"“'‘(]*$/u.test(sentence.slice(0, r.start)) &&
    NOUNS.has(word.toLowerCase())
  );
}

/** A dateline's town in capitals: "QAMISHLI, Syria (North Press) –", "TEL TAMR, Syria –". */
const CAPITALS_DATELINE_RE = /^\s*([A-Z][A-Z'’-]{2,}(?:\s[A-Z][A-Z'’-]{2,}){0,2})(?=\s*,|\s*\(|\s+[—–-]\s)/;

/**
 * The town a dateline opens with in capitals (a run of capitals is otherwise an acronym, "SOHR"): the
 * town the report was filed from, a place name like any other.
 */
function datelineCapitals(sentence: string, spans: RawSpan[]): RawSpan | null {
  if (datelineLength(sentence) === 0) return null;
  const m = CAPITALS_DATELINE_RE.exec(sentence);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  return spans.some((r) => r.start < end && r.end > start) ? null : { start, end };
}

/**
 * A lower-case word in a frame that only a place name fills: "shells hit jrablus outskirts", "the
 * village of kafrnabl", "in binnish town". Social-media and hurried texts drop capitals; the word counts
 * only when the gazetteer knows it and it is none of the English words that fill the same frames.
 */
const LOWER_NAME_FRAMES: { frame: RegExp; needs: string[] }[] = [
  {
    frame: /(?<![\p{L}'’-])((?:al-|el-)?[a-z][a-z'’-]{3,})\s+(?:outskirts|countryside|suburbs)\b/gu,
    needs: ["outskirts", "countryside", "suburbs"],
  },
  {
    frame: /\b(?:village|town|city) of\s+((?:al-|el-)?[a-z][a-z'’-]{3,})(?![\p{L}'’-])/gu,
    needs: ["village of", "town of", "city of"],
  },
  // A quarter or district of a named city: "the Al atarib district of Aleppo", "the khan Touman district
  // of Aleppo" (a lower-case word that opens a capitalised name is part of it when the whole is known).
  {
    frame:
      /(?<![\p{L}'’-])((?:(?:[Aa]l|[Ee]l)[ -])?[a-z][a-z'’-]{2,}(?: \p{Lu}[\p{L}'’-]+)?)\s+(?:district|neighbou?rhood|quarter)\s+(?:of|in)\s/gu,
    needs: ["district", "neighbourhood", "neighborhood", "quarter"],
  },
];
const FRAME_WORDS = new Set(
  (
    "the its their his her our your this that these those city town village area areas region nearby " +
    "surrounding rural eastern western northern southern central north south east west northeastern " +
    "northwestern southeastern southwestern north-eastern north-western south-eastern south-western " +
    "far near immediate vast wider whole entire same other another several many some neighbouring " +
    "neighboring adjacent besieged liberated occupied devastated provincial administrative " +
    "capital origin residence choice birth refuge displacement about some around nearly over more less " +
    "than almost approximately roughly just only with without which what where whose"
  ).split(" "),
);

function lowerCaseNames(sentence: string, known: (name: string) => boolean, taken: RawSpan[]): RawSpan[] {
  const out: RawSpan[] = [];
  for (const { frame, needs } of LOWER_NAME_FRAMES) {
    // Each frame's words are literal and case-sensitive: a sentence without any of them cannot match,
    // and most sentences have none, so the scan (a lookbehind tried at every character) is skipped.
    if (!needs.some((word) => sentence.includes(word))) continue;
    frame.lastIndex = 0;
    for (let m = frame.exec(sentence); m; m = frame.exec(sentence)) {
      const word = m[1]!;
      const start = m.index + m[0].indexOf(word);
      const end = start + word.length;
      // A capitalised span inside the word run ("Touman" of "khan Touman") gives way to the whole.
      const clash = taken.some((t) => start < t.end && end > t.start && (t.start < start || t.end > end));
      if (FRAME_WORDS.has(word.toLowerCase()) || clash) continue;
      if (known(word)) out.push({ start, end });
    }
  }
  return out;
}

/** A capitalised article written apart between two words of a name ("Bab Al Nerab"). */
const ARTICLE_GAP_RE = /^\s(?:Al|El)\s$/;
/** A part of a town or a settlement named by the words before it ("Bab Al Nerab district"). */
const NAMED_KIND_AFTER_RE = /^\s+(?:district|neighbou?rhood|quarter|village|town)\b/i;

/**
 * Two runs that a capitalised article cuts ("Bab" and "Nerab" of "Bab Al Nerab district") are one name
 * when a kind word follows the second: the kind word's name is the whole phrase before it, article
 * included, as "the village of Tal Al Sham" or "the Bab Al Nerab district" write one place.
 */
function joinOverArticle(sentence: string, runs: RawSpan[]): RawSpan[] {
  if (runs.length < 2) return runs;
  const out: RawSpan[] = [];
  for (const r of runs) {
    const prev = out[out.length - 1];
    if (
      prev &&
      ARTICLE_GAP_RE.test(sentence.slice(prev.end, r.start)) &&
      NAMED_KIND_AFTER_RE.test(sentence.slice(r.end, r.end + 20))
    )
      out[out.length - 1] = { start: prev.start, end: r.end };
    else out.push(r);
  }
  return out;
}

/** Longest run of words joined over stop words that is tried against the gazetteer. */
const MAX_JOINED_WORDS = 6;

/**
 * Runs cut at stop words that the gazetteer knows joined ("Ain Al Arab", "Jeb Sheikh Obeid", "Little
 * Western Rasm Elkhamis", "Abu Obaidah Al Jarrah"): a title, an adjective or a particle inside a name is
 * part of it when the whole is a known name. Tried only where a stop word separates two runs of one
 * capitalised stretch, longest first; runs inside a joined span give way to it.
 */
function joinOverStops(
  text: string,
  start: number,
  runs: RawSpan[],
  known: (name: string) => boolean,
): RawSpan[] {
  if (runs.length === 0) return runs;
  const words: RawSpan[] = [];
  const wordRe = /\S+/g;
  for (let w = wordRe.exec(text); w; w = wordRe.exec(text))
    words.push({ start: start + w.index, end: start + w.index + w[0].length });
  if (words.length < 2) return runs;
  const inRun = (w: RawSpan) => runs.some((r) => r.start <= w.start && w.end <= r.end);
  if (words.every(inRun)) return runs;
  const joined: RawSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = Math.min(words.length, i + MAX_JOINED_WORDS) - 1; j > i; j--) {
      const span = words.slice(i, j + 1);
      // Only a stretch that opens with a run and that a stop word cuts is asked ("Al Sham" of "Ahrar Al
      // Sham" is no name of its own: a stop word opening a name is extendOverOpeningStop's to judge).
      if (span.every(inRun) || !inRun(span[0]!)) continue;
      const name = text.slice(span[0]!.start - start, span[j - i]!.end - start).replace(/['’]s$/, "");
      if (/[.,;:]$/.test(name) || !known(name)) continue;
      joined.push({ start: span[0]!.start, end: span[0]!.start + name.length });
      i = j;
      break;
    }
  }
  if (joined.length === 0) return runs;
  const outside = runs.filter((r) => !joined.some((x) => r.start < x.end && r.end > x.start));
  return [...outside, ...joined].sort((a, b) => a.start - b.start);
}

/**
 * Generic heads of Syrian village names (hill, spring, cape, well, village, monastery, ruin, bridge:
 * "Tal Abyad", "Ain Issa", "Kafr Nabl", "Khirbet Ghazaleh"), written lower-case by some writers ("the
 * tel Al-Samen area"): a head right before a capitalised name opens that name.
 */
const LOWER_CASE_HEAD_RE =
  /(?:^|[\s(“"])(tal|tall|tell|tel|ain|ein|ras|bir|kafr|kfar|deir|khirbet|kherbet|jisr)\s$/;

/** The span grown left over a lower-case generic head of a village name, else unchanged. */
function withLowerCaseHead(sentence: string, r: RawSpan): RawSpan {
  const m = LOWER_CASE_HEAD_RE.exec(sentence.slice(Math.max(0, r.start - 12), r.start));
  return m ? { start: r.start - m[1]!.length - 1, end: r.end } : r;
}

/** A facility word right after a span ("… Hospital", "… Water Station"). */
const FACILITY_NEXT_RE = /^\s+(\p{Lu}[\p{L}'’-]*)/u;

/**
 * "Kafranbel Surgical Hospital", "Binnish Central Hospital": a facility named after the town it stands
 * in, with words saying what kind of facility it is between the two. When the whole run before the
 * facility word is no known name but its first words are, those words are the town (the rest describe
 * the facility, as "X Water Station" names what the works make).
 */
function knownFacilityTown(sentence: string, r: RawSpan, known: (name: string) => boolean): RawSpan {
  const next = FACILITY_NEXT_RE.exec(sentence.slice(r.end, r.end + 30));
  if (!next || !FACILITY_WORDS.has(next[1]!)) return r;
  const name = sentence.slice(r.start, r.end);
  if (known(name)) return r;
  const words = [...name.matchAll(/\S+/g)];
  for (let k = words.length - 1; k >= 1; k--) {
    const end = r.start + words[k]!.index;
    const prefix = sentence.slice(r.start, end).trimEnd();
    if (known(prefix)) return { start: r.start, end: r.start + prefix.length };
  }
  return r;
}

/** The span extended left over adjectives that open a name the gazetteer knows, else unchanged. */
function extendOverOpeningStop(sentence: string, r: RawSpan, known: (name: string) => boolean): RawSpan {
  // Up to three such words may open a name together ("Southern Lower Um Hajra", "Upper Eastern Arja"):
  // the longest opening the gazetteer knows wins.
  let best = r;
  let start = r.start;
  for (let n = 0; n < 3; n++) {
    const m = NAME_OPENING_STOP.exec(sentence.slice(Math.max(0, start - 12), start));
    if (!m) break;
    start -= m[1]!.length + 1;
    if (known(sentence.slice(start, r.end))) best = { start, end: r.end };
  }
  return best;
}
