/**
 * Attack words (data), in folded spelling, by root and pattern: the verb in its past, present and
 * future forms with subject and object endings (قصف، قصفت، يقصف، تقصف، سيقصف، قصفه), its verbal noun
 * (قصف، استهداف، اشتباك) and the nouns of the act (غارة، انفجار، عبوة ناسفة). Each attack word has an
 * event type; a generic one ("قصف", "استهداف", "شن", "هجوم") takes its type from the means named
 * beside it (ACLED sub-event definitions): guns, rockets and mortars shell; aircraft make air strikes;
 * drones drone strikes; barrels barrel bombs; IEDs and car bombs explosions; mines and remnants
 * landmine/ERW events.
 */
import type { EventTypeCode } from "../../../domain/claim.js";

/** Verb endings: subject (ت، وا، ن، ا) and object (ه، ها، هم، هما) pronouns, alone or together. */
const VERB_END = "(?:تا|ت|وا|ن|ا|ته|تها|تهم|تهما|تاه|تاها|وه|وها|وهم|ه|ها|هم|هما|نا)?";
/** Present-tense prefixes, with the future س: يقصف، تقصف، نقصف، سيقصف. */
const PRESENT = "(?:س?[يتن])";

export interface AttackWord {
  /** Folded pattern (no proclitics: they are added around it). */
  pattern: string;
  type: EventTypeCode;
  /** Takes its type from the means named beside it. */
  generic: boolean;
  /** A light verb ("شن", "نفذ") whose attack is its object: dropped when that object is an attack word. */
  light?: boolean;
}

/** Verb forms of a triliteral root written as its past stem, e.g. "قصف". */
function verb(stem: string, noun = ""): string {
  return `(?:${PRESENT}?${stem}${VERB_END}${noun ? `|${noun}` : ""})`;
}

export const ATTACK_WORDS: AttackWord[] = [
  // Means that are attacks on their own, before the generic words.
  {
    pattern: "(?:طاير(?:ه|ات|تين|تان)|الطاير(?:ه|ات)) (?:ال)?مسير(?:ه|ات)|(?:ال)?مسيرات",
    type: "drone_strike",
    generic: false,
  },
  { pattern: "(?:براميل|برميل)(?: (?:ال)?متفجر(?:ه)?)?", type: "barrel_bomb", generic: false },
  {
    pattern:
      "(?:هجوم|هجمات|قصف|سلاح|غاز|غازات) (?:ال)?(?:كيماوي|كيميايي|الكلور|السارين|سام)(?:ه)?|(?:ال)?كلور|السارين",
    type: "chemical_weapon",
    generic: false,
  },
  { pattern: "غار(?:ه|ات|تين|تان)|غارات(?:ه|ها|هم)|غارت(?:ه|ها|هم)", type: "air_strike", generic: false },
  { pattern: "(?:ضرب(?:ه|ات|تين|تان)|قصف|هجوم|هجمات) (?:ال)?جوي(?:ه)?", type: "air_strike", generic: false },
  {
    pattern:
      "عبو(?:ه|ات|تين) (?:ال)?ناسف(?:ه)?|(?:سيار|دراج|عرب|شاحن)(?:ه|ات) (?:ال)?(?:ناريه )?(?:ال)?مفخخ(?:ه|ات)|مفخخ(?:ه|ات)|تفجير(?:ات)? (?:ال)?انتحاري(?:ه)?|انتحاري",
    type: "explosion",
    generic: false,
  },
  {
    pattern:
      "(?:لغم|الغام)(?: (?:ال)?ارضي(?:ه)?)?|مخلفات (?:ال)?حرب|ذخير(?:ه|ات)? غير منفجر(?:ه)?|(?:ال)?قذايف غير (?:ال)?منفجر(?:ه)?",
    type: "landmine_erw",
    generic: false,
  },
  { pattern: `${verb("قصف")}|قصفا|قصفي`, type: "shelling", generic: true },
  { pattern: "قذيف(?:ه|تين|تان)|قذايف|(?:ال)?هاون", type: "shelling", generic: false },
  {
    pattern:
      "(?:ا|م)?ستهد(?:ف|اف)(?:تا|ت|وا|ا|ه|ها|هم|هما|ته|تها|تهم|تهما|ين|ه)?|س?[يتن]ستهدف(?:ون|ان|ه|ها|هم|هما)?",
    type: "attack",
    generic: true,
  },
  { pattern: `${verb("شن")}`, type: "attack", generic: true, light: true },
  { pattern: "نفذ(?:ت|وا|ه|ها|ته|تها)?|س?[يت]نفذ(?:ون|ه|ها)?", type: "attack", generic: true, light: true },
  { pattern: "عدوان(?:ا|ه|ها)?|اعتداء(?:ات)?|اعتدي|اعتدت", type: "attack", generic: true },
  { pattern: "ضرب(?:ه|ات|تين|تان)", type: "attack", generic: true },
  {
    pattern:
      "(?:هجوم|هجمات|هجمه)(?:ه|ها|هم)?|هجمت(?:ه|ها|هم)|هاجم(?:ت|وا|ه|ها|هم)?|س?[يت]هاجم(?:ون|ه|ها|هم)?",
    type: "attack",
    generic: true,
  },
  {
    pattern: "انفجار(?:ات)?|انفجر(?:ت)?|س?[يت]نفجر|تفجير(?:ات)?|فجر(?:ت|وا)? (?:ال)?(?:عبوه|سياره|مفخخه)",
    type: "explosion",
    generic: true,
  },
  { pattern: "(?:ا|ي|ت)?طل(?:ق|اق)(?:ت|وا)? (?:ال)?(?:نار|رصاص)", type: "shooting", generic: false },
  { pattern: "رصاص(?:ه|ات)?|قنص|قناص(?:ه|ون|ين)?|(?:ا|ي|ت)?قتنص(?:ت)?", type: "shooting", generic: false },
  { pattern: "(?:ا|ي|ت)?طل(?:ق|اق)(?:ت|وا)?", type: "attack", generic: true, light: true },
  {
    pattern: "اشتباك(?:ات)?|اشتبك(?:ت|وا)?|س?[يت]شتبك(?:ون)?|مواجهات|معارك",
    type: "armed_clash",
    generic: false,
  },
  {
    pattern:
      "انزال(?:ا)? (?:ال)?جوي(?:ا|ه)?|عمليه انزال|مداهم(?:ه|ات)|اقتحام|اقتحم(?:ت|وا)?|س?[يت]قتحم(?:ون)?",
    type: "ground_attack",
    generic: false,
  },
  { pattern: "اغتيال|اغتال(?:ت|وا|ه|ها|هم)?|س?[يت]غتال", type: "attack", generic: false },
  { pattern: "اعدام(?:ات)?|اعدم(?:ت|وا|ه|ها|هم)?|س?[يت]عدم", type: "execution", generic: false },
  {
    pattern: "(?:ا)?ختطاف|(?:ا)?ختطف(?:ت|وا|ه|ها|هم)?|خطف(?:ت|وا|ه|ها|هم)?|س?[يت]خطف",
    type: "abduction",
    generic: false,
  },
  {
    pattern: "اعتقال(?:ات)?|اعتقل(?:ت|وا|ه|ها|هم)?|س?[يت]عتقل|تعذيب",
    type: "detention_torture",
    generic: false,
  },
  { pattern: "مجزر(?:ه|تين|تان)|مجازر", type: "massacre", generic: false },
];

/** Means named beside a generic attack word, longest phrases first; the nearest one types it. */
export const MEANS: { pattern: string; type: EventTypeCode }[] = [
  {
    pattern:
      "طاير(?:ه|ات|تين|تان) (?:ال)?مسير(?:ه|ات)|طيران (?:ال)?مسير|مسير(?:ه|ات|تين)?|درون|بدون طيار|(?:ال)?طايرات من دون طيار",
    type: "drone_strike",
  },
  { pattern: "براميل|برميل", type: "barrel_bomb" },
  { pattern: "كيماوي(?:ه)?|كيميايي(?:ه)?|كلور|سارين", type: "chemical_weapon" },
  {
    pattern: "جوي(?:ه|ا)?|طيران|طاير(?:ه|ات|تين|تان)|مقاتلات|مقاتله حربيه|مروحي(?:ه|ات)|سوخوي|ميغ",
    type: "air_strike",
  },
  {
    pattern: "(?:صواريخ|صاروخ|صاروخا) (?:ال)?(?:بالستي|باليستي|كروز|موجه|حراري|مضاد(?:ه)? (?:لل)?دروع)(?:ه)?",
    type: "missile_strike",
  },
  {
    pattern:
      "مدفعي(?:ه)?|مدافع|قذيف(?:ه|تين|تان)|قذايف|هاون|راجم(?:ه|ات)|صاروخي(?:ه)?|صواريخ|صاروخ|دباب(?:ه|ات)|غراد|مدرع(?:ه|ات)|ارض ارض",
    type: "shelling",
  },
  { pattern: "عبو(?:ه|ات) (?:ال)?ناسف(?:ه)?|مفخخ(?:ه|ات)|ناسف(?:ه)?|انتحاري(?:ه)?", type: "explosion" },
  { pattern: "لغم|الغام|مخلفات", type: "landmine_erw" },
  { pattern: "رصاص|قناص|قنص|نار", type: "shooting" },
];

/**
 * Words that make the attack after them untold: negation (لم، لا، لن، ليس، عدم), denial (نفى، نفت،
 * ينفي، تنفي), threat or intent (هدد، تهديد، يعتزم، ينوي، سوف), and the hypothetical (لو، إذا، في حال،
 * يمكن أن، ربما: "يمكن أن تكون الغارة على X تشير إلى …" weighs a possibility, it tells no attack).
 * Folded forms; a proclitic و or ف may be glued on.
 */
export const UNTOLD_NEAR = /^[وف]?(?:لم|لا|لن|ليس|ليست|عدم|سوف|لو|اذا|ان لم)$/;
export const UNTOLD_CLAUSE =
  /^[وف]?(?:نفي|نفت|نفوا|ينفي|تنفي|ينفون|نفيه|نفيها|هدد|هددت|هددوا|يهدد|تهدد|تهديد|تهديدات|تهديده|تهديدها|يعتزم|تعتزم|اعتزام|ينوي|تنوي|نيه|عزم|عزمها|عزمه|تتوعد|يتوعد|توعد|توعدت|حال|احتمال|يحتمل|يمكن|يمكنه|يمكنها|ربما|لوح|لوحت|يلوح|تلوح|تلويح)$/;

/**
 * Words that set the act after them in their clause in the expected, feared or prepared future, or
 * have it intercepted before it struck (the English rules' "feared, expected, prepared for, not ruled
 * out"; an intercepted drone or missile hits nothing):
 *  - expectation and likelihood (يتوقع، من المنتظر، من المرجح، من المحتمل، لا يستبعد) and fear
 *    (يخشى، تخشى، خشية، مخاوف) — only when "أن" and an imperfect verb follow, the subjunctive that
 *    tells a thing not (yet) done: "من المرجح أن الطائرات قصفت" hedges a done act, its attacker
 *    unsure, and stays told;
 *  - warning, preparation and plan (حذر من، تستعد لـ، تمهيداً لـ، تخطط لـ), whose object is an act to
 *    come;
 *  - interception (تصدت لـ، اعترضت): the act is stopped on its way.
 * Folded forms, a proclitic و or ف allowed.
 */
export const UNTOLD_IF_SUBJUNCTIVE =
  /^[وف]?(?:يتوقع|تتوقع|يتوقعون|توقع|توقعت|متوقع|المتوقع|المنتظر|منتظر|المرجح|يرجح|ترجح|المحتمل|محتمل|يستبعد|تستبعد|يخشي|تخشي|يخشون|خشيه|مخاوف|يخاف|تخاف)$/;
export const UNTOLD_AFTER =
  /^[وف]?(?:حذر|حذرت|حذروا|يحذر|تحذر|يحذرون|تحذير|تحذيرات|محذرا|محذره|تستعد|يستعد|يستعدون|استعداد|استعدادا|استعدادات|تمهيدا|تمهيد|تخطط|يخطط|خطط|خطه|مخطط|تصدت|تصدي|يتصدي|تتصدي|التصدي|اعترضت|اعترض|تعترض|يعترض|اعتراض)$/;

/**
 * Words before an attack word in its sentence that make the act the subject of a court case or a
 * commemoration (محكمة، محاكمة، بتهمة، ذكرى، تشييع، صلاة الغائب، حداد): a past act recalled, not the
 * story's news (the English path's court cases and commemorations).
 */
export const RECALLED_BY =
  /^[وفبل]?(?:ال|ل)?(?:محكمه|محاكمه|محاكمات|تهمه|تهم|قضاء|قضاييه|ذكري|ذكراها|ذكراه|شيع|شيعت|تشييع|جنازه|جنازات|الغايب|حداد|حدادا)$/;
