/**
 * Construction suite for events (see types.ts): attack verbs of each class (ACLED sub-event types:
 * shelling/artillery/missile attack, air/drone strike, armed clash, attack, remote explosive/landmine/
 * IED, suicide bomb, abduction, execution) in active, passive and nominal form, instrument phrases,
 * toll-first sentences, headlines with a body, two-sentence texts, and negative families (threats,
 * denials, plans, training, origins and destinations, anniversaries, conditionals) that must yield no
 * incident. Written from the definitions and ordinary English grammar, never from eval texts.
 */
import type { PlaceEntry } from "../../src/domain/places.js";
import type { GoldLine } from "../gold-line.js";
import {
  AIR_FORCES,
  cap,
  count,
  DAYS,
  GROUND_SHELLERS,
  goldAt,
  goldNone,
  governorateName,
  HTS,
  ISIS,
  numberText,
  OPPOSITION,
  pickNamedVillages,
  placeFrame,
  plainFrame,
  REGIME,
  RUSSIA,
  SDF,
  sideOf,
  TURKEY,
} from "./events-frames.js";
import type { ConstructionArea, ConstructionCase } from "./types.js";
import { pick, seededRandom } from "./villages.js";

const DATES = [
  "2019-05-14",
  "2019-11-02",
  "2020-01-28",
  "2020-02-17",
  "2021-06-09",
  "2022-08-23",
  "2023-03-05",
];

interface Ctx {
  random: () => number;
  /** The case's villages (two, so two-place constructions have a second one). */
  v: PlaceEntry;
  w: PlaceEntry;
  doc: string;
  published: string;
  day: string;
}

interface Built {
  text: string;
  title?: string;
  gold: (g: { doc: string; published: string }) => GoldLine[];
}

/** `n` cases of one construction, seeded by the family's own seed. */
function family(name: string, seed: number, n: number, build: (c: Ctx) => Built): ConstructionCase[] {
  const random = seededRandom(seed * 104729 + 7);
  for (let i = 0; i < 5; i++) random(); // nearby seeds start alike in Park–Miller: let them drift apart
  return Array.from({ length: n }, (_, i) => {
    const [v, w] = pickNamedVillages(random, 2) as [PlaceEntry, PlaceEntry];
    const doc = `${name}#${i}`;
    const published = pick(random, DATES);
    const b = build({ random, v, w, doc, published, day: pick(random, DAYS) });
    return {
      id: doc,
      family: name,
      published,
      text: b.text,
      ...(b.title ? { title: b.title } : {}),
      gold: b.gold({ doc, published }),
    };
  });
}

/** A one-incident gold at the case's first village. */
const at =
  (v: PlaceEntry, eventType: GoldLine["eventType"], perpetrator: string | null, killed: number | null) =>
  ({ doc, published }: { doc: string; published: string }) => [
    goldAt(doc, published, v, { eventType, perpetrator, killed }),
  ];

const none =
  () =>
  ({ doc, published }: { doc: string; published: string }) => [goldNone(doc, published)];

const VICTIMS = ["civilians", "people", "residents"];

const FAMILIES: ConstructionCase[][] = [
  // Example family: an active clause with a named attacker, a place and a toll in a participle.
  family("active-shelling", 101, 5, ({ random, v, day }) => {
    const k = count(random, 2, 10);
    return {
      text: `Regime forces shelled the village of ${v.name} on ${day}, killing ${k} civilians.`,
      gold: at(v, "shelling", REGIME, k),
    };
  }),

  // --- Shelling / artillery / missile attack -------------------------------------------------
  family("passive-shelled-by", 102, 6, ({ random, v, day }) => {
    const a = pick(random, GROUND_SHELLERS);
    const k = count(random, 2, 14);
    return {
      text: `${cap(placeFrame(random, v))} was shelled by ${a.name} on ${day}, killing ${numberText(random, k)} ${pick(random, VICTIMS)}.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),
  family("nominal-shelling-of-by", 103, 6, ({ random, v, day }) => {
    const a = pick(random, GROUND_SHELLERS);
    const k = count(random, 2, 14);
    return {
      text: `${cap(numberText(random, k))} civilians were killed on ${day} in the shelling of ${plainFrame(random, v)} by ${a.name}.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),
  family("came-under-artillery-fire", 104, 6, ({ random, v, day }) => {
    const a = pick(random, GROUND_SHELLERS);
    const k = count(random, 2, 9);
    return {
      text: `${cap(placeFrame(random, v))} came under heavy artillery fire from ${a.name} on ${day}. ${cap(numberText(random, k))} civilians were killed and several others wounded, local activists said.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),
  family("pounded-with-howitzers", 105, 6, ({ random, v, day }) => {
    const a = pick(random, GROUND_SHELLERS);
    const k = count(random, 3, 15);
    const weapon = pick(random, [
      "howitzers",
      "heavy artillery",
      "howitzers and rocket launchers",
      "tank shells",
    ]);
    return {
      text: `${cap(a.name)} pounded ${placeFrame(random, v)} with ${weapon} on ${day}, killing ${k} people, among them children.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),
  family("fired-projectiles-at", 106, 6, ({ random, v, day }) => {
    const a = pick(random, GROUND_SHELLERS);
    const k = count(random, 2, 11);
    const what = pick(random, [
      "dozens of projectiles",
      "more than 40 shells",
      "a barrage of mortar rounds",
      "several rockets",
    ]);
    return {
      text: `${cap(a.name)} fired ${what} at ${placeFrame(random, v)} on ${day}, killing ${numberText(random, k)} civilians.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),
  family("launched-gas-canister-bombs", 107, 5, ({ random, v, day }) => {
    const a = pick(random, [
      { name: "opposition factions", perp: OPPOSITION },
      { name: "regime forces", perp: REGIME },
    ]);
    const k = count(random, 2, 8);
    return {
      text: `${cap(a.name)} launched gas-canister bombs at ${placeFrame(random, v)} on ${day}, killing ${k} residents.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),
  family("targeted-with-rockets", 108, 6, ({ random, v, day }) => {
    const a = pick(random, GROUND_SHELLERS);
    const k = count(random, 2, 10);
    const weapon = pick(random, ["rockets", "surface-to-surface missiles", "mortar shells", "Grad rockets"]);
    return {
      text: `On ${day}, ${a.name} targeted ${placeFrame(random, v)} with ${weapon}, killing ${numberText(random, k)} civilians.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),
  family("toll-first-when-shelled", 109, 6, ({ random, v, day }) => {
    const a = pick(random, [
      { name: "regime artillery", perp: REGIME },
      { name: "Turkish artillery", perp: TURKEY },
      { name: "government forces", perp: REGIME },
    ]);
    const k = count(random, 2, 12);
    return {
      text: `${cap(numberText(random, k))} civilians were killed on ${day} when ${a.name} shelled ${placeFrame(random, v, false)}.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),
  family("missile-hit", 110, 5, ({ random, v, day }) => {
    const a = pick(random, [
      { name: "regime forces", perp: REGIME },
      { name: "Russian forces", perp: RUSSIA },
    ]);
    const k = count(random, 3, 16);
    return {
      text: `A missile fired by ${a.name} hit ${placeFrame(random, v)} on ${day}, killing ${k} people.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),
  family("shells-landed-in", 111, 5, ({ random, v, day }) => {
    const k = count(random, 2, 7);
    const a = pick(random, [
      { name: "regime positions", perp: REGIME },
      { name: "SDF positions", perp: SDF },
    ]);
    return {
      text: `Mortar shells fired from ${a.name} landed in ${placeFrame(random, v)} on ${day}, killing ${numberText(random, k)} civilians.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),

  // --- Air / drone strike ----------------------------------------------------------------------
  family("air-raid-on", 201, 6, ({ random, v, day }) => {
    const k = count(random, 2, 20);
    return {
      text: `An air raid on ${placeFrame(random, v)} killed ${k} civilians on ${day}, a local rescue team said.`,
      gold: at(v, "air_strike", null, k),
    };
  }),
  family("targeted-by-warplanes", 202, 6, ({ random, v, day }) => {
    const a = pick(random, AIR_FORCES);
    const k = count(random, 2, 12);
    return {
      text: `${cap(placeFrame(random, v))} was targeted by ${a.name} on ${day}, killing ${numberText(random, k)} people.`,
      gold: at(v, "air_strike", a.perp, k),
    };
  }),
  family("dropped-barrel-bombs", 203, 6, ({ random, v, day }) => {
    const k = count(random, 2, 15);
    const subj = pick(random, ["Regime helicopters", "Syrian government helicopters", "Regime aircraft"]);
    return {
      text: `${subj} dropped barrel bombs on ${placeFrame(random, v)} on ${day}, killing ${numberText(random, k)} civilians.`,
      gold: at(v, "air_strike", REGIME, k),
    };
  }),
  family("air-strikes-by-on", 204, 6, ({ random, v, day }) => {
    const a = pick(random, AIR_FORCES);
    const k = count(random, 3, 18);
    return {
      text: `Air strikes by ${a.name} on ${placeFrame(random, v)} killed ${k} civilians on ${day}.`,
      gold: at(v, "air_strike", a.perp, k),
    };
  }),
  family("struck-using-drones", 205, 6, ({ random, v, day }) => {
    const a = pick(random, [
      { name: "Turkish forces", perp: TURKEY },
      { name: "Russian forces", perp: RUSSIA },
      { name: "Regime forces", perp: REGIME },
    ]);
    const k = count(random, 2, 6);
    return {
      text: `${cap(a.name)} struck ${placeFrame(random, v)} using drones on ${day}, killing ${numberText(random, k)} people.`,
      gold: at(v, "air_strike", a.perp, k),
    };
  }),
  family("drone-strike-nominal", 206, 6, ({ random, v, day }) => {
    const a = pick(random, [
      { name: "A Turkish drone strike", perp: TURKEY },
      { name: "A Russian drone strike", perp: RUSSIA },
      { name: "A drone strike", perp: null },
    ]);
    const k = count(random, 2, 7);
    return {
      text: `${a.name} on a car in ${placeFrame(random, v)} killed ${numberText(random, k)} people on ${day}.`,
      gold: at(v, "air_strike", a.perp, k),
    };
  }),
  family("bombed-passive-no-agent", 207, 6, ({ random, v, day }) => {
    const k = count(random, 2, 13);
    return {
      text: `${cap(placeFrame(random, v))} was bombed by warplanes on ${day}. ${cap(numberText(random, k))} civilians were killed in the raids, rescuers said.`,
      gold: at(v, "air_strike", null, k),
    };
  }),

  // --- Attack, armed clash, abduction, execution ------------------------------------------------
  family("stormed-killed", 301, 6, ({ random, v, day }) => {
    const a = pick(random, [
      { name: "ISIS fighters", perp: ISIS },
      { name: "Islamic State militants", perp: ISIS },
      { name: "HTS fighters", perp: HTS },
    ]);
    const k = count(random, 3, 15);
    return {
      text: `${cap(a.name)} stormed ${placeFrame(random, v)} at dawn on ${day} and killed ${k} villagers.`,
      gold: at(v, "attack", a.perp, k),
    };
  }),
  family("raided-killing", 302, 6, ({ random, v, day }) => {
    const a = pick(random, [
      { name: "Regime soldiers", perp: REGIME },
      { name: "Government troops", perp: REGIME },
      { name: "Islamic State gunmen", perp: ISIS },
    ]);
    const k = count(random, 2, 9);
    return {
      text: `${a.name} raided ${placeFrame(random, v)} on ${day}, killing ${numberText(random, k)} members of one family in their home.`,
      gold: at(v, "attack", a.perp, k),
    };
  }),
  family("shot-dead-at", 303, 5, ({ random, v, day }) => {
    const a = pick(random, [
      { name: "Regime soldiers", perp: REGIME },
      { name: "Turkish border guards", perp: TURKEY },
    ]);
    const k = count(random, 2, 5);
    return {
      text: `${a.name} shot dead ${numberText(random, k)} civilians near ${plainFrame(random, v)} on ${day}.`,
      gold: at(v, "attack", a.perp, k),
    };
  }),
  family("ambushed-patrol", 304, 6, ({ random, v, day }) => {
    const a = pick(random, [
      { name: "ISIS militants", perp: ISIS },
      { name: "Islamic State cells", perp: ISIS },
    ]);
    const k = count(random, 3, 12);
    const target = pick(random, ["a regime patrol", "an army convoy", "an SDF patrol"]);
    return {
      text: `${cap(a.name)} ambushed ${target} near ${plainFrame(random, v)} on ${day}, killing ${k} soldiers.`,
      gold: at(v, "armed_clash", a.perp, k),
    };
  }),
  family("clashes-between", 305, 6, ({ random, v, day }) => {
    const [x, y, regex] = pick(random, [
      ["the SDF", "Turkish-backed factions", `${SDF}|${OPPOSITION}|${TURKEY}`],
      ["regime forces", "opposition fighters", `${REGIME}|${OPPOSITION}`],
      ["HTS", "regime forces", `${HTS}|${REGIME}`],
    ] as const);
    const [first, second] = random() < 0.5 ? [x, y] : [y, x];
    const k = count(random, 3, 20);
    return {
      text: `Fierce clashes broke out between ${first} and ${second} in ${plainFrame(random, v)} on ${day}, leaving ${k} fighters dead.`,
      gold: at(v, "armed_clash", regex, k),
    };
  }),
  family("abducted-from", 306, 6, ({ random, v, day }) => {
    const a = pick(random, [
      { name: "Gunmen", perp: null },
      { name: "Masked gunmen", perp: null },
      { name: "ISIS militants", perp: ISIS },
    ]);
    const n = count(random, 2, 9);
    return {
      text: `${a.name} abducted ${numberText(random, n)} civilians from ${placeFrame(random, v)} on ${day}.`,
      gold: at(v, "abduction", a.perp, null),
    };
  }),
  family("executed-in", 307, 6, ({ random, v, day }) => {
    const a = pick(random, [
      { name: "ISIS", perp: ISIS },
      { name: "The Islamic State group", perp: ISIS },
    ]);
    const k = count(random, 2, 12);
    return {
      text: `${a.name} executed ${numberText(random, k)} men in ${placeFrame(random, v)} on ${day}, accusing them of collaborating with the government.`,
      gold: at(v, "execution", a.perp, k),
    };
  }),

  // --- Explosions / remote violence --------------------------------------------------------------
  family("car-bomb-exploded", 401, 6, ({ random, v, day }) => {
    const k = count(random, 2, 18);
    const bomb = pick(random, ["A car bomb", "A booby-trapped car", "A motorcycle bomb"]);
    return {
      text: `${bomb} exploded in ${placeFrame(random, v)} on ${day}, killing ${k} people and wounding dozens.`,
      gold: at(v, "explosion", null, k),
    };
  }),
  family("ied-detonated", 402, 6, ({ random, v, day }) => {
    const k = count(random, 2, 6);
    return {
      text: `An improvised explosive device detonated in ${placeFrame(random, v)} on ${day}, killing ${numberText(random, k)} people.`,
      gold: at(v, "explosion", null, k),
    };
  }),
  family("landmine-toll-first", 403, 6, ({ random, v, day }) => {
    const k = count(random, 2, 5);
    const who = pick(random, ["children", "shepherds", "farmers"]);
    return {
      text: `${cap(numberText(random, k))} ${who} were killed on ${day} when a landmine exploded near ${plainFrame(random, v)}.`,
      gold: at(v, "explosion", null, k),
    };
  }),
  family("suicide-bomber", 404, 5, ({ random, v, day }) => {
    const k = count(random, 3, 20);
    return {
      text: `A suicide bomber blew himself up at a checkpoint in ${placeFrame(random, v)} on ${day}, killing ${k} people.`,
      gold: at(v, "explosion", null, k),
    };
  }),

  // --- Headlines and two-sentence texts ----------------------------------------------------------
  family("headline-plus-body", 501, 6, ({ random, v, day }) => {
    const a = pick(random, GROUND_SHELLERS);
    const k = count(random, 2, 12);
    return {
      title: `${k} civilians killed in shelling on ${v.name}`,
      text: `${cap(a.name)} shelled ${placeFrame(random, v)} on ${day} with artillery and rockets. Local rescuers said ${numberText(random, k)} civilians were killed and more than ten wounded.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),
  family("headline-air-strike", 502, 5, ({ random, v, day }) => {
    const a = pick(random, AIR_FORCES);
    const k = count(random, 3, 14);
    return {
      title: `Air strikes kill ${k} in ${v.name}`,
      text: `${cap(a.name)} carried out several raids on ${placeFrame(random, v)} on ${day}. The strikes killed ${numberText(random, k)} civilians, including women, and destroyed a bakery.`,
      gold: at(v, "air_strike", a.perp, k),
    };
  }),
  family("attack-then-place", 503, 6, ({ random, v, day }) => {
    const a = pick(random, AIR_FORCES);
    const k = count(random, 2, 11);
    return {
      text: `${cap(a.name)} carried out a series of air strikes on ${day}. The raids hit ${placeFrame(random, v, false)}, killing ${numberText(random, k)} civilians.`,
      gold: at(v, "air_strike", a.perp, k),
    };
  }),
  family("place-then-attack", 504, 6, ({ random, v, day }) => {
    const a = pick(random, GROUND_SHELLERS);
    const k = count(random, 2, 10);
    return {
      text: `Residents of ${placeFrame(random, v)} woke to explosions on ${day}. ${cap(a.name)} shelled the village with rockets, killing ${numberText(random, k)} civilians.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),

  // --- Roles and places that are not the attack's site ---------------------------------------------
  family("fired-from-origin", 601, 6, ({ random, v, w, day }) => {
    const a = pick(random, GROUND_SHELLERS);
    const k = count(random, 2, 9);
    return {
      text: `${cap(a.name)} stationed in ${w.name} shelled ${placeFrame(random, v)} on ${day}, killing ${numberText(random, k)} civilians.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),
  family("regime-as-target", 602, 5, ({ random, v, day }) => {
    const a = pick(random, [
      { name: "Opposition fighters", perp: OPPOSITION },
      { name: "Rebel fighters", perp: OPPOSITION },
      { name: "HTS fighters", perp: HTS },
    ]);
    const k = count(random, 2, 5);
    return {
      text: `${a.name} attacked a regime checkpoint near ${plainFrame(random, v)} on ${day}, destroying a tank and killing ${numberText(random, k)} soldiers.`,
      gold: at(v, "armed_clash", a.perp, k),
    };
  }),

  // --- More verbs, subjects and orders ------------------------------------------------------------
  family("passive-hit-by-barrage", 112, 5, ({ random, v, day }) => {
    const a = pick(random, GROUND_SHELLERS);
    const k = count(random, 2, 9);
    return {
      text: `${cap(placeFrame(random, v))} was hit by a barrage of rockets fired by ${a.name} on ${day}, killing ${numberText(random, k)} civilians.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),
  family("weapon-subject-struck", 113, 5, ({ random, v, day }) => {
    const a = pick(random, [
      { name: "regime", perp: REGIME },
      { name: "Turkish", perp: TURKEY },
      { name: "Russian", perp: RUSSIA },
    ]);
    const weapon = pick(random, ["rocket", "artillery shell", "mortar shell"]);
    const k = count(random, 2, 7);
    return {
      text: `A ${a.name} ${weapon} struck a house in ${placeFrame(random, v)} on ${day}, killing ${numberText(random, k)} members of one family.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),
  family("shell-slammed-into", 114, 5, ({ random, v, day }) => {
    const a = pick(random, GROUND_SHELLERS);
    const k = count(random, 2, 6);
    const site = pick(random, ["a school", "a crowded market", "a mosque"]);
    return {
      text: `A shell fired by ${a.name} slammed into ${site} in ${placeFrame(random, v)} on ${day}, killing ${numberText(random, k)} people.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),
  family("bombardment-of-by", 115, 5, ({ random, v, day }) => {
    const a = pick(random, GROUND_SHELLERS);
    const k = count(random, 3, 14);
    return {
      text: `The bombardment of ${plainFrame(random, v)} by ${a.name} on ${day} killed ${k} civilians, according to a local monitor.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),
  family("came-under-rocket-fire-no-actor", 116, 5, ({ random, v, day }) => {
    const k = count(random, 2, 8);
    return {
      text: `${cap(placeFrame(random, v))} came under rocket fire on ${day}, killing ${numberText(random, k)} civilians.`,
      gold: at(v, "shelling", null, k),
    };
  }),
  family("toll-in-second-sentence", 208, 5, ({ random, v, day }) => {
    const a = pick(random, AIR_FORCES);
    const k = count(random, 2, 16);
    return {
      text: `${cap(a.name)} struck ${placeFrame(random, v)} on ${day}. ${cap(numberText(random, k))} civilians were killed and ${count(random, 5, 30)} wounded in the raids.`,
      gold: at(v, "air_strike", a.perp, k),
    };
  }),
  family("target-of-air-strikes", 209, 5, ({ random, v, day }) => {
    const a = pick(random, [
      { name: "Russian", perp: RUSSIA },
      { name: "regime", perp: REGIME },
    ]);
    const k = count(random, 2, 12);
    return {
      text: `${cap(placeFrame(random, v))} was the target of ${a.name} air strikes on ${day}; ${numberText(random, k)} civilians were killed.`,
      gold: at(v, "air_strike", a.perp, k),
    };
  }),
  family("opened-fire-on", 308, 5, ({ random, v, day }) => {
    const k = count(random, 2, 4);
    return {
      text: `Gunmen on a motorcycle opened fire on a car in ${placeFrame(random, v)} on ${day}, killing ${numberText(random, k)} passengers.`,
      gold: at(v, "attack", null, k),
    };
  }),
  family("assassinated", 309, 5, ({ random, v, day }) => {
    const who = pick(random, ["a member of the local council", "a pharmacist", "the village mukhtar"]);
    return {
      text: `Unidentified gunmen assassinated ${who} in ${placeFrame(random, v)} on ${day}.`,
      gold: at(v, "attack", null, 1),
    };
  }),
  family("device-went-off", 405, 5, ({ random, v, day }) => {
    const k = count(random, 2, 9);
    return {
      text: `An explosive device planted in a car went off in ${placeFrame(random, v)} on ${day}, killing ${numberText(random, k)} people.`,
      gold: at(v, "explosion", null, k),
    };
  }),
  family("rocked-by-car-bomb", 406, 5, ({ random, v, day }) => {
    const k = count(random, 3, 20);
    return {
      text: `${cap(placeFrame(random, v))} was rocked by a car bomb on ${day} that killed ${k} people near the main market.`,
      gold: at(v, "explosion", null, k),
    };
  }),
  family("headline-names-place-only", 505, 5, ({ random, v, day }) => {
    const a = pick(random, [
      { name: "Regime", perp: REGIME },
      { name: "Turkish", perp: TURKEY },
    ]);
    const k = count(random, 2, 9);
    return {
      title: `${a.name} shelling kills ${k} in ${v.name}`,
      text: `The shells hit a residential street on ${day}, local rescuers said, and ${numberText(random, k)} civilians died.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),

  // --- Several places, other openings, reported speech, bulletins -------------------------------
  family("two-villages-shelled", 117, 5, ({ random, v, w, day }) => {
    const a = pick(random, GROUND_SHELLERS);
    return {
      text: `${cap(a.name)} shelled the villages of ${v.name} and ${w.name} on ${day}, destroying several houses.`,
      gold: ({ doc, published }) => [
        goldAt(doc, published, v, { eventType: "shelling", perpetrator: a.perp, killed: null }),
        goldAt(doc, published, w, { eventType: "shelling", perpetrator: a.perp, killed: null }),
      ],
    };
  }),
  family("raids-on-list", 210, 5, ({ random, v, w, day }) => {
    const a = pick(random, AIR_FORCES);
    return {
      text: `${cap(a.name)} carried out raids on ${v.name}, ${w.name} and the surrounding farmland on ${day}, wounding several civilians.`,
      gold: ({ doc, published }) => [
        goldAt(doc, published, v, { eventType: "air_strike", perpetrator: a.perp, killed: null }),
        goldAt(doc, published, w, { eventType: "air_strike", perpetrator: a.perp, killed: null }),
      ],
    };
  }),
  family("time-first", 118, 5, ({ random, v, day }) => {
    const a = pick(random, GROUND_SHELLERS);
    const k = count(random, 2, 9);
    const when = pick(random, [`At dawn on ${day}`, `Early on ${day}`, `On ${day} evening`]);
    return {
      text: `${when}, ${a.name} shelled ${placeFrame(random, v, false)}. ${cap(numberText(random, k))} civilians were killed.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),
  family("reported-speech", 119, 5, ({ random, v, day }) => {
    const a = pick(random, GROUND_SHELLERS);
    const k = count(random, 2, 8);
    return {
      text: `"${cap(a.name)} shelled ${plainFrame(random, v)} this morning and killed ${numberText(random, k)} civilians," a civil defence volunteer told reporters on ${day}.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),
  family("died-in-nominal-shelling", 120, 5, ({ random, v, day }) => {
    const a = pick(random, [
      { name: "regime", perp: REGIME },
      { name: "Turkish", perp: TURKEY },
    ]);
    const k = count(random, 2, 9);
    return {
      text: `${cap(numberText(random, k))} civilians died in ${a.name} shelling on ${plainFrame(random, v)} on ${day}.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),
  family("bulletin-label", 506, 5, ({ random, v, day }) => {
    const a = pick(random, [
      { name: "regime", perp: REGIME },
      { name: "Turkish", perp: TURKEY },
    ]);
    const k = count(random, 2, 6);
    return {
      text: `Violations recorded on ${day}:\n\n- ${v.name}: ${numberText(random, k)} civilians killed by ${a.name} shelling.`,
      gold: at(v, "shelling", a.perp, k),
    };
  }),
  family("passive-kidnapped-by", 310, 5, ({ random, v, day }) => {
    const n = count(random, 2, 9);
    const who = pick(random, ["shepherds", "truffle hunters", "farmers"]);
    return {
      text: `${cap(numberText(random, n))} ${who} were kidnapped by ISIS militants near ${plainFrame(random, v)} on ${day}.`,
      gold: at(v, "abduction", ISIS, null),
    };
  }),
  family("passive-executed-by", 311, 5, ({ random, v, day }) => {
    const a = pick(random, [
      { name: "ISIS", perp: ISIS },
      { name: "HTS", perp: HTS },
    ]);
    const k = count(random, 2, 7);
    return {
      text: `${cap(numberText(random, k))} men were executed by ${a.name} in the main square of ${plainFrame(random, v)} on ${day}.`,
      gold: at(v, "execution", a.perp, k),
    };
  }),
  family("landmine-blast-nominal", 407, 5, ({ random, v, day }) => {
    const k = count(random, 2, 5);
    return {
      text: `A landmine blast killed ${numberText(random, k)} shepherds near ${plainFrame(random, v)} on ${day}.`,
      gold: at(v, "explosion", null, k),
    };
  }),
  family("fighting-on-outskirts", 312, 5, ({ random, v, day }) => {
    const k = count(random, 4, 25);
    return {
      text: `Fighting raged between regime forces and opposition factions on the outskirts of ${plainFrame(random, v)} on ${day}, leaving ${k} combatants dead on both sides.`,
      gold: at(v, "armed_clash", `${REGIME}|${OPPOSITION}`, k),
    };
  }),

  family("blew-up-vehicle", 408, 5, ({ random, v, day }) => {
    const a = pick(random, [
      { name: "An ISIS cell", perp: ISIS },
      { name: "Islamic State militants", perp: ISIS },
      { name: "Unknown assailants", perp: null },
    ]);
    const k = count(random, 2, 8);
    return {
      text: `${a.name} blew up a ${pick(random, ["car", "minibus", "truck"])} in ${placeFrame(random, v)} on ${day}, killing ${numberText(random, k)} people.`,
      gold: at(v, "explosion", a.perp, k),
    };
  }),
  family("beheaded", 313, 5, ({ random, v, day }) => {
    const k = count(random, 2, 6);
    return {
      text: `ISIS militants beheaded ${numberText(random, k)} men in ${placeFrame(random, v)} on ${day}, accusing them of spying.`,
      gold: at(v, "execution", ISIS, k),
    };
  }),

  // --- Negative families: no incident ---------------------------------------------------------------
  family("neg-threat", 701, 5, ({ random, v }) => {
    const a = pick(random, ["Regime forces", "Turkish officials", "HTS commanders"]);
    return {
      text: `${a} threatened to storm ${placeFrame(random, v)} if the fighters inside did not hand over their weapons.`,
      gold: none(),
    };
  }),
  family("neg-denial", 702, 5, ({ random, v, day }) => {
    const a = pick(random, [
      "The Russian defence ministry",
      "The Syrian army command",
      "The Turkish defence ministry",
    ]);
    return {
      text: `${a} on ${day} denied that its aircraft had bombed ${placeFrame(random, v, false)}, calling the reports fabricated.`,
      gold: none(),
    };
  }),
  family("neg-plans-future", 703, 5, ({ random, v }) => {
    const a = pick(random, ["Regime forces", "Turkish troops and their allies", "The SDF"]);
    return {
      text: `${a} are preparing to launch an offensive on ${placeFrame(random, v)} next week, a military source said.`,
      gold: none(),
    };
  }),
  family("neg-training", 704, 5, ({ random, v, day }) => {
    const a = pick(random, ["Turkish-backed factions", "Regime forces", "SDF units"]);
    return {
      text: `${a} held live-fire training exercises with artillery and tanks near ${plainFrame(random, v)} on ${day}.`,
      gold: none(),
    };
  }),
  family("neg-origin-destination", 705, 5, ({ random, v, w, day }) => {
    const n = count(random, 20, 300);
    return {
      text: `${n} displaced families left ${placeFrame(random, v)} on ${day} and arrived in ${w.name}, where they are sheltering in tents.`,
      gold: none(),
    };
  }),
  family("neg-anniversary", 706, 5, ({ random, v }) => {
    const nth = pick(random, ["fifth", "seventh", "tenth"]);
    return {
      text: `Residents of ${placeFrame(random, v)} marked the ${nth} anniversary of the massacre that killed dozens of people in the village, laying flowers at a memorial.`,
      gold: none(),
    };
  }),
  family("neg-conditional", 707, 5, ({ random, v }) => {
    const a = pick(random, ["regime forces", "Russian jets", "Turkish artillery"]);
    return {
      text: `If ${a} shell ${plainFrame(random, v)} again, the ceasefire will collapse, a Turkish official warned.`,
      gold: none(),
    };
  }),
  family("neg-return-reconstruction", 708, 5, ({ random, v, day }) => {
    const n = count(random, 30, 400);
    return {
      text: `${n} families returned to ${placeFrame(random, v)} on ${day} after the local council finished rebuilding the school and the water station.`,
      gold: none(),
    };
  }),
  family("neg-negated", 709, 5, ({ random, v, day }) => {
    return {
      text: `No shells fell on ${plainFrame(random, v)} on ${day}, the first quiet day in a month, residents said.`,
      gold: none(),
    };
  }),
  family("neg-historical-year", 710, 5, ({ random, v }) => {
    const year = pick(random, ["2012", "2013", "2014"]);
    return {
      text: `${cap(placeFrame(random, v))} was shelled by regime forces in ${year}, and most of its residents have not returned since.`,
      gold: none(),
    };
  }),
  family("neg-visit-assessment", 711, 5, ({ random, v, day }) => {
    return {
      text: `A UN delegation visited ${placeFrame(random, v)} on ${day} to assess the damage to the hospital and the school.`,
      gold: none(),
    };
  }),
  family("neg-region-only", 712, 5, ({ random, v, day }) => {
    const a = pick(random, ["Regime forces", "Russian warplanes", "Turkish forces"]);
    return {
      text: `${a} shelled areas in the ${sideOf(v)} ${governorateName(v.admin1)} countryside on ${day}, activists said.`,
      gold: none(),
    };
  }),
  family("neg-withdrawal", 713, 5, ({ random, v, day }) => {
    const a = pick(random, ["Regime forces", "Turkish troops", "SDF units"]);
    return {
      text: `${a} withdrew from their positions in ${placeFrame(random, v)} on ${day} under a local agreement.`,
      gold: none(),
    };
  }),
  family("neg-sighting", 714, 5, ({ random, v, day }) => {
    const a = pick(random, [
      "Russian reconnaissance planes",
      "Surveillance drones",
      "Turkish reconnaissance drones",
    ]);
    return {
      text: `${a} flew over ${placeFrame(random, v)} for several hours on ${day}, residents said.`,
      gold: none(),
    };
  }),
  family("neg-struck-no-targets", 717, 4, ({ random, v, day }) => {
    const a = pick(random, ["The Russian defence ministry", "The Turkish defence ministry"]);
    return {
      text: `${a} said its aircraft struck no targets near ${plainFrame(random, v)} on ${day}.`,
      gold: none(),
    };
  }),
];

export const eventsArea: ConstructionArea = {
  area: "events",
  cases: () => FAMILIES.flat(),
};
