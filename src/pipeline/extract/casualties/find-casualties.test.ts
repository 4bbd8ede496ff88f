import { describe, expect, it } from "vitest";
import { findCasualties, hasNoCasualtyStatement, type CasualtyMention } from "./find-casualties.js";

type Expect = Partial<Pick<CasualtyMention, "kind" | "victims" | "cumulative" | "update">> & {
  min: number;
  max: number | null;
  groups?: string[];
};

const run = (s: string, largeScale = false) => findCasualties(s, { start: 0, end: s.length }, { largeScale });

const table: [string, Expect[]][] = [
  // WordNet killing verbs count their persons: "beheaded two men", "lynched", a singular object is one.
  ["Militants beheaded two men in the square.", [{ kind: "killed", min: 2, max: 2 }]],
  ["Gunmen assassinated a council member on Monday.", [{ kind: "killed", min: 1, max: 1 }]],
  // An age in digits between the count and its noun is an adjective, as "young" is.
  ["Two 10-year-old girls were killed in the strike.", [{ kind: "killed", min: 2, max: 2 }]],
  ["The shelling killed three 12 year old boys.", [{ kind: "killed", min: 3, max: 3 }]],
  ["Gunmen assassinated the head of the local council.", [{ kind: "killed", min: 1, max: 1 }]],
  [
    "Regime shelling killed 8 civilians in Ariha.",
    [{ kind: "killed", min: 8, max: 8, victims: "civilians" }],
  ],
  ["At least 1,200 people were killed in the offensive.", [{ kind: "killed", min: 1200, max: null }]],
  ["Three people were wounded when a shell hit the market.", [{ kind: "injured", min: 3, max: 3 }]],
  ["The strike killed twenty-three people, the monitor said.", [{ kind: "killed", min: 23, max: 23 }]],
  ["A dozen civilians died in the raid.", [{ kind: "killed", min: 12, max: 12 }]],
  ["More than 50 people were injured.", [{ kind: "injured", min: 51, max: null }]],
  ["Over 30 civilians were killed on Monday.", [{ kind: "killed", min: 31, max: null }]],
  ["Nearly 100 people died in the siege.", [{ kind: "killed", min: 90, max: 100 }]],
  ["Up to 40 people may have been killed, activists said.", [{ kind: "killed", min: 1, max: 40 }]],
  ["Between 5 and 7 civilians were killed.", [{ kind: "killed", min: 5, max: 7 }]],
  ["The bombing wounded 5 to 7 residents.", [{ kind: "injured", min: 5, max: 7 }]],
  ["Several civilians were injured in the attack.", [{ kind: "injured", min: 2, max: 9 }]],
  ["Many people were killed in the massacre.", [{ kind: "killed", min: 5, max: 49 }]],
  ["Tens of people were wounded.", [{ kind: "injured", min: 10, max: 99 }]],
  ["Dozens of civilians were killed by barrel bombs.", [{ kind: "killed", min: 12, max: 99 }]],
  ["Scores of people were killed.", [{ kind: "killed", min: 40, max: 99 }]],
  ["Hundreds of civilians were killed in the campaign.", [{ kind: "killed", min: 100, max: 999 }]],
  [
    "The shelling resulted in dozens of casualties, most of whom were women and children.",
    [{ kind: "unspecified", min: 12, max: 99, groups: ["women", "children"] }],
  ],
  [
    "An airstrike killed five women and three children in Maarat al-Numan.",
    [{ kind: "killed", min: 8, max: 8, groups: ["women", "children"] }],
  ],
  [
    "The strike killed a family of five people (the father, the mother and their three children).",
    [{ kind: "killed", min: 5, max: 5, groups: ["families"] }],
  ],
  [
    "The bombing led to the death of Hasan Sha'ban Madino, an IDP from the village.",
    [{ kind: "killed", min: 1, max: 1 }],
  ],
  ["Residents mourned the death of Idlib province residents.", []],
  ["The number of civilian deaths rises to three, including a woman.", [{ kind: "killed", min: 3, max: 3 }]],
  [
    "Shells killed a family of six, including four children.",
    [{ kind: "killed", min: 6, max: 6, groups: ["families", "children"] }],
  ],
  [
    "A whole family of four members: father, mother and two little girls, were killed by shells.",
    [{ kind: "killed", min: 4, max: 4 }],
  ],
  [
    "A sniper shot the man, killing him, his wife and three of his children.",
    [{ kind: "killed", min: 5, max: 5, groups: ["men", "women", "children"] }],
  ],
  [
    "Fatalities:\n- two children\n- one woman",
    [
      { kind: "killed", min: 2, max: 2 },
      { kind: "killed", min: 1, max: 1 },
    ],
  ],
  [
    "They deliberately bombed the rescuers and paramedics while they were trying to rescue the victims from the rubble, killing and injuring a number of them.",
    [
      { kind: "killed", min: 1, max: 9, victims: "rescuers" },
      { kind: "injured", min: 1, max: 9, victims: "rescuers" },
    ],
  ],
  ["The explosion caused dozens of casualties.", [{ kind: "unspecified", min: 12, max: 99 }]],
  ["The attack led to the death of a child.", [{ kind: "killed", min: 1, max: 1, groups: ["children"] }]],
  [
    "Later, a child died of the wounds sustained in the strike.",
    [{ kind: "killed", min: 1, max: 1, update: true }],
  ],
  [
    "The shells landed near the school, leaving several persons injured.",
    [{ kind: "injured", min: 2, max: 9 }],
  ],
  [
    "Five civilians, including one child at least, were killed.",
    [{ kind: "killed", min: 5, max: 5, groups: ["children"] }],
  ],
  [
    "Three children were among 10 civilians killed in the strike.",
    [{ kind: "killed", min: 10, max: 10, groups: ["children"] }],
  ],
  ["The death toll rose to 12.", [{ kind: "killed", min: 12, max: 12, update: true }]],
  ["The number of fatalities has reached nine.", [{ kind: "killed", min: 9, max: 9, update: true }]],
  [
    "Since April, more than 600 civilians have been killed in the region.",
    [{ kind: "killed", min: 601, max: null, cumulative: true }],
  ],
  [
    "The network has documented 594 dead since early 2023.",
    [{ kind: "killed", min: 594, max: 594, cumulative: true }],
  ],
  [
    "Clashes killed three members of regime forces near Kafr Nabl.",
    [{ kind: "killed", min: 3, max: 3, victims: "combatants" }],
  ],
  [
    "Two Civil Defence volunteers were killed in a double-tap strike.",
    [{ kind: "killed", min: 2, max: 2, victims: "rescuers" }],
  ],
  [
    "Two paramedics were injured when the ambulance was hit.",
    [{ kind: "injured", min: 2, max: 2, victims: "medical" }],
  ],
  ["Four fighters were killed in clashes.", [{ kind: "killed", min: 4, max: 4, victims: "combatants" }]],
  [
    "A drone strike killed 7 truffle pickers in the desert.",
    [{ kind: "killed", min: 7, max: 7, victims: "civilians" }],
  ],
  [
    "The attack killed 5 people and injured 7 others.",
    [
      { kind: "killed", min: 5, max: 5 },
      { kind: "injured", min: 7, max: 7 },
    ],
  ],
  ["One child at least was killed.", [{ kind: "killed", min: 1, max: null, groups: ["children"] }]],
  ["Strikes killed ٣ civilians in Idlib.", [{ kind: "killed", min: 3, max: 3 }]],
  ["A number of civilians were injured.", [{ kind: "injured", min: 3, max: 49 }]],
  [
    "Shelling killed 12 people, including four children.",
    [{ kind: "killed", min: 12, max: 12, groups: ["children"] }],
  ],
  [
    "The attack killed 3 civilians, two of them children.",
    [{ kind: "killed", min: 3, max: 3, groups: ["children"] }],
  ],
  [
    "Two people were killed and four were wounded.",
    [
      { kind: "killed", min: 2, max: 2 },
      { kind: "injured", min: 4, max: 4 },
    ],
  ],
];

const none: string[] = [
  "The shelling lasted 48 hours.",
  "Strikes hit 50 propane cylinders stored in the depot.",
  "Some 4 million people live in Idlib province.",
  "A boy aged 5 was among the displaced.",
  "The war has gone on for nearly ten years.",
  "On 8 September 2021 the town was shelled.",
  "About 40 percent of the houses were destroyed.",
  "The shelling hit the village, without information about casualties.",
  "Rockets fell on the farms; there is no information yet about the victims.",
  "The raid hit the market, and no details on casualties were given.",
  "No casualties have been reported yet.",
  "Our volunteer, a mother of four, reached the site within minutes.",
  "per General Assembly resolution 1/60 of September 16, 2005.",
  "Shelling killed civilians in Ariha on Monday, as 200 families fled the town.",
];

describe("findCasualties — phrase table", () => {
  it.each(table)("%s", (sentence, expected) => {
    const got = run(sentence, sentence.startsWith("A number of"));
    expect(got.map((m) => ({ kind: m.kind, min: m.range.min, max: m.range.max }))).toEqual(
      expected.map((e) => ({ kind: e.kind, min: e.min, max: e.max })),
    );
    expected.forEach((e, i) => {
      const m = got[i]!;
      if (e.victims) expect(m.victims).toBe(e.victims);
      if (e.groups) expect([...m.victimGroups].sort()).toEqual([...e.groups].sort());
      if (e.cumulative !== undefined) expect(m.cumulative).toBe(e.cumulative);
      if (e.update !== undefined) expect(m.update).toBe(e.update);
    });
    for (const m of got) expect(sentence.slice(m.start, m.end)).toBe(m.text);
  });

  it.each(none)("no count in: %s", (sentence) => {
    expect(run(sentence)).toEqual([]);
  });
});

describe("findCasualties — spans", () => {
  it("keeps absolute offsets inside a larger text and honours the range", () => {
    const text = "Preamble with 3 children killed. Then shelling killed 9 civilians. Tail with 4 dead.";
    const start = text.indexOf("Then");
    const end = text.indexOf("Tail");
    const got = findCasualties(text, { start, end });
    expect(got).toHaveLength(1);
    expect(got[0]!.range).toEqual({ min: 9, max: 9 });
    expect(text.slice(got[0]!.start, got[0]!.end)).toBe(got[0]!.text);
    expect(got[0]!.start).toBeGreaterThanOrEqual(start);
  });

  it("marks 'five civilians' as a tally when the sentence counts a period", () => {
    const s = "In total, 43 civilians were killed this month, the network said.";
    expect(run(s)[0]!.cumulative).toBe(true);
  });

  it.each([
    ["Rocket attacks on the village killed five people so far, including three children.", false],
    ["Five people have been killed so far in the shelling of the town.", false],
    ["SOHR has documented 312 deaths so far this year.", true],
    ["In total, 80 civilians were killed to date in the escalation.", true],
    ["Rescuers said that more than 40 people were wounded in total in the raids.", true],
  ] as const)("reads a running total as a tally only with the period it counts over: %s", (s, tally) => {
    expect(run(s)[0]!.cumulative).toBe(tally);
  });
});

describe("hasNoCasualtyStatement", () => {
  it.each([
    ["No casualties were reported.", true],
    ["The strike hit farmland, without information about casualties.", true],
    ["There is no information about casualties so far.", true],
    ["No one was hurt in the attack.", true],
    ["Five people were killed.", false],
  ] as const)("%s → %s", (s, expected) => {
    expect(hasNoCasualtyStatement(s, { start: 0, end: s.length })).toBe(expected);
  });
});
