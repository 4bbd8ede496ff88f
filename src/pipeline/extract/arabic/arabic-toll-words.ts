/**
 * Toll words (data): the Arabic words that say people died or were hurt, in folded spelling, by part
 * of speech. Verbal nouns and verbs ("مقتل", "قُتل", "استشهد", "إصابة", "أصيب") take their victims
 * after them ("مقتل ثلاثة مدنيين") or, for a verb, before ("امرأة قُتلت"); victim nouns of a kind
 * ("قتلى", "شهيد", "جرحى", "مصابين") are counted by a number before them ("خمسة قتلى") or by their
 * own grammatical number ("قتيلين"). Idioms ("لقي حتفه", "فارق الحياة") are phrases on the folded text.
 */
import type { VictimNumber } from "./arabic-victims.js";

export type TollKind = "killed" | "injured";

export interface TollTrigger {
  kind: TollKind;
  /** A finite verb may have its victims before it; a verbal noun only after. */
  verb: boolean;
  /**
   * The verb's own ending says two ("قُتلتا", "استشهدا"): its subject is two people, counted when the
   * sentence names them no other way. Forms in -ا that are also accusative nouns ("قتلاً") are left out.
   */
  dual: boolean;
  /**
   * A verbal noun with a pronoun names its victims itself: "أدى إلى مقتله" (his death) is one person,
   * "مقتلهما" two, "مقتلهم" several; counted when no victim follows.
   */
  pronoun?: "one" | "two" | "plural";
}

/** Verbal nouns with their possessive pronouns ("مقتله", "إصابتها", "استشهادهم"). */
function withPronouns(kind: TollKind, nouns: string[]): [string, TollTrigger][] {
  const endings: [string, TollTrigger["pronoun"]][] = [
    ["ه", "one"],
    ["ها", "one"],
    ["هما", "two"],
    ["هم", "plural"],
  ];
  return nouns.flatMap((n) => {
    // The feminine ending ه (ة) becomes ت before a pronoun: إصابة → إصابته.
    const stem = n.endsWith("ه") ? `${n.slice(0, -1)}ت` : n;
    return endings.map(([e, pronoun]): [string, TollTrigger] => [
      `${stem}${e}`,
      { kind, verb: false, dual: false, pronoun },
    ]);
  });
}

/** Verb forms whose dual ending cannot be read as an accusative noun. */
const DUAL_VERB = /(?:تا|^استشهدا|^اصيبا|^توفيا)$/;

function forms(kind: TollKind, verb: boolean, words: string[]): [string, TollTrigger][] {
  return words.map((w) => [w, { kind, verb, dual: verb && DUAL_VERB.test(w) }]);
}

/**
 * Finite forms of a verb from its past stem and present stem: past with the subject endings of one,
 * two and many (قتل، قتلت، قتلا، قتلتا، قتلوا، قتلن) and present (يقتل، تقتل، يقتلون، يقتلان).
 */
function conjugate(past: string, present: string): string[] {
  const pasts = ["", "ت", "ا", "تا", "وا", "ن"].map((e) => past + e);
  const presents = ["ي", "ت"].flatMap((p) => ["", "ون", "ان", "ين"].map((e) => p + present + e));
  return [...pasts, ...presents];
}

/** Verbal nouns and verbs, folded, with attached pronouns where reports use them. */
export const TOLL_TRIGGERS: ReadonlyMap<string, TollTrigger> = new Map([
  ...forms("killed", false, ["مقتل", "مصرع", "استشهاد", "وفاه", "هلاك"]),
  // قتل is the verbal noun and the (passive) verb alike.
  ...forms("killed", true, [
    ...conjugate("قتل", "قتل"),
    ...conjugate("استشهد", "ستشهد"),
    ...conjugate("توفي", "توفي"),
  ]),
  ...forms("killed", true, ["توفيت", "توفوا", "توفيا", "توفيتا"]),
  ...forms("injured", false, ["اصابه", "اصابات"]),
  ...withPronouns("killed", ["مقتل", "مصرع", "استشهاد", "وفاه", "قتل"]),
  ...withPronouns("injured", ["اصابه", "جرح"]),
  ...forms("injured", true, [...conjugate("جرح", "جرح"), ...conjugate("اصيب", "صاب")]),
]);

/** Victim nouns that carry their kind: "قتلى" are the dead, "جرحى" the wounded. */
export interface TollNoun {
  kind: TollKind;
  number: VictimNumber;
}

function nouns(kind: TollKind, number: VictimNumber, words: string[]): [string, TollNoun][] {
  return words.map((w) => [w, { kind, number }]);
}

export const TOLL_NOUNS: ReadonlyMap<string, TollNoun> = new Map([
  ...nouns("killed", "one", ["قتيل", "قتيلا", "شهيد", "شهيدا", "شهيده", "جثه"]),
  ...nouns("killed", "two", ["قتيلان", "قتيلين", "شهيدان", "شهيدين", "جثتان", "جثتين"]),
  ...nouns("killed", "plural", ["قتلي", "شهداء", "جثث", "وفيات"]),
  ...nouns("injured", "one", ["جريح", "جريحا", "جريحه", "مصاب", "مصابا", "مصابه"]),
  ...nouns("injured", "two", ["جريحان", "جريحين", "مصابان"]),
  ...nouns("injured", "plural", ["جرحي", "مصابون"]),
  ...nouns("injured", "plural_or_two", ["مصابين"]),
]);

/**
 * Victims with no word for dead or hurt: "سقوط 5 ضحايا", and "ضحية" alone ("ضحية وثلاثة مصابين", "يذهب
 * ضحية العمليات مدنيون") is a victim, not a death (DOMAIN R6: killed unknown).
 */
export const UNSPECIFIED_NOUNS: ReadonlyMap<string, VictimNumber> = new Map<string, VictimNumber>([
  ["ضحيه", "one"],
  ["ضحايا", "plural"],
  ["ضحيتين", "two"],
  ["ضحيتان", "two"],
]);

/**
 * Idioms of death: a verb and the object that makes it one, with the victim after the verb ("لقي طفل
 * حتفه", "فارق شاب الحياة") or before it ("طفل لقي حتفه").
 */
export const TOLL_IDIOMS: { verb: RegExp; object: RegExp; kind: TollKind }[] = [
  { verb: /^[وف]?(?:لقي|لقيت|لقوا|يلقي|تلقي)$/, object: /^(?:حتف|مصرع)(?:ه|ها|هم|هما)$/, kind: "killed" },
  { verb: /^[وف]?(?:فارق|فارقت|فارقوا|يفارق|تفارق)$/, object: /^(?:ال)?حياه$/, kind: "killed" },
  { verb: /^[وف]?(?:قضي|قضت|قضوا)$/, object: /^نحب(?:ه|ها|هم)$/, kind: "killed" },
  { verb: /^[وف]?(?:اودي|اودت)$/, object: /^بحياه$/, kind: "killed" },
  {
    // The verb and its verbal noun: "فقد مدني حياته", "أدى إلى فقدان مدني حياته".
    verb: /^[وف]?(?:فقد|فقدت|فقدا|فقدتا|فقدوا|يفقد|تفقد)$|^[وفلب]?فقدان$/,
    object: /^(?:حياه|حيات(?:ه|ها|هم|هما))$/,
    kind: "killed",
  },
];

/**
 * Statements that nobody was killed or hurt ("لم تسفر عن إصابات", "دون وقوع إصابات", "لا إصابات"),
 * as zero counts; "دون ورود أنباء عن إصابات" (no news of casualties) is not one, and gives nothing.
 */
const NEG_VERB = "(?:لم|لن|ولم) (?:ي|ت)(?:سفر|ود|خلف|وقع|تسبب)(?: [\\u0621-\\u064A]+){0,3}?";
const WITHOUT = "(?:من )?(?:دون|بدون|غير) (?:ان )?(?:(?:ت|ي)(?:سفر|ودي|خلف|تسبب)|وقوع|سقوط|ايقاع|تسبب)";
const TAIL = "(?: (?:عن|الي|في|ب))? (?:(?:وقوع|سقوط) )?(?:اي )?";
const ALL_HARM = "(?:اصابات|اصابه|ضحايا|خساير (?:في الارواح|بشريه)|اضرار بشريه)";
export const NO_TOLL: { re: RegExp; kinds: TollKind[] }[] = [
  {
    re: new RegExp(`(?<![\\u0621-\\u064A])(?:${NEG_VERB}|${WITHOUT})${TAIL}${ALL_HARM}`),
    kinds: ["killed", "injured"],
  },
  {
    re: /(?<![\u0621-\u064A])(?:لا|ولا|عدم (?:وجود|وقوع|سقوط)(?: اي)?) (?:اصابات|ضحايا|خساير بشريه)(?![\u0621-\u064A])|(?:لم|ولم) (?:يصب|تصب|يصاب) (?:اي )?(?:احد|شخص)/,
    kinds: ["killed", "injured"],
  },
  {
    re: new RegExp(
      `(?<![\\u0621-\\u064A])(?:(?:${NEG_VERB}|${WITHOUT})${TAIL}(?:قتلي|وفيات)|(?:لم|ولم) (?:يقتل|يمت) (?:اي )?(?:احد|شخص))`,
    ),
    kinds: ["killed"],
  },
];

/**
 * A period a toll is counted over, told in the toll's clause: the toll is a tally of many attacks, not
 * one attack's ("مقتل 63 طفلاً منذ حزيران", "منذ بداية العام الحالي … قتل طفل ورجل", "خلال الشهر
 * الماضي"), or counted in a periodic report ("في تقريرها الشهري") or over the whole country ("في عموم
 * سوريا"), on the folded text.
 */
const MONTHS =
  "كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر";
export const TALLY_PERIOD = new RegExp(
  `(?<![\u0621-\u064A])[وف]?(?:منذ (?:(?:بدايه|مطلع|اول) )?(?:(?:ال)?(?:عام|سنه|شهر|عامين)(?![\u0621-\u064A])|${MONTHS}(?![\u0621-\u064A])|\\d{4})|(?:خلال|في) (?:ال)?(?:عام|سنه|شهر|اسبوع|اشهر|شهور|اسابيع|ايام)(?: [\u0621-\u064A]+)? (?:الماضي|الماضيه|الحالي|الحاليه|المنصرم|المنصرمه|الاخير|الاخيره)(?![\u0621-\u064A])|(?:منذ|خلال) (?:بدايه|مطلع) (?:العام|السنه|الشهر)(?![\u0621-\u064A])|حصيله (?:شهر|عام|الشهر|العام)(?![\u0621-\u064A])|(?:تقرير|التقرير|تقريرها|تقريره|تقاريرها) (?:ال)?(?:شهري|سنوي|دوري|اسبوعي|نصف السنوي)(?![\u0621-\u064A])|(?:في|على) (?:عموم|كامل|مختلف) (?:سوريا|البلاد|المحافظات|الاراضي|المناطق)(?![\u0621-\u064A]))`,
);
