/**
 * Construction suite for places (see types.ts): which village a sentence says was hit, for the place
 * failure classes of issue 8, written from the gazetteer's structure and ordinary English grammar:
 *  - names: people's names, kunyas, ranks and titles, weapons, units and organisations whose names are
 *    (or hold) gazetteer names, and villages that look like a person's name ("Abu X");
 *  - compounds: OCHA's merged communities "A - B" told by one part, and names with a generic first
 *    word (Tal, Kafr, Deir, Sheikh, Beit, Um, Ein) whose rest another place bears;
 *  - regions: named regions (Jabal al-Zawiya, Sahl al-Ghab, Ghouta, the Badia, Qalamoun ...) and
 *    "rural X", "the countryside of X" told beside villages: the villages are the incident places;
 *  - frames that locate a village (a district, a distance and bearing from a neighbour, near, the
 *    outskirts, a quarter of a town, between two villages, a road) and lists of villages;
 *  - context: a village told only as a victim's origin, a launch site, a burial place, a hospital's
 *    town, a road's name or a headline's hometown, which is not the incident place;
 *  - transliteration: an OCHA name respelled by one rule of places-kit.ts (RESPELL), expected to resolve
 *    to that entry.
 * Gold: one line per village hit, with the gazetteer entry's coordinates and governorate; the place is
 * the name as the text writes it (a part or respelling of the entry's name). Event type, perpetrator and
 * toll as the sentence says (killed null when it gives none).
 */
import type { PlaceEntry } from "../../src/domain/places.js";
import { SYRIA_SUB_REGIONS } from "../../src/knowledge/gazetteer/regions.js";
import {
  type Built,
  cap,
  type Coarse,
  count,
  type Ctx,
  family,
  type Incident,
  PERP,
  province,
} from "./perpetrators-build.js";
import {
  bearing,
  compoundParts,
  neighbour,
  placeLikeNames,
  plainVillages,
  prefixed,
  respelled,
  RESPELL,
  safeNames,
  seats,
} from "./places-kit.js";
import type { ConstructionArea, ConstructionCase } from "./types.js";

const CASES = 6;

const ATTACKS = [
  { lead: "Regime forces shelled", type: "shelling", perp: PERP.regime },
  { lead: "Russian warplanes carried out air strikes on", type: "air_strike", perp: PERP.russia },
  { lead: "Government troops fired artillery shells at", type: "shelling", perp: PERP.regime },
  { lead: "Russian jets bombed", type: "air_strike", perp: PERP.russia },
] as const;

interface Attack {
  /** "Regime forces shelled <place> on Monday, killing 3 civilians." */
  sentence: string;
  /** The same without its subject: "shelled <place> on Monday, killing ...". */
  type: Coarse;
  perp: string;
  killed: number;
}

const SINGULAR: Record<string, string> = { civilians: "civilian", people: "person", children: "child" };
/** "3 civilians", "one civilian": a toll and its victim noun. */
const toll = (c: Ctx, n: number, plural = "civilians") =>
  `${count(c.random, n)} ${n === 1 ? SINGULAR[plural] : plural}`;

/** An attack sentence on `place` (a noun phrase), with its event type, attacker and toll. */
function attack(c: Ctx, place: string, min = 2, max = 9): Attack {
  const a = c.pick(ATTACKS);
  const killed = c.n(min, max);
  const day = c.day();
  const victims = toll(c, killed, c.pick(["civilians", "people", "civilians", "children"]));
  // An appositive that closes with a comma ("X, Idlib province,") needs no second one without a day.
  const at = day ? `${place} ${day}` : place.replace(/,$/, "");
  return {
    sentence: `${a.lead} ${at}, killing ${victims}.`,
    type: a.type,
    perp: a.perp,
    killed,
  };
}

/** The attack sentence as a clause after "when" or "that": "regime forces shelled ..." ("Russian" stays). */
const clause = (a: Attack, toll = true) => {
  const s = a.sentence.replace(/^(Regime|Government)\b/, (w) => w.toLowerCase());
  return toll ? s : s.replace(/, killing.*$/, ".");
};

/** One incident from an attack at `village` (the gold place named `name` when the text respells it). */
function at(
  village: PlaceEntry,
  a: Pick<Attack, "type" | "perp">,
  killed: number | null,
  name?: string,
): Incident {
  return { village: name ? { ...village, name } : village, eventType: a.type, perpetrator: a.perp, killed };
}

/** `n` distinct villages from `pool`. */
function draw(c: Ctx, pool: readonly PlaceEntry[], n = 1): PlaceEntry[] {
  const out: PlaceEntry[] = [];
  while (out.length < n) {
    const p = c.pick(pool);
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

const village = (c: Ctx) => draw(c, plainVillages())[0]!;

/** A family where a village is hit and the sentence around it carries `extra` (a name, a region). */
function simple(name: string, seed: number, make: (c: Ctx) => Built): ConstructionCase[] {
  return family(name, seed, CASES, make);
}

// ---------------------------------------------------------------------------------------------------
// Names that are, or hold, gazetteer names

function names(): ConstructionCase[] {
  const risky = placeLikeNames();
  const safe = safeNames();
  return [
    // "Ahmad al-Hasan": a victim's family name is a village name.
    ...simple("name-victim-family-name", 501, (c) => {
      const v = village(c);
      const who = `${c.pick(safe)} al-${c.pick(risky)}`;
      const a = attack(c, `the village of ${v.name}`, 1, 1);
      const text = `${who} was killed when ${clause(a, false)}`;
      return { text, incidents: [at(v, a, 1)] };
    }),
    // "the victims were named as Khaled Ahmad and ...": given names that are village names.
    ...simple("name-victims-named", 502, (c) => {
      const v = village(c);
      const a = attack(c, `${v.name} village`, 2, 2);
      const people = `${c.pick(risky)} ${c.pick(safe)} and ${c.pick(risky)} ${c.pick(safe)}`;
      return {
        text: `${a.sentence.replace(/, killing.*$/, ", killing two civilians.")} They were named as ${people}.`,
        incidents: [at(v, a, 2)],
      };
    }),
    // "the father, Abu Omar, and his two sons": a kunya that is also a village name.
    ...simple("name-kunya", 503, (c) => {
      const v = village(c);
      const kunya = `Abu ${c.pick(risky)}`;
      const a = attack(c, `the town of ${v.name}`, 3, 3);
      const text = `The father, ${kunya}, and his two sons were killed when ${clause(a, false)}`;
      return { text, incidents: [at(v, a, 3)] };
    }),
    // "Brigadier General Ali Khaled": ranks before names that are village names.
    ...simple("name-rank-commander", 504, (c) => {
      const v = village(c);
      const rank = c.pick(["Brigadier General", "Colonel", "Major General", "Lieutenant Colonel"]);
      const a = attack(c, `${v.name} in rural ${province(v)}`);
      const text = `${a.sentence} The operation was led by ${rank} ${c.pick(risky)} ${c.pick(risky)}, a local commander said.`;
      return { text, incidents: [at(v, a, a.killed)] };
    }),
    // "Sheikh Ammar, the village imam": a title that is also a gazetteer word, before a name.
    ...simple("name-title-sheikh", 505, (c) => {
      const v = village(c);
      const a = attack(c, `the village of ${v.name}`, 1, 1);
      const title = c.pick(["Sheikh", "Imam", "Hajj", "Dr"]);
      const text = `${title} ${c.pick(risky)} ${c.pick(safe)}, a resident, was killed when ${clause(a, false)}`;
      return { text, incidents: [at(v, a, 1)] };
    }),
    // "Assad forces": the president's name (a part of an OCHA merged name) in the attacker.
    ...simple("name-assad", 506, (c) => {
      const v = village(c);
      const who = c.pick([
        "Assad forces",
        "Forces loyal to Bashar al-Assad",
        "The Assad regime",
        "Assad's army",
      ]);
      const killed = c.n(2, 8);
      return {
        text: `${who} shelled the village of ${v.name} ${c.day()}, killing ${toll(c, killed)}.`,
        incidents: [{ village: v, eventType: "shelling", perpetrator: PERP.regime, killed }],
      };
    }),
    // An official speaking, whose name holds village names.
    ...simple("name-official-speaker", 507, (c) => {
      const v = village(c);
      const a = attack(c, `${v.name} village`);
      const office = c.pick([
        "the head of the local council",
        "the director of the health directorate",
        "a civil defence official",
      ]);
      return {
        text: `${cap(office)}, ${c.pick(safe)} ${c.pick(risky)}, said: "${a.sentence}"`,
        incidents: [at(v, a, a.killed)],
      };
    }),
    // Weapon names ("Grad rockets", "Krasnopol shells") beside the village hit.
    ...simple("name-weapon", 508, (c) => {
      const v = village(c);
      const weapon = c.pick([
        "Grad rockets",
        "Krasnopol shells",
        "Golan rockets",
        "Uragan rockets",
        "Konkurs missiles",
        "Smerch rockets",
      ]);
      const killed = c.n(2, 8);
      return {
        text: `Regime forces fired ${weapon} at ${v.name} ${c.day()}, killing ${toll(c, killed)}.`,
        incidents: [{ village: v, eventType: "shelling", perpetrator: PERP.regime, killed }],
      };
    }),
    // Military units ("the 25th Division", "the Fourth Division"): the attacker, not a place.
    ...simple("name-unit", 509, (c) => {
      const v = village(c);
      const unit = c.pick([
        "the 25th Special Mission Forces Division",
        "the Fourth Division",
        "the Republican Guard",
        "the 30th Division",
        "the Tiger Forces",
      ]);
      const killed = c.n(2, 8);
      return {
        text: `${cap(unit)} of the regime army shelled ${v.name} ${c.day()}, killing ${toll(c, killed)}.`,
        incidents: [{ village: v, eventType: "shelling", perpetrator: PERP.regime, killed }],
      };
    }),
    // Factions named after regions or towns speak of an attack elsewhere.
    ...simple("name-faction-speaker", 510, (c) => {
      const v = village(c);
      const faction = c.pick([
        "Ahrar al-Sham",
        "Faylaq al-Sham",
        "Jaish al-Izza",
        "the Hamza Division",
        "the Sultan Murad Division",
        "Suqour al-Sham",
      ]);
      const a = attack(c, `the village of ${v.name}`);
      return { text: `${cap(faction)} said that ${clause(a)}`, incidents: [at(v, a, a.killed)] };
    }),
    // "the X Media Office reported": an organisation named after another village.
    ...simple("name-media-office", 511, (c) => {
      const [v, org] = draw(c, plainVillages(), 2) as [PlaceEntry, PlaceEntry];
      const body = c.pick(["Media Office", "Media Centre", "Coordination Committee", "News Network"]);
      const a = attack(c, `the village of ${v.name}`);
      return { text: `The ${org.name} ${body} reported that ${clause(a)}`, incidents: [at(v, a, a.killed)] };
    }),
    // "according to the X Local Council": the council of another village, after the attack.
    ...simple("name-local-council", 512, (c) => {
      const [v, org] = draw(c, plainVillages(), 2) as [PlaceEntry, PlaceEntry];
      const body = c.pick(["Local Council", "Civil Defence Centre", "Relief Committee"]);
      const a = attack(c, `${v.name} village`);
      return {
        text: `${a.sentence.replace(/\.$/, "")}, according to the ${org.name} ${body}.`,
        incidents: [at(v, a, a.killed)],
      };
    }),
    // "the X Martyrs Brigade": a unit named after a village, as the target's owner.
    ...simple("name-brigade-named-after-town", 513, (c) => {
      const [v, org] = draw(c, plainVillages(), 2) as [PlaceEntry, PlaceEntry];
      const killed = c.n(2, 6);
      const brigade = c.pick([
        `the ${org.name} Martyrs Brigade`,
        `the ${org.name} Brigade`,
        `Liwa ${org.name}`,
      ]);
      return {
        text: `Russian warplanes struck positions of ${brigade} in ${v.name} ${c.day()}, killing ${count(c.random, killed)} fighters.`,
        incidents: [{ village: v, eventType: "air_strike", perpetrator: PERP.russia, killed }],
      };
    }),
    // A person shown by an age in apposition or before the name, whose given name a village bears.
    ...simple("name-person-age", 516, (c) => {
      const v = village(c);
      const a = attack(c, `the village of ${v.name}`, 1, 1);
      const name = `${c.pick(risky)} ${c.pick(safe)}`;
      const who = c.pick([`${name}, ${c.n(19, 70)},`, `${c.n(19, 70)}-year-old ${name}`]);
      return { text: `${cap(who)} was killed when ${clause(a, false)}`, incidents: [at(v, a, 1)] };
    }),
    // Relatives: "his son X", "X's wife", "the wife of X", whose names villages bear.
    ...simple("name-person-kin", 517, (c) => {
      const v = village(c);
      const a = attack(c, `${v.name} village`, 1, 1);
      const [p, q] = [c.pick(risky), c.pick(risky)];
      const who = c.pick([`${p}'s wife`, `the wife of ${p}`, `his son ${q}`, `${p}'s brother ${q}`]);
      return { text: `${cap(who)} was killed when ${clause(a, false)}`, incidents: [at(v, a, 1)] };
    }),
    // A person named again later by the given name alone, with nothing around it that tells a person.
    ...simple("name-person-named-again", 518, (c) => {
      const v = village(c);
      const a = attack(c, `the village of ${v.name}`, 1, 1);
      const given = c.pick(risky);
      const again = c.pick([
        `${given} had returned home a week earlier.`,
        `Relatives said ${given} was a teacher.`,
        `Neighbours pulled ${given} from the rubble.`,
      ]);
      return {
        text: `${given} ${c.pick(safe)}, ${c.n(19, 70)}, was killed when ${clause(a, false)} ${again}`,
        incidents: [at(v, a, 1)],
      };
    }),
    // A news agency whose name a village bears, named with its kind and then alone.
    ...simple("name-outlet-named-again", 519, (c) => {
      const v = village(c);
      const a = attack(c, `the town of ${v.name}`);
      const outlet = c.pick(risky);
      return {
        text: `The news agency ${outlet} reported that ${clause(a)} ${outlet} published photos of the victims.`,
        incidents: [at(v, a, a.killed)],
      };
    }),
    // Villages shaped like a person's name ("Abu X", "Um X") told in a locative frame.
    ...simple("name-shaped-village-abu", 514, (c) => {
      const v = draw(c, prefixed("Abu"))[0]!;
      const a = attack(c, c.pick([`the village of ${v.name}`, `${v.name} village`, v.name]));
      return { text: a.sentence, incidents: [at(v, a, a.killed)] };
    }),
    ...simple("name-shaped-village-um", 515, (c) => {
      const v = draw(c, prefixed("Um"))[0]!;
      const a = attack(
        c,
        c.pick([`the village of ${v.name}`, `${v.name} village`, `${v.name} in rural ${province(v)}`]),
      );
      return { text: a.sentence, incidents: [at(v, a, a.killed)] };
    }),
  ];
}

// ---------------------------------------------------------------------------------------------------
// Parts of compound names

function compounds(): ConstructionCase[] {
  const partFamily = (name: string, seed: number, side: 0 | 1) =>
    simple(name, seed, (c) => {
      const { entry, part } = c.pick(compoundParts(side));
      const a = attack(
        c,
        c.pick([
          `the village of ${part}`,
          `${part} village`,
          `${part} in the ${province(entry)} countryside`,
        ]),
      );
      return { text: a.sentence, incidents: [at(entry, a, a.killed, part)] };
    });
  const prefixFamily = (name: string, seed: number, word: string) =>
    simple(name, seed, (c) => {
      const v = draw(c, prefixed(word))[0]!;
      const a = attack(
        c,
        c.pick([`the village of ${v.name}`, `${v.name} village`, v.name, `the town of ${v.name}`]),
      );
      return { text: a.sentence, incidents: [at(v, a, a.killed)] };
    });
  return [
    ...partFamily("compound-first-part", 521, 0),
    ...partFamily("compound-second-part", 522, 1),
    // The part told in a passive sentence with no frame word.
    ...simple("compound-part-passive", 523, (c) => {
      const { entry, part } = c.pick(compoundParts(c.random() < 0.5 ? 0 : 1));
      const killed = c.n(2, 7);
      return {
        text: `${count(c.random, killed).replace(/^./, (s) => s.toUpperCase())} civilians were killed in ${part} ${c.day()} when regime forces shelled the village.`,
        incidents: [
          { village: { ...entry, name: part }, eventType: "shelling", perpetrator: PERP.regime, killed },
        ],
      };
    }),
    ...prefixFamily("prefix-tal", 524, "Tal"),
    ...prefixFamily("prefix-kafr", 525, "Kafr"),
    ...prefixFamily("prefix-deir", 526, "Deir"),
    ...prefixFamily("prefix-sheikh", 527, "Sheikh"),
    ...prefixFamily("prefix-beit", 528, "Beit"),
    ...prefixFamily("prefix-ein", 529, "Ein"),
  ];
}

// ---------------------------------------------------------------------------------------------------
// Regions told beside villages

function regionVillages(c: Ctx, regionId: string, n: number): { region: string; villages: PlaceEntry[] } {
  const region = SYRIA_SUB_REGIONS.find((r) => r.id === regionId)!;
  const pool = plainVillages().filter(
    (p) =>
      region.admin1.includes(p.admin1 ?? "") &&
      Math.abs(p.lat - region.lat) < 0.4 &&
      Math.abs(p.lon - region.lon) < 0.5,
  );
  return {
    region: region.name,
    villages: draw(
      c,
      pool.length >= 12 ? pool : plainVillages().filter((p) => p.admin1 === region.admin1[0]),
      n,
    ),
  };
}

const and = (xs: string[]) => (xs.length === 1 ? xs[0]! : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`);

function regions(): ConstructionCase[] {
  /** "<lead> A and B in <region>": the villages are hit, the region only locates them. */
  const listIn = (
    name: string,
    seed: number,
    regionId: string,
    shape: (region: string, list: string) => string,
  ) =>
    simple(name, seed, (c) => {
      const { region, villages } = regionVillages(c, regionId, 2);
      const a = c.pick(ATTACKS);
      const text = `${a.lead} ${shape(region, and(villages.map((v) => v.name)))} ${c.day()}.`;
      return { text, incidents: villages.map((v) => at(v, a, null)) };
    });
  return [
    ...listIn("region-jabal-al-zawiya", 531, "SY-jabal-al-zawiya", (r, l) => `${l} in ${r}`),
    ...listIn("region-sahl-al-ghab", 532, "SY-sahl-al-ghab", (r, l) => `the villages of ${l} in ${r}`),
    ...listIn("region-eastern-ghouta", 533, "SY-eastern-ghouta", (r, l) => `the ${r} towns of ${l}`),
    ...listIn("region-jabal-al-akrad", 534, "SY-jabal-al-akrad", (r, l) => `${l}, in the ${r} area,`),
    // "In Qalamoun, ...": the region opens the sentence.
    ...simple("region-sentence-first", 535, (c) => {
      const { region, villages } = regionVillages(
        c,
        c.pick(["SY-qalamoun", "SY-jabal-al-zawiya", "SY-sahl-al-ghab", "SY-hawran"]),
        1,
      );
      const v = villages[0]!;
      const a = attack(c, `the village of ${v.name}`);
      return { text: `In ${region}, ${clause(a)}`, incidents: [at(v, a, a.killed)] };
    }),
    // "in the Badia": an ISIS attack in the desert near a village.
    ...simple("region-badia", 536, (c) => {
      const v = draw(
        c,
        plainVillages().filter((p) => ["Homs", "Deir ez-Zor", "Raqqa"].includes(p.admin1 ?? "")),
      )[0]!;
      const killed = c.n(2, 9);
      const where = c.pick([
        `in the Badia near ${v.name}`,
        `near ${v.name} in the Syrian Badia`,
        `in the desert east of ${v.name}, in the Badia`,
      ]);
      return {
        text: `ISIS cells attacked shepherds ${where} ${c.day()}, killing ${count(c.random, killed)} of them.`,
        incidents: [{ village: v, eventType: "attack", perpetrator: PERP.isis, killed }],
      };
    }),
    // "rural Idlib" / "the Idlib countryside" as the sentence's frame, the village after it.
    ...simple("region-rural-province-first", 537, (c) => {
      const v = village(c);
      const a = attack(c, `the village of ${v.name}`);
      const lead = c.pick([
        `In rural ${province(v)}`,
        `In the ${province(v)} countryside`,
        `In the countryside of ${province(v)}`,
      ]);
      return { text: `${lead}, ${clause(a)}`, incidents: [at(v, a, a.killed)] };
    }),
    // "the southern countryside of Idlib, namely A and B".
    ...simple("region-countryside-namely", 538, (c) => {
      const v = village(c);
      const w = draw(
        c,
        plainVillages().filter((p) => p.admin1 === v.admin1 && p !== v),
      )[0]!;
      const a = c.pick(ATTACKS);
      const side = c.pick(["southern", "northern", "eastern", "western"]);
      return {
        text: `${a.lead} several villages in the ${side} countryside of ${province(v)} ${c.day()}, namely ${v.name} and ${w.name}.`,
        incidents: [at(v, a, null), at(w, a, null)],
      };
    }),
  ];
}

// ---------------------------------------------------------------------------------------------------
// Frames that locate a village

function frames(): ConstructionCase[] {
  /** A village with a neighbour `min`–`max` km away. */
  const pair = (c: Ctx, min: number, max: number) => {
    for (;;) {
      const v = village(c);
      const n = neighbour(v, min, max);
      if (n) return { v, w: n.place, km: n.km };
    }
  };
  return [
    // "the village of X in the Y countryside": Y a neighbouring village.
    ...simple("frame-countryside-of-neighbour", 541, (c) => {
      const { v, w } = pair(c, 4, 15);
      const a = attack(c, `the village of ${v.name} in the ${w.name} countryside`);
      return { text: a.sentence, incidents: [at(v, a, a.killed)] };
    }),
    // "X, 10 km east of Y".
    ...simple("frame-distance-bearing", 542, (c) => {
      const { v, w, km } = pair(c, 4, 15);
      const a = attack(c, `${v.name}, ${Math.round(km)} km ${bearing(w, v)} of ${w.name},`);
      return { text: a.sentence, incidents: [at(v, a, a.killed)] };
    }),
    // "X, located 10 km to the east of Y", "X, which lies 10 km east of Y", "X (10 km east of Y)".
    ...simple("frame-distance-bearing-clause", 579, (c) => {
      const { v, w, km } = pair(c, 4, 15);
      const d = `${Math.round(km)} km`;
      const dir = bearing(w, v);
      const a = attack(
        c,
        c.pick([
          `${v.name}, located ${d} to the ${dir} of ${w.name},`,
          `${v.name}, which lies ${d} ${dir} of ${w.name},`,
          `${v.name}, which is located about ${d} ${dir} of ${w.name},`,
          `${v.name} (${d} ${dir} of ${w.name})`,
        ]),
      );
      return { text: a.sentence, incidents: [at(v, a, a.killed)] };
    }),
    // "X, a village near Y", "X, one of the villages of Y": an apposition or clause places X by Y.
    ...simple("frame-locator-clause", 580, (c) => {
      const { v, w } = pair(c, 3, 12);
      const a = attack(
        c,
        c.pick([
          `${v.name}, a village near ${w.name},`,
          `${v.name}, a village in the ${w.name} countryside,`,
          `${v.name}, one of the villages of ${w.name},`,
          `the village of ${v.name}, located near ${w.name},`,
          `${v.name} village, not far from ${w.name},`,
        ]),
      );
      return { text: a.sentence, incidents: [at(v, a, a.killed)] };
    }),
    // "X, east of Y" without a distance.
    ...simple("frame-bearing-only", 543, (c) => {
      const { v, w } = pair(c, 3, 12);
      const a = attack(c, `the village of ${v.name}, ${bearing(w, v)} of ${w.name},`);
      return { text: a.sentence, incidents: [at(v, a, a.killed)] };
    }),
    // "farmland near X": coded to X.
    ...simple("frame-near", 544, (c) => {
      const v = village(c);
      const a = attack(c, `${c.pick(["farmland", "a house", "an olive grove", "a field"])} near ${v.name}`);
      return { text: a.sentence, incidents: [at(v, a, a.killed)] };
    }),
    // "on the outskirts of X".
    ...simple("frame-outskirts", 545, (c) => {
      const v = village(c);
      const killed = c.n(2, 7);
      return {
        text: `An air strike hit a house on the outskirts of ${v.name} ${c.day()}, killing ${toll(c, killed)}.`,
        incidents: [{ village: v, eventType: "air_strike", perpetrator: null, killed }],
      };
    }),
    // "X's al-Qusour neighbourhood" / "the al-Qusour neighbourhood of X".
    ...simple("frame-neighbourhood", 546, (c) => {
      const v = draw(c, seats())[0]!;
      const quarter = c.pick(["al-Qusour", "al-Jalaa", "al-Thawra", "al-Shuhada", "al-Gharbi", "al-Sharqi"]);
      const a = attack(
        c,
        c.pick([`${v.name}'s ${quarter} neighbourhood`, `the ${quarter} neighbourhood of ${v.name}`]),
      );
      return { text: a.sentence, incidents: [at(v, a, a.killed)] };
    }),
    // "X town in the Y district".
    ...simple("frame-district", 547, (c) => {
      const v = draw(
        c,
        plainVillages().filter((p) => p.admin2 && p.admin2 !== p.name && /^[A-Z][a-z]+$/.test(p.admin2)),
      )[0]!;
      const a = attack(
        c,
        c.pick([
          `${v.name} town in the ${v.admin2} district`,
          `the village of ${v.name} in ${v.admin2} district`,
        ]),
      );
      return { text: a.sentence, incidents: [at(v, a, a.killed)] };
    }),
    // "the Idlib village of X".
    ...simple("frame-province-adjective", 548, (c) => {
      const v = village(c);
      const a = attack(
        c,
        c.pick([`the ${province(v)} village of ${v.name}`, `the rural ${province(v)} town of ${v.name}`]),
      );
      return { text: a.sentence, incidents: [at(v, a, a.killed)] };
    }),
    // "between X and Y": coded to the first, the two close together.
    ...simple("frame-between", 549, (c) => {
      const { v, w } = pair(c, 1.5, 4);
      const killed = c.n(2, 6);
      return {
        text: `A landmine exploded on farmland between ${v.name} and ${w.name} ${c.day()}, killing ${toll(c, killed)}.`,
        incidents: [{ village: v, eventType: "explosion", perpetrator: null, killed }],
      };
    }),
    // "on the X-Y road near Z": the road's ends locate, Z is the place.
    ...simple("frame-road-near", 550, (c) => {
      const [v, x, y] = draw(c, plainVillages(), 3) as [PlaceEntry, PlaceEntry, PlaceEntry];
      const killed = c.n(1, 4);
      return {
        text: `A drone struck a car on the ${x.name}-${y.name} road near ${v.name} ${c.day()}, killing ${toll(c, killed)}.`,
        incidents: [{ village: v, eventType: "air_strike", perpetrator: null, killed }],
      };
    }),
    // "X (Idlib province)" / "X, Idlib province,": the governorate after the village.
    ...simple("frame-province-after", 551, (c) => {
      const v = village(c);
      const a = attack(
        c,
        c.pick([`${v.name} (${province(v)} province)`, `${v.name}, ${province(v)} province,`]),
      );
      return { text: a.sentence, incidents: [at(v, a, a.killed)] };
    }),
  ];
}

// ---------------------------------------------------------------------------------------------------
// Lists of villages

/** `n` distinct villages of one governorate, as one attack or one list names them. */
function sameGovernorate(c: Ctx, n: number): PlaceEntry[] {
  const first = village(c);
  return [
    first,
    ...draw(
      c,
      plainVillages().filter((p) => p.admin1 === first.admin1 && p !== first),
      n - 1,
    ),
  ];
}

function lists(): ConstructionCase[] {
  return [
    // "shelling hit A, B and C".
    ...simple("list-shelling-hit", 561, (c) => {
      const vs = sameGovernorate(c, 3);
      return {
        text: `Regime shelling hit ${and(vs.map((v) => v.name))} ${c.day()}.`,
        incidents: vs.map((v) => ({
          village: v,
          eventType: "shelling" as const,
          perpetrator: PERP.regime,
          killed: null,
        })),
      };
    }),
    // "the villages of A, B and C in the Y countryside".
    ...simple("list-villages-of", 562, (c) => {
      const vs = sameGovernorate(c, 3);
      const a = c.pick(ATTACKS);
      return {
        text: `${a.lead} the villages of ${and(vs.map((v) => v.name))} in the ${province(vs[0]!)} countryside ${c.day()}.`,
        incidents: vs.map((v) => at(v, a, null)),
      };
    }),
    // "killing two in A and three in B": a toll per village.
    ...simple("list-toll-per-village", 563, (c) => {
      const [v, w] = sameGovernorate(c, 2) as [PlaceEntry, PlaceEntry];
      const [k1, k2] = [c.n(1, 5), c.n(1, 5)];
      const a = c.pick(ATTACKS);
      return {
        text: `${a.lead} ${v.name} and ${w.name} ${c.day()}, killing ${toll(c, k1)} in ${v.name} and ${count(c.random, k2)} in ${w.name}.`,
        incidents: [at(v, a, k1), at(w, a, k2)],
      };
    }),
    // "A and B were shelled": the list as the passive subject.
    ...simple("list-passive-subject", 565, (c) => {
      const vs = sameGovernorate(c, 2);
      return {
        text: `${and(vs.map((v) => v.name))} were shelled by regime forces ${c.day()}.`,
        incidents: vs.map((v) => ({
          village: v,
          eventType: "shelling" as const,
          perpetrator: PERP.regime,
          killed: null,
        })),
      };
    }),
    // "air strikes targeted A and B, as well as C".
    ...simple("list-as-well-as", 566, (c) => {
      const vs = sameGovernorate(c, 3);
      return {
        text: `Russian air strikes targeted ${vs[0]!.name} and ${vs[1]!.name} ${c.day()}, as well as ${vs[2]!.name}.`,
        incidents: vs.map((v) => ({
          village: v,
          eventType: "air_strike" as const,
          perpetrator: PERP.russia,
          killed: null,
        })),
      };
    }),
    // "the village of A and the town of B": each village in its own frame.
    ...simple("list-framed-items", 567, (c) => {
      const vs = sameGovernorate(c, 2);
      const a = c.pick(ATTACKS);
      return {
        text: `${a.lead} the village of ${vs[0]!.name} and the town of ${vs[1]!.name} ${c.day()}.`,
        incidents: vs.map((v) => at(v, a, null)),
      };
    }),
    // A bulleted list of the villages hit.
    ...simple("list-bullets", 568, (c) => {
      const vs = sameGovernorate(c, 3);
      const a = c.pick(ATTACKS);
      return {
        text: `${[a.lead, "these villages", c.day()].filter(Boolean).join(" ")}:\n${vs.map((v) => `- ${v.name}`).join("\n")}`,
        incidents: vs.map((v) => at(v, a, null)),
      };
    }),
    // "the following villages: A, B, C."
    ...simple("list-following", 564, (c) => {
      const vs = sameGovernorate(c, 3);
      const a = c.pick(ATTACKS);
      return {
        text: `${a.lead} the following villages ${c.day()}: ${vs.map((v) => v.name).join(", ")}.`,
        incidents: vs.map((v) => at(v, a, null)),
      };
    }),
  ];
}

// ---------------------------------------------------------------------------------------------------
// Villages told only as context

function context(): ConstructionCase[] {
  const two = (c: Ctx) => draw(c, plainVillages(), 2) as [PlaceEntry, PlaceEntry];
  return [
    // "a man from X was killed in Y".
    ...simple("context-victim-origin", 571, (c) => {
      const [v, from] = two(c);
      const a = attack(c, `the village of ${v.name}`, 1, 1);
      const who = c.pick([
        `A man from ${from.name}`,
        `A young woman originally from ${from.name}`,
        `A shepherd from the village of ${from.name}`,
      ]);
      return { text: `${who} was killed when ${clause(a, false)}`, incidents: [at(v, a, 1)] };
    }),
    // "rockets fired from X hit Y".
    ...simple("context-launch-site", 572, (c) => {
      const [v, from] = two(c);
      const killed = c.n(2, 7);
      return {
        text: `Rockets fired by regime forces from ${c.pick(["positions in", "their base in", ""])} ${from.name} hit ${v.name} ${c.day()}, killing ${toll(c, killed)}.`.replace(
          / {2,}/g,
          " ",
        ),
        incidents: [{ village: v, eventType: "shelling", perpetrator: PERP.regime, killed }],
      };
    }),
    // "...; the victims were buried in X".
    ...simple("context-burial", 573, (c) => {
      const [v, grave] = two(c);
      const a = attack(c, `the village of ${v.name}`);
      return {
        text: `${a.sentence} The victims were buried in their home village of ${grave.name} the next day.`,
        incidents: [at(v, a, a.killed)],
      };
    }),
    // "...; the wounded were taken to a hospital in X".
    ...simple("context-hospital", 574, (c) => {
      const [v, town] = two(c);
      const a = attack(c, `${v.name} village`);
      return {
        text: `${a.sentence} The wounded were taken to a hospital in ${town.name}.`,
        incidents: [at(v, a, a.killed)],
      };
    }),
    // "displaced from X, living in Y".
    ...simple("context-displaced-from", 575, (c) => {
      const [v, from] = two(c);
      const killed = c.n(2, 6);
      return {
        text: `${cap(count(c.random, killed))} members of a family displaced from ${from.name} were killed ${c.day()} when Russian jets bombed their home in ${v.name}.`,
        incidents: [{ village: v, eventType: "air_strike", perpetrator: PERP.russia, killed }],
      };
    }),
    // "on the road to X, near Y": a road named after the town it leads to.
    ...simple("context-road-to", 576, (c) => {
      const [v, to] = two(c);
      const killed = c.n(1, 4);
      return {
        text: `A regime drone struck a car on the ${to.name} road near ${v.name} ${c.day()}, killing ${toll(c, killed)}.`,
        incidents: [{ village: v, eventType: "air_strike", perpetrator: PERP.regime, killed }],
      };
    }),
    // A headline naming the victims' hometown; the body the village hit.
    ...simple("context-headline-hometown", 577, (c) => {
      const [v, home] = two(c);
      const a = attack(c, `the village of ${v.name}`);
      return { title: `${home.name} mourns its sons`, text: a.sentence, incidents: [at(v, a, a.killed)] };
    }),
    // Fled to X after the attack on Y.
    ...simple("context-fled-to", 578, (c) => {
      const [v, to] = two(c);
      const a = attack(c, `${v.name} in rural ${province(v)}`);
      return {
        text: `${a.sentence} Dozens of families fled to ${to.name} after the attack.`,
        incidents: [at(v, a, a.killed)],
      };
    }),
  ];
}

// ---------------------------------------------------------------------------------------------------
// Transliteration variants

function transliterations(): ConstructionCase[] {
  return Object.keys(RESPELL)
    .map((rule, k) =>
      simple(`respell-${rule}`, 581 + k, (c) => {
        const { entry, spelling } = c.pick(respelled(rule));
        const a = attack(
          c,
          c.pick([
            `the village of ${spelling}`,
            `${spelling} village`,
            `${spelling} in rural ${province(entry)}`,
            `the town of ${spelling}`,
          ]),
        );
        return { text: a.sentence, incidents: [at(entry, a, a.killed, spelling)] };
      }),
    )
    .flat();
}

export const placesArea: ConstructionArea = {
  area: "places",
  cases: () => [
    ...names(),
    ...compounds(),
    ...regions(),
    ...frames(),
    ...lists(),
    ...context(),
    ...transliterations(),
  ],
};
