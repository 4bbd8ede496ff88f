/**
 * Construction suite for perpetrators (see types.ts): who attacked, written from DOMAIN.md §5's actor
 * dictionary (each actor in its usual written forms) and from English grammar (subject, "by X" agent,
 * adjective on a weapon, possessive, nominal attack, hedges, reported speech, actors as targets, unknown
 * attackers, accusations and denials, alternatives). Gold follows eval/README.md: the perpetrator regex
 * is over our actor ids; null when the text names nobody; a hedged or accused attacker is still the
 * attacker the text names (its modality is "alleged", which the score does not read).
 */
import {
  type Built,
  cap,
  type Coarse,
  count,
  type Ctx,
  family,
  PERP,
  province,
  words,
} from "./perpetrators-build.js";
import type { ConstructionArea, ConstructionCase } from "./types.js";

const VICTIMS = ["civilians", "people", "children", "women", "civilians"];

/** "killing 4 civilians" with its toll. */
function killing(c: Ctx, min = 2, max = 12): { phrase: string; killed: number } {
  const killed = c.n(min, max);
  return { phrase: `killing ${count(c.random, killed)} ${c.pick(VICTIMS)}`, killed };
}

/** One incident at village 0. */
function one(
  c: Ctx,
  text: string,
  eventType: Coarse,
  perpetrator: string | null,
  killed: number | null,
): Built {
  return { text, incidents: [{ village: c.v[0]!, eventType, perpetrator, killed }] };
}

/** Actor as subject of an active attack verb, one family per actor and its wordings. */
function subjectFamily(
  name: string,
  seed: number,
  subjects: readonly string[],
  verbs: readonly { verb: string; type: Coarse }[],
  perpetrator: string,
): ConstructionCase[] {
  return family(name, seed, 6, (c) => {
    const { verb, type } = c.pick(verbs);
    const k = killing(c);
    const subject = cap(c.pick(subjects));
    return one(c, `${words(subject, verb, c.at(0), c.day())}, ${k.phrase}.`, type, perpetrator, k.killed);
  });
}

const SHELLED = [
  { verb: "shelled", type: "shelling" },
  { verb: "fired artillery shells at", type: "shelling" },
  { verb: "fired mortar shells at", type: "shelling" },
  { verb: "launched rockets at", type: "shelling" },
] as const;
const BOMBED_FROM_AIR = [
  { verb: "carried out airstrikes on", type: "air_strike" },
  { verb: "carried out an air strike on", type: "air_strike" },
  { verb: "launched air raids on", type: "air_strike" },
] as const;

function nounSubjects(): ConstructionCase[] {
  return [
    ...subjectFamily(
      "noun-regime",
      201,
      ["regime forces", "the regime", "Syrian government forces", "government troops", "the Syrian regime"],
      SHELLED,
      PERP.regime,
    ),
    ...subjectFamily(
      "noun-assad-regime",
      202,
      ["the Assad regime", "Assad forces", "the Syrian Arab Army", "forces of the Assad regime"],
      [...SHELLED, ...BOMBED_FROM_AIR],
      PERP.regime,
    ),
    ...subjectFamily(
      "noun-pro-government-militias",
      203,
      ["pro-government militias", "the National Defence Forces", "pro-regime militias"],
      SHELLED,
      PERP.militia,
    ),
    ...subjectFamily(
      "noun-iranian-backed",
      204,
      ["Iranian-backed militias", "Iran-backed militias", "pro-Iranian militias"],
      SHELLED,
      PERP.iranProxy,
    ),
    ...subjectFamily(
      "noun-hezbollah",
      205,
      ["Hezbollah", "Lebanese Hezbollah", "Hezbollah fighters"],
      SHELLED,
      PERP.iranProxy,
    ),
    ...subjectFamily(
      "noun-russian-forces",
      206,
      ["Russian forces", "the Russian air force", "the Russian military"],
      BOMBED_FROM_AIR,
      PERP.russia,
    ),
    ...subjectFamily(
      "noun-turkish-army",
      207,
      ["the Turkish army", "Turkish forces", "Turkish troops", "the Turkish military"],
      SHELLED,
      PERP.turkey,
    ),
    ...subjectFamily(
      "noun-turkish-backed-factions",
      208,
      ["Turkish-backed factions", "Turkey-backed factions", "Turkish-backed rebels"],
      SHELLED,
      PERP.sna,
    ),
    ...subjectFamily(
      "noun-syrian-national-army",
      209,
      ["the Syrian National Army", "the SNA", "the Turkish-backed Syrian National Army"],
      SHELLED,
      PERP.sna,
    ),
    ...subjectFamily(
      "noun-sdf",
      210,
      ["the SDF", "the Syrian Democratic Forces", "SDF fighters", "the Kurdish-led SDF"],
      SHELLED,
      PERP.sdf,
    ),
    ...subjectFamily("noun-kurdish-led", 211, ["Kurdish-led forces", "the YPG"], SHELLED, PERP.sdf),
    ...subjectFamily(
      "noun-hts",
      212,
      ["HTS", "Hayat Tahrir al-Sham", "HTS fighters", "Hay'at Tahrir al-Sham"],
      SHELLED,
      PERP.hts,
    ),
    ...subjectFamily(
      "noun-coalition",
      213,
      ["the US-led coalition", "the international coalition", "coalition warplanes"],
      BOMBED_FROM_AIR,
      PERP.coalition,
    ),
  ];
}

/** "ISIS cells attacked A, killing 5 shepherds": a ground attack on civilians by ISIS. */
function isisCells(): ConstructionCase[] {
  return family("noun-isis-cells", 214, 6, (c) => {
    const who = cap(
      c.pick(["ISIS cells", "an ISIS cell", "Islamic State militants", "IS fighters", "Daesh"]),
    );
    const victims = c.pick(["shepherds", "truffle hunters", "farmers", "civilians"]);
    const killed = c.n(2, 9);
    const verb = c.pick(["attacked", "raided", "stormed"]);
    return one(
      c,
      `${words(who, verb, c.at(0), c.day())}, killing ${count(c.random, killed)} ${victims}.`,
      "attack",
      PERP.isis,
      killed,
    );
  });
}

/** "Israeli jets struck A": an air strike by Israel, the attacker in a plural noun. */
function israeliJets(): ConstructionCase[] {
  return family("noun-israeli-jets", 215, 6, (c) => {
    const who = cap(
      c.pick(["Israeli jets", "Israeli warplanes", "the Israeli air force", "Israeli aircraft"]),
    );
    const verb = c.pick(["struck", "bombed", "hit", "targeted"]);
    const target = c.pick(["a weapons depot in", "a building in", "a military site near", ""]);
    const k = killing(c, 2, 8);
    return one(
      c,
      `${words(who, verb, target, c.at(0), c.day())}, ${k.phrase.replace(/\b(civilians|children|women)\b/, "people")}.`,
      "air_strike",
      PERP.israel,
      k.killed,
    );
  });
}

const AIR_PLATFORMS = [
  { actor: "Russian", perp: PERP.russia },
  { actor: "regime", perp: PERP.regime },
  { actor: "Turkish", perp: PERP.turkey },
  { actor: "Israeli", perp: PERP.israel },
] as const;

/** "Russian warplanes bombed A", "regime helicopters dropped barrel bombs on A", "Turkish drones hit A". */
function platformAir(): ConstructionCase[] {
  return family("adjective-air-platform", 216, 8, (c) => {
    const { actor, perp } = AIR_PLATFORMS[c.i % AIR_PLATFORMS.length]!;
    const platform = c.pick(["warplanes", "helicopters", "drones", "jets"]);
    const verb =
      platform === "helicopters"
        ? "dropped barrel bombs on"
        : c.pick(["bombed", "struck", "hit", "targeted"]);
    const k = killing(c);
    return one(
      c,
      `${words(cap(actor), platform, verb, c.at(0), c.day())}, ${k.phrase}.`,
      "air_strike",
      perp,
      k.killed,
    );
  });
}

/** "Turkish artillery pounded A", "regime rockets hit A", "Israeli missiles struck A" (→ shelling). */
function platformGround(): ConstructionCase[] {
  const platforms = [
    { actor: "Turkish", perp: PERP.turkey, weapon: "artillery" },
    { actor: "regime", perp: PERP.regime, weapon: "rockets" },
    { actor: "Israeli", perp: PERP.israel, weapon: "missiles" },
    { actor: "regime", perp: PERP.regime, weapon: "artillery" },
    { actor: "Russian", perp: PERP.russia, weapon: "missiles" },
  ] as const;
  return family("adjective-ground-weapon", 217, 6, (c) => {
    const { actor, perp, weapon } = platforms[c.i % platforms.length]!;
    const verb = c.pick(["hit", "pounded", "struck", "slammed into"]);
    const k = killing(c);
    return one(
      c,
      `${words(cap(actor), weapon, verb, c.at(0), c.day())}, ${k.phrase}.`,
      "shelling",
      perp,
      k.killed,
    );
  });
}

/** "A Turkish drone struck a car near A": a singular platform with its adjective, after an article. */
function platformSingular(): ConstructionCase[] {
  const platforms = [
    { actor: "Turkish", perp: PERP.turkey },
    { actor: "Russian", perp: PERP.russia },
    { actor: "regime", perp: PERP.regime },
    { actor: "US", perp: PERP.coalition },
  ] as const;
  return family("adjective-singular-platform", 218, 6, (c) => {
    const { actor, perp } = platforms[c.i % platforms.length]!;
    const platform = c.pick(["drone", "warplane", "helicopter"]);
    const target = c.pick(["a car", "a motorcycle", "a house", "a market"]);
    const killed = c.n(2, 6);
    return one(
      c,
      `${words("A", actor, platform, "struck", target, "in", c.at(0), c.day())}, killing ${count(c.random, killed)} people.`,
      "air_strike",
      perp,
      killed,
    );
  });
}

/** "Warplanes believed to be Russian bombed A": a hedged nationality after the platform. */
function hedgedBelieved(): ConstructionCase[] {
  const nations = [
    { adj: "Russian", perp: PERP.russia },
    { adj: "Turkish", perp: PERP.turkey },
    { adj: "Israeli", perp: PERP.israel },
  ] as const;
  const hedges = [
    (p: string, a: string) => `${p} believed to be ${a}`,
    (p: string, a: string) => `${p} thought to be ${a}`,
    (p: string, a: string) => `${p}, likely ${a},`,
    (p: string, a: string) => `${p}, most probably ${a},`,
  ];
  return family("hedged-believed-to-be", 219, 6, (c) => {
    const { adj, perp } = nations[c.i % nations.length]!;
    const platform = c.pick(["Warplanes", "Jets", "Drones", "Aircraft"]);
    const k = killing(c);
    return one(
      c,
      `${words(c.pick(hedges)(platform, adj), "bombed", c.at(0), c.day())}, ${k.phrase}.`,
      "air_strike",
      perp,
      k.killed,
    );
  });
}

/** "Suspected Russian jets struck A": a hedge before the adjective. */
function hedgedSuspected(): ConstructionCase[] {
  const nations = [
    { adj: "Russian", perp: PERP.russia, platform: "jets" },
    { adj: "Turkish", perp: PERP.turkey, platform: "drones" },
    { adj: "Israeli", perp: PERP.israel, platform: "warplanes" },
    { adj: "Russian", perp: PERP.russia, platform: "warplanes" },
  ] as const;
  return family("hedged-suspected", 220, 6, (c) => {
    const { adj, perp, platform } = nations[c.i % nations.length]!;
    const hedge = c.pick(["Suspected", "What appeared to be", "What residents described as"]);
    const k = killing(c);
    return one(
      c,
      `${words(hedge, adj, platform, c.pick(["struck", "bombed", "hit"]), c.at(0), c.day())}, ${k.phrase}.`,
      "air_strike",
      perp,
      k.killed,
    );
  });
}

/** "The regime's artillery pounded A", "Turkey's drones hit A": the attacker as possessor of the weapon. */
function possessive(): ConstructionCase[] {
  const owners = [
    { owner: "the regime's", weapon: "artillery", type: "shelling", perp: PERP.regime },
    { owner: "Turkey's", weapon: "drones", type: "air_strike", perp: PERP.turkey },
    { owner: "Russia's", weapon: "warplanes", type: "air_strike", perp: PERP.russia },
    { owner: "the SDF's", weapon: "mortars", type: "shelling", perp: PERP.sdf },
    { owner: "Hezbollah's", weapon: "rockets", type: "shelling", perp: PERP.iranProxy },
    { owner: "the Syrian army's", weapon: "artillery", type: "shelling", perp: PERP.regime },
  ] as const;
  return family("possessive-weapon", 221, 6, (c) => {
    const { owner, weapon, type, perp } = owners[c.i % owners.length]!;
    const k = killing(c);
    return one(
      c,
      `${words(cap(owner), weapon, c.pick(["pounded", "hit", "struck"]), c.at(0), c.day())}, ${k.phrase}.`,
      type,
      perp,
      k.killed,
    );
  });
}

const AGENTS = [
  { agent: "Turkish forces", perp: PERP.turkey },
  { agent: "regime forces", perp: PERP.regime },
  { agent: "the SDF", perp: PERP.sdf },
  { agent: "Turkish-backed factions", perp: PERP.sna },
  { agent: "Hezbollah", perp: PERP.iranProxy },
  { agent: "HTS", perp: PERP.hts },
] as const;

/** "A was shelled by Turkish forces on Monday; four civilians were killed." */
function passiveByAgent(): ConstructionCase[] {
  return family("passive-by-agent", 222, 6, (c) => {
    const { agent, perp } = AGENTS[c.i % AGENTS.length]!;
    const killed = c.n(2, 9);
    const toll = `${cap(count(c.random, killed))} civilians were killed`;
    const text = c.pick([
      `${words(cap(c.at(0)), "was shelled by", agent, c.day())}. ${toll}.`,
      `${words(cap(c.at(0)), "came under shelling by", agent, c.day())}, and ${toll.toLowerCase()}.`,
    ]);
    return one(c, text, "shelling", perp, killed);
  });
}

/** "Five people were killed when A was bombed by regime helicopters". */
function passiveByPlatform(): ConstructionCase[] {
  const agents = [
    { agent: "regime helicopters", perp: PERP.regime },
    { agent: "Russian warplanes", perp: PERP.russia },
    { agent: "Turkish drones", perp: PERP.turkey },
    { agent: "coalition aircraft", perp: PERP.coalition },
    { agent: "Israeli jets", perp: PERP.israel },
  ] as const;
  return family("passive-by-platform", 223, 6, (c) => {
    const { agent, perp } = agents[c.i % agents.length]!;
    const killed = c.n(2, 11);
    return one(
      c,
      `${words(cap(count(c.random, killed)), c.pick(VICTIMS), "were killed when", c.at(0), "was bombed by", agent, c.day())}.`,
      "air_strike",
      perp,
      killed,
    );
  });
}

/** "Russian airstrikes on A killed six civilians": the attacker's adjective on the attack noun, as subject. */
function nominalSubject(): ConstructionCase[] {
  const attacks = [
    { attack: "Russian airstrikes on", type: "air_strike", perp: PERP.russia },
    { attack: "Turkish shelling of", type: "shelling", perp: PERP.turkey },
    { attack: "Regime shelling on", type: "shelling", perp: PERP.regime },
    { attack: "Israeli strikes on", type: "air_strike", perp: PERP.israel },
    { attack: "A Turkish drone strike on", type: "air_strike", perp: PERP.turkey },
    { attack: "Government bombardment of", type: "shelling", perp: PERP.regime },
  ] as const;
  return family("nominal-attack-subject", 224, 6, (c) => {
    const { attack, type, perp } = attacks[c.i % attacks.length]!;
    const killed = c.n(2, 12);
    return one(
      c,
      `${words(attack, c.at(0), c.day(), "killed", count(c.random, killed), c.pick(VICTIMS))}.`,
      type,
      perp,
      killed,
    );
  });
}

/** "Seven civilians were killed in Russian airstrikes on A": the nominal attack in a prepositional phrase. */
function nominalInPhrase(): ConstructionCase[] {
  const attacks = [
    { attack: "Russian airstrikes on", type: "air_strike", perp: PERP.russia },
    { attack: "regime shelling on", type: "shelling", perp: PERP.regime },
    { attack: "a Turkish drone strike on", type: "air_strike", perp: PERP.turkey },
    { attack: "SDF shelling of", type: "shelling", perp: PERP.sdf },
    { attack: "a coalition airstrike on", type: "air_strike", perp: PERP.coalition },
  ] as const;
  return family("nominal-attack-in-phrase", 225, 6, (c) => {
    const { attack, type, perp } = attacks[c.i % attacks.length]!;
    const killed = c.n(2, 12);
    return one(
      c,
      `${words(cap(count(c.random, killed)), c.pick(VICTIMS), "were killed in", attack, c.at(0), c.day())}.`,
      type,
      perp,
      killed,
    );
  });
}

/** The attacker named in the sentence before the one with the place ("Their artillery hit A"). */
function agentBefore(): ConstructionCase[] {
  const leads = [
    {
      lead: (p: string) => `Regime forces stepped up their bombardment of the ${p} countryside.`,
      follow: "Their artillery hit",
      type: "shelling",
      perp: PERP.regime,
    },
    {
      lead: (p: string) => `Turkish forces escalated attacks in rural ${p}.`,
      follow: "Their shells struck",
      type: "shelling",
      perp: PERP.turkey,
    },
    {
      lead: (p: string) => `Russian warplanes flew over the ${p} countryside all morning.`,
      follow: "They bombed",
      type: "air_strike",
      perp: PERP.russia,
    },
    {
      lead: (p: string) => `The SDF targeted areas north of ${p} city with mortars.`,
      follow: "The shells hit",
      type: "shelling",
      perp: PERP.sdf,
    },
  ] as const;
  return family("agent-in-previous-sentence", 226, 6, (c) => {
    const { lead, follow, type, perp } = leads[c.i % leads.length]!;
    const k = killing(c);
    return one(
      c,
      `${lead(province(c.v[0]!))} ${words(follow, c.at(0), c.day())}, ${k.phrase}.`,
      type,
      perp,
      k.killed,
    );
  });
}

/** "SOHR said regime forces shelled A": the monitor reports, the attacker is in the reported clause. */
function monitorSpeaker(): ConstructionCase[] {
  const frames = [
    (s: string) => `SOHR said ${s}`,
    (s: string) => `The Syrian Observatory for Human Rights reported that ${s}`,
    (s: string) => `According to the Syrian Network for Human Rights, ${s}`,
    (s: string) => `The White Helmets said ${s}`,
  ];
  const clauses = [
    { clause: "regime forces shelled", type: "shelling", perp: PERP.regime },
    { clause: "Russian warplanes struck", type: "air_strike", perp: PERP.russia },
    { clause: "Turkish forces shelled", type: "shelling", perp: PERP.turkey },
    { clause: "government helicopters bombed", type: "air_strike", perp: PERP.regime },
  ] as const;
  return family("speaker-monitor", 227, 6, (c) => {
    const { clause, type, perp } = clauses[c.i % clauses.length]!;
    const k = killing(c);
    const frame = frames[(c.i + 1) % frames.length]!;
    return one(c, `${frame(words(clause, c.at(0), c.day()))}, ${k.phrase}.`, type, perp, k.killed);
  });
}

/** "The SDF said Turkish drones struck A": a party speaks of its adversary's attack. */
function partySpeaker(): ConstructionCase[] {
  const pairs = [
    { speaker: "The SDF said", clause: "Turkish drones struck", type: "air_strike", perp: PERP.turkey },
    {
      speaker: "Syrian state media said",
      clause: "Israeli warplanes bombed",
      type: "air_strike",
      perp: PERP.israel,
    },
    {
      speaker: "Turkey's defence ministry said",
      clause: "the YPG shelled",
      type: "shelling",
      perp: PERP.sdf,
    },
    { speaker: "HTS said", clause: "Russian jets struck", type: "air_strike", perp: PERP.russia },
    { speaker: "The Syrian army said", clause: "HTS fighters shelled", type: "shelling", perp: PERP.hts },
  ] as const;
  return family("speaker-party", 228, 6, (c) => {
    const { speaker, clause, type, perp } = pairs[c.i % pairs.length]!;
    const k = killing(c);
    return one(c, `${words(speaker, clause, c.at(0), c.day())}, ${k.phrase}.`, type, perp, k.killed);
  });
}

/** "Turkish drones struck A on Monday, killing four civilians, the SDF said.": the speaker after. */
function partySpeakerAfter(): ConstructionCase[] {
  const pairs = [
    { clause: "Turkish drones struck", speaker: "the SDF said", type: "air_strike", perp: PERP.turkey },
    {
      clause: "Regime artillery shelled",
      speaker: "HTS-affiliated media reported",
      type: "shelling",
      perp: PERP.regime,
    },
    {
      clause: "Kurdish-led forces shelled",
      speaker: "the Turkish defence ministry said",
      type: "shelling",
      perp: PERP.sdf,
    },
    {
      clause: "Russian warplanes bombed",
      speaker: "opposition activists said",
      type: "air_strike",
      perp: PERP.russia,
    },
  ] as const;
  return family("speaker-party-after", 229, 6, (c) => {
    const { clause, speaker, type, perp } = pairs[c.i % pairs.length]!;
    const k = killing(c);
    return one(c, `${words(clause, c.at(0), c.day())}, ${k.phrase}, ${speaker}.`, type, perp, k.killed);
  });
}

/** "An explosive device destroyed a regime tank near A": the actor is the target, the attacker unnamed. */
function targetVehicle(): ConstructionCase[] {
  const targets = [
    "a regime tank",
    "a Russian patrol",
    "an SDF vehicle",
    "a Turkish military vehicle",
    "a vehicle carrying Syrian army soldiers",
  ];
  return family("target-vehicle-unnamed-attacker", 230, 6, (c) => {
    const target = targets[c.i % targets.length]!;
    const killed = c.n(2, 5);
    const device = c.pick(["An explosive device", "A roadside bomb", "A landmine"]);
    return one(
      c,
      `${words(device, c.pick(["destroyed", "hit", "targeted"]), target, "near", c.at(0), c.day())}, killing ${count(c.random, killed)} soldiers.`,
      "explosion",
      null,
      killed,
    );
  });
}

/** "A drone targeted SDF positions in A": the actor's positions are the object, the drone unattributed. */
function targetPositions(): ConstructionCase[] {
  const targets = [
    "SDF positions",
    "regime positions",
    "a Hezbollah headquarters",
    "an HTS checkpoint",
    "Turkish-backed factions' positions",
  ];
  return family("target-positions-unnamed-attacker", 231, 6, (c) => {
    const target = targets[c.i % targets.length]!;
    const killed = c.n(2, 7);
    return one(
      c,
      `${words("A drone", c.pick(["targeted", "struck", "hit"]), target, "in", c.at(0), c.day())}, killing ${count(c.random, killed)} fighters.`,
      "air_strike",
      null,
      killed,
    );
  });
}

/** "A Turkish soldier was killed when a landmine exploded near A": the actor as the victim of a passive. */
function targetVictimPassive(): ConstructionCase[] {
  const victims = [
    "A Turkish soldier was",
    "Two Russian soldiers were",
    "Three regime soldiers were",
    "An SDF fighter was",
    "Two Hezbollah members were",
  ];
  const tolls = [1, 2, 3, 1, 2];
  return family("target-victim-passive", 232, 5, (c) => {
    const victim = victims[c.i % victims.length]!;
    const killed = tolls[c.i % tolls.length]!;
    const cause = c.pick(["a landmine exploded", "an explosive device went off", "a car bomb blew up"]);
    return one(
      c,
      `${words(victim, "killed when", cause, "in", c.at(0), c.day())}.`,
      "explosion",
      null,
      killed,
    );
  });
}

/** "Turkish drones struck an SDF vehicle near A": the named attacker and the actor it hit. */
function attackerAndTarget(): ConstructionCase[] {
  const pairs = [
    {
      lead: "ISIS cells detonated an explosive device against a regime convoy",
      type: "explosion",
      perp: PERP.isis,
    },
    { lead: "Turkish drones struck an SDF vehicle", type: "air_strike", perp: PERP.turkey },
    { lead: "Russian warplanes bombed HTS positions", type: "air_strike", perp: PERP.russia },
    {
      lead: "Regime artillery shelled positions of Turkish-backed factions",
      type: "shelling",
      perp: PERP.regime,
    },
    {
      lead: "Israeli warplanes struck a depot of Iranian-backed militias",
      type: "air_strike",
      perp: PERP.israel,
    },
  ] as const;
  return family("attacker-hits-actor-target", 233, 5, (c) => {
    const { lead, type, perp } = pairs[c.i % pairs.length]!;
    const killed = c.n(2, 6);
    return one(
      c,
      `${words(lead, "near", c.at(0), c.day())}, killing ${count(c.random, killed)} ${c.pick(["fighters", "members"])}.`,
      type,
      perp,
      killed,
    );
  });
}

/** "Unidentified gunmen shot dead two men in A": the attacker is unknown. */
function unknownGunmen(): ConstructionCase[] {
  return family("unknown-attackers", 234, 6, (c) => {
    const who = c.pick([
      "Unidentified gunmen",
      "Unknown gunmen",
      "Unknown assailants",
      "Unidentified attackers",
    ]);
    const killed = c.n(1, 4);
    const victims = killed === 1 ? "a man" : `${count(c.random, killed)} men`;
    return one(c, `${words(who, "shot dead", victims, "in", c.at(0), c.day())}.`, "attack", null, killed);
  });
}

/** "Unknown gunmen killed … in A, an area controlled by the SDF": the controller is not the attacker. */
function unknownInControlledArea(): ConstructionCase[] {
  const controllers = [
    "an area controlled by the SDF",
    "a town held by Turkish-backed factions",
    "an area under the control of regime forces",
    "a village controlled by HTS",
  ];
  return family("unknown-attackers-controlled-area", 235, 5, (c) => {
    const controller = controllers[c.i % controllers.length]!;
    const killed = c.n(2, 5);
    return one(
      c,
      `${words("Unidentified gunmen opened fire on a car in", c.at(0), c.day())}, killing ${count(c.random, killed)} people, in ${controller}.`,
      "attack",
      null,
      killed,
    );
  });
}

/** "Russia denied that its jets struck A": the denied attacker is still the one the text names. */
function denial(): ConstructionCase[] {
  const denials = [
    {
      text: (a: string, k: string) =>
        `Activists said Russian warplanes bombed ${a}, ${k}. Moscow denied the report.`,
      type: "air_strike",
      perp: PERP.russia,
    },
    {
      text: (a: string, k: string) =>
        `Turkish drones struck ${a}, ${k}, according to local sources. Ankara denied any involvement.`,
      type: "air_strike",
      perp: PERP.turkey,
    },
    {
      text: (a: string, k: string) =>
        `Opposition media said regime forces shelled ${a}, ${k}. The Syrian army denied targeting civilians.`,
      type: "shelling",
      perp: PERP.regime,
    },
    {
      text: (a: string, k: string) =>
        `Residents said SDF fighters shelled ${a}, ${k}. The SDF denied the accusation.`,
      type: "shelling",
      perp: PERP.sdf,
    },
  ] as const;
  return family("denial-after-claim", 236, 6, (c) => {
    const { text, type, perp } = denials[c.i % denials.length]!;
    const k = killing(c);
    return one(c, text(words(c.at(0), c.day()), k.phrase), type, perp, k.killed);
  });
}

/** "The Syrian government accused Israel of striking A": the accused is the (alleged) attacker. */
function accusation(): ConstructionCase[] {
  const accusations = [
    { lead: "The Syrian government accused Israel of striking", type: "air_strike", perp: PERP.israel },
    { lead: "The SDF accused Turkish-backed factions of shelling", type: "shelling", perp: PERP.sna },
    { lead: "Local sources blamed regime forces for the shelling of", type: "shelling", perp: PERP.regime },
    { lead: "The opposition accused Russian warplanes of bombing", type: "air_strike", perp: PERP.russia },
    { lead: "Damascus accused the US-led coalition of bombing", type: "air_strike", perp: PERP.coalition },
  ] as const;
  return family("accusation", 237, 5, (c) => {
    const { lead, type, perp } = accusations[c.i % accusations.length]!;
    const killed = c.n(2, 9);
    return one(
      c,
      `${words(lead, c.at(0), c.day())}. ${cap(count(c.random, killed))} civilians were killed there.`,
      type,
      perp,
      killed,
    );
  });
}

/** "Russian or Syrian warplanes struck A": the source does not know which; either matches. */
function alternatives(): ConstructionCase[] {
  const pairs = [
    "Russian or Syrian warplanes",
    "Syrian or Russian jets",
    "regime or Russian aircraft",
    "Russian or regime helicopters",
  ];
  return family("alternative-attackers", 238, 5, (c) => {
    const pair = pairs[c.i % pairs.length]!;
    const k = killing(c);
    return one(
      c,
      `${words(cap(pair), c.pick(["struck", "bombed", "carried out raids on"]), c.at(0), c.day())}, ${k.phrase}.`,
      "air_strike",
      `${PERP.russia}|${PERP.regime}`,
      k.killed,
    );
  });
}

/** "Regime and Russian warplanes bombed A": both attackers, either matches. */
function coordinatedAnd(): ConstructionCase[] {
  const pairs = ["Regime and Russian warplanes", "Russian and Syrian jets", "Syrian and Russian aircraft"];
  return family("coordinated-attackers", 239, 5, (c) => {
    const pair = pairs[c.i % pairs.length]!;
    const k = killing(c);
    return one(
      c,
      `${words(pair, c.pick(["struck", "bombed", "pounded"]), c.at(0), c.day())}, ${k.phrase}.`,
      "air_strike",
      `${PERP.russia}|${PERP.regime}`,
      k.killed,
    );
  });
}

/** "The Assad regime and its Russian allies bombed A": the primary attacker and allies named alongside. */
function allies(): ConstructionCase[] {
  const subjects = [
    "The Assad regime and its Russian allies",
    "Regime forces, backed by Iranian militias,",
    "Government troops supported by Russian aircraft",
    "The Syrian army and its allied militias",
  ];
  return family("attacker-with-allies", 240, 5, (c) => {
    const subject = subjects[c.i % subjects.length]!;
    const k = killing(c);
    return one(
      c,
      `${words(subject, c.pick(["shelled", "fired rockets at"]), c.at(0), c.day())}, ${k.phrase}.`,
      "shelling",
      PERP.regime,
      k.killed,
    );
  });
}

/** A headline names the attacker; the body tells the strike without naming it. */
function headlineAgent(): ConstructionCase[] {
  const titles = [
    {
      title: (n: string, v: string) => `Turkish drone strike kills ${n} in ${v}`,
      type: "air_strike",
      perp: PERP.turkey,
    },
    {
      title: (n: string, v: string) => `Regime shelling kills ${n} civilians in ${v}`,
      type: "shelling",
      perp: PERP.regime,
    },
    {
      title: (n: string, v: string) => `Russian airstrikes kill ${n} in ${v}`,
      type: "air_strike",
      perp: PERP.russia,
    },
    {
      title: (n: string, v: string) => `${n} killed as Israeli jets hit ${v}`,
      type: "air_strike",
      perp: PERP.israel,
    },
  ] as const;
  return family("headline-agent", 241, 6, (c) => {
    const { title, type, perp } = titles[c.i % titles.length]!;
    const killed = c.n(2, 9);
    const v = c.v[0]!;
    const body = type === "shelling" ? "Shells hit" : "The strike hit";
    return {
      title: cap(title(String(killed), v.name)),
      text: `${words(body, "a residential area of", c.at(0), c.day())}, killing ${count(c.random, killed)} people and wounding several others, local sources said.`,
      incidents: [{ village: v, eventType: type, perpetrator: perp, killed }],
    };
  });
}

/** "ISIS claimed responsibility": a car bomb told first, its claimant in the next sentence. */
function claimOfResponsibility(): ConstructionCase[] {
  const claimants = [
    { who: "ISIS", perp: PERP.isis },
    { who: "The Islamic State group", perp: PERP.isis },
    { who: "Hayat Tahrir al-Sham", perp: PERP.hts },
  ] as const;
  return family("claimed-responsibility", 242, 5, (c) => {
    const { who, perp } = claimants[c.i % claimants.length]!;
    const killed = c.n(2, 12);
    const bomb = c.pick(["A car bomb", "A motorcycle bomb", "An explosive device"]);
    return one(
      c,
      `${words(bomb, "exploded in", c.at(0), c.day())}, killing ${count(c.random, killed)} people. ${who} claimed responsibility for the attack.`,
      "explosion",
      perp,
      killed,
    );
  });
}

/** "Rebels shelled the government-held town of A": the adjective names who holds the place, not who fired. */
function heldDescriptor(): ConstructionCase[] {
  const pairs = [
    { attacker: "HTS", held: "the government-held", perp: PERP.hts },
    { attacker: "Regime forces", held: "the opposition-held", perp: PERP.regime },
    { attacker: "Turkish forces", held: "the SDF-held", perp: PERP.turkey },
    { attacker: "The SDF", held: "the Turkish-controlled", perp: PERP.sdf },
  ] as const;
  return family("attacker-and-held-descriptor", 243, 5, (c) => {
    const { attacker, held, perp } = pairs[c.i % pairs.length]!;
    const v = c.v[0]!;
    const k = killing(c);
    const noun = c.pick(["town", "village"]);
    return one(
      c,
      `${words(attacker, "shelled", held, noun, "of", v.name, c.day())}, ${k.phrase}.`,
      "shelling",
      perp,
      k.killed,
    );
  });
}

/** "Nine civilians were killed at the hands of regime forces in A": the agent after "at the hands of". */
function atTheHandsOf(): ConstructionCase[] {
  const agents = [
    { agent: "regime forces", perp: PERP.regime },
    { agent: "ISIS", perp: PERP.isis },
    { agent: "Turkish-backed factions", perp: PERP.sna },
    { agent: "pro-government militias", perp: PERP.militia },
  ] as const;
  return family("killed-at-the-hands-of", 244, 5, (c) => {
    const { agent, perp } = agents[c.i % agents.length]!;
    const killed = c.n(2, 9);
    return one(
      c,
      `${words(cap(count(c.random, killed)), "civilians were shot dead at the hands of", agent, "in", c.at(0), c.day())}.`,
      "attack",
      perp,
      killed,
    );
  });
}

/** Two places, two attackers in one text: each place keeps its own attacker. */
function twoAttackers(): ConstructionCase[] {
  const pairs = [
    {
      a: "Russian warplanes bombed",
      ta: "air_strike",
      pa: PERP.russia,
      b: "regime artillery shelled",
      tb: "shelling",
      pb: PERP.regime,
    },
    {
      a: "Turkish drones struck",
      ta: "air_strike",
      pa: PERP.turkey,
      b: "SDF mortars hit",
      tb: "shelling",
      pb: PERP.sdf,
    },
    {
      a: "Regime forces shelled",
      ta: "shelling",
      pa: PERP.regime,
      b: "HTS fighters shelled",
      tb: "shelling",
      pb: PERP.hts,
    },
  ] as const;
  return family("two-places-two-attackers", 245, 5, (c) => {
    const p = pairs[c.i % pairs.length]!;
    const ka = c.n(2, 8);
    const kb = c.n(2, 8);
    const day = c.day();
    return {
      text: `${words(p.a, c.at(0), day)}, killing ${count(c.random, ka)} civilians. Meanwhile, ${words(p.b, c.at(1))}, killing ${count(c.random, kb)} people.`,
      incidents: [
        { village: c.v[0]!, eventType: p.ta, perpetrator: p.pa, killed: ka },
        { village: c.v[1]!, eventType: p.tb, perpetrator: p.pb, killed: kb },
      ],
    };
  });
}

/** An actor in a non-attack statement: no incident. */
function noAttack(): ConstructionCase[] {
  const statements = [
    (a: string) => `Regime forces sent reinforcements to ${a}.`,
    (a: string) => `Turkish-backed factions withdrew from positions around ${a}.`,
    (a: string) => `Russian military police set up a new checkpoint at the entrance of ${a}.`,
    (a: string) => `The SDF opened a crossing near ${a} for returning families.`,
    (a: string) => `HTS fighters held a military parade in ${a}.`,
  ];
  return family("actor-without-attack", 246, 5, (c) => {
    const statement = statements[c.i % statements.length]!;
    return {
      text: statement(words(c.at(0), c.day())),
      incidents: [{ village: null, eventType: null, perpetrator: null, killed: null }],
    };
  });
}

/** "Warplanes bombed A": a platform with no actor named. */
function bareplatform(): ConstructionCase[] {
  return family("platform-without-actor", 247, 6, (c) => {
    const platform = c.pick([
      "Warplanes",
      "Helicopters",
      "A drone",
      "Military aircraft",
      "Unidentified warplanes",
    ]);
    const k = killing(c);
    return one(
      c,
      `${words(platform, c.pick(["bombed", "struck", "hit"]), c.at(0), c.day())}, ${k.phrase}.`,
      "air_strike",
      null,
      k.killed,
    );
  });
}

/** "Shells fired from areas held by the SDF hit A": the territory the fire came from names the attacker. */
function fireOrigin(): ConstructionCase[] {
  const origins = [
    { origin: "areas held by the SDF", perp: PERP.sdf },
    { origin: "positions of regime forces", perp: PERP.regime },
    { origin: "areas controlled by Turkish-backed factions", perp: PERP.sna },
    { origin: "Turkish bases", perp: PERP.turkey },
  ] as const;
  return family("fire-from-held-areas", 248, 5, (c) => {
    const { origin, perp } = origins[c.i % origins.length]!;
    const k = killing(c);
    return one(
      c,
      `${words("Shells fired from", origin, "hit", c.at(0), c.day())}, ${k.phrase}.`,
      "shelling",
      perp,
      k.killed,
    );
  });
}

/** "Russia denied that its jets struck A": the denial names the attacker the text reports as alleged. */
function denialThat(): ConstructionCase[] {
  const denials = [
    { lead: "Russia denied that its jets struck", type: "air_strike", perp: PERP.russia },
    { lead: "Turkey denied that its drones had hit", type: "air_strike", perp: PERP.turkey },
    { lead: "The Syrian army denied shelling", type: "shelling", perp: PERP.regime },
    { lead: "The SDF denied that its fighters shelled", type: "shelling", perp: PERP.sdf },
  ] as const;
  return family("denial-that-clause", 249, 5, (c) => {
    const { lead, type, perp } = denials[c.i % denials.length]!;
    const killed = c.n(2, 9);
    return one(
      c,
      `${words(lead, c.at(0), c.day())}, where ${count(c.random, killed)} civilians were killed.`,
      type,
      perp,
      killed,
    );
  });
}

/** "The shelling of A by Turkish forces killed five": the agent of an attack noun. */
function nominalByAgent(): ConstructionCase[] {
  const attacks = [
    { attack: "The shelling of", agent: "by Turkish forces", type: "shelling", perp: PERP.turkey },
    { attack: "An airstrike on", agent: "by the US-led coalition", type: "air_strike", perp: PERP.coalition },
    {
      attack: "A rocket attack on",
      agent: "by Iranian-backed militias",
      type: "shelling",
      perp: PERP.iranProxy,
    },
    { attack: "The bombardment of", agent: "by regime artillery", type: "shelling", perp: PERP.regime },
    { attack: "A drone strike on", agent: "by the Turkish army", type: "air_strike", perp: PERP.turkey },
  ] as const;
  return family("nominal-by-agent", 250, 5, (c) => {
    const { attack, agent, type, perp } = attacks[c.i % attacks.length]!;
    const killed = c.n(2, 10);
    return one(
      c,
      `${words(attack, c.at(0), agent, c.day(), "killed", count(c.random, killed), c.pick(VICTIMS))}.`,
      type,
      perp,
      killed,
    );
  });
}

/** "Three SDF fighters were killed by Turkish drone strikes on A": the actor is the victim, the agent attacked. */
function victimSubjectByAgent(): ConstructionCase[] {
  const pairs = [
    { victims: "SDF fighters", agent: "Turkish drone strikes on", type: "air_strike", perp: PERP.turkey },
    { victims: "regime soldiers", agent: "an ISIS attack on", type: "attack", perp: PERP.isis },
    { victims: "HTS members", agent: "Russian airstrikes on", type: "air_strike", perp: PERP.russia },
    { victims: "Hezbollah fighters", agent: "Israeli strikes on", type: "air_strike", perp: PERP.israel },
  ] as const;
  return family("victim-subject-by-agent", 251, 5, (c) => {
    const { victims, agent, type, perp } = pairs[c.i % pairs.length]!;
    const killed = c.n(2, 8);
    return one(
      c,
      `${words(cap(count(c.random, killed)), victims, "were killed in", agent, c.at(0), c.day())}.`,
      type,
      perp,
      killed,
    );
  });
}

/** "HTS said its fighters shelled regime positions in A": a party claims its own attack; it is the attacker. */
function selfClaim(): ConstructionCase[] {
  const claims = [
    {
      lead: "The Turkish defence ministry said its drones struck YPG targets in",
      type: "air_strike",
      perp: PERP.turkey,
      victims: "fighters",
    },
    {
      lead: "HTS said its fighters shelled regime positions in",
      type: "shelling",
      perp: PERP.hts,
      victims: "soldiers",
    },
    {
      lead: "The Israeli military said its jets struck a Hezbollah depot in",
      type: "air_strike",
      perp: PERP.israel,
      victims: "militants",
    },
    {
      lead: "The SDF said it had shelled positions of Turkish-backed factions in",
      type: "shelling",
      perp: PERP.sdf,
      victims: "fighters",
    },
    {
      lead: "The Russian defence ministry said its aircraft bombed militant positions in",
      type: "air_strike",
      perp: PERP.russia,
      victims: "militants",
    },
  ] as const;
  return family("speaker-claims-own-attack", 252, 5, (c) => {
    const { lead, type, perp, victims } = claims[c.i % claims.length]!;
    const killed = c.n(2, 15);
    return one(
      c,
      `${words(lead, c.at(0), c.day())}, killing ${count(c.random, killed)} ${victims}.`,
      type,
      perp,
      killed,
    );
  });
}

/** "Shells fired by regime forces hit A": the agent of a participle modifying the weapon. */
function participleByAgent(): ConstructionCase[] {
  const weapons = [
    { lead: "Shells fired by regime forces", type: "shelling", perp: PERP.regime },
    { lead: "Rockets launched by Hezbollah", type: "shelling", perp: PERP.iranProxy },
    { lead: "A drone operated by the Turkish army", type: "air_strike", perp: PERP.turkey },
    { lead: "Mortar rounds fired by SDF fighters", type: "shelling", perp: PERP.sdf },
    { lead: "Missiles fired by Israeli jets", type: "air_strike", perp: PERP.israel },
  ] as const;
  return family("participle-by-agent", 253, 5, (c) => {
    const { lead, type, perp } = weapons[c.i % weapons.length]!;
    const k = killing(c);
    return one(
      c,
      `${words(lead, c.pick(["hit", "struck", "landed on"]), c.at(0), c.day())}, ${k.phrase}.`,
      type,
      perp,
      k.killed,
    );
  });
}

/** An unattributed attack, then "Local sources blamed Turkish forces for the attack." */
function accusationNextSentence(): ConstructionCase[] {
  const blames = [
    { next: "Local sources blamed Turkish forces for the attack.", perp: PERP.turkey },
    { next: "Activists accused regime forces of carrying out the shelling.", perp: PERP.regime },
    { next: "The SDF held Turkey responsible.", perp: PERP.turkey },
    { next: "Residents blamed Hezbollah for the bombardment.", perp: PERP.iranProxy },
  ] as const;
  return family("accusation-next-sentence", 254, 5, (c) => {
    const { next, perp } = blames[c.i % blames.length]!;
    const killed = c.n(2, 9);
    return one(
      c,
      `${words(cap(c.at(0)), "was shelled", c.day())}, and ${count(c.random, killed)} civilians were killed. ${next}`,
      "shelling",
      perp,
      killed,
    );
  });
}

/** "A Russian-made warplane bombed A": where a weapon was made names no attacker. */
function madeIn(): ConstructionCase[] {
  const weapons = [
    { lead: "A Russian-made warplane bombed", type: "air_strike" },
    { lead: "An Iranian-made drone struck", type: "air_strike" },
    { lead: "A Turkish-made drone hit", type: "air_strike" },
    { lead: "US-made missiles struck", type: "shelling" },
    { lead: "Russian-made rockets hit", type: "shelling" },
  ] as const;
  return family("made-in-adjective", 255, 5, (c) => {
    const { lead, type } = weapons[c.i % weapons.length]!;
    const k = killing(c);
    return one(c, `${words(lead, c.at(0), c.day())}, ${k.phrase}.`, type, null, k.killed);
  });
}

/** "Five civilians were killed in A, which regime forces shelled on Monday": the attacker in a relative clause. */
function relativeClauseAgent(): ConstructionCase[] {
  const clauses = [
    { rel: "which regime forces shelled", type: "shelling", perp: PERP.regime },
    { rel: "where Turkish drones struck a car", type: "air_strike", perp: PERP.turkey },
    { rel: "which Russian warplanes bombed", type: "air_strike", perp: PERP.russia },
    { rel: "where SDF mortars landed", type: "shelling", perp: PERP.sdf },
  ] as const;
  return family("relative-clause-agent", 256, 5, (c) => {
    const { rel, type, perp } = clauses[c.i % clauses.length]!;
    const killed = c.n(2, 10);
    return one(
      c,
      `${words(cap(count(c.random, killed)), c.pick(VICTIMS), "were killed in", c.at(0))}, ${words(rel, c.day())}.`,
      type,
      perp,
      killed,
    );
  });
}

/** "SDF positions in A were shelled by Turkish forces": the actor as the passive subject, the agent after "by". */
function passiveTargetSubject(): ConstructionCase[] {
  const pairs = [
    {
      subject: "SDF positions in",
      agent: "were shelled by Turkish forces",
      type: "shelling",
      perp: PERP.turkey,
    },
    {
      subject: "A regime checkpoint in",
      agent: "was attacked by ISIS cells",
      type: "armed_clash",
      perp: `${PERP.isis}|${PERP.regime}`,
    },
    {
      subject: "HTS positions near",
      agent: "were bombed by Russian warplanes",
      type: "air_strike",
      perp: PERP.russia,
    },
    {
      subject: "A Hezbollah convoy near",
      agent: "was struck by Israeli jets",
      type: "air_strike",
      perp: PERP.israel,
    },
  ] as const;
  return family("passive-target-subject", 257, 5, (c) => {
    const { subject, agent, type, perp } = pairs[c.i % pairs.length]!;
    const killed = c.n(2, 8);
    return one(
      c,
      `${words(subject, c.at(0), agent, c.day())}, killing ${count(c.random, killed)} ${c.pick(["fighters", "members"])}.`,
      type,
      perp,
      killed,
    );
  });
}

/** A headline "N killed by regime shelling in A"; the body tells the attack without an attacker. */
function headlineBy(): ConstructionCase[] {
  const titles = [
    { by: "by regime shelling", type: "shelling", perp: PERP.regime },
    { by: "by Turkish drone strike", type: "air_strike", perp: PERP.turkey },
    { by: "by Russian air raids", type: "air_strike", perp: PERP.russia },
    { by: "by SDF shelling", type: "shelling", perp: PERP.sdf },
  ] as const;
  return family("headline-killed-by", 258, 5, (c) => {
    const { by, type, perp } = titles[c.i % titles.length]!;
    const killed = c.n(2, 9);
    const v = c.v[0]!;
    const body = type === "shelling" ? "Shells fell on" : "The raid targeted";
    return {
      title: `${killed} ${c.pick(["civilians", "people"])} killed ${by} in ${v.name}`,
      text: `${words(body, c.at(0), c.day())}, killing ${count(c.random, killed)} people, according to local sources.`,
      incidents: [{ village: v, eventType: type, perpetrator: perp, killed }],
    };
  });
}

/** "Regime forces massed troops on the frontline and then shelled A": the subject shared by two verbs. */
function sharedSubject(): ConstructionCase[] {
  const subjects = [
    { subject: "Regime forces massed troops on the frontline and then", perp: PERP.regime },
    { subject: "Turkish forces reinforced their bases overnight and", perp: PERP.turkey },
    { subject: "HTS fighters withdrew from their posts before they", perp: PERP.hts },
    { subject: "Iranian-backed militias moved heavy weapons to the area and", perp: PERP.iranProxy },
  ] as const;
  return family("subject-shared-by-two-verbs", 259, 5, (c) => {
    const { subject, perp } = subjects[c.i % subjects.length]!;
    const k = killing(c);
    return one(c, `${words(subject, "shelled", c.at(0), c.day())}, ${k.phrase}.`, "shelling", perp, k.killed);
  });
}

/** "Gunmen affiliated with the SNA shot dead two civilians in A": the group a generic attacker belongs to. */
function affiliatedAttacker(): ConstructionCase[] {
  const groups = [
    { who: "Gunmen affiliated with the Syrian National Army", perp: PERP.sna },
    { who: "Fighters belonging to the Hamza Division", perp: PERP.sna },
    { who: "Militants linked to ISIS", perp: PERP.isis },
    { who: "Gunmen affiliated with the SDF", perp: PERP.sdf },
    { who: "Members of the Sultan Murad Division", perp: PERP.sna },
  ] as const;
  return family("affiliated-attacker", 260, 5, (c) => {
    const { who, perp } = groups[c.i % groups.length]!;
    const killed = c.n(1, 4);
    const victims = killed === 1 ? "a civilian" : `${count(c.random, killed)} civilians`;
    return one(c, `${words(who, "shot dead", victims, "in", c.at(0), c.day())}.`, "attack", perp, killed);
  });
}

/** "Forces loyal to Bashar al-Assad shelled A": the attacker named through its patron. */
function loyalTo(): ConstructionCase[] {
  const subjects = [
    { who: "Forces loyal to Bashar al-Assad", perp: PERP.regime },
    { who: "Militias loyal to the Syrian regime", perp: `${PERP.regime}|${PERP.militia}` },
    { who: "Troops loyal to the Assad government", perp: PERP.regime },
    { who: "Fighters loyal to Iran", perp: PERP.iranProxy },
  ] as const;
  return family("loyal-to-patron", 261, 5, (c) => {
    const { who, perp } = subjects[c.i % subjects.length]!;
    const k = killing(c);
    return one(c, `${words(who, "shelled", c.at(0), c.day())}, ${k.phrase}.`, "shelling", perp, k.killed);
  });
}

/** "Turkey's drone strike on A killed three": the attacker as possessor of the attack noun. */
function possessiveAttack(): ConstructionCase[] {
  const attacks = [
    { lead: "Turkey's drone strike on", type: "air_strike", perp: PERP.turkey },
    { lead: "The regime's bombardment of", type: "shelling", perp: PERP.regime },
    { lead: "Russia's airstrikes on", type: "air_strike", perp: PERP.russia },
    { lead: "The SDF's shelling of", type: "shelling", perp: PERP.sdf },
    { lead: "Israel's strike on", type: "air_strike", perp: PERP.israel },
  ] as const;
  return family("possessive-attack-noun", 262, 5, (c) => {
    const { lead, type, perp } = attacks[c.i % attacks.length]!;
    const killed = c.n(2, 10);
    return one(
      c,
      `${words(lead, c.at(0), c.day(), "killed", count(c.random, killed), c.pick(VICTIMS))}.`,
      type,
      perp,
      killed,
    );
  });
}

/** "No group claimed responsibility for the bombing in A": the text says nobody is known. */
function unclaimed(): ConstructionCase[] {
  const leads = [
    (a: string, k: string) =>
      `A car bomb exploded in ${a}, ${k}. No group claimed responsibility for the attack.`,
    (a: string, k: string) =>
      `An explosive device went off in ${a}, ${k}. It was not clear who was behind the blast.`,
    (a: string, k: string) => `A motorcycle bomb exploded in ${a}, ${k}. The perpetrators remain unknown.`,
  ];
  return family("unclaimed-bombing", 263, 5, (c) => {
    const lead = leads[c.i % leads.length]!;
    const k = killing(c);
    return one(c, lead(words(c.at(0), c.day()), k.phrase), "explosion", null, k.killed);
  });
}

/** "After Russian jets struck A on Monday, killing four, residents fled": the attack in a subordinate clause. */
function subordinateClause(): ConstructionCase[] {
  const clauses = [
    { lead: "After Russian jets struck", type: "air_strike", perp: PERP.russia },
    { lead: "When Turkish artillery shelled", type: "shelling", perp: PERP.turkey },
    { lead: "Shortly after regime helicopters bombed", type: "air_strike", perp: PERP.regime },
    { lead: "As HTS fighters shelled", type: "shelling", perp: PERP.hts },
  ] as const;
  return family("subordinate-clause-attack", 264, 5, (c) => {
    const { lead, type, perp } = clauses[c.i % clauses.length]!;
    const k = killing(c);
    return one(
      c,
      `${words(lead, c.at(0), c.day())}, ${k.phrase}, ${c.pick(["dozens of families fled", "residents fled the area", "schools were closed"])}.`,
      type,
      perp,
      k.killed,
    );
  });
}

export const perpetratorsArea: ConstructionArea = {
  area: "perpetrators",
  cases: () => [
    ...nounSubjects(),
    ...isisCells(),
    ...israeliJets(),
    ...platformAir(),
    ...platformGround(),
    ...platformSingular(),
    ...hedgedBelieved(),
    ...hedgedSuspected(),
    ...possessive(),
    ...passiveByAgent(),
    ...passiveByPlatform(),
    ...nominalSubject(),
    ...nominalInPhrase(),
    ...agentBefore(),
    ...monitorSpeaker(),
    ...partySpeaker(),
    ...partySpeakerAfter(),
    ...targetVehicle(),
    ...targetPositions(),
    ...targetVictimPassive(),
    ...attackerAndTarget(),
    ...unknownGunmen(),
    ...unknownInControlledArea(),
    ...denial(),
    ...accusation(),
    ...alternatives(),
    ...coordinatedAnd(),
    ...allies(),
    ...headlineAgent(),
    ...claimOfResponsibility(),
    ...heldDescriptor(),
    ...atTheHandsOf(),
    ...twoAttackers(),
    ...noAttack(),
    ...bareplatform(),
    ...fireOrigin(),
    ...denialThat(),
    ...nominalByAgent(),
    ...victimSubjectByAgent(),
    ...selfClaim(),
    ...participleByAgent(),
    ...accusationNextSentence(),
    ...madeIn(),
    ...relativeClauseAgent(),
    ...passiveTargetSubject(),
    ...headlineBy(),
    ...sharedSubject(),
    ...affiliatedAttacker(),
    ...loyalTo(),
    ...possessiveAttack(),
    ...unclaimed(),
    ...subordinateClause(),
  ],
};
