/**
 * The machine table of DOMAIN.md §2.5 as data: for each code its basis, the act it names, the facts
 * that make the qualification worth stating (triggers), and its elements, each met by any one of a set
 * of fact keys the qualification stage derives from an incident:
 * - `target:<category>`, `event:<type>`, `victims:<group>` — the incident's consensus fields;
 * - `violent-event`, `killed`, `civilians-killed`, `mass-killing`, `injured`, `double-tap`;
 * - `ind:<indicator>` — a wording indicator (legal-indicators.ts) in the incident's own sentences;
 * - `ctx:armed-conflict`, `ctx:party`, `ctx:pattern`, `ctx:starvation-amendment` — situation context.
 * An element with no fact present takes its `otherwise` status: `not_shown` where reports could show it
 * and do not, `unknown` where reports rarely can (a perpetrator's knowledge, a policy).
 */
import type { ElementStatus, QualificationLevel } from "../../domain/qualification.js";

export type CrimeKind = "genocide" | "crimes_against_humanity" | "war_crimes" | "ethnic_cleansing" | "ihl";

export interface LegalElementRule {
  name: string;
  /** act: needed for L1; context: needed (with the act) for L2; specific and assertion: shown, never block a level. */
  kind: "act" | "context" | "specific" | "assertion";
  metBy: string[];
  otherwise: Exclude<ElementStatus, "met">;
}

export interface LegalCode {
  code: string;
  crime: CrimeKind;
  basis: string;
  /** The act, as it reads after "consistent with": "the war crime of attacking civilians". */
  reading: string;
  /** The code is stated when any of these facts is present. */
  triggers: string[];
  /** Facts that must all be present as well before the code is stated at all. */
  requires?: string[];
  maxLevel: QualificationLevel;
  /** Genocide codes: never above L0, always queued for an analyst. */
  analystOnly?: boolean;
  elements: LegalElementRule[];
}

const NIAC: LegalElementRule = {
  name: "a non-international armed conflict on the incident's date (situation context)",
  kind: "context",
  metBy: ["ctx:armed-conflict"],
  otherwise: "unknown",
};
const NEXUS: LegalElementRule = {
  name: "nexus: an alleged perpetrator is a party to that conflict (situation context)",
  kind: "context",
  metBy: ["ctx:party"],
  otherwise: "unknown",
};
const CHAPEAU: LegalElementRule = {
  name: "part of a widespread or systematic attack on a civilian population (a pattern in our own incident series)",
  kind: "context",
  metBy: ["ctx:pattern"],
  otherwise: "not_shown",
};
const POLICY: LegalElementRule = {
  name: "pursuant to a State or organisational policy",
  kind: "specific",
  metBy: [],
  otherwise: "unknown",
};
const SOURCE_SYSTEMATIC: LegalElementRule = {
  name: "the source asserts a systematic or widespread attack (its assertion, not a pattern we measured)",
  kind: "assertion",
  metBy: ["ind:systematic"],
  otherwise: "not_shown",
};
const VIOLENCE: LegalElementRule = {
  name: "an attack (an act of violence) took place",
  kind: "act",
  metBy: ["violent-event"],
  otherwise: "not_shown",
};
const CIVILIAN_TARGETS = [
  "target:civilians",
  "target:residential",
  "target:market",
  "target:camp",
  "target:idps",
  "target:rescuers",
  "target:medical",
  "target:humanitarian",
  "target:journalists",
  "target:school",
  "target:worship",
];
const GENOCIDE_INTENT: LegalElementRule = {
  name: "special intent to destroy the group, in whole or in part, as such",
  kind: "act",
  metBy: ["ind:destruction-intent"],
  otherwise: "not_shown",
};
const GENOCIDE_GROUP: LegalElementRule = {
  name: "victims belong to a national, ethnical, racial or religious group",
  kind: "act",
  metBy: ["ind:protected-group"],
  otherwise: "not_shown",
};

export const LEGAL_CODES: readonly LegalCode[] = [
  {
    code: "WC-E-CIV",
    crime: "war_crimes",
    basis: "Rome Statute art. 8(2)(e)(i)",
    reading: "the war crime of intentionally directing attacks against civilians",
    triggers: [
      "target:civilians",
      "target:residential",
      "target:market",
      "target:camp",
      "ind:targeted-civilians",
      "ind:civilian-area",
    ],
    maxLevel: "L2",
    elements: [
      VIOLENCE,
      {
        name: "civilians were hit or were in the line of attack",
        kind: "act",
        metBy: CIVILIAN_TARGETS,
        otherwise: "not_shown",
      },
      {
        name: "civilians were the object of the attack (civilian deaths alone do not show this)",
        kind: "act",
        metBy: [
          "ind:targeted-civilians",
          "ind:civilian-area",
          "ind:mostly-women-children",
          "target:market",
          "target:residential",
          "target:camp",
          "double-tap",
        ],
        otherwise: "not_shown",
      },
      NIAC,
      NEXUS,
      {
        name: "no military objective at the place",
        kind: "specific",
        metBy: ["ind:no-military-objective"],
        otherwise: "not_shown",
      },
    ],
  },
  {
    code: "WC-E-RESC",
    crime: "war_crimes",
    basis:
      "Rome Statute art. 8(2)(e)(i) with customary IHL (ICRC Rules 1 and 6): civil-defence workers are civilians",
    reading: "the war crime of attacking civilians, here rescue and civil-defence workers",
    triggers: ["target:rescuers", "event:attack_rescuers"],
    maxLevel: "L2",
    elements: [
      VIOLENCE,
      {
        name: "rescue or civil-defence workers were hit",
        kind: "act",
        metBy: ["target:rescuers", "event:attack_rescuers"],
        otherwise: "not_shown",
      },
      NIAC,
      NEXUS,
      {
        name: "a second strike on the scene or a strike during rescue work (evidence of intent)",
        kind: "specific",
        metBy: ["double-tap", "ind:during-rescue"],
        otherwise: "not_shown",
      },
      {
        name: "the rescuers took no direct part in hostilities",
        kind: "specific",
        metBy: [],
        otherwise: "unknown",
      },
    ],
  },
  {
    code: "WC-E-EMB",
    crime: "war_crimes",
    basis: "Rome Statute art. 8(2)(e)(ii)",
    reading: "the war crime of attacking medical units, transport or personnel using the distinctive emblems",
    triggers: ["target:medical", "event:attack_medical"],
    maxLevel: "L2",
    elements: [
      VIOLENCE,
      {
        name: "medical personnel, units or transport were hit",
        kind: "act",
        metBy: ["target:medical", "event:attack_medical"],
        otherwise: "not_shown",
      },
      NIAC,
      NEXUS,
      {
        name: "identifiable as medical by the Geneva emblems or another method of identification",
        kind: "specific",
        metBy: ["ind:medical-emblem"],
        otherwise: "not_shown",
      },
    ],
  },
  {
    code: "WC-E-PROT",
    crime: "war_crimes",
    basis: "Rome Statute art. 8(2)(e)(iv)",
    reading: "the war crime of attacking hospitals or buildings dedicated to religion or education",
    triggers: [
      "target:school",
      "target:worship",
      "event:attack_school",
      "event:attack_worship",
      "ind:protected-building",
    ],
    requires: ["violent-event"],
    maxLevel: "L2",
    elements: [
      VIOLENCE,
      {
        name: "a hospital, school or place of worship was hit",
        kind: "act",
        metBy: [
          "target:school",
          "target:worship",
          "event:attack_school",
          "event:attack_worship",
          "ind:protected-building",
        ],
        otherwise: "not_shown",
      },
      NIAC,
      NEXUS,
      {
        name: "the building was not a military objective",
        kind: "specific",
        metBy: ["ind:no-military-objective"],
        otherwise: "not_shown",
      },
    ],
  },
  {
    code: "WC-E-HUM",
    crime: "war_crimes",
    basis: "Rome Statute art. 8(2)(e)(iii)",
    reading: "the war crime of attacking a humanitarian assistance mission",
    triggers: ["target:humanitarian", "ind:humanitarian-mission"],
    requires: ["violent-event"],
    maxLevel: "L2",
    elements: [
      VIOLENCE,
      {
        name: "humanitarian personnel, convoys or installations were hit",
        kind: "act",
        metBy: ["target:humanitarian", "ind:humanitarian-mission"],
        otherwise: "not_shown",
      },
      NIAC,
      NEXUS,
      {
        name: "entitled to the protection given to civilians",
        kind: "specific",
        metBy: [],
        otherwise: "unknown",
      },
    ],
  },
  {
    code: "WC-E-DISP",
    crime: "war_crimes",
    basis: "Rome Statute art. 8(2)(e)(viii)",
    reading: "the war crime of ordering the displacement of the civilian population",
    triggers: ["ind:displacement-order"],
    maxLevel: "L2",
    elements: [
      {
        name: "an order to displace the civilian population was given",
        kind: "act",
        metBy: ["ind:displacement-order"],
        otherwise: "not_shown",
      },
      NIAC,
      NEXUS,
      {
        name: "not required by the civilians' security or imperative military reasons",
        kind: "specific",
        metBy: [],
        otherwise: "unknown",
      },
    ],
  },
  {
    code: "WC-E-PIL",
    crime: "war_crimes",
    basis: "Rome Statute art. 8(2)(e)(v)",
    reading: "the war crime of pillage",
    triggers: ["ind:pillage"],
    maxLevel: "L2",
    elements: [
      {
        name: "property was appropriated (looting)",
        kind: "act",
        metBy: ["ind:pillage"],
        otherwise: "not_shown",
      },
      NIAC,
      NEXUS,
      {
        name: "for private or personal use, without the owner's consent",
        kind: "specific",
        metBy: [],
        otherwise: "unknown",
      },
    ],
  },
  {
    code: "WC-E-DEST",
    crime: "war_crimes",
    basis: "Rome Statute art. 8(2)(e)(xii)",
    reading: "the war crime of destroying an adversary's property",
    triggers: ["ind:destruction"],
    maxLevel: "L2",
    elements: [
      {
        name: "property was destroyed or seized",
        kind: "act",
        metBy: ["ind:destruction"],
        otherwise: "not_shown",
      },
      NIAC,
      NEXUS,
      {
        name: "not imperatively demanded by the necessities of the conflict",
        kind: "specific",
        metBy: [],
        otherwise: "unknown",
      },
    ],
  },
  {
    code: "WC-E-STARV",
    crime: "war_crimes",
    basis: "Rome Statute art. 8(2)(e)(xix) (amendment adopted 6 December 2019)",
    reading: "the war crime of starving civilians as a method of warfare",
    triggers: ["event:siege_starvation", "ind:siege-starvation"],
    maxLevel: "L2",
    elements: [
      {
        name: "civilians were deprived of objects indispensable to their survival, or relief was impeded",
        kind: "act",
        metBy: ["event:siege_starvation", "ind:siege-starvation"],
        otherwise: "not_shown",
      },
      NIAC,
      NEXUS,
      {
        name: "the (e)(xix) amendment had been adopted by the incident's date",
        kind: "context",
        metBy: ["ctx:starvation-amendment"],
        otherwise: "unknown",
      },
      {
        name: "starvation intended as a method of warfare",
        kind: "specific",
        metBy: [],
        otherwise: "unknown",
      },
    ],
  },
  {
    code: "WC-C-MUR",
    crime: "war_crimes",
    basis: "Rome Statute art. 8(2)(c)(i) and (iv) (common article 3)",
    reading: "the war crime of murder or execution without a regular trial",
    triggers: ["event:execution", "ind:execution"],
    maxLevel: "L2",
    elements: [
      {
        name: "a person was killed while in the perpetrator's power (execution)",
        kind: "act",
        metBy: ["event:execution", "ind:execution"],
        otherwise: "not_shown",
      },
      NIAC,
      NEXUS,
      {
        name: "the victim took no active part in hostilities",
        kind: "specific",
        metBy: ["target:civilians", "target:detainees"],
        otherwise: "not_shown",
      },
    ],
  },
  {
    code: "WC-C-TOR",
    crime: "war_crimes",
    basis: "Rome Statute art. 8(2)(c)(i)",
    reading: "the war crime of torture or cruel treatment",
    triggers: ["event:detention_torture", "ind:torture"],
    maxLevel: "L2",
    elements: [
      {
        name: "severe physical or mental pain was inflicted",
        kind: "act",
        metBy: ["event:detention_torture", "ind:torture"],
        otherwise: "not_shown",
      },
      NIAC,
      NEXUS,
      {
        name: "the victim took no active part in hostilities",
        kind: "specific",
        metBy: ["target:civilians", "target:detainees"],
        otherwise: "not_shown",
      },
    ],
  },
  {
    code: "WC-C-HOS",
    crime: "war_crimes",
    basis: "Rome Statute art. 8(2)(c)(iii)",
    reading: "the war crime of taking hostages",
    triggers: ["event:abduction", "ind:hostage"],
    maxLevel: "L2",
    elements: [
      {
        name: "persons were seized or detained",
        kind: "act",
        metBy: ["event:abduction", "ind:hostage"],
        otherwise: "not_shown",
      },
      NIAC,
      NEXUS,
      {
        name: "a threat to harm them to compel a third party",
        kind: "specific",
        metBy: [],
        otherwise: "unknown",
      },
    ],
  },
  {
    code: "IHL-INDISC",
    crime: "ihl",
    basis: "Customary IHL, ICRC Rules 11–12 (not a Rome Statute crime in NIAC; may support WC-E-CIV)",
    reading: "an indiscriminate attack prohibited by customary IHL",
    triggers: ["ind:indiscriminate", "event:barrel_bomb"],
    maxLevel: "L1",
    elements: [
      {
        name: "a method or weapon that cannot be directed at a specific military objective",
        kind: "act",
        metBy: ["ind:indiscriminate", "event:barrel_bomb"],
        otherwise: "not_shown",
      },
      NIAC,
    ],
  },
  {
    code: "CAH-MUR",
    crime: "crimes_against_humanity",
    basis: "Rome Statute art. 7(1)(a)",
    reading: "murder as a crime against humanity",
    triggers: ["civilians-killed", "event:massacre", "ind:massacre"],
    maxLevel: "L2",
    elements: [
      { name: "civilians were killed", kind: "act", metBy: ["civilians-killed"], otherwise: "not_shown" },
      CHAPEAU,
      SOURCE_SYSTEMATIC,
      POLICY,
    ],
  },
  {
    code: "CAH-EXT",
    crime: "crimes_against_humanity",
    basis: "Rome Statute art. 7(1)(b)",
    reading: "extermination as a crime against humanity",
    triggers: ["mass-killing"],
    maxLevel: "L2",
    elements: [
      {
        name: "killings on a massive scale (at least 10 civilians in one incident)",
        kind: "act",
        metBy: ["mass-killing"],
        otherwise: "not_shown",
      },
      CHAPEAU,
      SOURCE_SYSTEMATIC,
      POLICY,
    ],
  },
  {
    code: "CAH-DEP",
    crime: "crimes_against_humanity",
    basis: "Rome Statute art. 7(1)(d)",
    reading: "deportation or forcible transfer as a crime against humanity",
    triggers: [
      "ind:displacement-occurred",
      "ind:displacement-aim",
      "ind:displacement-order",
      "event:forced_displacement",
    ],
    maxLevel: "L2",
    elements: [
      {
        name: "people were displaced from where they lawfully were",
        kind: "act",
        metBy: ["ind:displacement-occurred", "event:forced_displacement"],
        otherwise: "not_shown",
      },
      {
        name: "by expulsion or other coercion (an attack or an order)",
        kind: "act",
        metBy: ["violent-event", "ind:displacement-order"],
        otherwise: "not_shown",
      },
      {
        name: "the source asserts an aim to displace (an allegation of purpose)",
        kind: "assertion",
        metBy: ["ind:displacement-aim"],
        otherwise: "not_shown",
      },
      CHAPEAU,
      SOURCE_SYSTEMATIC,
    ],
  },
  {
    code: "CAH-PER",
    crime: "crimes_against_humanity",
    basis: "Rome Statute art. 7(1)(h)",
    reading: "persecution as a crime against humanity",
    triggers: ["ind:identity-targeting"],
    maxLevel: "L2",
    elements: [
      {
        name: "victims were targeted for their group identity",
        kind: "act",
        metBy: ["ind:identity-targeting"],
        otherwise: "not_shown",
      },
      {
        name: "in connection with another listed act (here: violence)",
        kind: "act",
        metBy: ["violent-event"],
        otherwise: "not_shown",
      },
      CHAPEAU,
      { name: "discriminatory intent", kind: "specific", metBy: [], otherwise: "unknown" },
    ],
  },
  {
    code: "CAH-ED",
    crime: "crimes_against_humanity",
    basis: "Rome Statute art. 7(1)(i)",
    reading: "enforced disappearance as a crime against humanity",
    triggers: ["ind:disappearance"],
    maxLevel: "L2",
    elements: [
      {
        name: "persons were detained and their fate or whereabouts withheld",
        kind: "act",
        metBy: ["ind:disappearance"],
        otherwise: "not_shown",
      },
      CHAPEAU,
    ],
  },
  {
    code: "CAH-TOR",
    crime: "crimes_against_humanity",
    basis: "Rome Statute art. 7(1)(f)",
    reading: "torture as a crime against humanity",
    triggers: ["event:detention_torture", "ind:torture"],
    maxLevel: "L2",
    elements: [
      {
        name: "severe pain or suffering inflicted on a person in custody",
        kind: "act",
        metBy: ["event:detention_torture", "ind:torture"],
        otherwise: "not_shown",
      },
      CHAPEAU,
    ],
  },
  {
    code: "CAH-SV",
    crime: "crimes_against_humanity",
    basis: "Rome Statute art. 7(1)(g)",
    reading: "sexual violence as a crime against humanity",
    triggers: ["event:sexual_violence", "ind:sexual-violence"],
    maxLevel: "L2",
    elements: [
      {
        name: "an act of sexual violence",
        kind: "act",
        metBy: ["event:sexual_violence", "ind:sexual-violence"],
        otherwise: "not_shown",
      },
      CHAPEAU,
    ],
  },
  {
    code: "GEN-A",
    crime: "genocide",
    basis: "Genocide Convention art. II(a) = Rome Statute art. 6(a)",
    reading: "genocide by killing members of a protected group",
    triggers: ["ind:destruction-intent"],
    requires: ["killed"],
    maxLevel: "L0",
    analystOnly: true,
    elements: [
      { name: "members of the group were killed", kind: "act", metBy: ["killed"], otherwise: "not_shown" },
      GENOCIDE_GROUP,
      GENOCIDE_INTENT,
    ],
  },
  {
    code: "GEN-B",
    crime: "genocide",
    basis: "Genocide Convention art. II(b) = Rome Statute art. 6(b)",
    reading: "genocide by causing serious bodily or mental harm to members of a protected group",
    triggers: ["ind:destruction-intent"],
    requires: ["injured"],
    maxLevel: "L0",
    analystOnly: true,
    elements: [
      {
        name: "members of the group suffered serious bodily or mental harm",
        kind: "act",
        metBy: ["injured"],
        otherwise: "not_shown",
      },
      GENOCIDE_GROUP,
      GENOCIDE_INTENT,
    ],
  },
  {
    code: "GEN-C",
    crime: "genocide",
    basis: "Genocide Convention art. II(c) = Rome Statute art. 6(c)",
    reading: "genocide by inflicting conditions of life calculated to destroy a protected group",
    triggers: ["ind:destruction-intent"],
    requires: ["ind:siege-starvation"],
    maxLevel: "L0",
    analystOnly: true,
    elements: [
      {
        name: "conditions of life calculated to bring about the group's destruction",
        kind: "act",
        metBy: ["ind:siege-starvation"],
        otherwise: "not_shown",
      },
      GENOCIDE_GROUP,
      GENOCIDE_INTENT,
    ],
  },
  {
    code: "GEN-D",
    crime: "genocide",
    basis: "Genocide Convention art. II(d) = Rome Statute art. 6(d)",
    reading: "genocide by imposing measures intended to prevent births within a protected group",
    triggers: ["ind:destruction-intent"],
    requires: ["ind:birth-prevention"],
    maxLevel: "L0",
    analystOnly: true,
    elements: [
      {
        name: "measures intended to prevent births within the group were imposed",
        kind: "act",
        metBy: ["ind:birth-prevention"],
        otherwise: "not_shown",
      },
      GENOCIDE_GROUP,
      GENOCIDE_INTENT,
    ],
  },
  {
    code: "GEN-E",
    crime: "genocide",
    basis: "Genocide Convention art. II(e) = Rome Statute art. 6(e)",
    reading: "genocide by forcibly transferring children of a protected group to another group",
    triggers: ["ind:destruction-intent"],
    requires: ["ind:child-transfer"],
    maxLevel: "L0",
    analystOnly: true,
    elements: [
      {
        name: "children (under 18) of the group were forcibly transferred to another group",
        kind: "act",
        metBy: ["ind:child-transfer"],
        otherwise: "not_shown",
      },
      GENOCIDE_GROUP,
      GENOCIDE_INTENT,
    ],
  },
  {
    code: "EC-FLAG",
    crime: "ethnic_cleansing",
    basis:
      "Not a crime of its own: UN Commission of Experts, S/25274 and S/1994/674 (overlaps CAH-DEP, CAH-PER, WC-E-DISP)",
    reading: "a pattern of ethnic cleansing (a non-legal term)",
    triggers: ["ind:demographic-change"],
    requires: ["ind:identity-targeting"],
    maxLevel: "L1",
    elements: [
      {
        name: "people were displaced",
        kind: "act",
        metBy: ["ind:displacement-occurred", "event:forced_displacement", "ind:displacement-order"],
        otherwise: "not_shown",
      },
      {
        name: "targeting by group identity",
        kind: "act",
        metBy: ["ind:identity-targeting"],
        otherwise: "not_shown",
      },
      {
        name: "an aim to make the area homogeneous (demographic change)",
        kind: "act",
        metBy: ["ind:demographic-change"],
        otherwise: "not_shown",
      },
    ],
  },
];

export { QUALIFICATION_RULES_VERSION } from "./rules-version.js";
