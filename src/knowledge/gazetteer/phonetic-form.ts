/**
 * Phonetic forms: one small alphabet into which both Latin spellings and Arabic-script names are rendered,
 * so that a weighted alignment ({@link phoneticCost}) can compare a report's spelling with an entry's
 * English name AND its Arabic name. Alphabet:
 *  - consonants b d f g(gh) h j k(q) l m n r s t z, S (sh), x (kh), T (th/ث), D (dh/ذ), w, y;
 *  - "'" ayn or hamza (Latin apostrophes, Arabic ع ء);
 *  - vowels a e i u (o, ou, oo → u; ee → i);
 *  - from Arabic only: A I U long vowels written with ا و ي (dearer to drop than a Latin vowel), "*" an
 *    unwritten short vowel (optional, matches any vowel); "@" ta marbuta, from Arabic and from the Latin
 *    nisba ending (-iyah, -ia: "i@").
 * Arabic script writes long vowels (ا و ي) but not short ones, so an Arabic form puts "*" after each
 * consonant: الموزرة → "m*uz*r*@", which "Mawzarah", "Mozra" and "al-Mouzara" all fit.
 */
import { boundedMemo } from "../bounded-memo.js";
import { hasArabic } from "./arabic-normalise.js";
import { normaliseArabicKeepTaMarbuta } from "./arabic-to-latin-key.js";
import { APOSTROPHES, ARTICLES, KAFR } from "./transliteration-key.js";

export interface PhoneticForm {
  /** The name in the phonetic alphabet, words joined. */
  form: string;
  /** Consonants only, coarsened (th → t, dh → d, kh → h), without w, y, ayn: the retrieval key. */
  skeleton: string;
  /** Consonants outside a leading generic word (Kafr, Deir, Tell, Ain …): how distinctive the name is. */
  distinct: number;
}

const KAFR_FORM = "kafr*";
const CONSONANT = /[bdfghjklmnrstzSxTDwy]/;
const COUNTED = /[bdfghjklmnrstzSxTD]/g;
const COARSE: Record<string, string> = { T: "t", D: "d", x: "h" };
/** Skeletons of generic first words ("Kafr X", "Deir X", "Tell X", "Ain X", "Khirbet X", "Umm X" …). */
const GENERIC = new Set(["kfr", "dr", "tl", "n", "jsr", "hrbt", "hrb", "bt", "m", "b", "br", "ksr", "jbl"]);
GENERIC.add("Sh").add("mzrt").add("mrt").add("tlt");

const ARABIC_LETTERS: Record<string, string> = {
  ب: "b",
  ت: "t",
  ث: "T",
  ج: "j",
  ح: "h",
  خ: "x",
  د: "d",
  ذ: "D",
  ر: "r",
  ز: "z",
  س: "s",
  ش: "S",
  ص: "s",
  ض: "d",
  ط: "t",
  ظ: "z",
  ع: "'",
  ء: "'",
  غ: "g",
  ف: "f",
  ق: "k",
  ك: "k",
  ل: "l",
  م: "m",
  ن: "n",
  ه: "h",
  پ: "b",
  چ: "S",
  گ: "g",
};

/**
 * Latin digraphs and letters → the phonetic alphabet, in order. A written "x" stays x, kh (خ), as in the
 * Kurdish and Turkish spellings of the north ("Xeybish", "Til Xelef"): Syrian place names never write ks
 * with it, and so "kh", "x" and the Arabic خ meet.
 */
const LATIN_FOLDS: [RegExp, string][] = [
  [/sch|sh|ch/g, "S"],
  [/kh/g, "x"],
  [/gh/g, "g"],
  [/dh/g, "D"],
  [/th/g, "T"],
  [/ph/g, "f"],
  [/dj/g, "j"],
  [/ck|q|c/g, "k"],
  [/tz/g, "z"],
  [/p/g, "b"],
  [/v/g, "f"],
  [/ou|oo|o/g, "u"],
  [/ee/g, "i"],
];

/** One Latin word (lowercase, apostrophes as "'") → phonetic form. */
function latinWord(word: string): string {
  let w = word.replace(/[^a-z']/g, "");
  for (const [re, to] of LATIN_FOLDS) w = w.replace(re, to);
  // Ta marbuta spelled -ah/-eh: the h is silent.
  if (w.length > 2) w = w.replace(/([aeiu])h$/, "$1");
  // The nisba ending ية is spelled -iya, -iyya, -iye, -ia, -ie, -ya after a consonant ("al-Edwaniyah",
  // "Adwania", "Qahtaniyyeh"): one form, the long i and ta marbuta its Arabic spelling gives (I@). The
  // ta marbuta stays a sound of its own: the masculine "-i" is another name ("Sukkari" is not
  // "Sukariyeh").
  if (w.length > 4) w = w.replace(/(?:iy+|(?<=[^aeiuy])y|i)[ae]$/, "i@");
  let out = "";
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] as string;
    // w / y are consonants at word start or before a vowel ("Zawiya"), vowels otherwise ("Deir", "Dayr").
    if (ch === "w" || ch === "y")
      out += i === 0 || /[aeiu]/.test(w[i + 1] ?? "") ? ch : ch === "w" ? "u" : "i";
    else out += ch;
  }
  return out.replace(/(.)\1+/g, "$1");
}

/**
 * Letters that spell "sh" and "ch" in Turkish and Kurdish spellings ("Qamişlo", "Çilaxa", "Şiyê") and
 * Polish-style "sz" ("Szamuka"): read before diacritics are stripped, which would leave a bare s or c.
 */
const SH_CH: [RegExp, string][] = [
  [/[şŞșȘ]/g, "sh"],
  [/[çÇ]/g, "ch"],
  [/sz/gi, "sh"],
];

/**
 * Letters only Kurmanji spelling uses (ê î û): in such a name "c" is j ("Til Cûma" is تل جمعة), as "ç" is
 * ch and "x" kh.
 */
const KURMANJI_VOWELS = /[êîûÊÎÛ]/;

function latinWords(name: string): string[] {
  let spelled = KURMANJI_VOWELS.test(name)
    ? name.replace(/c(?![hk])/g, "j").replace(/C(?![hk])/g, "J")
    : name;
  for (const [re, to] of SH_CH) spelled = spelled.replace(re, to);
  const folded = spelled
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(/[^a-z0-9']+/g, " ")
    .trim();
  const words = folded.split(" ").filter((w) => w.replace(/'/g, "").length > 0);
  const out: string[] = [];
  words.forEach((word, i) => {
    const bare = word.replace(/'/g, "");
    if (words.length > 1 && i < words.length - 1 && ARTICLES.has(bare)) return;
    // A glued article inside a name ("Maart_Alnuman", "Tallet Elkhader").
    const w = i > 0 && bare.length > 4 && /^(al|el)/.test(word) ? word.slice(2) : word;
    const kafr = KAFR.exec(w);
    if (kafr && w.length > kafr[0].length + 1) out.push("kafr", w.slice(kafr[0].length));
    else out.push(kafr ? "kafr" : w);
  });
  // "Kafr" is spelled every way (Kfar, Kafar, Kafranbel): one form, with room for a linking vowel.
  return out.map((w) => (w === "kafr" ? KAFR_FORM : latinWord(w))).filter(Boolean);
}

/** One Arabic word (normalised, ة kept) → phonetic form with "*" for unwritten short vowels. */
function arabicWord(word: string, isLast: boolean): string {
  const w = word.length > 3 && word.startsWith("\u0627\u0644") ? word.slice(2) : word;
  if (w === "كفر") return KAFR_FORM;
  const tokens: string[] = [];
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] as string;
    const prev = w[i - 1];
    const next = w[i + 1];
    if (ch === "\u0629" || (ch === "\u0647" && i === w.length - 1 && w.length > 2))
      tokens.push(isLast ? "@" : "at");
    else if (ch === "\u0627") tokens.push(i === 0 ? "*" : "A");
    else if (ch === "\u0649") tokens.push("A");
    else if (ch === "\u0648" || ch === "\u064A") {
      const consonantal = i === 0 || prev === "\u0627" || next === "\u0627";
      tokens.push(consonantal ? (ch === "\u0648" ? "w" : "y") : ch === "\u0648" ? "U" : "I");
    } else {
      const letter = ARABIC_LETTERS[ch];
      if (letter) tokens.push(letter);
    }
  }
  // A short vowel may follow any consonant that is not followed by a written long vowel "a".
  let out = "";
  tokens.forEach((t, i) => {
    out += t;
    const next = tokens[i + 1];
    if (next !== undefined && CONSONANT.test(t.slice(-1)) && t !== "'" && next !== "A" && next !== "@")
      out += "*";
    else if (next !== undefined && t === "'" && next !== "A") out += "*";
  });
  return out;
}

function arabicWords(name: string): string[] {
  const words = normaliseArabicKeepTaMarbuta(name).split(" ").filter(Boolean);
  return words.map((w, i) => arabicWord(w, i === words.length - 1)).filter(Boolean);
}

function skeletonOf(form: string): string {
  return form
    .replace(/[^bdfghjklmnrstzSxTD]/g, "")
    .replace(/[TDx]/g, (c) => COARSE[c] as string)
    .replace(/(.)\1+/g, "$1");
}

const phoneticForms = boundedMemo(computePhoneticForm, 100_000);

/**
 * The phonetic form of a Latin or Arabic-script name (memoised).
 * @example phoneticForm("al-Fu'ah").form // "fu'a"
 * @example phoneticForm("الفوعة").form // "f*u'*@"
 */
export function phoneticForm(name: string): PhoneticForm {
  return phoneticForms(name);
}

function computePhoneticForm(name: string): PhoneticForm {
  const words = hasArabic(name) ? arabicWords(name) : latinWords(name);
  const form = words.join("");
  let distinct = (form.match(COUNTED) ?? []).length;
  const first = words[0];
  if (first && words.length > 1 && GENERIC.has(skeletonOf(first)))
    distinct -= (first.match(COUNTED) ?? []).length;
  return { form, skeleton: skeletonOf(form), distinct };
}
