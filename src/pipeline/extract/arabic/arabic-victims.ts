/**
 * Victim nouns (data): who a toll counts, in folded spelling, by grammatical number. Arabic marks one
 * and two on the noun itself: a singular ("مدني", "امرأة") is one person, a dual ("طفلين", "مدنيان")
 * two. The oblique dual of a sound masculine plural is spelt like the plural ("مدنيين" = two
 * civilians or civilians), so such a word is a count only with a number before it; alone it is a
 * plural (DOMAIN R6 "several"). Each noun says the victim group, the target category, and whether the
 * sentence counts fighters rather than civilians.
 */
import type { IncidentClaim } from "../../../domain/claim.js";

export type VictimNumber = "one" | "two" | "plural" | "plural_or_two";

export interface VictimNoun {
  number: VictimNumber;
  groups: IncidentClaim["victimGroups"];
  targets: IncidentClaim["targets"];
  /** Fighters, soldiers, members of an armed group: not civilians. */
  combatant: boolean;
}

interface NounEntry {
  /** Singular forms (with case endings and feminine). */
  one: string[];
  /** Unambiguous duals (nominative -ان, and -ين when the plural is broken). */
  two: string[];
  /** Plurals; sound masculine plurals in -ين go to `pluralOrTwo`. */
  plural: string[];
  pluralOrTwo?: string[];
  groups?: IncidentClaim["victimGroups"];
  targets?: IncidentClaim["targets"];
  combatant?: boolean;
}

const ENTRIES: NounEntry[] = [
  {
    one: ["مدني", "مدنيا", "مدنيه"],
    two: ["مدنيان", "مدنيتان", "مدنيتين"],
    plural: ["مدنيون", "مدنيات"],
    pluralOrTwo: ["مدنيين"],
    targets: ["civilians"],
  },
  { one: ["شخص", "شخصا"], two: ["شخصان", "شخصين"], plural: ["اشخاص", "اشخاصا"] },
  {
    one: ["مواطن", "مواطنا", "مواطنه"],
    two: ["مواطنان", "مواطنتان", "مواطنتين"],
    plural: ["مواطنون", "مواطنات"],
    pluralOrTwo: ["مواطنين"],
    targets: ["civilians"],
  },
  {
    one: ["طفل", "طفلا", "طفله"],
    two: ["طفلان", "طفلين", "طفلتان", "طفلتين"],
    plural: ["اطفال", "اطفالا"],
    groups: ["children"],
  },
  { one: ["صبي", "صبيا"], two: ["صبيان", "صبيين"], plural: ["صبيه"], groups: ["children"] },
  { one: ["قاصر", "قاصرا"], two: ["قاصران", "قاصرين"], plural: ["قاصرون"], groups: ["children"] },
  { one: ["رضيع", "رضيعه"], two: ["رضيعان", "رضيعين"], plural: ["رضع"], groups: ["children"] },
  {
    one: ["امراه", "سيده"],
    two: ["امراتان", "امراتين", "سيدتان", "سيدتين"],
    plural: ["نساء", "سيدات"],
    groups: ["women"],
  },
  { one: ["فتاه"], two: ["فتاتان", "فتاتين"], plural: ["فتيات"], groups: ["women"] },
  { one: ["فتي"], two: ["فتيين"], plural: ["فتيان"], groups: ["children"] },
  { one: ["رجل", "رجلا"], two: ["رجلان", "رجلين"], plural: ["رجال", "رجالا"], groups: ["men"] },
  {
    one: ["شاب", "شابا", "شابه"],
    two: ["شابان", "شابين", "شابتان", "شابتين"],
    plural: ["شبان", "شباب", "شابات"],
    groups: ["men"],
  },
  {
    one: ["مسن", "مسنا", "مسنه", "عجوز", "عجوزا"],
    two: ["مسنان", "مسنتان", "مسنتين"],
    plural: ["مسنون"],
    pluralOrTwo: ["مسنين"],
    groups: ["elderly"],
  },
  { one: ["عايله", "اسره"], two: ["عايلتين", "اسرتين"], plural: ["عايلات", "اسر"], groups: ["families"] },
  {
    one: ["نازح", "نازحا", "نازحه"],
    two: ["نازحان"],
    plural: ["نازحون"],
    pluralOrTwo: ["نازحين"],
    targets: ["idps"],
  },
  {
    one: ["مسعف", "مسعفا", "مسعفه", "منقذ"],
    two: ["مسعفان"],
    plural: ["مسعفون"],
    pluralOrTwo: ["مسعفين", "منقذين"],
    targets: ["rescuers"],
  },
  {
    one: ["متطوع", "متطوعا"],
    two: ["متطوعان"],
    plural: ["متطوعون"],
    pluralOrTwo: ["متطوعين"],
    targets: ["rescuers"],
  },
  {
    one: ["طبيب", "طبيبا", "ممرض", "ممرضه", "ممرضا"],
    two: ["طبيبان", "طبيبين", "ممرضان"],
    plural: ["اطباء", "ممرضون", "ممرضات"],
    pluralOrTwo: ["ممرضين"],
    targets: ["medical"],
  },
  {
    one: ["صحفي", "صحفيا", "صحفيه", "اعلامي", "اعلاميا"],
    two: ["صحفيان", "اعلاميان"],
    plural: ["صحفيون"],
    pluralOrTwo: ["صحفيين", "اعلاميين"],
    targets: ["journalists"],
  },
  {
    one: ["عنصر", "عنصرا"],
    two: ["عنصران", "عنصرين"],
    plural: ["عناصر"],
    targets: ["military"],
    combatant: true,
  },
  {
    one: ["مقاتل", "مقاتلا"],
    two: ["مقاتلان"],
    plural: ["مقاتلون"],
    pluralOrTwo: ["مقاتلين"],
    targets: ["military"],
    combatant: true,
  },
  {
    one: ["جندي", "جنديا"],
    two: ["جنديان", "جنديين"],
    plural: ["جنود", "جنودا"],
    targets: ["military"],
    combatant: true,
  },
  {
    one: ["عسكري", "عسكريا"],
    two: ["عسكريان"],
    plural: ["عسكريون"],
    pluralOrTwo: ["عسكريين"],
    targets: ["military"],
    combatant: true,
  },
  {
    one: ["مسلح", "مسلحا"],
    two: ["مسلحان"],
    plural: ["مسلحون"],
    pluralOrTwo: ["مسلحين"],
    targets: ["military"],
    combatant: true,
  },
  {
    one: ["ضابط", "ضابطا"],
    two: ["ضابطان", "ضابطين"],
    plural: ["ضباط"],
    targets: ["military"],
    combatant: true,
  },
  // People named by what they do, counted as anyone else.
  {
    one: [
      "سايق",
      "سايقا",
      "عامل",
      "عاملا",
      "مزارع",
      "مزارعا",
      "راعي",
      "طالب",
      "طالبا",
      "طالبه",
      "معلم",
      "معلما",
      "موظف",
      "موظفا",
      "بايع",
      "تاجر",
      "ناشط",
      "ناشطا",
    ],
    two: ["عاملان", "مزارعان", "طالبان", "طالبين"],
    plural: ["عمال", "طلاب", "مزارعون", "رعاه", "ناشطون"],
    pluralOrTwo: ["مزارعين", "عاملين", "موظفين", "ناشطين", "معلمين"],
  },
  // Ordinals standing for one more person: "وأصيب ثالث بجروح" (a third was hurt).
  {
    one: [
      "ثان",
      "ثاني",
      "ثالث",
      "رابع",
      "خامس",
      "سادس",
      "سابع",
      "ثامن",
      "تاسع",
      "عاشر",
      "ثانيه",
      "ثالثه",
      "رابعه",
    ],
    two: [],
    plural: [],
  },
  // Words that only carry the count: "others", "members (of a family)", "victims".
  { one: ["اخر", "اخري"], two: ["اخران"], plural: ["اخرون"], pluralOrTwo: ["اخرين"] },
  { one: ["فرد", "فردا"], two: ["فردان", "فردين"], plural: ["افراد"] },
  { one: ["ضحيه"], two: ["ضحيتان", "ضحيتين"], plural: ["ضحايا"] },
  { one: ["قتيل", "قتيلا"], two: ["قتيلان", "قتيلين"], plural: ["قتلي"] },
];

/** Every victim noun form, folded, with its reading. */
export const VICTIM_NOUNS: ReadonlyMap<string, VictimNoun> = new Map(
  ENTRIES.flatMap((e) => {
    const base = { groups: e.groups ?? [], targets: e.targets ?? [], combatant: e.combatant ?? false };
    const forms: [string, VictimNoun][] = [
      ...e.one.map((f): [string, VictimNoun] => [f, { ...base, number: "one" }]),
      ...e.two.map((f): [string, VictimNoun] => [f, { ...base, number: "two" }]),
      ...e.plural.map((f): [string, VictimNoun] => [f, { ...base, number: "plural" }]),
      ...(e.pluralOrTwo ?? []).map((f): [string, VictimNoun] => [f, { ...base, number: "plural_or_two" }]),
    ];
    // A dual in construct before a pronoun: "طفليها" (her two children), "طفلاه".
    for (const f of e.two.filter((t) => /(ان|ين)$/.test(t))) {
      const stem = f.slice(0, -2);
      for (const pron of ["ه", "ها", "هم", "هما"]) {
        forms.push([`${stem}ي${pron}`, { ...base, number: "two" }]);
        forms.push([`${stem}ا${pron}`, { ...base, number: "two" }]);
      }
    }
    // A sound plural in construct before a pronoun: "مقاتليه" (its fighters), "مدنييها".
    for (const f of e.pluralOrTwo ?? []) {
      for (const pron of ["ه", "ها", "هم"])
        forms.push([`${f.slice(0, -1)}${pron}`, { ...base, number: "plural_or_two" }]);
    }
    // A plural or singular with a possessive pronoun: "اطفالها", "زوجته" are still the same number.
    for (const [f, v] of [...forms]) {
      if (v.number === "two" || /[اه]$/.test(f)) continue;
      for (const pron of ["ه", "ها", "هم"]) forms.push([`${f}${pron}`, v]);
    }
    return forms;
  }),
);

/** Kin words that name one victim by relation ("زوجته", "ابنها", "والدته"). */
const KIN: [string[], VictimNoun][] = [
  [
    [
      "زوجه",
      "زوجته",
      "زوجتها",
      "والدته",
      "والدتها",
      "ام",
      "امه",
      "امها",
      "شقيقته",
      "شقيقتها",
      "اخته",
      "اختها",
    ],
    { number: "one", groups: ["women"], targets: [], combatant: false },
  ],
  [
    ["زوج", "زوجها", "والده", "اب", "ابوه", "شقيق", "شقيقه", "شقيقها", "اخ", "اخوه", "اخيه", "اخوها"],
    { number: "one", groups: ["men"], targets: [], combatant: false },
  ],
  [
    [
      "شقيقان",
      "شقيقين",
      "شقيقتان",
      "شقيقتين",
      "اخوان",
      "اخوين",
      "اختان",
      "اختين",
      "ابنان",
      "ابنين",
      "ابنتان",
      "ابنتين",
      "طفلاه",
      "طفليه",
    ],
    { number: "two", groups: [], targets: [], combatant: false },
  ],
  [["اشقاء", "اخوات", "شقيقات"], { number: "plural", groups: [], targets: [], combatant: false }],
  [
    ["ابن", "ابنه", "ابنها", "ابنهم", "نجل", "نجله", "نجلها"],
    { number: "one", groups: ["children"], targets: [], combatant: false },
  ],
  [
    ["ابنته", "ابنتها", "بنت"],
    { number: "one", groups: ["children", "women"], targets: [], combatant: false },
  ],
  [
    ["ابناء", "ابناءه", "ابناءها", "ابنايه", "ابنايها"],
    { number: "plural", groups: ["children"], targets: [], combatant: false },
  ],
];

/** Victim nouns and kin words together. */
export const PERSON_NOUNS: ReadonlyMap<string, VictimNoun> = new Map([
  ...VICTIM_NOUNS,
  ...KIN.flatMap(([forms, v]) => forms.map((f): [string, VictimNoun] => [f, v])),
]);

/**
 * Places named as what was hit ("استهدف مستشفى", "سقطت قذيفة على منزل"), by target category.
 * Folded stems; a word matches with any proclitic and the plural forms listed.
 */
export const TARGET_WORDS: ReadonlyMap<string, IncidentClaim["targets"][number]> = new Map([
  ...["مستشفي", "مشفي", "مستشفيات", "مشافي", "مستوصف", "عياده", "اسعاف"].map((w) => [w, "medical"] as const),
  ...["مسعف", "مسعفين", "مسعفون"].map((w) => [w, "rescuers"] as const),
  ...["مدرسه", "مدارس", "روضه", "جامعه"].map((w) => [w, "school"] as const),
  ...["سوق", "اسواق", "السوق"].map((w) => [w, "market"] as const),
  ...["مسجد", "جامع", "مساجد", "كنيسه", "كنايس"].map((w) => [w, "worship"] as const),
  ...["مخيم", "مخيمات"].map((w) => [w, "camp"] as const),
  ...["منزل", "منازل", "بيت", "بيوت", "مبني", "سكني", "سكنيه", "الاحياء", "حي"].map(
    (w) => [w, "residential"] as const,
  ),
  ...["محطه", "فرن", "مخبز", "سد", "محطات"].map((w) => [w, "infrastructure"] as const),
]);

/** Multi-word targets matched on the folded sentence. */
export const TARGET_PHRASES: { re: RegExp; target: IncidentClaim["targets"][number] }[] = [
  { re: /الدفاع المدني|الخوذ البيضاء|فرق الانقاذ|فريق الانقاذ/, target: "rescuers" },
  { re: /نقطه طبيه|مركز صحي|مركز طبي|سياره اسعاف|سيارات الاسعاف|الهلال الاحمر/, target: "medical" },
  { re: /قافله مساعدات|منظمه انسانيه|عمال الاغاثه/, target: "humanitarian" },
];
