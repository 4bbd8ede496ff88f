/**
 * Construction suite for report scope (see types.ts): each case tells one incident at a village and
 * then a sentence of a kind news and NGO reports write around their incident, which must add no
 * incident and change none: spans and habits of attacks, campaign tallies, background years, places
 * named as origin, destination, launch site or landmark, attacks cited from earlier work, compared with
 * or timed against, the next target, a statement's later day, a later day of recovery, the attack
 * told again; acts not done (the future, pleas to stop, "any", negations, vows, modal predictions), spans
 * told with an active perfect, periodic summaries, commemorations, court cases, launch sites named by
 * their holder's phrase, a hospital where a wounded person died, where the displaced were driven (issue
 * 8; these families were written together with the rules they test). Written from English grammar and the gold conventions (eval/README.md: one incident per
 * place per day; totals, campaigns and places that only locate are no incidents), never from eval texts.
 */
import type { PlaceEntry } from "../../src/domain/places.js";
import type { GoldLine } from "../gold-line.js";
import {
  AIR_FORCES,
  DAYS,
  GROUND_SHELLERS,
  cap,
  count,
  goldAt,
  numberText,
  pickNamedVillages,
  plainFrame,
} from "./events-frames.js";
import type { ConstructionArea, ConstructionCase } from "./types.js";
import { pick, seededRandom } from "./villages.js";

const DATES = ["2019-05-14", "2020-02-17", "2021-06-09", "2022-08-23", "2023-03-05", "2024-01-11"];

interface Ctx {
  random: () => number;
  /** The incident's village and two others the second sentence names. */
  v: PlaceEntry;
  w: PlaceEntry;
  x: PlaceEntry;
  day: string;
  /** The weekday after `day`. */
  nextDay: string;
}

interface Told {
  text: string;
  eventType: GoldLine["eventType"];
  perpetrator: string;
  killed: number;
}

/** The incident each case tells first: a ground or an air attack with a toll. */
function told(c: Ctx): Told {
  const k = count(c.random, 2, 9);
  if (c.random() < 0.5) {
    const a = pick(c.random, GROUND_SHELLERS);
    return {
      text: `${cap(a.name)} shelled ${plainFrame(c.random, c.v)} on ${c.day}, killing ${numberText(c.random, k)} civilians.`,
      eventType: "shelling",
      perpetrator: a.perp,
      killed: k,
    };
  }
  const a = pick(c.random, AIR_FORCES);
  return {
    text: `${cap(a.name)} bombed ${plainFrame(c.random, c.v)} on ${c.day}, killing ${numberText(c.random, k)} people.`,
    eventType: "air_strike",
    perpetrator: a.perp,
    killed: k,
  };
}

/**
 * `n` cases of one construction: the told incident, then the sentence `second` writes. The gold is the
 * told incident alone, with the toll `second` may update.
 */
function family(
  name: string,
  seed: number,
  n: number,
  second: (c: Ctx, t: Told) => { text: string; killed?: number },
): ConstructionCase[] {
  const random = seededRandom(seed * 104729 + 11);
  for (let i = 0; i < 5; i++) random();
  return Array.from({ length: n }, (_, i) => {
    const [v, w, x] = pickNamedVillages(random, 3) as [PlaceEntry, PlaceEntry, PlaceEntry];
    const d = Math.floor(random() * DAYS.length);
    const c: Ctx = { random, v, w, x, day: DAYS[d]!, nextDay: DAYS[(d + 1) % DAYS.length]! };
    const t = told(c);
    const s = second(c, t);
    const doc = `${name}#${i}`;
    const published = pick(random, DATES);
    return {
      id: doc,
      family: name,
      published,
      text: `${t.text} ${s.text}`,
      gold: [
        goldAt(doc, published, v, {
          eventType: t.eventType,
          perpetrator: t.perpetrator,
          killed: s.killed ?? t.killed,
        }),
      ],
    };
  });
}

const MONTHS = ["January", "March", "June", "October", "December"];
const BODIES = ["the UN", "the European Union", "Amnesty International", "the US State Department"];
const ORGS = ["The Syrian Archive", "Human Rights Watch", "The observatory", "Amnesty International"];

const FAMILIES: ConstructionCase[][] = [
  // --- Spans, habits and tallies of attacks ----------------------------------------------------
  family("span-since-list", 901, 6, ({ random, w, x }) => ({
    text: `At least ${count(random, 40, 400)} civilians have been killed in ${pick(random, ["air strikes", "shelling", "attacks"])} on ${w.name} and ${x.name} since ${pick(random, [...MONTHS, "the start of the year", "the offensive began"])}.`,
  })),
  family("span-since-clause", 902, 6, ({ random, w }) => ({
    text: `${cap(plainFrame(random, w))} has been ${pick(random, ["shelled", "bombed", "targeted"])} ${pick(random, ["", "almost daily ", "repeatedly "])}since ${pick(random, ["the ceasefire collapsed", "the truce ended", "regime forces captured the nearby hills", "the offensive began"])}.`,
  })),
  family("habit-frequency", 903, 6, ({ random, w }) =>
    random() < 0.5
      ? {
          text: `${cap(plainFrame(random, w))} is ${pick(random, ["shelled", "bombed", "targeted"])} ${pick(random, ["almost daily", "every day", "regularly", "on a daily basis"])}, residents say.`,
        }
      : {
          text: `Residents of ${w.name} say the ${pick(random, ["daily", "nightly"])} ${pick(random, ["shelling", "bombardment", "air strikes"])} has emptied the village.`,
        },
  ),
  family("tally-since-month", 904, 5, ({ random, v, w, x }) => ({
    text: `Since ${pick(random, MONTHS)}, ${pick(random, ["the shelling", "the bombardment", "the strikes"])} has killed ${count(random, 30, 200)} people in ${v.name}, ${w.name} and ${x.name}.`,
  })),
  family("campaign-hundreds-of-times", 905, 5, ({ random, w, x }) => ({
    text: `Since the start of the offensive, ${pick(random, ["regime forces", "Russian jets", "Turkish forces"])} have ${pick(random, ["shelled", "bombed", "struck"])} ${w.name} and ${x.name} hundreds of times.`,
  })),

  // --- Background ---------------------------------------------------------------------------------
  family("background-past-year", 911, 5, ({ random, w }) => ({
    text: `${cap(plainFrame(random, w))} was ${pick(random, ["bombed by Russian jets", "shelled by regime forces", "hit by barrel bombs"])} in ${pick(random, ["2013", "2015", "2016"])}, when dozens of people were killed.`,
  })),
  family("background-relative-clause", 912, 5, ({ random, w }) => ({
    text: `${w.name}, which was ${pick(random, ["bombed", "shelled", "besieged"])} in ${pick(random, ["2014", "2016", "2018"])}, is now almost empty.`,
  })),

  // --- Places that only locate, or say where people came from or went ------------------------------
  family("origin-displaced-from", 921, 5, ({ random, w }) => ({
    text: `The victims had been displaced from ${plainFrame(random, w)} ${pick(random, ["last year", "in 2019", "two years ago"])}.`,
  })),
  family("destination-hospital", 922, 5, ({ random, w }) => ({
    text: `The wounded were ${pick(random, ["taken", "rushed", "transferred"])} to a hospital in ${w.name}.`,
  })),
  family("launch-site-holder", 923, 6, ({ random, w }) => ({
    text: `The ${pick(random, ["shells", "rockets", "missiles"])} were ${pick(random, ["fired", "launched"])} from ${pick(random, ["regime positions", "Turkish army bases", "SDF-held areas", "government military posts"])} in ${w.name}.`,
  })),
  family("located-by-distance", 924, 5, ({ random, v, w, x }) => ({
    text: pick(random, [
      `${v.name} lies ${count(random, 5, 30)} km ${pick(random, ["east", "west", "north", "south"])} of ${w.name}.`,
      `The village lies on the road between ${w.name} and ${x.name}.`,
    ]),
  })),

  family("origin-native-of", 925, 5, ({ random, w }) => ({
    text: `One of the dead, a ${pick(random, ["teacher", "farmer", "nurse"])}, was a native of ${w.name}.`,
  })),
  family("burial-next-day", 926, 5, ({ random, w, nextDay }) => ({
    text: `The victims were buried in ${plainFrame(random, w)} on ${nextDay}.`,
  })),
  family("fled-to", 927, 5, ({ random, w }) => ({
    text: `Hundreds of families fled to ${plainFrame(random, w)} after the ${pick(random, ["shelling", "strikes", "attack"])}.`,
  })),

  // --- Attacks cited, compared, timed against, expected ---------------------------------------------
  family("cited-earlier-report", 931, 5, ({ random, w, x }) => ({
    text: `In a report published ${pick(random, ["last year", "in 2018", "two years ago"])}, ${pick(random, ORGS)} documented air strikes on ${w.name} and ${x.name}.`,
  })),
  family("earlier-work", 932, 5, ({ random, w }) => ({
    text: `${pick(random, ORGS)} has ${pick(random, ["previously", "already"])} ${pick(random, ["investigated", "documented", "examined"])} the ${pick(random, ["attack", "strike", "bombing"])} on the market of ${w.name}.`,
  })),
  family("similar-attacks", 933, 5, ({ random, w, x }) => ({
    text: `Similar ${pick(random, ["attacks", "shelling", "strikes"])} hit ${w.name} and ${x.name} earlier this month.`,
  })),
  family("timed-against-clause", 934, 6, ({ random, w }) => ({
    text: `The attack came ${pick(random, ["two weeks", "three days", "a month", "ten days"])} after ${pick(random, ["Russian jets bombed", "regime forces shelled", "Turkish drones struck"])} ${w.name}.`,
  })),
  family("example-such-as", 939, 5, ({ random, w, x }) => ({
    text: `Attacks on ${pick(random, ["medical facilities", "schools", "markets"])}, such as those in ${w.name} and ${x.name}, are prohibited under international law.`,
  })),
  family("hypothetical-amount-to", 940, 5, ({ random, w }) => ({
    text: `An attack on the hospital in ${w.name} could amount to a war crime, ${pick(random, ["the UN warned", "lawyers said", "the report said"])}.`,
  })),
  family("negated-strikes", 945, 5, ({ random, w }) => ({
    text: `${pick(random, ["The Russian defence ministry", "The Turkish defence ministry", "The army command"])} said its forces had not carried out any strikes near ${w.name}.`,
  })),
  family("records-of-attacks", 946, 5, ({ random, w, x }) => ({
    text: `The archive holds ${count(random, 5, 40)} videos of ${pick(random, ["air strikes", "shelling", "attacks"])} on ${w.name} and ${x.name}.`,
  })),
  family("next-target", 935, 5, ({ random, w }) => ({
    text: `${pick(random, ["Activists", "Residents", "Local officials"])} fear that ${w.name} will be the next target.`,
  })),

  family("conditional-inverted", 936, 5, ({ random, w }) => ({
    text: pick(random, [
      `Were ${pick(random, ["regime forces", "Turkish troops", "Russian jets"])} to ${pick(random, ["shell", "bomb", "attack"])} ${w.name}, thousands would flee.`,
      `Should the ${pick(random, ["shelling", "bombardment", "strikes"])} on ${w.name} resume, aid groups will suspend their work.`,
    ]),
  })),
  family("indirect-question", 937, 5, ({ random, w }) => ({
    text: `Asked whether ${pick(random, ["jets", "regime forces", "Turkish drones"])} had also ${pick(random, ["bombed", "shelled", "struck"])} ${w.name}, the spokesman declined to comment.`,
  })),
  family("superlative-since", 938, 5, ({ random, w }) => ({
    text: `The ${pick(random, ["shelling", "attack", "bombardment"])} was the ${pick(random, ["heaviest", "deadliest", "worst"])} since ${pick(random, ["jets bombed", "regime forces shelled", "a strike hit"])} ${w.name} in ${pick(random, MONTHS)}.`,
  })),

  // --- The same incident told again ----------------------------------------------------------------------
  family("statement-next-day", 941, 6, ({ random, v, nextDay }) => ({
    text: `On ${nextDay}, ${pick(random, BODIES)} ${pick(random, ["condemned", "denounced"])} the ${pick(random, ["strike", "attack", "shelling"])} on ${v.name}.`,
  })),
  family("recovery-next-day", 942, 6, ({ random, v, nextDay }, t) => {
    const more = t.killed + count(random, 1, 4);
    return {
      text: `Rescuers were still pulling bodies from the rubble in ${v.name} on ${nextDay}, when the toll rose to ${more}.`,
      killed: more,
    };
  }),
  family("the-attack-elsewhere", 943, 6, ({ random, w }) => ({
    text: pick(random, [
      `A ${pick(random, ["reconnaissance aircraft", "fixed-wing aircraft", "helicopter"])} was seen circling over ${w.name} shortly before the attack.`,
      `The attack forced the clinic to close, leaving the nearest functioning one in ${w.name}.`,
    ]),
  })),
  family("repeated-definite", 944, 5, ({ random, v }) => ({
    text: `The ${pick(random, ["shelling", "strike", "attack"])} on ${v.name} also destroyed ${pick(random, ["two houses", "a school", "a bakery"])}.`,
  })),

  // --- Acts not done, spans, summaries, commemorations, court cases (issue 8) ------------------------
  family("future-passive", 951, 5, ({ random, w }) => ({
    text: `${pick(random, ["Residents fear", "Officials warn", "Activists say"])} that ${plainFrame(random, w)} ${pick(random, ["will be", "is going to be", "is expected to be"])} ${pick(random, ["shelled", "bombed", "attacked"])} next.`,
  })),
  family("plea-to-stop", 952, 5, ({ random, w }) => ({
    text: `${cap(pick(random, BODIES))} ${pick(random, ["called for an end to attacks on civilians in", "urged all sides to stop shelling", "demanded a halt to the bombing of"])} ${w.name}.`,
  })),
  family("any-attack", 953, 5, ({ random, w }) => ({
    text: `${pick(random, ["The factions said they would repel", "Ankara warned it would answer", "The ministry said it would respond to"])} any ${pick(random, ["attack", "assault", "strike"])} on ${w.name}.`,
  })),
  family("negated-act", 954, 5, ({ random, w }) => ({
    text: pick(random, [
      `There were no reports of ${pick(random, ["shelling", "air strikes", "attacks"])} in ${w.name} that day.`,
      `${pick(random, ["Jets", "Regime forces", "Turkish drones"])} did not ${pick(random, ["bomb", "shell", "strike"])} ${w.name}, residents said.`,
      `${w.name} was spared the ${pick(random, ["bombardment", "shelling"])} this time.`,
    ]),
  })),
  family("vowed-attacks", 955, 5, ({ random, w }) => ({
    text: `${pick(random, ["Russia", "The regime", "Turkey"])} has ${pick(random, ["vowed", "pledged", "promised"])} to ${pick(random, ["continue strikes on", "keep shelling", "press on with attacks on"])} ${w.name}.`,
  })),
  family("periodic-summary", 956, 5, ({ random, w }) => ({
    text: `The ${pick(random, ["monthly", "annual", "weekly"])} report ${pick(random, ["counted", "documented", "recorded"])} ${count(random, 60, 400)} ${pick(random, ["civilian deaths", "air strikes", "attacks"])}, ${count(random, 10, 50)} of them in ${w.name}.`,
  })),
  family("active-perfect-since", 957, 5, ({ random, w }) => ({
    text: `More than ${count(random, 20, 90)} people have died in ${w.name} in ${pick(random, ["attacks", "air strikes", "shelling"])} since ${pick(random, ["the ceasefire collapsed", "the offensive began", "April"])}.`,
  })),
  family("commemoration", 958, 5, ({ random, w, x }) => ({
    text: pick(random, [
      `Hundreds gathered in ${w.name} to commemorate the victims of the ${x.name} massacre.`,
      `Vigils were held in ${w.name} to mark ${pick(random, ["five", "ten", "seven"])} years since the ${pick(random, ["chemical attack", "barrel bomb attack", "massacre"])} in ${x.name}.`,
    ]),
  })),
  family("court-case", 959, 5, ({ random, w }) => ({
    text: `A ${pick(random, ["German", "Dutch", "French", "Swedish"])} court ${pick(random, ["convicted", "sentenced"])} a former ${pick(random, ["officer", "militia member", "colonel"])} over the ${pick(random, ["torture of detainees", "killing of civilians", "execution of prisoners"])} in ${w.name}.`,
  })),
  family("modal-indefinite", 960, 5, ({ random, w }) => ({
    text: `An ${pick(random, ["attack", "offensive", "assault"])} on ${w.name} would ${pick(random, ["kill thousands", "displace hundreds of thousands", "be catastrophic"])}, ${pick(random, ["the UN warned", "aid groups said"])}.`,
  })),
  family("launch-holder-phrase", 961, 5, ({ random, w }) => ({
    text: `The ${pick(random, ["shells", "rockets"])} ${pick(random, ["were launched from", "were fired from", "originated from"])} ${pick(random, ["areas held by government forces around", "posts controlled by the SDF near", "the regime-held town of"])} ${w.name}.`,
  })),
  family("died-in-hospital", 962, 5, ({ w }, t) => ({
    text: `One of the wounded later died in a hospital in ${w.name}, bringing the toll to ${t.killed + 1}.`,
    killed: t.killed + 1,
  })),
  family("displaced-from-to", 963, 5, ({ random, v, w }) => ({
    text: `The ${pick(random, ["bombardment", "shelling", "strikes"])} ${pick(random, ["displaced", "drove"])} thousands of people from ${v.name} to ${w.name}.`,
  })),
];

export const scopeArea: ConstructionArea = {
  area: "scope",
  cases: () => FAMILIES.flat(),
};
