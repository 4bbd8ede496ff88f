import { describe, expect, it } from "vitest";
import { findCasualties, type CasualtyMention } from "./find-casualties.js";

/**
 * Phrasings of tolls seen in monitoring reports, written for these tests: heads with subgroup lists,
 * possessive families, bare numbers after verbs, parallel per-place tolls, zero tolls from explicit
 * negations, "among the dead" subgroups, far toll updates and deaths from earlier wounds.
 */
type Expect = Partial<Pick<CasualtyMention, "kind" | "victims" | "cumulative" | "update" | "rule">> & {
  min: number;
  max: number | null;
  groups?: string[];
  text?: string;
};

const run = (s: string) => findCasualties(s, { start: 0, end: s.length });

const table: [string, Expect[]][] = [
  // "wiping out" is a killing verb: its object "a family of six" is six dead.
  [
    "Warplanes bombed the village, wiping out a family of six.",
    [{ kind: "killed", min: 6, max: 6, text: "six", groups: ["families"] }],
  ],
  // The participle that tells the wounding may stand between the count and "later died of".
  [
    "A woman wounded in the attack later died of her injuries.",
    [{ kind: "killed", min: 1, max: 1, rule: "died-of-wounds", update: true }],
  ],
  ["Two civilians wounded in the strike were taken to hospital.", [{ kind: "injured", min: 2, max: 2 }]],
  // The object of a killing verb is persons, whatever its plural noun (not things or animals).
  [
    "A drone struck a car, killing its three occupants.",
    [{ kind: "killed", min: 3, max: 3, text: "three occupants" }],
  ],
  ["The shelling killed 30 sheep and destroyed three houses.", []],
  // A definite noun joined to "his/her" relatives is one person more.
  [
    "Warplanes struck the village, killing the mukhtar and his two sons.",
    [{ kind: "killed", min: 3, max: 3, text: "mukhtar and his two sons" }],
  ],
  // "A total of" over one attack told by a "when" clause is that attack's toll, not a tally.
  [
    "A total of 14 people were killed when warplanes struck the village on Monday.",
    [{ kind: "killed", min: 14, max: 14, cumulative: false }],
  ],
  [
    "A total of 300 people were killed when the regime bombed towns across the province in 2016.",
    [{ kind: "killed", min: 300, max: 300, cumulative: true }],
  ],
  // A noun starting like a month abbreviation is no date: "9 martyrs" is nine dead, "12 March" no count.
  ["Nine martyrs, including two children, in the shelling.", [{ kind: "killed", min: 9, max: 9 }]],
  ["On 12 March, two people were killed.", [{ kind: "killed", min: 2, max: 2, text: "two people" }]],
  // A fact box: each label opening its line gives the kind of the count after it.
  [
    "Warplanes struck the town.\nKilled: 12\nInjured: 5",
    [
      { kind: "killed", min: 12, max: 12, text: "12" },
      { kind: "injured", min: 5, max: 5, text: "5" },
    ],
  ],
  // A line break inside prose does not part a count from its noun.
  ["Shelling killed 12\ncivilians in the town.", [{ kind: "killed", min: 12, max: 12 }]],
  // Any plural person noun, "-men" and "-children" ones too, as the subject of a casualty verb or the
  // object of a killing verb, and a count joined to such a count.
  ["Five fishermen were killed.", [{ kind: "killed", min: 5, max: 5, text: "Five fishermen" }]],
  ["Seven schoolchildren died in the strike.", [{ kind: "killed", min: 7, max: 7 }]],
  [
    "The strike killed six shoppers and two bakers.",
    [{ kind: "killed", min: 8, max: 8, text: "six shoppers and two bakers" }],
  ],
  ["Shelling killed five fighters, two tanks and three trucks.", [{ kind: "killed", min: 5, max: 5 }]],
  // A subgroup between dashes is part of the count before it.
  [
    "Twenty-four people - including two children - were killed on Friday.",
    [{ kind: "killed", min: 24, max: 24, groups: ["children"] }],
  ],
  // A plural "-men" noun opening a sentence is the attacker, never one person killed.
  [
    "Gunmen killed two shopkeepers in the market.",
    [{ kind: "killed", min: 2, max: 2, text: "two shopkeepers" }],
  ],
  [
    "She said four of their classmates were killed when the drone struck.",
    [{ kind: "killed", min: 4, max: 4, text: "four of their classmates" }],
  ],
  ["Three goats were killed and two cars were burned.", []],
  // Every killing verb of the lexicon's kill class reads its object or passive subject as dead.
  [
    "A drone appears to have slaughtered four innocent Kurdish students.",
    [{ kind: "killed", min: 4, max: 4, text: "four innocent Kurdish students" }],
  ],
  ["Two officers were assassinated in the town.", [{ kind: "killed", min: 2, max: 2, text: "Two officers" }]],
  ["A failed assassination attempt on a commander; he was shot at.", []],
  // A person count parallel to the one before it, each with its own place, is of the same kind.
  [
    "Russian airstrikes killed five civilians in Ihsim and two others in Sarja.",
    [
      { kind: "killed", min: 5, max: 5, text: "five civilians" },
      { kind: "killed", min: 2, max: 2, text: "two others" },
    ],
  ],
  // "another" alone, the subject of a casualty verb, is one person more.
  [
    "Shelling killed a civilian in Ihsim, while another was killed in Sarja.",
    [
      { kind: "killed", min: 1, max: 1, text: "a civilian" },
      { kind: "killed", min: 1, max: 1, text: "another" },
    ],
  ],
  // A number set off by commas after a named person or a person noun is an age, not a count.
  [
    "Mohammad al-Hassan, 27, was killed while rescuing a child.",
    [{ kind: "killed", min: 1, max: 1, text: "Mohammad al-Hassan" }],
  ],
  ["A man, 27, was killed.", [{ kind: "killed", min: 1, max: 1, text: "A man" }]],
  ["In Ihsim, 12 were killed.", [{ kind: "killed", min: 12, max: 12 }]],
  // A named person after their role, with an age and a description between commas, is one death; a
  // place or a day opening the sentence is no name.
  [
    "Our volunteer Mohammad al-Hassan, 27, a father of three, was killed while rescuing a child.",
    [{ kind: "killed", min: 1, max: 1, text: "Mohammad al-Hassan" }],
  ],
  [
    "In Tall Nar, three civilians, including a child, were killed.",
    [{ kind: "killed", min: 3, max: 3, text: "three civilians" }],
  ],
  // R6: "several dozen" is dozens, "a handful of" is a few.
  [
    "Several dozen civilians were killed.",
    [{ kind: "killed", min: 12, max: 99, rule: "R6:dozens", text: "Several dozen civilians" }],
  ],
  ["A handful of civilians were killed.", [{ kind: "killed", min: 2, max: 9, rule: "R6:several" }]],
  // "A total of N … in the attack" is one attack's toll; a total over a period stays a tally.
  [
    "A total of five people were killed in the attack.",
    [{ kind: "killed", min: 5, max: 5, cumulative: false }],
  ],
  [
    "A total of 30 civilians were killed in the airstrike campaign last year.",
    [{ kind: "killed", min: 30, max: 30, cumulative: true }],
  ],
  // A count that is the subject of a verb of its own is not the casualty of a later verb.
  [
    "Two teenage girls have described the moment a drone struck their school, killing four friends.",
    [{ kind: "killed", min: 4, max: 4, text: "four friends" }],
  ],
  ["Five people have reportedly been killed.", [{ kind: "killed", min: 5, max: 5 }]],
  // Relatives listed after one possessive are one person each.
  [
    "The shelling killed a man, his wife and son.",
    [{ kind: "killed", min: 3, max: 3, text: "a man, his wife and son" }],
  ],
  ["Her husband and son were also killed.", [{ kind: "killed", min: 2, max: 2 }]],
  // A possessive noun or name before a kinship noun is one person, as "his" is: "Ahmad's wife".
  ["Samir's wife was killed when the shell hit the house.", [{ kind: "killed", min: 1, max: 1 }]],
  ["The baker's son was shot dead at the crossing.", [{ kind: "killed", min: 1, max: 1 }]],
  ["The teacher’s eldest daughter was wounded.", [{ kind: "injured", min: 1, max: 1 }]],
  ["It's baby food, the shop owner said of the burnt boxes.", []],
  // A verb of report between the auxiliary and the participle keeps the count's own kind.
  [
    "Three farmers were reported killed, and dozens of villagers were reported injured in the shelling.",
    [
      { kind: "killed", min: 3, max: 3 },
      { kind: "injured", min: 12, max: 99 },
    ],
  ],
  // One member singled out of a subgroup is one of the count, not a person more, and does not part
  // the count from its verb.
  [
    "Between 11 and 12 members of one family, including three men and four children of whom one was a 2 month old baby, were reportedly killed.",
    [{ kind: "killed", min: 11, max: 12 }],
  ],
  [
    "Nine members of the household, including two men and three children, one of them a baby, were killed.",
    [{ kind: "killed", min: 9, max: 9 }],
  ],
  // A clause about some members of a subgroup does not end the subgroup list.
  [
    "At least six members of the Odeh household, including two women, one of whom was elderly, and three boys, were reportedly killed.",
    [{ kind: "killed", min: 6, max: null }],
  ],
  // A relative clause naming members of a counted group adds no person and does not carry the group
  // to the next clause's verb.
  [
    "Three men were killed, one of whom was a doctor, and two children were injured.",
    [
      { kind: "killed", min: 3, max: 3, text: "Three men" },
      { kind: "injured", min: 2, max: 2, text: "two children" },
    ],
  ],
  [
    "Four farmers were shot dead, one of them a teacher, and five women were wounded.",
    [
      { kind: "killed", min: 4, max: 4, text: "Four farmers" },
      { kind: "injured", min: 5, max: 5, text: "five women" },
    ],
  ],
  [
    "Six people were killed, among them a nurse, and three boys were hurt.",
    [
      { kind: "killed", min: 6, max: 6, text: "Six people" },
      { kind: "injured", min: 3, max: 3, text: "three boys" },
    ],
  ],
  [
    "Five people were killed, two of whom were nurses, and four children were wounded.",
    [
      { kind: "killed", min: 5, max: 5, text: "Five people" },
      { kind: "injured", min: 4, max: 4, text: "four children" },
    ],
  ],
  // A named subject opening its clause before a comitative count is one person more.
  [
    "Engineer Rami Fuad Haddad, along with 11 relatives, including two women, were killed by the strike.",
    [{ kind: "killed", min: 12, max: 12 }],
  ],
  ["Khan Yunis, along with three other towns, was shelled.", []],
  // A plural noun joined to the counted one shares its participle.
  [
    "A guard was killed and a number of pupils and teachers injured when the school was hit.",
    [
      { kind: "killed", min: 1, max: 1 },
      { kind: "injured", min: 2, max: 9 },
    ],
  ],
  // A monitor raising or updating the toll gives an update.
  ["It later raised the death toll to 12.", [{ kind: "killed", min: 12, max: 12, update: true }]],
  [
    "On Thursday,two civilians were killed in an airstrike on the town.",
    [{ kind: "killed", min: 2, max: 2, text: "two civilians" }],
  ],
  ["The toll reached 1,234 people.", [{ kind: "killed", min: 1234, max: 1234 }]],
  [
    "Earlier, man and woman were killed and other villagers were hurt by the blast.",
    [{ kind: "killed", min: 2, max: 2, text: "man and woman" }],
  ],
  [
    "Young man killed in regime shelling on the town",
    [{ kind: "killed", min: 1, max: 1, text: "Young man" }],
  ],
  [
    "The shelling killed Samer Al-Abdullah and Ahmad Hassan as they worked in their field.",
    [{ kind: "killed", min: 2, max: 2, text: "Samer Al-Abdullah and Ahmad Hassan" }],
  ],
  [
    "The strike led to the deaths of Samer Al-Abdullah, Ahmad Hassan and Fatima Ali.",
    [{ kind: "killed", min: 3, max: 3 }],
  ],
  [
    "“Samer Al-Abdullah”, deputy head of the local council, was killed during a raid on the town.",
    [{ kind: "killed", min: 1, max: 1, text: "Samer Al-Abdullah" }],
  ],
  ["The attack killed Syrian Army soldiers and destroyed a tank.", []],
  [
    "On Monday, two civilians, 37-year-old Ahmad Hassan from the village, administratively part of the district, and another civilian not yet identified, were killed by a roadside bomb.",
    [{ kind: "killed", min: 2, max: 2, text: "two civilians" }],
  ],
  // A colon opens the breakdown whose members carry "of" phrases, up to the comma before the verb.
  [
    "Two persons: a civilian and a member of the Sham Falcons faction, were killed in airstrikes on the town.",
    [{ kind: "killed", min: 2, max: 2, text: "Two persons" }],
  ],
  // The closing quote of a quoted name may stand between that comma and the verb.
  [
    "Two persons: a civilian and a member of the “Sham Falcons,” were killed in airstrikes on the town.",
    [{ kind: "killed", min: 2, max: 2, text: "Two persons" }],
  ],
  [
    "Three people, all of them on their way home from the market in the town, were wounded in the blast.",
    [{ kind: "injured", min: 3, max: 3 }],
  ],
  [
    "One citizen martyred and two others in the town were injured on Wednesday.",
    [
      { kind: "killed", min: 1, max: 1, text: "One citizen" },
      { kind: "injured", min: 2, max: 2, text: "two others" },
    ],
  ],
  [
    "The shelling killed a shepherd and two villagers.",
    [{ kind: "killed", min: 3, max: 3, text: "a shepherd and two villagers" }],
  ],
  [
    "Eleven villagers, including four boys and two women, died while several others were hurt in the raid.",
    [
      { kind: "killed", min: 11, max: 11, groups: ["children", "women"], text: "Eleven villagers" },
      { kind: "injured", min: 2, max: 9, text: "several others" },
    ],
  ],
  [
    "6 residents, among them 2 girls, 1 man and 3 women, were killed when the shell landed.",
    [{ kind: "killed", min: 6, max: 6, groups: ["children", "men", "women"] }],
  ],
  [
    "Eight people, among them three nurses, were wounded in the strike on the clinic.",
    [{ kind: "injured", min: 8, max: 8 }],
  ],
  [
    "The barrel bomb hit their home, killing a mother and her four daughters.",
    [{ kind: "killed", min: 5, max: 5, groups: ["women"] }],
  ],
  [
    "A man and his two sons were killed when a rocket struck their car.",
    [{ kind: "killed", min: 3, max: 3, groups: ["men", "children"] }],
  ],
  [
    "The blast killed her and injured two neighbours.",
    [
      { kind: "killed", min: 1, max: 1, text: "her" },
      { kind: "injured", min: 2, max: 2, victims: "civilians" },
    ],
  ],
  [
    "Gunmen on a motorbike shot dead a local council member outside his shop.",
    [{ kind: "killed", min: 1, max: 1, text: "a local council member" }],
  ],
  [
    "The shell hit the clinic, killing a doctor and a patient and wounding three others.",
    [
      { kind: "killed", min: 2, max: 2, text: "a doctor and a patient" },
      { kind: "injured", min: 3, max: 3 },
    ],
  ],
  [
    "The bombardment claimed the lives of 6 in the old quarter.",
    [{ kind: "killed", min: 6, max: 6, text: "6" }],
  ],
  [
    "Artillery fire killed 3 and wounded 11 on the road to the town.",
    [
      { kind: "killed", min: 3, max: 3, text: "3" },
      { kind: "injured", min: 11, max: 11, text: "11" },
    ],
  ],
  ["Three shepherds lost their lives when the mine went off.", [{ kind: "killed", min: 3, max: 3 }]],
  [
    "The air raid left 15 dead and dozens injured.",
    [
      { kind: "killed", min: 15, max: 15 },
      { kind: "injured", min: 12, max: 99 },
    ],
  ],
  [
    "Rescuers recovered the bodies of 7 people from the rubble of the building.",
    [{ kind: "killed", min: 7, max: 7 }],
  ],
  [
    "4 killed and 9 wounded, the local council said.",
    [
      { kind: "killed", min: 4, max: 4 },
      { kind: "injured", min: 9, max: 9 },
    ],
  ],
  [
    "Drone strikes killed two in the northern quarter and three in the eastern market.",
    [
      { kind: "killed", min: 2, max: 2, text: "two" },
      { kind: "killed", min: 3, max: 3, text: "three" },
    ],
  ],
  [
    "Shelling killed four civilians in the first village and two in the second.",
    [
      { kind: "killed", min: 4, max: 4, text: "four civilians" },
      { kind: "killed", min: 2, max: 2, text: "two" },
    ],
  ],
  // A copula whose subject is the victims identifies them with the persons counted: the dead, unless
  // the sentence told only injuries; "casualties" stays unspecified.
  ["The victims of the raid were five farmers.", [{ kind: "killed", min: 5, max: 5 }]],
  ["Victims are three men and a boy.", [{ kind: "killed", min: 4, max: 4 }]],
  [
    "Shrapnel wounded pupils in the yard; the victims were four girls.",
    [{ kind: "injured", min: 4, max: 4 }],
  ],
  ["The casualties were six shepherds.", [{ kind: "unspecified", min: 6, max: 6 }]],
  ["The dead are two nurses.", [{ kind: "killed", min: 2, max: 2 }]],
  [
    "Among the dead were three children, the medical team said.",
    [{ kind: "killed", min: 3, max: null, groups: ["children"], rule: "subgroup:among" }],
  ],
  [
    "Among the injured were a paramedic and two women.",
    [{ kind: "injured", min: 3, max: null, rule: "subgroup:among" }],
  ],
  [
    "The death toll from Sunday's double bombing at the crowded livestock market rose to 21.",
    [{ kind: "killed", min: 21, max: 21, update: true }],
  ],
  [
    "One of them died later of his wounds in a field hospital.",
    [{ kind: "killed", min: 1, max: 1, update: true, rule: "died-of-wounds" }],
  ],
  [
    "Two of the injured succumbed to their wounds on Friday.",
    [{ kind: "killed", min: 2, max: 2, update: true, rule: "died-of-wounds" }],
  ],
  [
    "The ambush killed 5 fighters of the armed group.",
    [{ kind: "killed", min: 5, max: 5, victims: "combatants" }],
  ],
  ["قصف مدفعي أدى إلى مقتل ٤ مدنيين في القرية.", [{ kind: "killed", min: 4, max: 4, victims: "civilians" }]],
  [
    "The rockets caused the martyrdom of three citizens and the injury of seven others.",
    [
      { kind: "killed", min: 3, max: 3 },
      { kind: "injured", min: 7, max: 7 },
    ],
  ],
  ["Residents found his body near the river bank.", [{ kind: "killed", min: 1, max: 1 }]],
  [
    "Since January, the group has killed 35 people in the province, including 9 children.",
    [{ kind: "killed", min: 35, max: 35, cumulative: true }],
  ],
  [
    "Another civilian was killed by sniper fire near the bakery.",
    [{ kind: "killed", min: 1, max: 1, victims: "civilians" }],
  ],
  [
    "The drone hit a pickup truck, killing three farmers, a man and his two sons, on their way home.",
    [{ kind: "killed", min: 3, max: 3, text: "three farmers" }],
  ],
  ["The strike killed two men, a woman and a child in the orchard.", [{ kind: "killed", min: 4, max: 4 }]],
  [
    "A paramedic was killed while carrying a wounded boy to the ambulance.",
    [{ kind: "killed", min: 1, max: 1, victims: "medical" }],
  ],
  [
    "Those killed were an elderly farmer and a teenage student.",
    [{ kind: "killed", min: 2, max: 2, text: "an elderly farmer and a teenage student" }],
  ],
  [
    "The medic was hit while carrying a wounded girl, and another civilian was killed nearby.",
    [{ kind: "killed", min: 1, max: 1, text: "another civilian" }],
  ],
  [
    "Two men were killed in the first village, while a woman sustained serious injuries in the second.",
    [
      { kind: "killed", min: 2, max: 2 },
      { kind: "injured", min: 1, max: 1, text: "a woman" },
    ],
  ],
  [
    "The toll recorded by the network since the start of 2022 has risen to 1,310, including 402 civilians.",
    [{ kind: "killed", min: 1310, max: 1310, update: true, cumulative: true }],
  ],
  // Any singular person noun of the lexicon, and a phrase of allegiance between it and its verb.
  [
    'A mercenary affiliated with the "Liwa X" faction was killed in the shelling.',
    [{ kind: "killed", min: 1, max: 1, text: "A mercenary" }],
  ],
  ["Two men loyal to the regime were wounded.", [{ kind: "injured", min: 2, max: 2 }]],
  ["A villager was injured by shrapnel.", [{ kind: "injured", min: 1, max: 1, text: "A villager" }]],
  [
    "A sniper killed a civilian near the checkpoint.",
    [{ kind: "killed", min: 1, max: 1, text: "a civilian" }],
  ],
  ["He suffered a minor injury.", []],
  ["A child was among the dead.", [{ kind: "killed", min: 1, max: null, text: "A child" }]],
  [
    "A woman and her three children were among the dead.",
    [{ kind: "killed", min: 4, max: null, text: "A woman and her three children" }],
  ],
  ["An IDP was killed in the camp.", [{ kind: "killed", min: 1, max: 1, text: "An IDP" }]],
  ["Turkish drone kills man in Qamishli", [{ kind: "killed", min: 1, max: 1, text: "man" }]],
  ["Shelling injures child in the village", [{ kind: "injured", min: 1, max: 1, text: "child" }]],
  ["Rescuers recovered the body of the killed man.", []],
  [
    "The bombing led to the death of Hasan Madino, an IDP from the camp, and wounded three others.",
    [
      { kind: "killed", min: 1, max: 1, text: "Hasan Madino" },
      { kind: "injured", min: 3, max: 3 },
    ],
  ],
  ["The shelling killed a number of livestock.", []],
  // Whatever its noun, the subject of a casualty passive is a person; a thing or an animal is not.
  [
    "A truffle gatherer was killed and two of his relatives were wounded by a mine.",
    [
      { kind: "killed", min: 1, max: 1, text: "A truffle gatherer" },
      { kind: "injured", min: 2, max: 2 },
    ],
  ],
  ["A passing motorist was badly injured.", [{ kind: "injured", min: 1, max: 1 }]],
  ["A sheep was killed and a car was hit.", []],
  [
    "A child was wounded and later died.",
    [
      { kind: "injured", min: 1, max: 1 },
      { kind: "killed", min: 1, max: 1 },
    ],
  ],
  // The deaths among the casualties are a count of their own.
  [
    "The shelling caused 12 casualties, including 3 dead.",
    [
      { kind: "unspecified", min: 12, max: 12 },
      { kind: "killed", min: 3, max: 3 },
    ],
  ],
  // The person who reports the toll is not in it.
  [
    "A shell landed in the street, killing a woman and wounding her two children, a local doctor told us.",
    [
      { kind: "killed", min: 1, max: 1, text: "a woman" },
      { kind: "injured", min: 2, max: 2 },
    ],
  ],
  // The verb a toll is given with does not part the toll from its count.
  ["The death toll reached 12 people.", [{ kind: "killed", min: 12, max: 12, update: true }]],
  ["The death toll ranged from 9 to 13 civilians.", [{ kind: "killed", min: 9, max: 13 }]],
  ["The dead were buried and 12 people attended.", []],
  // One count of two casualty nouns: both kinds, each at least one (R6 split_unknown).
  [
    "The airstrike resulted in dozens of deaths and injuries among patients.",
    [
      { kind: "killed", min: 1, max: 99 },
      { kind: "injured", min: 1, max: 99 },
    ],
  ],
  // The toll named after its update, as reports translated from Arabic order it.
  [
    "In the town, where it rose to 9 – including a man and his wife – the number of people killed by the bombing.",
    // The subgroup between dashes is part of the 9.
    [{ kind: "killed", min: 9, max: 9, update: true, groups: ["men", "women"] }],
  ],
  [
    "It rose to 12 the number of civilians who were wounded in the attack.",
    [{ kind: "injured", min: 12, max: 12, update: true }],
  ],
  ["The number of shops rose to 12 in the town.", []],
  [
    "An elderly man died of his wounds, bringing the total death toll to 15 civilians.",
    [
      { kind: "killed", min: 1, max: 1, rule: "died-of-wounds" },
      { kind: "killed", min: 15, max: 15, update: true, cumulative: false },
    ],
  ],
  [
    "The total number of civilians killed in 2023 reached 900.",
    [{ kind: "killed", min: 900, max: 900, cumulative: true }],
  ],
  [
    "The number of civilians who were killed in the bombing of the town has risen to 5; 3 women and 2 children.",
    [{ kind: "killed", min: 5, max: 5, update: true }],
  ],
  [
    "Reports confirmed the death of a civilian woman and two little girls in the strike.",
    [{ kind: "killed", min: 3, max: 3, groups: ["women", "children"] }],
  ],
  // Explicit negations: zero counts. Absence of reports ("no casualties were reported") is not one.
  ["No casualties were reported.", []],
  ["No casualties among the staff have been reported so far.", []],
  ["The strike hit the outskirts; there were no reported casualties.", []],
  [
    "There were no casualties, as the families had left the building.",
    [
      { kind: "killed", min: 0, max: 0, rule: "negation:none" },
      { kind: "injured", min: 0, max: 0, rule: "negation:none" },
    ],
  ],
  [
    "The rocket fell on open land without causing casualties.",
    [
      { kind: "killed", min: 0, max: 0, rule: "negation:none" },
      { kind: "injured", min: 0, max: 0, rule: "negation:none" },
    ],
  ],
  [
    "The artillery hit farmland outside the village without casualties.",
    [
      { kind: "killed", min: 0, max: 0, rule: "negation:none", text: "without casualties" },
      { kind: "injured", min: 0, max: 0, rule: "negation:none" },
    ],
  ],
  [
    "Residents said no one was hurt because the school was empty.",
    [
      { kind: "killed", min: 0, max: 0, rule: "negation:none" },
      { kind: "injured", min: 0, max: 0, rule: "negation:none" },
    ],
  ],
  ["Nobody was killed in the second strike.", [{ kind: "killed", min: 0, max: 0, rule: "negation:none" }]],
  [
    "The blast damaged three shops but caused no deaths.",
    [{ kind: "killed", min: 0, max: 0, rule: "negation:none" }],
  ],
  [
    "The shelling killed two farmers, while nobody was injured.",
    [
      { kind: "killed", min: 2, max: 2 },
      { kind: "injured", min: 0, max: 0, rule: "negation:none" },
    ],
  ],
  ["The shelling killed two farmers, while no injuries were recorded.", [{ kind: "killed", min: 2, max: 2 }]],
];

describe("findCasualties — report phrasings", () => {
  it.each(table)("%s", (sentence, expected) => {
    const got = run(sentence);
    expect(got.map((m) => ({ kind: m.kind, min: m.range.min, max: m.range.max }))).toEqual(
      expected.map((e) => ({ kind: e.kind, min: e.min, max: e.max })),
    );
    expected.forEach((e, i) => {
      const m = got[i]!;
      if (e.victims) expect(m.victims).toBe(e.victims);
      if (e.groups) expect([...m.victimGroups].sort()).toEqual([...e.groups].sort());
      if (e.cumulative !== undefined) expect(m.cumulative).toBe(e.cumulative);
      if (e.update !== undefined) expect(m.update).toBe(e.update);
      if (e.rule) expect(m.rule).toBe(e.rule);
      if (e.text) expect(m.text).toBe(e.text);
    });
    for (const m of got) expect(sentence.slice(m.start, m.end)).toBe(m.text);
  });
});

describe("findCasualties — per-place tolls", () => {
  it("puts each count of a parallel toll next to its own place", () => {
    const s = "Strikes killed two in Kafr A and three in Tell B on Monday.";
    const [a, b] = run(s);
    expect(s.slice(a!.end, a!.end + 10)).toBe(" in Kafr A");
    expect(s.slice(b!.end, b!.end + 10)).toBe(" in Tell B");
  });
});

describe("findCasualties — reported speech and elliptical parallel tolls", () => {
  it("reads a count after 'said that' and counts elided after a verb and place", () => {
    const text =
      "The rescue office said that four deaths occurred in Tell Abyad, two in the village of Ain Arus, and one in Suluk.";
    const found = run(text).map((m) => [m.kind, m.range.min, m.range.max, m.text]);
    expect(found).toEqual([
      ["killed", 4, 4, "four deaths"],
      ["killed", 2, 2, "two"],
      ["killed", 1, 1, "one"],
    ]);
  });

  it("still ignores a demonstrative 'that one'", () => {
    expect(run("That one was hit by a shell in the morning.")).toEqual([]);
  });
});

describe("findCasualties — singular persons", () => {
  const killed = (t: string) =>
    findCasualties(t, { start: 0, end: t.length }, {})
      .filter((c) => c.kind === "killed")
      .map((c) => c.range);
  it("reads past a phrase inserted between the person and the verb", () => {
    expect(killed("A woman, named as Hana Adel Issa, was killed while others were injured.")).toEqual([
      { min: 1, max: 1 },
    ]);
    expect(
      killed("A displaced man from Tal Waziz village in rural Hama, Samir Ali, was killed by a shell."),
    ).toEqual([{ min: 1, max: 1 }]);
  });

  it("counts a person whose age stands between the article and the noun", () => {
    const t =
      "A 9-years-old child was killed, and his mother, another child and three civilians were injured.";
    expect(run(t).map((c) => [c.kind, c.range.min, c.victims])).toEqual([
      ["killed", 1, "civilians"],
      ["injured", 5, "civilians"],
    ]);
    expect(killed("An 11 years-old child died in the shelling.")).toEqual([{ min: 1, max: 1 }]);
    expect(killed("Rescuers pulled his badly burned body from the rubble.")).toEqual([{ min: 1, max: 1 }]);
    expect(killed("The attack resulted in the death of the hospital guard.")).toEqual([{ min: 1, max: 1 }]);
    const shot = run("Gunmen opened fire, killing the owner of the house and wounding the driver.");
    expect(shot.map((c) => [c.kind, c.range.min, c.text])).toEqual([
      ["killed", 1, "owner"],
      ["injured", 1, "driver"],
    ]);
  });

  it("counts a headline's bare singular person noun, not a plural one", () => {
    expect(killed("Woman killed in regime shelling on western Idlib")).toEqual([{ min: 1, max: 1 }]);
    expect(killed("Civilians killed in regime shelling on western Idlib")).toEqual([]);
  });
});
