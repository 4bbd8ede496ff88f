/**
 * Wording indicators for legal qualification (DOMAIN.md §2.5, "Indicators (EN / AR)"): phrases in a
 * report that support one element of a crime. Data, not rules: the qualification stage looks for them
 * only in the sentences that carry an incident's own claim evidence (and in the report's statements),
 * and an indicator never lifts a qualification on its own — it fills one named element.
 */

export interface LegalIndicator {
  id: string;
  /** What finding the phrase supports, shown next to the evidence. */
  meaning: string;
  patterns: RegExp[];
  /** Whether the phrase is the source asserting a purpose or a quality (an allegation), not a fact. */
  assertion?: boolean;
}

const GROUPS_EN =
  "Alawites?|Sunnis?|Shias?|Shiites?|Druze|Kurds?|Kurdish|Christians?|Yazidis?|Ismailis?|Turkmens?|Armenians?|Assyrians?";
const GROUPS_AR = "العلويين|السنة|الشيعة|الدروز|الأكراد|الكرد|المسيحيين|الإيزيديين|الإسماعيليين|التركمان";

export const LEGAL_INDICATORS: readonly LegalIndicator[] = [
  {
    id: "targeted-civilians",
    meaning: "civilians described as the target",
    patterns: [
      /\btarget(?:ed|ing|s)?\s+(?:the\s+)?(?:civilians?|residents|civilian\s+(?:homes|houses|areas|population))\b/i,
      /\b(?:civilians?|residents)\s+(?:were|was)\s+(?:deliberately\s+)?targeted\b/i,
      /استهدا?ف\S*\s+(?:ال)?مدنيين/,
    ],
  },
  {
    id: "deliberate",
    meaning: "the attack described as deliberate",
    patterns: [/\b(?:deliberately|intentionally|purposely|on purpose)\b/i, /عمدا|عمداً|متعمد/],
    assertion: true,
  },
  {
    id: "civilian-area",
    meaning: "a residential area, market, bakery or camp was hit",
    patterns: [
      /\bresidential\s+(?:area|district|neighbou?rhood|building|block)s?\b/i,
      /\b(?:market(?:place)?|bakery|bread\s+queue|displacement\s+camp|IDP\s+camp|camp\s+for\s+(?:the\s+)?displaced)\b/i,
      /حي\s+سكني|الأحياء\s+السكنية|سوق\s+شعبي|السوق|فرن|مخيم\s+للنازحين/,
    ],
  },
  {
    id: "mostly-women-children",
    meaning: "most victims were women and children",
    patterns: [
      /\b(?:mostly|most\s+of\s+(?:whom|them)\s+(?:were\s+)?|mainly|the\s+majority\s+(?:of\s+them\s+)?(?:were\s+)?)\s*(?:women\s+and\s+children|children\s+and\s+women)\b/i,
      /معظمهم\s+(?:من\s+)?(?:النساء\s+والأطفال|الأطفال\s+والنساء)/,
    ],
  },
  {
    id: "no-military-objective",
    meaning: "no military objective reported at the place",
    patterns: [
      /\bno\s+(?:military|armed)\s+(?:presence|positions?|targets?|objectives?)\b/i,
      /\bfar\s+from\s+(?:the\s+|any\s+)?front(?:\s*lines?)?\b/i,
      /لا\s+(?:توجد|يوجد)\s+(?:أي\s+)?(?:مقرات|مواقع)\s+عسكرية/,
    ],
  },
  {
    id: "indiscriminate",
    meaning: "an indiscriminate method or weapon",
    patterns: [
      /\bindiscriminate(?:ly)?\b/i,
      /\bbarrel[- ]bombs?\b/i,
      /\bcluster\s+(?:munitions?|bombs?)\b/i,
      /براميل\s+متفجرة|البراميل\s+المتفجرة|عشوائي|قنابل\s+عنقودية|ذخائر\s+عنقودية/,
    ],
  },
  {
    id: "during-rescue",
    meaning: "a strike during rescue work or a second strike on the same scene",
    patterns: [
      /\bwhile\s+(?:they\s+were\s+)?(?:trying\s+to\s+)?(?:rescu|recover|evacuat|retriev|pull)\w*/i,
      /\bdouble[- ]tap\b|\bsecond\s+(?:air\s*)?(?:strike|raid)\b|\breturned\s+to\s+(?:strike|bomb)\b/i,
      /ضربة\s+مزدوجة|غارة\s+ثانية|أثناء\s+(?:عمليات\s+)?(?:الإنقاذ|انتشال|إسعاف)/,
    ],
  },
  {
    id: "medical-attacked",
    meaning: "medical personnel, units or transport were hit",
    patterns: [
      /\b(?:ambulances?|paramedics?|medics|medical\s+(?:staff|teams?|workers?|point|centre|center|facility)|hospitals?|clinics?)\b/i,
      /سيارة\s+إسعاف|سيارات\s+الإسعاف|المسعفين|مسعف|مشفى|مستشفى|نقطة\s+طبية|الكوادر\s+الطبية/,
    ],
  },
  {
    id: "medical-emblem",
    meaning: "the medical unit was identifiable (emblem or other identification)",
    patterns: [
      /\b(?:red\s+crescent|red\s+cross|emblem|clearly\s+marked|marked\s+ambulance|known\s+location\s+shared|deconflict\w*)\b/i,
      /شارة|الهلال\s+الأحمر|الصليب\s+الأحمر/,
    ],
  },
  {
    id: "protected-building",
    meaning: "a hospital, school or place of worship was hit",
    patterns: [
      /\b(?:hospitals?|schools?|kindergartens?|universit(?:y|ies)|mosques?|churches?|shrines?)\b/i,
      /مشفى|مستشفى|مدرسة|روضة|جامعة|مسجد|جامع|كنيسة|مزار/,
    ],
  },
  {
    id: "humanitarian-mission",
    meaning: "a humanitarian mission, convoy or its staff",
    patterns: [
      /\baid\s+(?:convoy|workers?|warehouse|distribution)\b|\bhumanitarian\s+(?:convoy|workers?|mission|staff|warehouse)\b|\bSARC\b|\bUN\s+(?:convoy|staff|team)\b/i,
      /قافلة\s+مساعدات|عمال\s+الإغاثة|الهلال\s+الأحمر\s+العربي\s+السوري/,
    ],
  },
  {
    id: "displacement-order",
    meaning: "an order to leave",
    patterns: [
      /\bordered\s+(?:the\s+)?(?:residents|civilians|people|families|inhabitants)?\s*to\s+(?:leave|evacuate)\b|\bevacuation\s+orders?\b/i,
      /أوامر\s+(?:بال)?إخلاء|أمهل\S*\s+(?:ال)?(?:سكان|الأهالي)/,
    ],
  },
  {
    id: "displacement-occurred",
    meaning: "people were displaced",
    patterns: [
      /\b(?:forced\s+to\s+flee|fled\s+their\s+homes|were\s+displaced|forcibly\s+(?:displaced|transferred)|displacement\s+of\s+(?:\d+|thousands|hundreds|residents|families)|expelled\s+from)\b/i,
      /نزوح|نزح|تهجير\s+قسري|هُجّر|تم\s+تهجير/,
    ],
  },
  {
    id: "displacement-aim",
    meaning: "the source asserts the aim was to displace people",
    patterns: [
      /\baims?\s+to\s+(?:displace|empty|depopulate)|\b(?:in\s+order|intended|designed)\s+to\s+(?:displace|empty|depopulate)\b/i,
      /بهدف\s+(?:تهجير|إفراغ)|لتهجير/,
    ],
    assertion: true,
  },
  {
    id: "pillage",
    meaning: "looting or pillage",
    patterns: [/\bloot(?:ed|ing)?\b|\bpillag\w*|\bplunder\w*/i, /تعفيش|نهب/],
  },
  {
    id: "destruction",
    meaning: "destruction of property",
    patterns: [
      /\bbulldoz\w+|\brazed\b|\bdemolish\w*|\bburn(?:ed|t)\s+(?:down\s+)?(?:homes|houses|crops|fields)/i,
      /تجريف|هدم\s+(?:المنازل|البيوت)|حرق\s+(?:المنازل|المحاصيل)/,
    ],
  },
  {
    id: "siege-starvation",
    meaning: "siege or obstruction of food and aid",
    patterns: [
      /\bsiege\b|\bbesieg\w+|\bstarv\w+|\b(?:blocked|obstructed|prevented)\s+(?:the\s+)?(?:entry\s+of\s+)?(?:aid|food|humanitarian)/i,
      /حصار|تجويع|منع\s+دخول\s+المساعدات/,
    ],
  },
  {
    id: "execution",
    meaning: "an execution or summary killing",
    patterns: [
      /\b(?:field\s+)?execut(?:ed|ion|ions)\b|\bsummar(?:y|ily)\s+(?:killed|executed|killing)/i,
      /إعدام\s+ميداني|أعدم/,
    ],
  },
  {
    id: "torture",
    meaning: "torture",
    patterns: [/\btortur\w+/i, /تعذيب/],
  },
  {
    id: "hostage",
    meaning: "abduction or hostage-taking",
    patterns: [/\bhostages?\b|\babduct\w+|\bkidnap\w+/i, /خطف|اختطاف|رهائن/],
  },
  {
    id: "disappearance",
    meaning: "an enforced disappearance",
    patterns: [
      /\b(?:forcibly|enforced(?:ly)?)\s+disappear\w*|\bwhereabouts\s+(?:remain\s+|are\s+)?unknown\b/i,
      /مختف\S*\s+قسري|الاختفاء\s+القسري|الإخفاء\s+القسري/,
    ],
  },
  {
    id: "sexual-violence",
    meaning: "sexual violence",
    patterns: [/\brap(?:e|ed|es)\b|\bsexual\s+(?:violence|assault|abuse)\b/i, /اغتصاب|عنف\s+جنسي/],
  },
  {
    id: "massacre",
    meaning: "a massacre or mass killing",
    patterns: [/\bmassacres?\b|\bmass\s+killings?\b/i, /مجزرة|مجازر/],
  },
  {
    id: "identity-targeting",
    meaning: "victims targeted for their sect, ethnicity or religion",
    patterns: [
      /\b(?:sectarian(?:ly)?|ethnically[- ]motivated|on\s+(?:a\s+)?sectarian\s+basis|because\s+of\s+their\s+(?:sect|ethnicity|religion|identity))\b/i,
      new RegExp(`\\bfor\\s+being\\s+(?:${GROUPS_EN})\\b`, "i"),
      /طائفي|على\s+أساس\s+طائفي|على\s+الهوية/,
    ],
  },
  {
    id: "protected-group",
    meaning: "a national, ethnical, racial or religious group is named",
    patterns: [new RegExp(`\\b(?:${GROUPS_EN})\\b`, "i"), new RegExp(`(?:${GROUPS_AR})`)],
  },
  {
    id: "demographic-change",
    meaning: "an aim to change the area's demographic make-up",
    patterns: [
      /\bdemographic\s+(?:change|engineering)\b|\bethnic(?:ally)?\s+homogen\w+/i,
      /التغيير\s+الديموغرافي|تغيير\s+ديموغرافي/,
    ],
    assertion: true,
  },
  {
    id: "destruction-intent",
    meaning: "stated intent to destroy a protected group",
    patterns: [
      new RegExp(
        `\\b(?:exterminate|wipe\\s+out|eradicate|annihilate|destroy)\\s+(?:all\\s+)?(?:the\\s+)?(?:${GROUPS_EN})\\b`,
        "i",
      ),
      /\b(?:cockroaches|vermin|subhumans?)\b/i,
      new RegExp(`إبادة\\s+(?:${GROUPS_AR})`),
    ],
    assertion: true,
  },
  {
    id: "birth-prevention",
    meaning:
      "measures to prevent births: forced sterilisation, forced abortion, forced separation of the sexes",
    patterns: [
      /\b(?:forced|forcibly|compulsory)\s+(?:sterili[sz](?:ation|ed|ing)|abortions?|contraception)\b/i,
      /\bsteriliz(?:ed|ing)\s+(?:women|men|girls)\s+(?:by\s+force|against\s+their\s+will)\b|\bprevent(?:ed|ing|s)?\s+(?:births|them\s+from\s+having\s+children)\b/i,
      /التعقيم\s+القسري|الإجهاض\s+القسري|منع\s+(?:الإنجاب|الولادات)/,
    ],
  },
  {
    id: "child-transfer",
    meaning:
      "children forcibly taken from their group to another (abducted and raised, converted or adopted away)",
    patterns: [
      /\bchildren\s+(?:were\s+)?(?:forcibly\s+)?(?:transferred|taken\s+away|removed|abducted)\s+(?:to|into|and\s+(?:raised|converted|indoctrinated|given))\b/i,
      /\b(?:forcible|forced)\s+transfer\s+of\s+(?:the\s+)?children\b|\b(?:abducted|kidnapped)\s+children\s+(?:were\s+)?(?:raised|converted|indoctrinated|given\s+for\s+adoption)\b/i,
      /نقل\s+(?:ال)?أطفال\s+(?:قسرا|قسراً|بالقوة)|(?:خطف|اختطاف)\s+(?:ال)?أطفال\s+و(?:تجنيدهم|تنشئتهم|تحويلهم)/,
    ],
  },
  {
    id: "systematic",
    meaning: "the source asserts the violence is systematic or widespread",
    patterns: [/\bsystematic(?:ally)?\b|\bwidespread\b/i, /ممنهج|منهجي/],
    assertion: true,
  },
];
