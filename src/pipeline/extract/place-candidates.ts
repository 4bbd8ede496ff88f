/**
 * Place-name candidates in a sentence: the name spans of name-spans.ts, classified by their context: locative
 * ("shelled X", "the villages of A, B and C", "X village"), contained ("X village in Jabal Y": Y is
 * context, not a separate place), admin qualifiers ("rural Idleb", "Idlib province"). Resolution
 * against the gazetteer happens in find-places.ts.
 */
import { agentShape, isOriginBefore, type AgentShape } from "./agent-names.js";
import { isHolderPosition } from "./holder-position.js";
import { datelineLength, FACILITY_WORD, nameSpans, type RawSpan } from "./name-spans.js";
import { testWhen } from "./regex-matches.js";

/**
 * What a candidate does in its sentence; when several apply, the first in this order.
 *  - "dateline": part of a dateline or heading ("BEIRUT, Dec 3 (AFP) -", "Idlib —"): where the report
 *    was filed or which area follows;
 *  - "road-end": an end of a road named by its two ends ("the X–Y road", "the road between X and Y"), the
 *    town a road is named after ("the X road"), or the far end of a stretch that starts at a place named
 *    before ("the area between it and X"): a locator, not where the incident happened;
 *  - "between": the first of two places something lies between ("the facility located between X and Y"):
 *    the incident place, coded between the two (place-anchor.ts); "between-end" is the second;
 *  - "aside": where attackers are posted or fire from (where their aircraft took off from or sit: "jets at
 *    X airbase"; "from the direction of X", which says where an attack came from, not where it struck),
 *    or where the wounded are taken or treated ("forces
 *    stationed south of X", "launchers, located at X", "fired from X" (also with its agent, "fired by regime forces from their base in X"), a victim's origin "a woman from X", "taken to a hospital in X", "in a
 *    serious condition in a hospital in X");
 *  - "example": an example of a set of places a campaign or tally covers ("daily shelling targets villages
 *    and towns of the countryside, such as A, B and C"): the set is what was hit, not each example on one
 *    day (only in a sentence about a period or a set "and other areas");
 *  - "container": names the area containing the previous place ("X village in Jabal Y", "X western Y");
 *  - "part-of-next": names part of the place named next ("the Badia of X", "the Y neighbourhood of X");
 *  - "part-of-previous": a quarter of the place named just before it in the possessive ("X's Y
 *    neighbourhood"): the incident place is X, as in "the Y neighbourhood of X";
 *  - "locates-next": qualifies the kind of the place named next ("the Idlib town of X", "the northern
 *    Hama village of X"): the area X lies in, not a place of its own;
 *  - "near-next": "near"/"in the vicinity of" another place named right after it;
 *  - "area-of": the area around the place ("the countryside of X", "X countryside");
 *  - "place": a place named for itself.
 */
export type CandidateRole =
  | "dateline"
  | "road-end"
  | "between"
  | "between-end"
  | "aside"
  | "example"
  | "container"
  | "part-of-next"
  | "part-of-previous"
  | "locates-next"
  | "near-next"
  | "area-of"
  | "place";

/** Roles that locate something else: never an incident place of their own. */
export const CONTEXT_ROLES: ReadonlySet<CandidateRole> = new Set([
  "dateline",
  "road-end",
  "between-end",
  "aside",
  "example",
  "container",
  "part-of-previous",
  "locates-next",
]);

/**
 * What the name looks like; when several apply, the first in this order.
 *  - "airfield": an airport or air base named after a place ("X International Airport"); `airfieldOf`
 *    is the place name it carries;
 *  - "person", "speaker", "weapon": the words around it say it is a person ("Colonel X", "a woman, X,"),
 *    a government or organisation speaking ("Damascus says") or a weapon ("Grad rockets"), see
 *    agent-names.ts; never a place;
 *  - "non-place": shaped like a facility ("Noor Hospital") or a person ("Yamen Khatib"): never locative
 *    by context, and a place named after it ("the Noor Hospital in X") is the place itself;
 *  - "demonym": a one-word nationality-shaped adjective ("Iraqi border");
 *  - "landmark": followed by "roundabout", "square", "street", ...: a landmark inside a town, which the
 *    text names elsewhere; never a settlement itself;
 *  - "feature": followed by "river", "road", "valley", ...: a geographic feature or a road;
 *  - "region": a natural or named region ("Jabal al-Zawiya", "Sahl al-Ghab");
 *  - "neighbourhood": followed by "neighbourhood", "quarter" or "district": part of a city;
 *  - "name": any other name.
 * Demonyms and features are places only when the gazetteer knows them.
 */
export type CandidateShape =
  | "airfield"
  | AgentShape
  | "non-place"
  | "demonym"
  | "landmark"
  | "feature"
  | "region"
  | "neighbourhood"
  | "name";

export interface PlaceCandidate {
  /** Absolute offsets into the report text. */
  start: number;
  end: number;
  mention: string;
  role: CandidateRole;
  shape: CandidateShape;
  /**
   * Locative context: after in/on/near/shelled..., in a list of such, before "village"/"town", in a
   * bullet label, or with admin or direction wording around it.
   */
  locative: boolean;
  /**
   * "admin": admin wording around it ("rural X", "X countryside", "X province", "north-western X");
   * "city": "X city" or "the city of X", so a settlement beats the governorate of the same name.
   */
  qualifier: "admin" | "city" | null;
  /** For an airfield: the place name it carries ("X" of "X International Airport"). */
  airfieldOf: string | null;
  /** Other names the text gives it right after: "X (Y)", and "X/Y" when resolution finds Y no other place. */
  alternates: string[];
  /** Followed by a facility noun ("the X market", "X bakery"): a facility may be named after a far town. */
  facility?: boolean;
  /**
   * Followed by a site's kind word ("the X dam", "the X crossing", "the X checkpoint"): a site the
   * gazetteer rarely has; with a locator it is an incident place coded by that locator (place-classify.ts).
   */
  site?: boolean;
  /**
   * A settlement's kind word names what it is: "the village of X", "X town", "the villages of A, B and
   * C", "A, B and C villages" (the list shares its kind word), "the hospital in X", or a bulletin
   * line's label. A name the
   * gazetteer lacks needs this or a locator to count as a place (place-unknown.ts).
   */
  settlementFramed?: boolean;
  /**
   * A compass or area frame says the name is a piece of land: "in northwest X", "in the central X",
   * "south of X", "the central governorate of X", "the heart of X" (persons and organisations have no
   * north or centre). Evidence for a name the gazetteer lacks, as a kind word is (place-unknown.ts).
   */
  geoFramed?: boolean;
}

/**
 * A settlement's kind word before the name ("the village of X", "the Idlib town of X", "the villages
 * of A"), or after it ("X village", "X camp": a displacement camp is a populated place too).
 */
const SETTLEMENT_KIND_BEFORE =
  /\b(?:villages?|towns?|city|cities|hamlets?|townships?|camps?|communit(?:y|ies))\s+of\s+(?:the\s+)?$/i;
/**
 * "the hospital in X", "a bakery of X": a civil facility's settlement (the nouns of FACILITY_NOUN_AFTER
 * that people live around, not a road or a square).
 */
const FACILITY_IN_BEFORE =
  /\b(?:markets?|souq|souk|bazaar|bakery|hospital|clinic|school|mosque)\s+(?:in|of)\s+(?:the\s+)?$/i;
const SETTLEMENT_KIND_AFTER = /^\s+(?:villages?|towns?|city|cities|hamlets?|townships?|camps?)\b/i;
/**
 * The frames of `geoFramed`: a lower-case compass word or an area's part before the name, or a compass
 * point "of" it ("South of X"); a place with neighbourhoods, quarters or suburbs is a town.
 */
const GEO_FRAME_BEFORE =
  /(?:(?:(?<![\p{L}])(?:[Ii]n|of|across|from|into|at|near)|,)\s+(?:the\s+)?(?:far\s+)?(?:central|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?)\s+|(?<![\p{L}-])(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Nn]orth-?east|[Nn]orth-?west|[Ss]outh-?east|[Ss]outh-?west)(?:ern)?\s+(?:(?:part|side|edge|outskirts)\s+)?of\s+(?:the\s+)?|(?<![\p{L}])(?:governorate|province|district|outskirts|cent(?:re|er)|heart|neighbou?rhoods?|quarters?|suburbs?)\s+of\s+(?:the\s+)?)$/u;
const GEO_FRAME_NEEDS =
  /[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|central|governorate|province|district|outskirts|cent|heart|neighbo|quarter|suburb/;
/**
 * The kind word after a name is evidence only when it heads its phrase: "the X village was shelled",
 * "X town, north of Y". Followed by a noun it is part of a longer name or a modifier ("New York City
 * subway", "the X Camp administration"): it then says nothing of what X is.
 */
const KIND_MODIFIES_AFTER =
  /^\s+(?:villages?|towns?|city|cities|hamlets?|townships?|camps?)\s+(?!(?:and|or|but|of|in|on|at|to|from|by|with|near|for|as|was|were|is|are|has|have|had|will|would|which|that|where|who|whose|after|before|during|since|amid|while|when|itself|also|too|alone|today|yesterday|(?:north|south|east|west)[a-z-]*)\b)[a-z]+(?<!ed|ing|s)\b/i;

/** A facility noun after a name: "the al-Hal market", "X bakery", "X hospital". */
const FACILITY_NOUN_AFTER =
  /^\s+(?:markets?|souq|souk|bazaar|bakery|hospital|clinic|school|mosque|street|square|roundabout|station|camp)\b/i;

/**
 * A word with a nationality suffix used attributively ("Iraqi border", "Assyrian villages"), or a
 * hyphenated pair of them ("the Syrian-Turkish border").
 */
const DEMONYM_SHAPE = /^(?:[A-Z][a-z]+(?:i|ian|ese|ish)-)?[A-Z][a-z]+(?:i|ian|ians|ese|ish)$/;
const SETTLEMENT_AFTER = /^\s+(?:village|town|hamlet)\b/i;
/**
 * "the countryside of X", "… of the city of X", "… of the occupied city of X": an appositive "the
 * (adjective) city/town of X" names X itself, here and in the locator patterns below. Unnamed villages
 * of a town's land are its area too: "villages in the district of X", "three villages in X", "villages
 * around X" (the villages were hit, not the town; "the villages of A and B" names villages instead).
 */
const AREA_OF_BEFORE =
  /\b(?:(?:countryside|environs|surroundings|rural areas|region) of|villages\s+(?:in|around|(?:in|of)\s+the\s+(?:district|sub-?district|area|region)\s+of))\s+(?:the\s+)?(?:(?:[a-z][a-z-]*\s+)?(?:city|town) of\s+(?:the\s+)?)?$/i;
const AREA_OF_NEEDS = /countryside|environs|surroundings|rural areas|region|villages/i;
// Compass points between two others are written "north-western", "northwestern" or "north western"
// (all three in reports): `north[- ]?west` reads them alike, here and in the locator patterns below.
const POSITION_WORDS =
  "(?:in|on|at|near|around|along|outside|inside|the|of|their|its|bases?|posts?|frontlines?|front|lines|positions?|outskirts|vicinity|surroundings|edges?|northern|southern|eastern|western|rural|countryside|areas?|(?:north|south|east|west)(?:ern)?|north[- ]?(?:east|west)|south[- ]?(?:east|west))";
/**
 * Words opening a clause of their own after a destination ("taken to a hospital after shells hit X",
 * "fled to A as artillery pounded B"): the name after one is where that clause happened, not where the
 * people went, however short the destination phrase is.
 */
/**
 * A word naming who holds a position, right before its position noun ("fired from regime positions in
 * X", "launched from Turkish army bases in X", "from SDF-held areas of X"): the launch site's holder.
 */
const HOLDER_WORD =
  "[\\w'’-]+(?=\\s+(?:[\\w'’-]+\\s+)?(?:bases?|posts?|positions?|areas?|frontlines?|lines|points|outposts?|barracks)\\b)";
/**
 * Words of a launch site after "fired from", "originated from": its holder's participle phrase ("areas
 * held by government forces around X", "the regime-held town of X", "posts controlled by the SDF in X",
 * "the occupied Golan"),
 * the holder closed by a preposition, so that "fired from areas held by X hit Y" keeps Y.
 */
const LAUNCH_SITE_WORDS =
  "(?:held|controlled|occupied|manned)\\s+by(?:\\s+(?:the|[\\w'’-]+)){1,3}?(?=\\s+(?:in|near|around|at|on|outside|of|east|west|north|south)\\s)|(?:[\\w'’]+-)?(?:held|controlled|occupied|annexed)|town|village|city|area";
const CLAUSE_OPENERS =
  "after|following|when|whenever|while|whilst|as|because|before|since|until|once|amid|amidst";
const ASIDE_BEFORE = new RegExp(
  `\\b(?:(?:jets|aircraft|planes|warplanes|bombers|helicopters|drones|squadrons?|pilots)\\s+(?:(?:stationed|based)\\s+)?(?:at|from)\\s+(?:the\\s+)?|(?:stationed|positioned|based|deployed|entrenched|(?:launchers?|artillery|batter(?:y|ies)|tanks?|forces|troops|fighters|militias?)\\W{0,3}\\s*located)\\s+(?:${POSITION_WORDS}\\s+){1,6}|from\\s+the\\s+directions?\\s+of\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,2}?|(?:fired|launched|came|coming|originat(?:ed|ing|es)|emanat(?:ed|ing|es)|(?:took|taken|taking|takes)\\s+off|departed|departing|flew|flown|flying)(?:\\s+by(?:\\s+[\\w'-]+){1,4}?)?\\s+from\\s+(?:(?:${POSITION_WORDS}|${HOLDER_WORD}|${LAUNCH_SITE_WORDS})\\s+){0,5}|(?:taken|transferred|transported|evacuated|rushed|brought|referred|fled|flee|fleeing)\\s+(?:to|towards)\\b(?:(?!\\s(?:${CLAUSE_OPENERS})\\s)[^,;.]){0,50}|(?:died|succumbed|passed\\s+away)(?:\\s+(?:later|later\\s+on|(?:of|from|to)\\s+(?:his|her|their)\\s+(?:wounds|injuries)))*\\s+(?:in|at)\\s+(?:(?:a|the)\\s+)?(?:[\\w'’-]+\\s+)?(?:hospitals?|clinic)\\s+(?:in|at)\\s+(?:the\\s+)?(?:(?:city|town|village)\\s+of\\s+)?|(?:displac(?:ed|ing|es)|uproot(?:ed|ing)|driven|drove|expell?(?:ed|ing))\\b[^,;.]{0,60}?\\sfrom\\s[^,;.]{1,40}?\\s(?:to|towards|into)\\s+(?:the\\s+)?(?:(?:city|town|village|area|camps?|region)\\s+(?:of|in|near|around)\\s+)?|(?:treated|treatment|condition|admitted|hospitali[sz]ed|recovering)\\b[^,;.]{0,40}\\b(?:hospitals?|clinic|medical (?:point|centre|center))\\s+(?:in|at)\\s+(?:the\\s+)?(?:(?:city|town|village)\\s+of\\s+)?)$`,
  "i",
);
/**
 * Words one of which every match of ASIDE_BEFORE holds, read with the same case rule. The patterns read
 * before a name end at the name ($): a scan tries them at every character, for every name, so a quick
 * search for a word they need comes first (the same for the other *_NEEDS below).
 */
const ASIDE_NEEDS =
  /jets|aircraft|planes|bombers|helicopters|drones|squadron|pilots|stationed|positioned|based|deployed|entrenched|located|from|taken|transferred|transported|evacuated|rushed|brought|referred|fled|flee|hospital|clinic|medical/i;
/**
 * A lower-case word after a demonym-shaped name that it may qualify ("Iraqi border", "Assyrian
 * villages"): not a preposition, a copula or a place's own area word, which show the name stands alone as
 * a noun ("Qamishli on Monday", "Qamishli countryside", "Khadrawi in Tal Tamr").
 */
const ATTRIBUTIVE_AFTER =
  /^\s+(?!(?:on|in|at|of|to|from|with|by|near|after|before|since|during|amid|is|was|were|has|had|countryside|city|province|governorate|district|sub-district|area|region|outskirts|suburbs|camp)\b)[a-z]/;
/** "X News Agency", "X Health Directorate", "X Reconciliation Centre": the name of an organisation. */
const ORG_AFTER =
  /^(?:\s+[A-Z][\p{L}'’-]*){0,3}\s+(?:Press|News|Agency|Network|Observatory|Media|Directorate|Centre|Center|Foundation|Institute|Radio|TV|Channel|Times|Council|Committee|Ministry|Brigades?|Battalions?|Division|Corps|Society|Association)\b/u;
/**
 * The same in lower case for armed groups, which reports name by a word and the kind of group after it
 * ("a leader in al-Mawali faction", "the Hamza division"): the name is the group's, not a place's.
 */
const GROUP_NOUN_AFTER =
  /^\s+(?:factions?|brigades?|battalions?|division|movement|operations\s+room)(?![\p{L}-])/u;
/**
 * "the X family home", "members of the X family", "the X and Y families", "the X clan": a name before a
 * kinship-group noun is a family's name (English names families "the <surname> family"), not a place,
 * however a village of the gazetteer spells it.
 */
const FAMILY_AFTER = /^(?:['’]s)?\s+(?:famil(?:y|ies)|clan|household)(?![\p{L}-])/iu;
/** A name ending in an organisation noun ("Central Command", "Health Ministry") names no place. */
const ORG_NAME =
  /(?:^|\s)(?:Command|Ministry|Council|Committee|Agency|Directorate|Observatory|Network|Coalition|Forces|Army|Police|Administration|Authority|Authorities|Government)$/u;
/**
 * "X Hospital", "the Y Mosque": X names a facility. It may also be the town the facility is named after
 * ("Maarat al-Numan Hospital"), so such a name only counts when the gazetteer knows it (a weak candidate).
 */
const FACILITY_AFTER =
  /^(?:\s+[A-Z][\p{L}'’-]*){0,2}\s+(?:Hospital|Clinic|Medical Point|Mosque|Church|School|University|Faculty|Bakery|Stadium|Prison|Ambulance|Station|Plant|Silos?|Mill)\b/u;
/**
 * Common Arabic given names: a capitalised run that starts with one ("Yamen Mohammed", "Abdulqader X")
 * is far more often a person than a place. Such a run counts only when the gazetteer knows it.
 */
const GIVEN_NAME_START =
  /^(?:Mohammed|Mohammad|Muhammad|Mohamed|Ahmad|Ahmed|Mahmoud|Mahmud|Mustafa|Moustafa|Omar|Umar|Ali|Hassan|Hasan|Hussein|Husayn|Khaled|Khalid|Ibrahim|Ismail|Yusuf|Youssef|Yousef|Abdul\p{L}*|Abdel\p{L}*|Abdullah|Abd|Karim|Karem|Kareem|Yamen|Salem|Salim|Samer|Sami|Fadi|Bassam|Bashar|Hamza|Anas|Bilal|Tariq|Tarek|Walid|Waleed|Jamal|Kamal|Nabil|Nizar|Osama|Usama|Majd|Ammar|Zaid|Riad|Riyad|Fatima|Fatma|Aisha|Mariam|Maryam|Zainab|Hiba|Rana|Reem|Layla|Leila|Nour|Noor|Huda|Sara|Sarah|Amina|Khadija|Salma)\b/u;
/**
 * A kunya with a nisba ("Abu al-Kheir al-Masri", "Abu Hatem al-Shami"): a nom de guerre, far more often
 * a person than a place. Such a name counts only when the gazetteer knows it.
 */
const KUNYA_NISBA =
  /^(?:Abu|Abou|Umm|Um)\s+(?:(?:al|el)-)?\p{Lu}[\p{L}'’]+\s+(?:al|el)-\p{Lu}[\p{L}'’]*[iy]$/u;
const REGION_PREFIX =
  /^(?:Jabal|Jebel|Jabel|Jbal|Sahl|Wadi|Mount|Mountains?|Badia|Ghab|Jazira|Plain|Plains)\b/;

/**
 * A capitalised compass word right before a name ("the West Bank", "East Ghouta") makes one proper
 * name with it, cut by the stop words: the rest alone is a place only when the gazetteer knows it.
 */
const COMPASS_NAME_BEFORE = /(?<![\p{L}'’-])(?:North|South|East|West)\s$/u;
const COMPASS_NEEDS = /North|South|East|West/;

/** Generic landform words that name part of a place ("the Badia of X"), not a place of their own. */
const LANDFORM = /^(?:Badia|Desert|Steppe|Outskirts|Plains?|Countryside)$/;

/** "the Idlib town of X", "the northern Hama village of X": the name before the kind word locates X. */
const KIND_OF_SEP = /^\s+(?:village|town|city|hamlet|township)\s+of\s+$/i;
const KIND_OF_OPENING_BEFORE =
  /(?<![\p{L}])the\s+(?:(?:north|south|east|west|central|north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west)(?:ern)?\s+)?$/iu;

/**
 * "Y countryside", "Y's countryside": the rural land around a town, which has no quarters, so "X suburb in
 * Y countryside" is a village of that land, not a part of the town Y.
 */
const RURAL_AFTER = /^(?:['’]s)?\s+(?:countryside|rural\s+areas?)\b/i;
const PART_OF_SEP =
  /^\s+(?:neighbou?rhood|district|quarter|suburb|camp)\s+(?:of|in|(?:on|at)\s+the\s+(?:(?:north|south|east|west)(?:ern)?\s+)?(?:edges?|outskirts|side|part|entrance)\s+of)\s+(?:the\s+)?(?:(?:city|town) of\s+)?$/i;
/**
 * Syria's rivers and their lakes, named without the word "river" ("east of the Euphrates"): features,
 * not populated places (data: the rivers of the country's basins, English spellings in use).
 */
const RIVER_NAME =
  /^(?:(?:the|al|el)[-\s])?(?:Euphrates|Furat|Tigris|Orontes|Asi|Assi|Khabur|Khabour|Khabor|Balikh|Balik|Sajur|Sajour|Queiq|Quwayq|Jaghjagh|Jaqjaq|Litani)$/i;
/**
 * A geographic feature, a road or a post on one: "near the Euphrates river", "the X highway", "Y hill",
 * "the Z checkpoint", "near Y junction". A checkpoint, hill or road junction named after a village the
 * gazetteer knows stays that village: country roads meet at the villages they are named after.
 */
const FEATURE_AFTER =
  /^\s+(?:river|lake|canal|valley|highway|motorway|road|dam|hills?|checkpoints?|junction|intersection|crossroads)\b/i;
/** A landmark inside a town ("the X roundabout", "X Square"): never a settlement of its own. */
const LANDMARK_AFTER = /^\s+(?:roundabout|square|street|bridge)\b/i;
/**
 * The same kind words as the last word of the name itself: in an English proper name the last noun is
 * the head and says what the name is ("Nawroz Square", "Mashta al-Nour Hill", "Qasiyon Mountain"), as the
 * word does after a name in lower case. Such a name is shaped like a facility's: no settlement, and a
 * place named after it ("Nawroz Square in X") is the place itself. Region names keep their own reading
 * ("Jabal X Mountains").
 */
const KIND_HEAD =
  /\s(?:Roundabout|Square|Street|Bridge|Junction|Intersection|Crossroads|River|Lake|Canal|Valley|Highway|Motorway|Road|Dam|Hills?|Mountains?|Heights|Checkpoints?)$/u;
/**
 * "the Russian Reconciliation Centre at X", "the government in X": where an organisation or a government
 * sits (a capital standing for its government), not where anything happened.
 */
const ORG_SEAT_BEFORE =
  /\b(?:[A-Z][\p{L}-]+\s+(?:Centre|Center|Office|Headquarters|Command|Base)\s+(?:at|in)|(?:government|authorities|administration|leadership)\s+in)\s+$/u;
const ORG_SEAT_NEEDS =
  /Centre|Center|Office|Headquarters|Command|Base|government|authorities|administration|leadership/;

const KIND_AFTER =
  /^\s+(?:village|town|city|area|areas|neighbou?rhood|district|camp|township|suburb|municipality|frontlines?|front|countryside|outskirts|plain|axis|sub-district)\b/i;
const LOCATIVE_BEFORE = new RegExp(
  "(?:\\b(?:in|on|at|near|into|onto|toward|towards|around|across|outside|inside|targeting|targeted|target|hit|" +
    "hitting|struck|striking|shelled|shelling|bombarded|bombarding|bombed|bombing|attacked|stormed|besieged|" +
    "captured|entered|raided|against)\\s+(?:the\\s+)?(?:(?:[a-z-]+\\s+){0,3}(?:villages?|towns?|city|cities|areas?|" +
    "places|outskirts|vicinity|surroundings|environs|countryside|neighbou?rhoods?|districts?|camps?|township|region|" +
    "parts?|positions?|frontlines?|axis|surrounding areas|outskirts|cent(?:re|er)|heart|entrances?|edges?|gates?|" +
    "peripher(?:y|ies))\\s+(?:of|in|on|near|around)\\s+" +
    "(?:the\\s+)?)?|\\b(?:villages?|towns?|city|cities|outskirts|vicinity|countryside|surroundings|areas?|" +
    // "the town centre of X", "the heart of X": part of the town, so the town is where it happened.
    "(?:city|town|village)\\s+cent(?:re|er)|heart) of\\s+(?:the\\s+)?|" +
    // "south of X", "10 km north-east of the town of X": X is the named place nearest to the incident.
    "\\b(?:north|south|east|west|north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west)(?:ern)?\\s+of\\s+(?:the\\s+)?" +
    "(?:(?:city|town|village)\\s+of\\s+)?)$",
  "i",
);
const LIST_SEP =
  /^(?:\s+(?:village|town|city|area|countryside|province|governorate|frontline|axis|camp|neighbou?rhood)s?)?\s*(?:,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+|\s*&\s*)$/i;
/**
 * Kind words of a site named after a place or by its own name ("the X dam", "the X crossing", "X
 * airport"): between the name and a locator they keep the locator's relation, as a settlement's kind
 * word does ("the X dam near Y", "the X crossing east of Y", "the X checkpoint in Y countryside"): Y
 * locates the site, which the gazetteer rarely has, and is not a second incident place.
 */
const SITE_KIND =
  "dams?|bridges?|(?:border\\s+)?crossings?|checkpoints?|junctions?|airports?|air\\s?bases?|(?:military\\s+)?bases?";
/**
 * What follows "in"/"of" when a name locates the one before it: "X village in the (northern)
 * countryside of Y", "X in rural Y", "X on the western outskirts of Y", "X, on the northern side of the
 * city of Y".
 */
const CONTAINER_TAIL =
  "(?:the\\s+)?" +
  "(?:(?:(?:north|south|east|west)(?:ern)?|north[- ]?(?:east|west)(?:ern)?|south[- ]?(?:east|west)(?:ern)?)\\s+)?" +
  "(?:(?:countryside|outskirts|suburbs|environs|surroundings|vicinity|side|edges?|periphery|parts?)\\s+of\\s+(?:the\\s+)?" +
  "(?:(?:[a-z][a-z-]*\\s+)?(?:city|town) of\\s+)?|rural\\s+)?$";
/** A site's kind word right after a name ("the X dam", "X border crossing"). */
const SITE_AFTER = new RegExp("^\\s+(?:" + SITE_KIND + ")\\b", "i");
/** "X village in Y", "X village, administratively affiliated with Y city": Y locates X. */
const CONTAIN_SEP = new RegExp(
  "^(?:\\s+(?:village|town|city|area|areas|township|suburb|(?:sub-?)?district|nahiya|region|" +
    SITE_KIND +
    "|frontlines?|front|axis|camps?(?:\\s+for\\s+(?:the\\s+)?(?:IDPs|(?:internally\\s+)?displaced(?:\\s+(?:people|persons|families))?))?))?\\s*(?:,\\s*)?\\s+(?:in|of|within|at|on|(?:administratively\\s+)?(?:affiliated|attached|belonging)\\s+(?:with|to))\\s+" +
    CONTAINER_TAIL,
  "i",
);
/**
 * "X village, Y district", "X, Y sub-district", "X village (Y countryside)": a comma or bracket before a
 * name its district or countryside word follows sets that area beside the place as its address, as
 * "in" would (APPOSITIVE_AREA_AFTER).
 */
const APPOSITIVE_SEP = /^(?:\s+(?:village|town|city|hamlet))?\s*[,(]\s*(?:the\s+)?$/i;
const APPOSITIVE_AREA_AFTER = /^\s+(?:sub-?district|district|nahiya|countryside)\b/i;
/**
 * An apposition or relative clause that places the name before by the next one: "X, a village near Y",
 * "X, a village in the Y countryside", "X, one of the villages of Y", "X village, which belongs to Y",
 * "X, part of Y district", "X, located near Y", "X village adjacent to Y", "X, not far from Y", "A and B,
 * villages near Y". It says
 * what "X village near Y" or "X village in Y" says. Not a city (what lies near a city is inside it:
 * "in X city, near the Y market") nor a name that names a facility.
 */
/** "X, a village of Y district", "X (a town of the Y countryside)": the apposition's "of" places X in Y. */
const APPOSITIVE_OF_SEP =
  /^\s*[,(]\s*(?:an?\s+(?:small\s+)?|one\s+of\s+the\s+)(?:villages?|towns?|hamlets?)\s+of\s+(?:the\s+)?$/i;
const LOCATOR_CLAUSE_SEP = new RegExp(
  "^(?:\\s+(?:village|town|hamlet|area|" +
    SITE_KIND +
    "))?\\s*(?:[,(]\\s*)?" +
    "(?:(?:an?|the)\\s+(?:small\\s+)?(?:village|town|hamlet)\\s+|" +
    "(?:(?:two|three|four|five|both|several|the)\\s+)?(?:villages|towns|hamlets)\\s+)?" +
    "(?:(?:which|that)\\s+(?:is\\s+|lies\\s+)?(?:located\\s+|situated\\s+)?|(?:located|situated|lying)\\s+)?" +
    "(?:(?:(?:near|close\\s+to|adjacent\\s+to|next\\s+to|not\\s+far\\s+from|in\\s+the\\s+vicinity\\s+of|" +
    "on\\s+the\\s+outskirts\\s+of|outside|belongs?\\s+to|belonging\\s+to|(?:administratively\\s+)?part\\s+of|" +
    "one\\s+of\\s+the\\s+(?:villages|towns|hamlets)\\s+(?:of|in))\\s+" +
    "(?:the\\s+)?(?:(?:[a-z][a-z-]*\\s+)?(?:city|town|village)\\s+of\\s+)?$)|" +
    "(?:(?:in|within)\\s+" +
    CONTAINER_TAIL +
    "))",
  "i",
);
/**
 * "A and B villages in Y countryside": a list closed by a plural kind word and "in" is located by Y
 * ("the Y towns of A and B" is another thing: Y qualifies the kind, `kindOfPrev`).
 */
const LIST_CONTAIN_SEP = new RegExp(
  "^\\s+(?:villages|towns|cities|hamlets)\\s+(?:in|within)\\s+" + CONTAINER_TAIL,
  "i",
);
/**
 * "X western Y", "X, north of Y", "X to the south-east of the town of Y", "X, located 12 km to the north
 * of Y", "X, which lies 2.5 km north-northeast of Y", "X (15 km east of Y)", "A and B, two villages west
 * of Y": Y locates X. A relative clause or participle ("which lies", "located"), an apposition and a
 * bracket say the same as the bare comma.
 */
const DIRECTION_SEP =
  /^(?:\s+(?:villages?|towns?|hamlets?|areas?|regions?|frontlines?|fronts?|ax[ie]s|dams?|bridges?|(?:border\s+)?crossings?|checkpoints?|junctions?|airports?|air\s?bases?|(?:military\s+)?bases?))?\s*(?:[,(]\s*)?(?:(?:an?|the)\s+(?:small\s+)?(?:village|town|city|hamlet|area)\s+|(?:(?:two|three|four|five|both|several|the)\s+)?(?:villages|towns|hamlets)\s+)?(?:(?:(?:which|that)\s+(?:is|lies)\s+(?:located\s+|situated\s+)?)|(?:located|situated|lying)\s+)?(?:(?:about|some|around|approximately|nearly|roughly|just)\s+)?(?:\d{1,3}(?:[.,]\d+)?\s*-?\s*(?:km|kilometres?|kilometers?|miles?)\s+(?:\([^)]{0,20}\)\s+)?)?(?:(?:to|in)\s+the\s+)?(?:(?:north|south|east|west)-(?=(?:north|south)))?(?:(?:north|south|east|west)(?:ern)?|north[- ]?(?:east|west)(?:ern)?|south[- ]?(?:east|west)(?:ern)?)(?:\s+(?:of|(?:countryside|outskirts) of))?\s+(?:the\s+)?(?:(?:[a-z][a-z-]*\s+)?(?:city|town|village) of\s+)?$/i;
/**
 * "X, 5 km from Y", "X is 5 km away from Y", "X, some 3 kilometres from the town of Y": a distance
 * without a direction; Y locates X (coded to Y, place-anchor.ts: X lies within that distance of it).
 */
const DISTANCE_SEP =
  /^(?:\s+(?:villages?|towns?|hamlets?|areas?))?\s*(?:[,(]\s*(?:(?:which|that)\s+(?:is|lies)\s+|(?:located|situated|lying)\s+)?|\s+(?:is|lies|lying|located|situated)\s+)(?:(?:about|some|around|approximately|nearly|only)\s+)?\d{1,3}(?:[.,]\d+)?\s*-?\s*(?:km|kilomet(?:er|re)s?|miles?)\s+(?:away\s+)?from\s+(?:the\s+)?(?:(?:[a-z][a-z-]*\s+)?(?:city|town|village)\s+of\s+)?$/i;
const ADMIN_BEFORE =
  /(?:\b(?:rural|reef|rif)\s+|\bcountryside of\s+(?:the\s+)?|\bprovince of\s+|\bgovernorate of\s+|\b(?:northern|southern|eastern|western|central|north[- ]?(?:eastern|western)|south[- ]?(?:eastern|western)|north|south|east|west)\s+(?:rural\s+)?|\bcountryside of\s+)$/i;
const ADMIN_NEEDS = /rural|reef|rif|countryside|province|governorate|north|south|east|west|central/i;
const ADMIN_AFTER = /^(?:'s)?\s+(?:province|governorate|countryside|rural|region|suburbs)\b/i;
const CITY_BEFORE = /\bthe city of\s+$/i;
const CITY_NEEDS = /city/i;
const CITY_AFTER = /^\s+city\b/i;
const ANCHOR_AFTER =
  /^(?:\s+(?:area|village|town|region|dams?|bridges?|(?:border\s+)?crossings?|checkpoints?|junctions?|airports?|air\s?bases?|(?:military\s+)?bases?))?\s*,?\s+(?:in the vicinity of|near|close to|on the outskirts of|outside|west of|east of|north of|south of|in the surroundings of)\s+(?:the\s+)?(?:(?:[a-z][a-z-]*\s+)?(?:city|town|village) of\s+)?$/i;

/**
 * A bullet line's label: "- X: 1 killed", "• X — mortar shell, 2 wounded". Unmarked lines ("Result: 1
 * wounded") are too often document furniture; their label counts only when the gazetteer knows it.
 */
const LABEL_BEFORE = /^[ \t]*(?:[•●▪◦‣*–-]|\d{1,2}[.)])\s+$/;
const LABEL_AFTER = /^\s*(?::|—|–|\s-)\s/;
/** The facility words of an airfield named after a place, right after the name. */
const AIRFIELD_AFTER =
  /^\s+(?:(?:international|military|civil(?:ian)?)\s+)?(?:airport|air\s?base|air\s?field|air\s+port)\b/i;
/** The same words inside a capitalised run ("X International Airport"). */
const AIRFIELD_IN_RUN =
  /^(.+?)\s+(?:(?:International|Military|Civil(?:ian)?)\s+)?(?:Airport|Airbase|Air Base|Airfield)$/u;
/** Between the two ends of a road: "X–Y road", "X/Y highway", "X to Y road". */
const ROAD_ENDS_SEP = /^\s*(?:[–—/-]|\bto\b)\s*$/;
const ROAD_AFTER = /^\s+(?:road|highway|motorway|route)\b/i;
const ROAD_BETWEEN_BEFORE =
  /\b(?:road|highway|motorway|route)\s+(?:between|linking|connecting|from)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i;
/** "located between X and Y", "in the area between the towns of X and Y" (a road is handled above). */
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?(?:(?:cit(?:y|ies)|towns?|villages?)\s+(?:of\s+)?)?$/i;
/** "the area between it and X": X is the far end of a stretch that starts at the place named before. */
const BETWEEN_PRONOUN_BEFORE =
  /\bbetween\s+(?:it|them|the\s+two|this|that|here)\s+and\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i;
const BETWEEN_NEEDS = /between/i;
const ROAD_BETWEEN_SEP = /^\s*(?:and|to|with)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i;

/** What the text around one name span says, before roles are decided. */
interface SpanReading {
  start: number;
  end: number;
  mention: string;
  alternates: string[];
  airfieldOf: string | null;
  /** Text between the previous name and this one, parenthesised alternate spellings removed. */
  between: string | null;
  before: string;
  after: string;
  weakShape: boolean;
  /** "the Badia of X", "the Y neighbourhood of X": this name is X, the previous one a part of it. */
  wholeOfPrev: boolean;
  /** "X's Y neighbourhood": this name is a quarter of the previous one, its possessor. */
  partOfPrev: boolean;
  /** The previous name qualifies this one's kind word ("the Idlib town of X"). */
  kindOfPrev: boolean;
  /** Locates the previous name ("X village in Y", "X, north of Y"). */
  containsPrev: boolean;
  /** A direction to the next name follows ("X western Y", "X north of Y"). */
  locatedByNext: boolean;
  /** "X area in the vicinity of Y". */
  nearNext: boolean;
  /** One end of a road named with the next or the previous name. */
  roadEnd: boolean;
  /** "between X and Y" (not a road): 1 for X, 2 for Y, else 0. */
  betweenEnd: 0 | 1 | 2;
  /** Listed with the previous name ("A, B and C"). */
  listed: boolean;
  label: boolean;
  adminQualified: boolean;
  dateline: boolean;
  /** In the subject of an attack or defence verb: the attacker's or defender's position. */
  holderPosition: boolean;
}

const stripAsides = (gap: string) => gap.replace(/\s*(?:\([^)]{0,60}\)|[“"«][^”"»]{0,40}[”"»])/g, "");

/**
 * A closing quotation mark before a settlement's kind word ("shelling “Kuwait Al-Rahma” village in
 * Shirawa district"): the quoted words are that settlement's name and the kind word follows it. A quoted
 * name before another word ("the “Euphrates Shield” area") keeps its marks: an operation's or a zone's
 * name, not a place's.
 */
const CLOSING_QUOTE_START = /^[”"’»](?=\s+(?:villages?|towns?|city|camps?)\b)/i;

/** A capitalised Arabic article written apart before a name ("in Al Zafarana", ", Al Makremiya"). */
const ARTICLE_APART = /(^|[\s,;(])(?:Al|El)\s+$/;

/**
 * The words before a name without the article the name opens with: the article belongs to the name
 * ("including in Al Zafarana, Al Makremiya": "in" and the list's comma stand right before each name),
 * though the name spans leave a capitalised "Al" out of the mention.
 */
function beforeArticle(before: string): string {
  return before.replace(ARTICLE_APART, "$1");
}

/** The text before a name ends inside a social media handle ("@", "@Bashar_"). */
const HANDLE_BEFORE = /@[\w.]*$/u;

/** Reads the context of every span (pass 1: no decisions that depend on neighbours' roles). */
function readSpans(sentence: string, spans: RawSpan[]): SpanReading[] {
  const datelineEnd = datelineLength(sentence);
  // "X (Y)": Y is another name of X, not a second place. "X/Y" may be that too ("Abu Rasin/Zarkan") or
  // two places ("the Hama/Idlib border", "the X/Y road"): Y stays a span and is recorded as X's other
  // name; resolution decides (place-resolve.ts).
  const alternatesOf = new Map<RawSpan, string[]>();
  const kept: RawSpan[] = [];
  for (const span of spans) {
    const prev = kept[kept.length - 1];
    const gap = prev ? sentence.slice(prev.end, span.start) : null;
    // "X “Y”": a quoted name right after another is its other name too.
    const paren =
      gap !== null &&
      (/^\s*\(\s*$/.test(gap) ||
        (/^(?:\s+(?:village|town|area))?\s*[“"«]$/.test(gap) && /^[”"»]/.test(sentence.slice(span.end))));
    const slash = gap === "/" && !ROAD_AFTER.test(sentence.slice(span.end, span.end + 20));
    if (paren || slash) {
      const list = alternatesOf.get(prev!) ?? [];
      alternatesOf.set(prev!, [...list, sentence.slice(span.start, span.end)]);
    }
    if (!paren) kept.push(span);
  }
  const readings: SpanReading[] = [];
  kept.forEach((span, i) => {
    const { start } = span;
    // "X international airport", "X Military Airport": the facility is the place, named after X.
    const airfield = airfieldSpan(sentence, start, span.end);
    const end = airfield?.end ?? span.end;
    const mention = sentence.slice(start, end);
    // A hashtag is a name written for a feed ("the town of #AlSabha, east of #DeirEzzor"): its "#" is
    // no word of the sentence, and the wording before it places the name as usual.
    const before = beforeArticle(sentence.slice(Math.max(0, start - 80), start).replace(/#$/, ""));
    const after = sentence.slice(end, end + 60).replace(CLOSING_QUOTE_START, "");
    if (testWhen(ORG_SEAT_NEEDS, ORG_SEAT_BEFORE, before)) return;
    // "@Bashar_Hamdan", "@Idlib_News": a name inside a social media handle names an account.
    if (HANDLE_BEFORE.test(sentence.slice(Math.max(0, start - 30), start))) return;
    if (
      ORG_AFTER.test(after) ||
      GROUP_NOUN_AFTER.test(after) ||
      FAMILY_AFTER.test(after) ||
      ORG_NAME.test(mention) ||
      /\b(?:Convention|Treaty|Law) (?:on|of|against) (?:the )?$/.test(before)
    )
      return;
    // "12:25 pm Damascus time": a time zone, not a location.
    if (/^\s+time\b/i.test(after)) return;
    const prev = readings[readings.length - 1];
    const between = prev
      ? beforeArticle(
          stripAsides(sentence.slice(prev.end, start)).replace(/#$/, "").replace(CLOSING_QUOTE_START, ""),
        )
      : null;
    const next = kept[i + 1];
    const toNext = next ? sentence.slice(end, next.start).replace(/#$/, "") : null;
    const wholeOfPrev =
      prev !== undefined &&
      between !== null &&
      ((LANDFORM.test(prev.mention) && /^\s+of\s+(?:the\s+)?$/i.test(between)) ||
        (PART_OF_SEP.test(between) && !RURAL_AFTER.test(after)));
    // "the Idlib town of X": the name before locates X, which is the place (not X inside it).
    const kindOfPrev =
      prev !== undefined &&
      between !== null &&
      KIND_OF_SEP.test(between) &&
      KIND_OF_OPENING_BEFORE.test(sentence.slice(Math.max(0, prev.start - 30), prev.start));
    readings.push({
      start,
      end,
      mention,
      alternates: alternatesOf.get(span) ?? [],
      airfieldOf: airfield?.of ?? null,
      between,
      before,
      after,
      weakShape:
        testWhen(COMPASS_NEEDS, COMPASS_NAME_BEFORE, before) ||
        FACILITY_AFTER.test(after) ||
        FACILITY_WORD.test(mention) ||
        GIVEN_NAME_START.test(mention) ||
        KUNYA_NISBA.test(mention) ||
        (KIND_HEAD.test(mention) && !REGION_PREFIX.test(mention)),
      wholeOfPrev,
      // The possessive makes the name before the whole and this quarter its part (English grammar: the
      // possessor of a part-noun such as "neighbourhood" is what contains it). Not "X's Y district":
      // a district is also an administrative area named after its own seat, which is then the place.
      partOfPrev:
        prev !== undefined &&
        between !== null &&
        /^(?:\s+(?:city|town))?['’]s\s+(?:the\s+)?$/i.test(between) &&
        /^\s+(?:neighbou?rhoods?|quarters?)\b/i.test(after),
      kindOfPrev,
      containsPrev:
        !wholeOfPrev &&
        !kindOfPrev &&
        prev !== undefined &&
        !prev.weakShape &&
        between !== null &&
        (CONTAIN_SEP.test(between) ||
          LIST_CONTAIN_SEP.test(between) ||
          DIRECTION_SEP.test(between) ||
          DISTANCE_SEP.test(between) ||
          (LOCATOR_CLAUSE_SEP.test(between) && !FACILITY_NOUN_AFTER.test(after)) ||
          APPOSITIVE_OF_SEP.test(between) ||
          (APPOSITIVE_SEP.test(between) && APPOSITIVE_AREA_AFTER.test(after))),
      locatedByNext: toNext !== null && DIRECTION_SEP.test(stripAsides(toNext)),
      nearNext: toNext !== null && ANCHOR_AFTER.test(toNext),
      roadEnd: false,
      betweenEnd: 0,
      listed: prev !== undefined && between !== null && LIST_SEP.test(between),
      // A bulletin line's label ("- X: 1 killed by gunmen") names where the line's incident happened.
      label: i === 0 && LABEL_BEFORE.test(sentence.slice(0, start)) && LABEL_AFTER.test(after),
      adminQualified: testWhen(ADMIN_NEEDS, ADMIN_BEFORE, before) || ADMIN_AFTER.test(after),
      dateline: end <= datelineEnd,
      holderPosition: isHolderPosition(before, sentence.slice(end, end + 120)),
    });
  });
  return markRoadEnds(sentence, readings);
}

/** "villages and towns in the countryside of X, such as ": the names that follow exemplify a set. */
const EXAMPLE_BEFORE =
  /\b(?:villages|towns|areas|cities|places|localities|communities|neighbou?rhoods)\b[^.;:]{0,80}?,?\s+(?:such\s+as|like)\s+(?:the\s+)?(?:(?:villages?|towns?)\s+of\s+)?$/i;
const EXAMPLE_NEEDS = /such|like/i;

/**
 * A sentence about a campaign or a set, not one attack: its list goes on "and other areas", or it
 * counts over a period ("a series of daily shelling", "in the past 18 days", "during the last week").
 */
const CAMPAIGN_RE =
  /\band\s+other\s+(?:areas|villages|towns|places|cities|regions|localities)\b|\b(?:daily|series\s+of|repeatedly|constantly|continuous(?:ly)?|ongoing|(?:past|last)\s+(?:\d+|few|several|two|three)?\s*(?:days|weeks|months)|(?:past|last)\s+(?:week|month)|since)\b/i;

function roleOf(
  r: SpanReading,
  next: SpanReading | undefined,
  example: boolean,
  inAreaList: boolean,
): CandidateRole {
  if (r.dateline) return "dateline";
  if (example) return "example";
  // "the Al-Bab road", "X highway": a road named after the town it leads to is not in that town.
  if (r.roadEnd || ROAD_AFTER.test(r.after)) return "road-end";
  if (r.betweenEnd === 1) return "between";
  if (r.betweenEnd === 2) return "between-end";
  if (testWhen(BETWEEN_NEEDS, BETWEEN_PRONOUN_BEFORE, r.before)) return "road-end";
  if (testWhen(ASIDE_NEEDS, ASIDE_BEFORE, r.before) || isOriginBefore(r.before) || r.holderPosition)
    return "aside";
  if (r.containsPrev) return "container";
  if (r.partOfPrev) return "part-of-previous";
  if (next?.wholeOfPrev) return "part-of-next";
  if (next?.kindOfPrev) return "locates-next";
  if (r.nearNext) return "near-next";
  if (inAreaList || /^\s+countryside\b/i.test(r.after)) return "area-of";
  return "place";
}

/**
 * Whether each name is one of those "the countryside of" governs: the name right after it and the names
 * listed after that one ("the countryside of A and B", "the countryside of A (Z) and B": both areas),
 * unless a listed name is placed on its own, by its kind word or a locator of its own ("the
 * countryside of Idlib and A village in Y": A is a village in Y, the list's next item).
 */
function inAreaList(readings: SpanReading[]): boolean[] {
  const out: boolean[] = [];
  readings.forEach((r, i) => {
    const placedOnItsOwn =
      SETTLEMENT_AFTER.test(r.after) || r.locatedByNext || readings[i + 1]?.containsPrev === true;
    out.push(
      testWhen(AREA_OF_NEEDS, AREA_OF_BEFORE, r.before) ||
        (r.listed && i > 0 && out[i - 1]! && !placedOnItsOwn),
    );
  });
  return out;
}

function shapeOf(r: SpanReading): CandidateShape {
  if (r.airfieldOf !== null) return "airfield";
  const agent = agentShape(r.before, r.after, r.mention);
  if (agent) return agent;
  if (r.weakShape) return "non-place";
  // "Khadrawi village": a settlement's kind word after the name says it is one, whatever its ending.
  if (DEMONYM_SHAPE.test(r.mention) && ATTRIBUTIVE_AFTER.test(r.after) && !SETTLEMENT_AFTER.test(r.after))
    return "demonym";
  if (LANDMARK_AFTER.test(r.after)) return "landmark";
  if (FEATURE_AFTER.test(r.after) || (RIVER_NAME.test(r.mention) && !KIND_AFTER.test(r.after)))
    return "feature";
  if (REGION_PREFIX.test(r.mention)) return "region";
  if (QUARTER_AFTER.test(r.after)) return "neighbourhood";
  return "name";
}

/** "X neighbourhood", "X quarter", "X district": a part of a town (or a district) follows. */
const QUARTER_AFTER = /^\s+(?:neighbou?rhoods?|quarters?|district)\b/i;

/** An Arabic article or particle before a hyphen ("Al-Arab", "Jisr-Ash-Shugur"): part of one name. */
const ARTICLE_END = /(?:^|[\s-])(?:al|el|ad|ash|as|ar|an|at|az|ed|ez|es|esh|abu|um|bin|ibn)$/i;

/**
 * "the Aleppo-Ain Al-Arab road", "the Ainjara-Qabtan Al-Jabal frontline": two place names joined by a
 * hyphen or dash name the road or front between them, as "the X–Y road" written apart does (ACLED codes
 * such an incident at the nearest settlement the text names as such), not a place of its own. A
 * hyphen after an article joins the parts of one name; a whole name the gazetteer knows is kept.
 */
function linksTwoPlaces(mention: string, known: (name: string) => boolean): boolean {
  if (known(mention)) return false;
  for (const dash of mention.matchAll(/\s?[-–—]\s?/g)) {
    const left = mention.slice(0, dash.index);
    const right = mention.slice(dash.index + dash[0].length);
    if (!ARTICLE_END.test(left) && /^\p{Lu}/u.test(right) && known(left) && known(right)) return true;
  }
  return false;
}

/**
 * Place candidates of one sentence (offsets absolute). `excluded` are spans already known to be
 * something else (actor names), which are skipped; `known` tells names the gazetteer knows (name-spans.ts).
 */
export function findPlaceCandidates(
  sentence: string,
  offset: number,
  excluded: RawSpan[],
  known?: (name: string) => boolean,
): PlaceCandidate[] {
  const readings = readSpans(sentence, nameSpans(sentence, offset, excluded, known));
  const areaList = inAreaList(readings);
  const out: PlaceCandidate[] = [];
  readings.forEach((r, i) => {
    const prev = out[i - 1];
    const example =
      (testWhen(EXAMPLE_NEEDS, EXAMPLE_BEFORE, r.before) && CAMPAIGN_RE.test(sentence)) ||
      (r.listed && prev?.role === "example");
    const listedAfterLocative =
      r.listed && prev !== undefined && (prev.locative || prev.qualifier === "admin");
    const locative =
      r.airfieldOf !== null ||
      r.betweenEnd !== 0 ||
      (!r.weakShape &&
        ((r.label && !r.dateline) ||
          LOCATIVE_BEFORE.test(r.before) ||
          KIND_AFTER.test(r.after) ||
          listedAfterLocative ||
          r.containsPrev ||
          r.adminQualified ||
          r.locatedByNext));
    out.push({
      start: offset + r.start,
      end: offset + r.end,
      mention: r.mention,
      role:
        known && linksTwoPlaces(r.mention, known)
          ? "road-end"
          : locatesAside(sentence, readings, out, i)
            ? "aside"
            : roleOf(r, readings[i + 1], example, areaList[i]!),
      shape: shapeOf(r),
      locative,
      qualifier:
        testWhen(CITY_NEEDS, CITY_BEFORE, r.before) || CITY_AFTER.test(r.after)
          ? "city"
          : r.adminQualified
            ? "admin"
            : null,
      airfieldOf: r.airfieldOf,
      alternates: r.alternates,
      ...(FACILITY_NOUN_AFTER.test(r.after) ? { facility: true } : {}),
      ...(SITE_AFTER.test(r.after) ? { site: true } : {}),
    });
  });
  return withListFraming(readings, out);
}

/**
 * A name that only says where the place before it lies, when that place is aside (where fire came from,
 * where the wounded were taken): "launched from the X camp near Y", "fired from their base in X, west of
 * Y". Y locates the launch site, not the attack.
 */
function locatesAside(sentence: string, readings: SpanReading[], out: PlaceCandidate[], i: number): boolean {
  const prev = out[i - 1];
  if (!prev || prev.role !== "aside") return false;
  const gap = sentence.slice(readings[i - 1]!.end, readings[i]!.start);
  return readings[i - 1]!.nearNext || readings[i]!.containsPrev || LOCATES_PREVIOUS_GAP.test(gap);
}

/** "X camp near ", "X base, west of ", "X airport in the ": the words that place a site by a town. */
const LOCATES_PREVIOUS_GAP =
  /^(?:\s+[\p{L}-]+){0,2}\s*,?\s+(?:in\s+the\s+vicinity\s+of|near|close\s+to|on\s+the\s+outskirts\s+of|outside|in|(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/iu;

/**
 * Marks the candidates a settlement kind word frames, sharing it over a list: "the villages of A, B and
 * C" frames B and C through A, "A, B and C villages" frames A and B through C.
 */
function withListFraming(readings: SpanReading[], out: PlaceCandidate[]): PlaceCandidate[] {
  const own = readings.map(
    (r) =>
      (r.label && !r.dateline) ||
      SETTLEMENT_KIND_BEFORE.test(r.before) ||
      FACILITY_IN_BEFORE.test(r.before) ||
      (SETTLEMENT_KIND_AFTER.test(r.after) && !KIND_MODIFIES_AFTER.test(r.after)),
  );
  const framed = [...own];
  for (let i = 1; i < readings.length; i++) if (readings[i]!.listed && framed[i - 1]) framed[i] = true;
  for (let i = readings.length - 2; i >= 0; i--)
    if (readings[i + 1]!.listed && framed[i + 1]) framed[i] = true;
  return out.map((c, i) => {
    const geo = testWhen(GEO_FRAME_NEEDS, GEO_FRAME_BEFORE, readings[i]!.before);
    if (!framed[i] && !geo) return c;
    return {
      ...c,
      ...(framed[i] ? { settlementFramed: true } : {}),
      ...(geo ? { geoFramed: true, locative: true } : {}),
    };
  });
}

/** The end of an airfield named after the place at [start, end), and that place's name. */
function airfieldSpan(sentence: string, start: number, end: number): { end: number; of: string } | null {
  const inRun = AIRFIELD_IN_RUN.exec(sentence.slice(start, end));
  if (inRun) return { end, of: inRun[1]! };
  const after = AIRFIELD_AFTER.exec(sentence.slice(end, end + 40));
  return after ? { end: end + after[0].length, of: sentence.slice(start, end) } : null;
}

/**
 * "the X–Y road", "the road between X and Y": X and Y locate the road. ACLED places such an incident at
 * the nearest settlement named as such, so neither end is an incident place on its own.
 */
function markRoadEnds(sentence: string, list: SpanReading[]): SpanReading[] {
  const ends = new Set<number>();
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i]!;
    const b = list[i + 1]!;
    const gap = sentence.slice(a.end, b.start);
    const dashed = ROAD_ENDS_SEP.test(gap) && ROAD_AFTER.test(sentence.slice(b.end));
    const between = ROAD_BETWEEN_SEP.test(gap) && ROAD_BETWEEN_BEFORE.test(sentence.slice(0, a.start));
    if (dashed || between) ends.add(i).add(i + 1);
  }
  const pairs = new Map<number, 1 | 2>();
  for (let i = 0; i + 1 < list.length; i++) {
    if (ends.has(i) || ends.has(i + 1) || pairs.has(i)) continue;
    const gap = sentence.slice(list[i]!.end, list[i + 1]!.start);
    if (ROAD_BETWEEN_SEP.test(gap) && BETWEEN_BEFORE.test(sentence.slice(0, list[i]!.start)))
      pairs.set(i, 1).set(i + 1, 2);
  }
  return list.map((r, i) => {
    if (ends.has(i)) return { ...r, roadEnd: true };
    const betweenEnd = pairs.get(i);
    return betweenEnd ? { ...r, betweenEnd } : r;
  });
}
