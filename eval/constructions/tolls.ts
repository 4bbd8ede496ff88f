/**
 * Construction suite for tolls (see types.ts): how English states the number of people an attack
 * killed. Families are written from ordinary English and DOMAIN.md R6, never from eval texts.
 *
 * Gold follows eval/README.md (corpus-news conventions): `killed` counts all deaths at the place and
 * day (civilians and combatants alike), the latest figure when the text updates it, the lowest when
 * sources disagree; `null` for injuries only or one toll shared by several places; 0 where the text says
 * nobody was killed ("no casualties"), as fixture gold codes it.
 * "more than N" is N+1 (as syrian-archive-pages codes it); "at least N", "about N", "nearly N" are N.
 * Vague quantities take R6's ACLED point, which the scorer checks against the extracted range:
 * "several", "a number of", "a few", "a handful of" → 3; "dozens" → 12; "scores" → 40.
 */
import type { ConstructionArea, ConstructionCase } from "./types.js";
import {
  between,
  cap,
  family,
  frame,
  inner,
  inWords,
  regionName,
  someNumber,
  withCommas,
  type Attacker,
} from "./tolls-kit.js";
import { pick } from "./villages.js";

const verb = (random: () => number, a: Attacker) => pick(random, a.verbs);

/** Cardinals in words, 2–19: "killing thirteen civilians". */
const killingWords = () =>
  family("killing-words", 201, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 19);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing ${inWords(n)} civilians.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** Cardinals in digits: "killing 23 people, according to local sources". */
const killingDigits = () =>
  family("killing-digits", 202, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 10, 95);
    const tail = pick(random, [", according to local sources", ", a monitor said", "", ", medics said"]);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing ${n} people${tail}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** Hyphenated compounds opening the sentence: "Twenty-one people were killed … when …". */
const compoundOpening = () =>
  family("compound-opening", 203, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 9) * 10 + between(random, 1, 9);
    return {
      text: `${cap(inWords(n))} people were killed ${day} when ${inner(a.subject)} ${verb(random, a)} ${frame(random, v!)}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** "one hundred and twelve", as the object of "killed". */
const hundredAnd = () =>
  family("hundred-and", 204, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 101, 299);
    const tail = pick(random, [
      "most of them women and children",
      "among them many children",
      "the local council said",
    ]);
    return {
      text: `The ${a.means} on ${frame(random, v!)} ${day} killed ${inWords(n)} people, ${tail}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** Thousands with a separator: "1,200 people were killed". */
const thousandsDigits = () =>
  family("thousands-digits", 205, 4, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 1001, 1900);
    return {
      text: `Health officials said ${withCommas(n)} people were killed when ${inner(a.subject)} ${verb(random, a)} ${frame(random, v!)} ${day}, the deadliest attack of the war.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** "N people were killed and M others wounded when …". */
const passiveKilledWounded = () =>
  family("passive-killed-wounded", 206, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 30);
    const m = between(random, 3, 40);
    const noun = pick(random, ["people", "civilians", "residents"]);
    return {
      text: `${cap(someNumber(random, n))} ${noun} were killed and ${someNumber(random, m)} others ${pick(random, ["wounded", "injured"])} when ${inner(a.subject)} ${verb(random, a)} ${frame(random, v!)} ${day}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** Telegraphic: "Five killed, 12 wounded in regime shelling on X on Monday." */
const telegraphic = () =>
  family("telegraphic-killed-wounded", 207, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 25);
    const m = between(random, 2, 30);
    const join = pick(random, [", ", " and "]);
    return {
      text: `${cap(someNumber(random, n))} killed${join}${someNumber(random, m)} wounded in ${a.means} on ${frame(random, v!)} ${day}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** "…, killing N and injuring M others." */
const killingAndInjuring = () =>
  family("killing-and-injuring", 208, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 20);
    const m = between(random, 2, 35);
    const [k, i] = pick(random, [
      ["killing", "injuring"],
      ["killing", "wounding"],
      ["leaving", "wounding"],
    ] as const);
    const killedPart =
      k === "leaving" ? `leaving ${someNumber(random, n)} dead` : `killing ${someNumber(random, n)}`;
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, ${killedPart} and ${i} ${someNumber(random, m)} others.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** "The shelling of X left N people dead (and M injured)." */
const leftDead = () =>
  family("left-dead", 209, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 40);
    const noun = pick(random, ["people", "civilians", "villagers"]);
    const tail = random() < 0.5 ? ` and ${someNumber(random, between(random, 2, 20))} injured` : "";
    return {
      text: `${cap(a.means)} on ${frame(random, v!)} ${day} left ${someNumber(random, n)} ${noun} dead${tail}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** "… claimed the lives of N civilians". */
const claimedLives = () =>
  family("claimed-lives", 210, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 3, 30);
    return {
      text: `${cap(a.means)} on ${frame(random, v!)} ${day} claimed the lives of ${someNumber(random, n)} civilians, the Syrian Civil Defence said.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** "N civilians lost their lives when …". */
const lostLives = () =>
  family("lost-lives", 211, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 30);
    const noun = pick(random, ["civilians", "people", "residents"]);
    return {
      text: `${cap(someNumber(random, n))} ${noun} lost their lives ${day} when ${inner(a.subject)} ${verb(random, a)} ${frame(random, v!)}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** "Rescuers recovered the bodies of N people …" / "N bodies were pulled from the rubble …". */
const bodiesRecovered = () =>
  family("bodies-recovered", 212, 6, 1, ({ random, villages: [v], attacker: a, day, index }) => {
    const n = between(random, 2, 25);
    const f = frame(random, v!);
    const text =
      index % 2 === 0
        ? `${a.subject} ${verb(random, a)} ${f} ${day}. Civil Defence teams recovered the bodies of ${someNumber(random, n)} people from the rubble of the destroyed houses.`
        : `${a.subject} ${verb(random, a)} ${f} ${day}. ${cap(someNumber(random, n))} bodies were pulled from under the rubble by evening.`;
    return { text, incidents: [[v!, a.eventType, a.perp, n]] };
  });

/** A toll updated in the next sentence: "The death toll later rose to M." */
const tollRose = () =>
  family("toll-rose", 213, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 12);
    const m = n + between(random, 1, 8);
    const update = pick(random, [
      `The death toll later rose to ${someNumber(random, m)}.`,
      `The toll climbed to ${someNumber(random, m)} after several of the wounded died in hospital.`,
      `By the evening, the number of dead had risen to ${someNumber(random, m)}.`,
    ]);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing ${someNumber(random, n)} civilians. ${update}`,
      incidents: [[v!, a.eventType, a.perp, m]],
    };
  });

/** "at least N" → N. */
const atLeast = () =>
  family("at-least", 214, 6, 1, ({ random, villages: [v], attacker: a, day, index }) => {
    const n = between(random, 2, 60);
    const f = frame(random, v!);
    const text =
      index % 2 === 0
        ? `At least ${someNumber(random, n)} civilians were killed ${day} when ${inner(a.subject)} ${verb(random, a)} ${f}.`
        : `${a.subject} ${verb(random, a)} ${f} ${day}, killing at least ${someNumber(random, n)} people.`;
    return { text, incidents: [[v!, a.eventType, a.perp, n]] };
  });

/** "more than N", "over N" → N+1 (README). */
const moreThan = () =>
  family("more-than", 215, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 9) * 5;
    const q = pick(random, ["more than", "over"]);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing ${q} ${someNumber(random, n)} people.`,
      incidents: [[v!, a.eventType, a.perp, n + 1]],
    };
  });

/** "nearly N", "about N", "around N", "some N", "roughly N" → N. */
const approximately = () =>
  family("approximately", 216, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 8) * 10;
    const q = pick(random, ["nearly", "about", "around", "some", "roughly", "almost"]);
    return {
      text: `${cap(q)} ${someNumber(random, n)} people were killed in ${a.means} on ${frame(random, v!)} ${day}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** "dozens of civilians" → 12, "scores of people" → 40 (R6). */
const dozensScores = () =>
  family("dozens-scores", 217, 6, 1, ({ random, villages: [v], attacker: a, day, index }) => {
    const scores = index % 3 === 2;
    const q = scores ? "scores" : "dozens";
    const f = frame(random, v!);
    const text =
      index % 2 === 0
        ? `${a.subject} ${verb(random, a)} ${f} ${day}, killing ${q} of civilians.`
        : `${cap(q)} of people were killed ${day} when ${inner(a.subject)} ${verb(random, a)} ${f}.`;
    return { text, incidents: [[v!, a.eventType, a.perp, scores ? 40 : 12]] };
  });

/** "several", "a number of", "a few", "a handful of" → 3 (R6). */
const severalFew = () =>
  family("several-few", 218, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const q = pick(random, ["several", "a number of", "a handful of", "a few"]);
    const noun = pick(random, ["civilians", "people", "residents"]);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing ${q} ${noun}.`,
      incidents: [[v!, a.eventType, a.perp, 3]],
    };
  });

/** "a woman and her three children" → 4. */
const womanAndChildren = () =>
  family("woman-and-her-children", 219, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 6);
    const [one, her] = pick(random, [
      ["a woman", "her"],
      ["a man", "his"],
      ["a mother", "her"],
      ["a father", "his"],
    ] as const);
    return {
      text: `${a.subject} ${verb(random, a)} a house in ${frame(random, v!)} ${day}, killing ${one} and ${her} ${inWords(n)} children.`,
      incidents: [[v!, a.eventType, a.perp, n + 1]],
    };
  });

/** "a family of five" → 5. */
const familyOf = () =>
  family("family-of-n", 220, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 3, 9);
    const verbPhrase = pick(random, [
      "killing a family of",
      "wiping out a family of",
      "killing all members of a family of",
    ]);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, ${verbPhrase} ${inWords(n)}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** "two children and their mother were killed" → 3; "a man, his wife and their two children" → 4. */
const childrenAndMother = () =>
  family("children-and-parent", 221, 6, 1, ({ random, villages: [v], attacker: a, day, index }) => {
    const n = between(random, 2, 5);
    const f = frame(random, v!);
    if (index % 2 === 0)
      return {
        text: `${cap(inWords(n))} children and their ${pick(random, ["mother", "father", "grandmother"])} were killed ${day} when ${inner(a.subject)} ${verb(random, a)} their home in ${f}.`,
        incidents: [[v!, a.eventType, a.perp, n + 1]],
      };
    return {
      text: `A man, his wife and their ${inWords(n)} children were killed when ${inner(a.subject)} ${verb(random, a)} ${f} ${day}.`,
      incidents: [[v!, a.eventType, a.perp, n + 2]],
    };
  });

/** "N people, including M children" → N. */
const includingSubgroup = () =>
  family("including-subgroup", 222, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 5, 30);
    const m = between(random, 2, Math.min(n - 1, 9));
    const sub = pick(random, ["children", "women", "students"]);
    const intro = pick(random, ["including", "among them"]);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing ${someNumber(random, n)} people, ${intro} ${someNumber(random, m)} ${sub}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** Occupations and kinds of civilians: farmers, shepherds, workers, students, women, children. */
const victimNouns = () =>
  family("victim-nouns", 223, 8, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 12);
    const noun = pick(random, [
      "farmers working in their fields",
      "shepherds",
      "construction workers",
      "students on their way to school",
      "women",
      "children playing near their homes",
      "olive pickers",
      "displaced people",
    ]);
    return {
      text: `${a.subject} ${verb(random, a)} the outskirts of ${frame(random, v!)} ${day}, killing ${someNumber(random, n)} ${noun}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** Rescuers, medics and journalists: "N White Helmets volunteers were killed". */
const rescuersMedics = () =>
  family("rescuers-medics", 224, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 6);
    const noun = pick(random, [
      "White Helmets volunteers",
      "Civil Defence volunteers",
      "rescuers",
      "paramedics",
      "medics",
      "journalists",
    ]);
    return {
      text: `${cap(inWords(n))} ${noun} were killed when ${inner(a.subject)} ${verb(random, a)} ${frame(random, v!)} a second time ${day}, as they tried to reach the wounded.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** Injuries only: killed null. */
const injuriesOnly = () =>
  family("injuries-only", 225, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 25);
    const f = frame(random, v!);
    const text = pick(random, [
      `${a.subject} ${verb(random, a)} ${f} ${day}, wounding ${someNumber(random, n)} civilians.`,
      `${cap(someNumber(random, n))} people were injured ${day} when ${inner(a.subject)} ${verb(random, a)} ${f}.`,
      `${cap(a.means)} on ${f} ${day} left ${someNumber(random, n)} people injured.`,
    ]);
    return { text, incidents: [[v!, a.eventType, a.perp, null]] };
  });

/** "No casualties were reported" / "material damage only": killed null. */
const noCasualties = () =>
  family("no-casualties", 226, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const tail = pick(random, [
      "No casualties were reported.",
      "The attack caused material damage only.",
      "There were no reports of casualties.",
      "Nobody was hurt, local sources said.",
    ]);
    // The text says nobody was killed: 0, as fixture gold codes an explicit "no casualties"
    // (eval/README.md, scoring rules), not null (no toll given).
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}. ${tail}`,
      incidents: [[v!, a.eventType, a.perp, 0]],
    };
  });

/** The toll in the sentence after the attack. */
const tollNextSentence = () =>
  family("toll-next-sentence", 227, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 20);
    const second = pick(random, [
      `${cap(someNumber(random, n))} civilians were killed, medics said.`,
      `The attack killed ${someNumber(random, n)} people and wounded many more.`,
      `Local medics counted ${someNumber(random, n)} dead.`,
      `${cap(someNumber(random, n))} people died at the scene.`,
    ]);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}. ${second}`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** The toll only in the headline. */
const headlineToll = () =>
  family("headline-toll", 228, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 15);
    const noun = pick(random, ["civilians", "people", "", "children"]);
    const title = pick(random, [
      `${cap(someNumber(random, n))} ${noun} killed in ${a.means} on ${v!.name}`,
      `${cap(a.means)} kill ${someNumber(random, n)} ${noun} in ${v!.name}`,
    ]).replace(/\s+/g, " ");
    return {
      title,
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, destroying several houses, local sources said.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** Per-place tolls in one clause: "killing three in A and two in B". */
const perPlaceList = () =>
  family("per-place-list", 229, 6, 2, ({ random, villages: [v, w], attacker: a, day }) => {
    const n = between(random, 2, 9);
    const m = between(random, 2, 9);
    const noun = pick(random, ["", " civilians", " people"]);
    return {
      text: `${a.subject} ${verb(random, a)} villages in the ${regionName(v!)} countryside ${day}, killing ${inWords(n)}${noun} in ${v!.name} and ${inWords(m)} in ${w!.name}.`,
      incidents: [
        [v!, a.eventType, a.perp, n],
        [w!, a.eventType, a.perp, m],
      ],
    };
  });

/** Per-place tolls in two clauses: "N people were killed in A, while M died in B". */
const perPlaceWhile = () =>
  family("per-place-while", 230, 6, 2, ({ random, villages: [v, w], attacker: a, day }) => {
    const n = between(random, 2, 12);
    const m = between(random, 1, 9);
    const second = pick(random, [
      `while ${someNumber(random, m)} others died in ${w!.name}`,
      `and ${someNumber(random, m)} more were killed in nearby ${w!.name}`,
    ]);
    return {
      text: `${cap(someNumber(random, n))} people were killed in ${a.means} on ${v!.name} ${day}, ${second}.`,
      incidents: [
        [v!, a.eventType, a.perp, n],
        [w!, a.eventType, a.perp, m],
      ],
    };
  });

/** A bullet table of tolls by place under a heading naming the attack. */
const bulletTable = () =>
  family("bullet-table", 231, 5, 3, ({ random, villages, attacker: a, day }) => {
    const tolls = villages.map(() => between(random, 2, 19));
    const kind = pick(random, ["town", "village"]);
    const rows = villages.map((v, i) => `• ${v.name} ${kind}: ${inWords(tolls[i]!)} people.`).join("\n");
    return {
      text: `${cap(a.means)} ${day} killed civilians in three places. The dead by place:\n${rows}`,
      incidents: villages.map((v, i) => [v, a.eventType, a.perp, tolls[i]!]),
    };
  });

/** One toll shared by several listed villages: each place's killed is null (README). */
const groupToll = () =>
  family("group-toll-villages", 232, 5, 3, ({ random, villages: [v, w, x], attacker: a, day }) => {
    const n = between(random, 6, 30);
    return {
      text: `${a.subject} ${verb(random, a)} the villages of ${v!.name}, ${w!.name} and ${x!.name} ${day}, killing ${someNumber(random, n)} civilians in all.`,
      incidents: [v!, w!, x!].map((p) => [p, a.eventType, a.perp, null]),
    };
  });

/** Civilians and fighters killed together: all deaths count (README). */
const civiliansAndFighters = () =>
  family("civilians-and-fighters", 233, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 9);
    const m = between(random, 1, 6);
    const fighters = pick(random, [
      "fighters",
      "opposition fighters",
      "members of an armed group",
      "soldiers",
    ]);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing ${inWords(n)} civilians and ${inWords(m)} ${fighters}.`,
      incidents: [[v!, a.eventType, a.perp, n + m]],
    };
  });

/** A clash: both sides' dead add up. */
const clashDead = () =>
  family("clash-dead", 234, 5, 1, ({ random, villages: [v], day }) => {
    const n = between(random, 2, 12);
    const m = between(random, 2, 12);
    return {
      text: `Clashes between regime forces and opposition fighters near ${frame(random, v!)} ${day} left ${someNumber(random, n)} soldiers and ${someNumber(random, m)} rebels dead.`,
      incidents: [[v!, "armed_clash", "regime|SY_GOV|opposition|rebel", n + m]],
    };
  });

/** Sources disagree: the lowest figure (README). */
const sourcesDisagree = () =>
  family("sources-disagree", 235, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 3, 15);
    const m = n + between(random, 1, 6);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}. The Civil Defence said ${someNumber(random, n)} people were killed, while a local monitor put the toll at ${someNumber(random, m)}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** A wounded person dying later adds to the toll. */
const diedOfWounds = () =>
  family("died-of-wounds", 236, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 1, 8);
    const later = pick(random, [
      "Another civilian later died of his wounds in hospital.",
      "A woman wounded in the attack later died of her injuries.",
      "One of the wounded later succumbed to his injuries.",
    ]);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing ${someNumber(random, n)} ${n === 1 ? "civilian" : "civilians"}. ${later}`,
      incidents: [[v!, a.eventType, a.perp, n + 1]],
    };
  });

/** Numbers of munitions must not be read as deaths: "fired 40 rockets at X, killing two". */
const munitionCounts = () =>
  family("munition-counts", 237, 6, 1, ({ random, villages: [v], day }) => {
    const shells = between(random, 10, 80);
    const n = between(random, 1, 9);
    const what = pick(random, ["rockets", "artillery shells", "mortar rounds", "missiles"]);
    return {
      text: `Regime forces fired ${someNumber(random, shells)} ${what} at ${frame(random, v!)} ${day}, killing ${inWords(n)} ${n === 1 ? "civilian" : "civilians"}.`,
      incidents: [[v!, "shelling", "regime|SY_GOV", n]],
    };
  });

/** "The death toll stands at N" after the attack sentence. */
const tollStands = () =>
  family("toll-stands-at", 238, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 40);
    const second = pick(random, [
      `The death toll stands at ${someNumber(random, n)}, according to the Civil Defence.`,
      `The number of dead reached ${someNumber(random, n)} by nightfall.`,
      `The toll from the attack is ${someNumber(random, n)} dead.`,
    ]);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}. ${second}`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** Negative: totals over a month or the whole war, with no village: no incident. */
const periodTotals = () =>
  family("period-totals", 239, 5, 1, ({ random }) => {
    const n = between(random, 100, 2400);
    const text = pick(random, [
      `A monitoring group documented the deaths of ${withCommas(n)} civilians across Syria in March, including ${between(random, 50, 90)} children.`,
      `The conflict has killed more than ${withCommas(n * 200)} people since 2011, according to monitors.`,
      `${cap(inWords(between(random, 20, 90)))} aid workers have been killed this year, the United Nations said.`,
      `Air strikes killed ${withCommas(n)} people in the north-west of the country last year, a rights group said in its annual report.`,
    ]);
    return { text, incidents: [] };
  });

/** Negative: numbers of people not harmed (displaced, evacuated, treated at a clinic). */
const unharmedCounts = () =>
  family("unharmed-counts", 240, 5, 1, ({ random }) => {
    const n = between(random, 200, 9000);
    const text = pick(random, [
      `Some ${withCommas(n)} families have fled their homes in the past month, aid agencies said.`,
      `The clinic treats about ${withCommas(n)} patients every week, its director said.`,
      `More than ${withCommas(n)} people returned to their villages after the ceasefire.`,
      `The camp now shelters ${withCommas(n)} displaced people, most of them women and children.`,
    ]);
    return { text, incidents: [] };
  });

/** A number of killed persons with an age or a role: "a 12-year-old boy and his father". */
const agesAndRoles = () =>
  family("ages-and-roles", 241, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const age = between(random, 6, 15);
    const [who, n] = pick(random, [
      [`a ${age}-year-old boy and his father`, 2],
      [`a ${age}-year-old girl, her mother and her grandmother`, 3],
      [`an elderly man and his two grandchildren`, 3],
      [`a teacher and ${inWords((age % 5) + 2)} of her pupils`, (age % 5) + 3],
    ] as const);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing ${who}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** Passive with the attack as agent: "N people were killed by regime shelling on X". */
const passiveByMeans = () =>
  family("passive-by-means", 242, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 30);
    const noun = pick(random, ["civilians", "people", "residents", "villagers"]);
    const aux = pick(random, ["were", "have been", "had been"]);
    return {
      text: `${cap(someNumber(random, n))} ${noun} ${aux} killed by ${a.means} on ${frame(random, v!)} ${day}, a war monitor said.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** "died" as the verb: "N people died when …", "N civilians died in …". */
const diedVerb = () =>
  family("died-verb", 243, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 20);
    return {
      text: `${cap(someNumber(random, n))} civilians died ${day} in ${a.means} on ${frame(random, v!)}, rescuers said.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** A count without a noun as a passive subject: "Seven were killed and four wounded when …". */
const nounlessPassive = () =>
  family("nounless-passive", 244, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 15);
    const m = between(random, 2, 20);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}. ${cap(someNumber(random, n))} were killed and ${someNumber(random, m)} ${pick(random, ["wounded", "were wounded", "injured"])}, the local council said.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** A subgroup told in the next sentence: "Among the dead were M children." (the toll stays N). */
const amongTheDeadNext = () =>
  family("among-the-dead-next", 245, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 6, 25);
    const m = between(random, 2, 5);
    const sub = pick(random, ["children", "women", "members of one family"]);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing ${someNumber(random, n)} people. Among the dead were ${inWords(m)} ${sub}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** Round hundreds and thousands in words: "two hundred", "one thousand two hundred". */
const roundLargeWords = () =>
  family("round-large-words", 246, 5, 1, ({ random, villages: [v], attacker: a, day, index }) => {
    const n = index % 2 === 0 ? between(random, 2, 9) * 100 : 1000 + between(random, 1, 9) * 100;
    const words =
      n < 1000 ? `${inWords(n / 100)} hundred` : `one thousand ${inWords((n - 1000) / 100)} hundred`;
    return {
      text: `Rescuers said ${words} people were killed when ${inner(a.subject)} ${verb(random, a)} ${frame(random, v!)} ${day}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** Adjectives between the number and the victim noun: "killing four Syrian civilians". */
const adjectivalVictims = () =>
  family("adjectival-victims", 247, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 14);
    const np = pick(random, [
      "Syrian civilians",
      "internally displaced people",
      "young men",
      "unarmed civilians",
      "elderly residents",
      "local farmers",
    ]);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing ${someNumber(random, n)} ${np}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** Ages after the victims are not counts: "three children aged 4, 7 and 9" is three. */
const agesList = () =>
  family("ages-list", 248, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const ages = [between(random, 2, 5), between(random, 6, 9), between(random, 10, 15)];
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing three children aged ${ages[0]}, ${ages[1]} and ${ages[2]}.`,
      incidents: [[v!, a.eventType, a.perp, 3]],
    };
  });

/** Clock times and dates next to the toll are not counts: "At 3 pm on Monday …, killing two". */
const clockTimes = () =>
  family("clock-times", 249, 5, 1, ({ random, villages: [v], attacker: a }) => {
    const hour = between(random, 1, 11);
    const n = between(random, 2, 9);
    return {
      text: `At about ${hour} ${pick(random, ["am", "pm", "p.m.", "a.m."])} on 12 May, ${inner(a.subject)} ${verb(random, a)} ${frame(random, v!)}, killing ${inWords(n)} people.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** A first and a second strike on one place the same day: their deaths add up. */
const twoStrikesSum = () =>
  family("two-strikes-sum", 250, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 9);
    const m = between(random, 2, 6);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}. The first strike killed ${inWords(n)} people in a house; a second strike on the same street an hour later killed ${inWords(m)} rescuers.`,
      incidents: [[v!, a.eventType, a.perp, n + m]],
    };
  });

/** A subject with its subgroup before the verb: "Nine people, among them four children, were killed …". */
const subjectWithSubgroup = () =>
  family("subject-with-subgroup", 251, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 5, 20);
    const m = between(random, 2, 4);
    const intro = pick(random, ["among them", "including", "most of them"]);
    const sub =
      intro === "most of them" ? "children" : `${inWords(m)} ${pick(random, ["children", "women"])}`;
    return {
      text: `${cap(someNumber(random, n))} people, ${intro} ${sub}, were killed ${day} when ${inner(a.subject)} ${verb(random, a)} ${frame(random, v!)}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** The missing are not dead: "killing four; three others are missing under the rubble". */
const missingNotDead = () =>
  family("missing-not-dead", 252, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 10);
    const m = between(random, 2, 9);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing ${someNumber(random, n)} civilians. ${cap(someNumber(random, m))} others are still missing under the rubble.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** "martyrs" as the victim noun, as outlets close to the victims write. */
const martyrsNoun = () =>
  family("martyrs-noun", 253, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 20);
    return {
      text: `${cap(someNumber(random, n))} martyrs, ${pick(random, ["including", "among them"])} ${pick(random, ["two", "three"])} children, in ${a.means} on ${frame(random, v!)} ${day}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** "N members of one family": the members are the count. */
const membersOfFamily = () =>
  family("members-of-family", 254, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 3, 11);
    const of = pick(random, ["one family", "the same family", "a single family"]);
    return {
      text: `${a.subject} ${verb(random, a)} a house in ${frame(random, v!)} ${day}, killing ${someNumber(random, n)} members of ${of}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** Per-place tolls in sentences of their own: "In A, three people were killed. In B, two children died." */
const perPlaceSentences = () =>
  family("per-place-sentences", 255, 6, 2, ({ random, villages: [v, w], attacker: a, day }) => {
    const n = between(random, 2, 9);
    const m = between(random, 2, 9);
    return {
      text: `${cap(a.means)} hit several villages ${day}. In ${v!.name}, ${inWords(n)} people were killed. In ${w!.name}, ${inWords(m)} ${pick(random, ["children", "civilians", "women"])} died.`,
      incidents: [
        [v!, a.eventType, a.perp, n],
        [w!, a.eventType, a.perp, m],
      ],
    };
  });

/** One toll of dead and wounded shared by two villages: each place's killed is null. */
const groupTollWithInjured = () =>
  family("group-toll-with-injured", 256, 5, 2, ({ random, villages: [v, w], attacker: a, day }) => {
    const n = between(random, 4, 20);
    const m = between(random, 4, 30);
    return {
      text: `${cap(a.means)} on ${v!.name} and ${w!.name} ${day} killed ${someNumber(random, n)} people and wounded ${someNumber(random, m)}, the Civil Defence said.`,
      incidents: [
        [v!, a.eventType, a.perp, null],
        [w!, a.eventType, a.perp, null],
      ],
    };
  });

/** Combatant victims: all deaths count (README). */
const combatantVictims = () =>
  family("combatant-victims", 257, 6, 1, ({ random, villages: [v], day }) => {
    const n = between(random, 2, 14);
    const [subject, victims, perp] = pick(random, [
      ["Opposition factions shelled regime positions in", "regime soldiers", "opposition|faction"],
      ["Hay'at Tahrir al-Sham fighters shelled army positions in", "soldiers", "HTS|tahrir"],
      ["Turkish artillery shelled SDF positions in", "SDF fighters", "turk|TR_MIL"],
      ["Regime forces shelled opposition positions in", "opposition fighters", "regime|SY_GOV"],
    ] as const);
    return {
      text: `${subject} ${frame(random, v!)} ${day}, killing ${someNumber(random, n)} ${victims}.`,
      incidents: [[v!, "shelling", perp, n]],
    };
  });

/** A coalition air strike killing militants. */
const coalitionMilitants = () =>
  family("coalition-militants", 258, 5, 1, ({ random, villages: [v], day }) => {
    const n = between(random, 2, 12);
    const who = pick(random, ["ISIS militants", "Islamic State fighters", "suspected militants"]);
    const by = pick(random, [
      "A US-led coalition air strike",
      "A coalition drone strike",
      "An American air strike",
    ]);
    return {
      text: `${by} on ${frame(random, v!)} ${day} killed ${someNumber(random, n)} ${who}, the coalition said.`,
      incidents: [[v!, "air_strike", "coalition|\\bu\\.?s\\.?\\b|american", n]],
    };
  });

/** A car or motorcycle bomb nobody claimed. */
const carBomb = () =>
  family("car-bomb", 259, 5, 1, ({ random, villages: [v], day }) => {
    const n = between(random, 2, 25);
    const bomb = pick(random, [
      "A car bomb",
      "A booby-trapped motorcycle",
      "An explosive device planted in a car",
    ]);
    return {
      text: `${bomb} exploded in the market of ${frame(random, v!)} ${day}, killing ${someNumber(random, n)} people and wounding dozens.`,
      incidents: [[v!, "explosion", null, n]],
    };
  });

/** A toll line after a colon: "Casualties: four dead, seven wounded." */
const casualtiesColon = () =>
  family("casualties-colon", 260, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 12);
    const m = between(random, 2, 20);
    const label = pick(random, ["Casualties", "Toll", "Victims"]);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}. ${label}: ${someNumber(random, n)} dead, ${someNumber(random, m)} wounded.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** An update inside the sentence: "…, raising the number of dead to N". */
const raisingNumber = () =>
  family("raising-number", 261, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 6);
    const m = n + between(random, 1, 5);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing ${someNumber(random, n)} civilians. ${cap(inWords(m - n))} of the wounded died overnight, raising the number of dead to ${someNumber(random, m)}.`,
      incidents: [[v!, a.eventType, a.perp, m]],
    };
  });

/** A subgroup after the toll with "of them": "killing nine people, four of them children". */
const ofThemSubgroup = () =>
  family("of-them-subgroup", 262, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 5, 20);
    const m = between(random, 2, 4);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing ${someNumber(random, n)} people, ${inWords(m)} of them ${pick(random, ["children", "women", "from one family"])}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** Fact-box lines: "Killed: 5" / "Injured: 12" under the attack sentence. */
const factBox = () =>
  family("fact-box", 263, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 30);
    const m = between(random, 2, 40);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}.\nKilled: ${n}\nInjured: ${m}`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** A wire dateline with numbers before the toll: "IDLIB, May 13 (Reuters) - …". */
const datelineNumbers = () =>
  family("dateline-numbers", 264, 5, 1, ({ random, villages: [v], attacker: a }) => {
    const n = between(random, 2, 15);
    return {
      text: `${regionName(v!).toUpperCase()}, Syria, May 13 (Reuters) - ${a.subject} ${verb(random, a)} ${frame(random, v!)} on Monday, killing ${someNumber(random, n)} civilians, residents said.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** Tolls in parentheses after each place: "A (three killed, five wounded) and B (two wounded)". */
const parentheticalTolls = () =>
  family("parenthetical-tolls", 265, 5, 2, ({ random, villages: [v, w], attacker: a, day }) => {
    const n = between(random, 2, 9);
    const m = between(random, 2, 9);
    const k = between(random, 1, 6);
    return {
      text: `${cap(a.means)} ${day} hit ${v!.name} (${inWords(n)} killed, ${inWords(m)} wounded) and ${w!.name} (${inWords(k)} wounded).`,
      incidents: [
        [v!, a.eventType, a.perp, n],
        [w!, a.eventType, a.perp, null],
      ],
    };
  });

/** The toll in reported speech: "The White Helmets said that N people had been killed in …". */
const reportedSpeech = () =>
  family("reported-speech", 266, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 20);
    const who = pick(random, ["The White Helmets", "A local doctor", "The war monitor", "Residents"]);
    return {
      text: `${who} said that ${someNumber(random, n)} people had been killed in ${a.means} on ${frame(random, v!)} ${day}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** Single victims with an article: "killing a child", "killing an elderly man and a boy". */
const singularVictims = () =>
  family("singular-victims", 267, 6, 1, ({ random, villages: [v], attacker: a, day }) => {
    const [who, n] = pick(random, [
      ["a child", 1],
      ["an elderly man and a boy", 2],
      ["a woman", 1],
      ["a shepherd and his son", 2],
      ["a nurse, a driver and a patient", 3],
      ["a young man", 1],
    ] as const);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing ${who}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** Named victims with ages: "killing Ahmad Khalil, 34, and his son Omar, 9". */
const namedVictims = () =>
  family("named-victims", 268, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const first = pick(random, ["Ahmad", "Khaled", "Mahmoud", "Yasser", "Hussein"]);
    const last = pick(random, ["al-Hamoud", "Khalil", "al-Ali", "Darwish", "al-Saleh"]);
    const age = between(random, 25, 60);
    const kid = between(random, 3, 15);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing ${first} ${last}, ${age}, and his son ${pick(random, ["Omar", "Ali", "Hasan"])}, ${kid}.`,
      incidents: [[v!, a.eventType, a.perp, 2]],
    };
  });

/** A relative clause carrying the toll: "…, an attack in which N people died." */
const inWhichDied = () =>
  family("in-which-died", 269, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 20);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, an attack in which ${someNumber(random, n)} ${pick(random, ["people", "civilians"])} ${pick(random, ["died", "were killed", "lost their lives"])}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** A composed toll without a total: "The dead included three children and two women." → 5. */
const deadIncluded = () =>
  family("dead-included", 270, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 5);
    const m = between(random, 1, 4);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}. The dead were ${inWords(n)} children and ${m === 1 ? "a woman" : `${inWords(m)} women`}.`,
      incidents: [[v!, a.eventType, a.perp, n + m]],
    };
  });

/** A subgroup between dashes: "Twelve people – including five children – were killed …". */
const dashSubgroup = () =>
  family("dash-subgroup", 271, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 6, 25);
    const m = between(random, 2, 5);
    const dash = pick(random, [" – ", " — ", " - "]);
    return {
      text: `${cap(someNumber(random, n))} people${dash}including ${inWords(m)} children${dash}were killed ${day} when ${inner(a.subject)} ${verb(random, a)} ${frame(random, v!)}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** The injured told before the dead: "Five people were injured and one was killed …". */
const injuredThenKilled = () =>
  family("injured-then-killed", 272, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const m = between(random, 3, 15);
    const n = between(random, 1, 4);
    return {
      text: `${cap(someNumber(random, m))} people were injured and ${inWords(n)} ${n === 1 ? "was" : "were"} killed ${day} when ${inner(a.subject)} ${verb(random, a)} ${frame(random, v!)}.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** A day of the month opening the sentence: "On 3 May, regime forces shelled X, killing four." */
const dayOfMonthFirst = () =>
  family("day-of-month-first", 273, 5, 1, ({ random, villages: [v], attacker: a }) => {
    const d = between(random, 2, 12);
    const n = between(random, 2, 12);
    const date = pick(random, [`${d} May`, `May ${d}`, `${d} May 2024`]);
    return {
      text: `On ${date}, ${inner(a.subject)} ${verb(random, a)} ${frame(random, v!)}, killing ${someNumber(random, n)} civilians.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** A headline toll updated in the body: the body's latest figure. */
const headlineBodyUpdate = () =>
  family("headline-body-update", 274, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 8);
    const m = n + between(random, 1, 5);
    return {
      title: `${cap(inWords(n))} killed in ${a.means} on ${v!.name}`,
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing ${inWords(n)} people. The death toll later rose to ${inWords(m)}.`,
      incidents: [[v!, a.eventType, a.perp, m]],
    };
  });

/** A range of figures: the lowest (README): "between five and seven", "10 to 12". */
const figureRange = () =>
  family("figure-range", 275, 6, 1, ({ random, villages: [v], attacker: a, day, index }) => {
    const n = between(random, 3, 15);
    const m = n + between(random, 1, 4);
    const phrase = index % 2 === 0 ? `between ${inWords(n)} and ${inWords(m)}` : `${n} to ${m}`;
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing ${phrase} people, according to different sources.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** "a dozen", "half a dozen", "two dozen". */
const dozenWords = () =>
  family("dozen-words", 276, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const [phrase, n] = pick(random, [
      ["a dozen", 12],
      ["half a dozen", 6],
      ["two dozen", 24],
    ] as const);
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing ${phrase} civilians.`,
      incidents: [[v!, a.eventType, a.perp, n]],
    };
  });

/** More deaths told later the same day add up: "… killing four. Two more died in hospital that evening." */
const moreDiedLater = () =>
  family("more-died-later", 277, 5, 1, ({ random, villages: [v], attacker: a, day }) => {
    const n = between(random, 2, 9);
    const m = between(random, 1, 3);
    const more = m === 1 ? "One more person" : `${cap(inWords(m))} more people`;
    return {
      text: `${a.subject} ${verb(random, a)} ${frame(random, v!)} ${day}, killing ${someNumber(random, n)} civilians. ${more} died in hospital that evening.`,
      incidents: [[v!, a.eventType, a.perp, n + m]],
    };
  });

export const TOLL_FAMILIES: (() => ConstructionCase[])[] = [
  killingWords,
  killingDigits,
  compoundOpening,
  hundredAnd,
  thousandsDigits,
  passiveKilledWounded,
  telegraphic,
  killingAndInjuring,
  leftDead,
  claimedLives,
  lostLives,
  bodiesRecovered,
  tollRose,
  atLeast,
  moreThan,
  approximately,
  dozensScores,
  severalFew,
  womanAndChildren,
  familyOf,
  childrenAndMother,
  includingSubgroup,
  victimNouns,
  rescuersMedics,
  injuriesOnly,
  noCasualties,
  tollNextSentence,
  headlineToll,
  perPlaceList,
  perPlaceWhile,
  bulletTable,
  groupToll,
  civiliansAndFighters,
  clashDead,
  sourcesDisagree,
  diedOfWounds,
  munitionCounts,
  tollStands,
  periodTotals,
  unharmedCounts,
  agesAndRoles,
  passiveByMeans,
  diedVerb,
  nounlessPassive,
  amongTheDeadNext,
  roundLargeWords,
  adjectivalVictims,
  agesList,
  clockTimes,
  twoStrikesSum,
  subjectWithSubgroup,
  missingNotDead,
  martyrsNoun,
  membersOfFamily,
  perPlaceSentences,
  groupTollWithInjured,
  combatantVictims,
  coalitionMilitants,
  carBomb,
  casualtiesColon,
  raisingNumber,
  ofThemSubgroup,
  factBox,
  datelineNumbers,
  parentheticalTolls,
  reportedSpeech,
  singularVictims,
  namedVictims,
  inWhichDied,
  deadIncluded,
  dashSubgroup,
  injuredThenKilled,
  dayOfMonthFirst,
  headlineBodyUpdate,
  figureRange,
  dozenWords,
  moreDiedLater,
];

export const tollsArea: ConstructionArea = {
  area: "tolls",
  cases: () => TOLL_FAMILIES.flatMap((f) => f()),
};
