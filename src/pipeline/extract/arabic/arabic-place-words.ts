/**
 * The words around an Arabic place name that say what the name is, in folded spelling (arabic-text.ts:
 * no marks, bare alef, ه for ة, ي for ى): feature nouns that introduce a settlement, locators that
 * only situate another place, compass words, locative prepositions, and function words that never
 * open a name. General Arabic grammar and news usage; no word here is taken from one document.
 */

/**
 * Nouns that introduce a settlement or a part of one, singular, dual (construct, "بلدتي A وB") and
 * plural: "قرية X", "بلدتي X وY", "قرى وبلدات X". What follows is a place even when the gazetteer
 * lacks it.
 */
export const FEATURE_NOUNS: ReadonlySet<string> = new Set([
  "قريه",
  "قريتي",
  "قريتا",
  "قري",
  "بلده",
  "بلدتي",
  "بلدتا",
  "بلدات",
  "مدينه",
  "مدينتي",
  "مدن",
  "حي",
  "حيي",
  "احياء",
  "مخيم",
  "مخيمي",
  "مخيمات",
  "ناحيه",
  "منطقه",
  "منطقتي",
  "مناطق",
  "مزرعه",
  "مزرعتي",
  "مزارع",
  "ضاحيه",
  "بلديه",
]);

/** The singular settlement nouns: one name follows each. */
export const SETTLEMENT_SINGULARS: ReadonlySet<string> = new Set([
  "قريه",
  "بلده",
  "مدينه",
  "حي",
  "مخيم",
  "مزرعه",
]);

/**
 * Feature nouns that introduce a settlement the gazetteer may lack: singular and dual ones ("قريتي A
 * وB"). After a plural or an area noun an unknown word is mostly a description ("مناطق متفرقة", "قرى
 * عدة"), not a name.
 */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set([
  ...SETTLEMENT_SINGULARS,
  "قريتي",
  "بلدتي",
  "مدينتي",
]);

/**
 * A feature noun with the article, or in the dual, names no place: it takes up one told before ("القرية",
 * "بين القريتين المذكورتين"), though a town may bear such a name (القريتين); a feature noun before it
 * still makes it a name ("مدينة القريتين").
 */
export const BACK_REFERENCES: ReadonlySet<string> = new Set([
  ...[...FEATURE_NOUNS].map((f) => `ال${f}`),
  ...["قريتين", "بلدتين", "مدينتين", "منطقتين", "حيين", "مخيمين"].flatMap((f) => [f, `ال${f}`]),
]);

/**
 * Feature nouns whose name is an area that locates the places told before it ("قرى A وB في منطقة
 * جبل الزاوية", "التابعة لناحية X"): after another place of the clause they locate it; alone they
 * are the place.
 */
export const AREA_NOUNS: ReadonlySet<string> = new Set(["منطقه", "ناحيه", "منطقتي", "مناطق"]);

/** Nouns after which the next name is a governorate: "محافظة إدلب". */
export const GOVERNORATE_NOUNS: ReadonlySet<string> = new Set(["محافظه", "محافظتي", "محافظات"]);

/**
 * Compass words as a bearing in degrees: nouns ("شمال X", "شمالي X"), and the adjectives that follow
 * "ريف X" ("بريف حلب الشمالي"). Two in a row combine ("شمال غربي X", "الشمالي الغربي").
 */
export const BEARINGS: ReadonlyMap<string, number> = new Map([
  ["شمال", 0],
  ["شمالي", 0],
  ["الشمالي", 0],
  ["الشماليه", 0],
  ["جنوب", 180],
  ["جنوبي", 180],
  ["الجنوبي", 180],
  ["الجنوبيه", 180],
  ["شرق", 90],
  ["شرقي", 90],
  ["الشرقي", 90],
  ["الشرقيه", 90],
  ["غرب", 270],
  ["غربي", 270],
  ["الغربي", 270],
  ["الغربيه", 270],
]);

/**
 * Words after which a name only situates another place, never being the incident's own: the
 * countryside ("ريف X", "أرياف X"), a compass direction ("شمال X", "غربي X"), nearness ("قرب X",
 * "بالقرب من X", "في محيط X", "ضواحي X"), and belonging ("التابعة لـX"). Compass words are read
 * from {@link BEARINGS}.
 */
export const LOCATOR_WORDS: ReadonlyMap<string, "countryside" | "near"> = new Map([
  ["ريف", "countryside"],
  ["ارياف", "countryside"],
  ["قرب", "near"],
  ["بالقرب", "near"],
  ["محيط", "near"],
  ["ضواحي", "near"],
  ["التابعه", "near"],
  ["التابع", "near"],
  ["التابعتين", "near"],
]);

/** Words that may stand between a locator word and its name: "بالقرب من X", "التابعة إلى X". */
export const LOCATOR_LINKS: ReadonlySet<string> = new Set(["من", "الي", "مدينه", "بلده", "قريه", "ناحيه"]);

/**
 * Locative prepositions (and their like) that place the name after them: "في X", "على X", "إلى X",
 * "داخل X", "وسط X", "أطراف X" (outskirts: coded to the town). A name after one of these is read as a
 * place. Not "من" (from: an origin, "تبلغ من العمر"), nor a clitic ب or ل alone ("بجروح" with wounds).
 */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set([
  "في",
  "علي",
  "الي",
  "نحو",
  "باتجاه",
  "داخل",
  "وسط",
  "عند",
  "اطراف",
  "الاطراف",
  "مدخل",
  "بين",
  "حتي",
]);

/**
 * Words that place what the attack came from, not where it fell: "من مواقعها في X" (its positions
 * in X), "المتمركزة في X" (stationed in X), "انطلاقا من X" (launched from X), "المنطلقة من X".
 * A name they introduce is context: neither a site nor a locator.
 */
export const ORIGIN_WORDS: ReadonlySet<string> = new Set([
  "مواقع",
  "مواقعها",
  "مواقعه",
  "المتمركزه",
  "المتمركزين",
  "المتمركز",
  "متمركزه",
  "انطلاقا",
  "المنطلقه",
  "مقرات",
  "قاعده",
  "نقاط",
  "نقطه",
  "معسكر",
  "مطار",
]);

/**
 * Heads that open a compound settlement name and are never a name alone: "تل X", "كفر X", "عين X",
 * "أبو X", … An unknown name after a feature noun takes the word after such a head too.
 */
export const NAME_HEADS: ReadonlySet<string> = new Set([
  "تل",
  "كفر",
  "عين",
  "دير",
  "ابو",
  "ام",
  "خربه",
  "جب",
  "بئر",
  "بير",
  "راس",
  "عرب",
  "قصر",
  "جسر",
  "سد",
  "مزرعه",
  "بيت",
  "معره",
  "خان",
  "جبل",
  "سهل",
  "وادي",
]);

/**
 * Nouns of works and crossings named after a place or by a name of their own: a dam, an airport, a
 * power or water station, a plant, a refinery, silos, a border crossing ("سد X", "محطة X", "معبر X").
 * The works stand at the place named after them, and a community built for them is named after them
 * ("مدينة سد X").
 */
export const WORKS_NOUNS: ReadonlySet<string> = new Set([
  "سد",
  "مطار",
  "محطه",
  "معمل",
  "مصفاه",
  "صوامع",
  "معبر",
]);

/**
 * Personal pronouns before a feature noun make it a predicate ("وهي قرية تقع …", it is a village that
 * lies …): what follows describes the place told before, it names none.
 */
export const PRONOUNS: ReadonlySet<string> = new Set(["هي", "هو", "هما", "وهي", "وهو", "وهما"]);

/**
 * Nouns of displaced people: "من النازحين من X" tells where they fled from, not where they are.
 */
export const DISPLACED_NOUNS: ReadonlySet<string> = new Set([
  "النازحين",
  "نازحين",
  "نازح",
  "نازحه",
  "النازح",
  "المهجرين",
  "مهجرين",
  "مهجر",
  "المهجر",
  "الوافدين",
]);

/** Words pointing into the document itself ("الصورة أدناه", "الخريطة أعلاه", "الصورة التالية"). */
export const DOCUMENT_DEIXIS: ReadonlySet<string> = new Set([
  "ادناه",
  "اعلاه",
  "التاليه",
  "التالي",
  "المرفقه",
  "المرفق",
]);

/**
 * Definite words of time that may follow a place ("في سراقب الليلة الماضية", "في حلب الجمعة"): no
 * genitive of a construct.
 */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  "الليله",
  "الشهر",
  "الاسبوع",
  "العام",
  "السنه",
  "الصباح",
  "المساء",
  "الفجر",
  "الظهر",
  "الجمعه",
  "السبت",
  "الاحد",
  "الاثنين",
  "الثلاثاء",
  "الاربعاء",
  "الخميس",
]);

/** Heads of a named area the gazetteer's region list may know: "جبل الزاوية", "سهل الغاب". */
export const REGION_HEADS: ReadonlySet<string> = new Set(["جبل", "سهل", "وادي", "جبال"]);

/**
 * Function words and frequent news nouns that never open a place name, though some spell a village's
 * name too ("حين", "جهة"): after a preposition they are the phrase's own words ("في حين" while, "من
 * جهة" on one side, "على الأقل" at least, "من قبل" by). A name needs a feature noun to be read here.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  "حين",
  "وقت",
  "الوقت",
  "ظل",
  "جهه",
  "قبل",
  "بعد",
  "الاقل",
  "اثر",
  "اطار",
  "خلال",
  "حال",
  "عدد",
  "ذلك",
  "هذا",
  "هذه",
  "التي",
  "الذي",
  "خفض",
  "نازحين",
  "النازحين",
  "العمر",
  "جروح",
  "سوريا",
  "سوريه",
  "المدنيين",
  "مدنيين",
  "الاهالي",
  "الاطفال",
  "منازل",
  "المنازل",
  "منزل",
  "الطريق",
  "طريق",
  "الساعه",
  "صباح",
  "مساء",
  "اليوم",
  "الامس",
  "يوم",
]);

/**
 * Nouns of buildings and sites an attack hits, which name no settlement alone, though a village may
 * bear one as its name ("في مسجد عمر", "في المدرسة"): the building stands in a place named after it.
 */
export const BUILDING_NOUNS: ReadonlySet<string> = new Set([
  "مسجد",
  "المسجد",
  "جامع",
  "الجامع",
  "مدرسه",
  "المدرسه",
  "مشفي",
  "المشفي",
  "مستشفي",
  "المستشفي",
  "سوق",
  "السوق",
  "فرن",
  "الفرن",
]);

/** Clitics that may open a word: the conjunctions و ف, then the prepositions ب ل ك. */
export const CONJUNCTIONS = "وف";
export const CLITIC_PREPOSITIONS = "بلك";
