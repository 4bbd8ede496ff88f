/**
 * The UN Framework of Analysis for Atrocity Crimes (2014, A/70/741–S/2016/71): eight common risk factors
 * and six specific ones (RF9–10 genocide, RF11–12 crimes against humanity, RF13–14 war crimes), with
 * the indicators r2p-watch tracks, paraphrased (DOMAIN.md §3.1). `computed` indicators are derived from
 * incidents, statements and situation context; the others are set by analysts with a note. Dynamic
 * indicators (triggers, ongoing conduct) decay after 90 days without new evidence; structural ones do not.
 */
import type { CrimeGroup, RiskFactorId } from "../../domain/risk.js";

export interface RiskIndicatorDefinition {
  id: string;
  text: string;
  dynamic: boolean;
  computed: boolean;
}

export interface RiskFactorDefinition {
  id: RiskFactorId;
  name: string;
  groups: CrimeGroup[];
  indicators: RiskIndicatorDefinition[];
}

const ind = (id: string, text: string, dynamic: boolean, computed = false): RiskIndicatorDefinition => ({
  id,
  text,
  dynamic,
  computed,
});

export const DECAY_DAYS = 90;

const FACTORS: RiskFactorDefinition[] = [
  {
    id: "RF1",
    name: "Situations of armed conflict or other forms of instability",
    groups: ["common"],
    indicators: [
      ind("RF1.armed-conflict", "An armed conflict is recorded in the situation's context data", false, true),
      ind(
        "RF1.hostilities",
        "Hostilities reported in our incident series within the last 90 days",
        true,
        true,
      ),
      ind("RF1.humanitarian-crisis", "Humanitarian crisis or emergency", true),
      ind("RF1.regime-change", "Abrupt or irregular regime change or transfer of power", true),
    ],
  },
  {
    id: "RF2",
    name: "Record of serious violations of international human rights and humanitarian law",
    groups: ["common"],
    indicators: [
      ind(
        "RF2.past-violations",
        "Incidents qualified L1 or above (consistent with an atrocity crime) in our record",
        false,
        true,
      ),
      ind("RF2.denial", "Denials of reported violations by an alleged perpetrator", true, true),
      ind("RF2.impunity", "Impunity for past violations", false),
    ],
  },
  {
    id: "RF3",
    name: "Weakness of State structures",
    groups: ["common"],
    indicators: [
      ind("RF3.judiciary", "No independent or effective judiciary", false),
      ind("RF3.security-control", "No effective civilian control of security forces", false),
    ],
  },
  {
    id: "RF4",
    name: "Motives or incentives",
    groups: ["common"],
    indicators: [
      ind("RF4.power-resources", "Motives of power, resources or territory", false),
      ind("RF4.homogenise", "An aim to make an area homogeneous", true),
    ],
  },
  {
    id: "RF5",
    name: "Capacity to commit atrocity crimes",
    groups: ["common"],
    indicators: [
      ind("RF5.arms-personnel", "Arms and personnel available to commit atrocities", false),
      ind("RF5.external-support", "External support to a perpetrator", true),
    ],
  },
  {
    id: "RF6",
    name: "Absence of mitigating factors",
    groups: ["common"],
    indicators: [
      ind("RF6.council-paralysis", "A paralysed Security Council or no route to accountability", false),
      ind("RF6.free-media", "No free media", false),
      ind("RF6.international-presence", "Little UN or NGO presence", true),
    ],
  },
  {
    id: "RF7",
    name: "Enabling circumstances or preparatory action",
    groups: ["common"],
    indicators: [
      ind("RF7.militia-support", "More support to militias", true),
      ind("RF7.communications", "Communications cut", true),
      ind("RF7.ngo-expulsion", "NGOs or journalists expelled", true),
      ind("RF7.displacement", "Forced displacement", true),
    ],
  },
  {
    id: "RF8",
    name: "Triggering factors",
    groups: ["common"],
    indicators: [
      ind("RF8.hostilities-onset", "Start or sudden change of hostilities", true),
      ind("RF8.spill-over", "Spill-over from neighbouring conflicts", true),
      ind("RF8.incitement", "Incitement or hate speech", true),
    ],
  },
  {
    id: "RF9",
    name: "Intergroup tensions or patterns of discrimination against protected groups",
    groups: ["genocide"],
    indicators: [
      ind("RF9.discriminatory-laws", "Discriminatory laws or practices", false),
      ind("RF9.unpunished-atrocities", "Unpunished past atrocities against the group", false),
    ],
  },
  {
    id: "RF10",
    name: "Signs of an intent to destroy in whole or in part a protected group",
    groups: ["genocide"],
    indicators: [
      ind("RF10.stated-intent", "Intent revealed in speech or documents", true),
      ind(
        "RF10.selective-elimination",
        "Selective elimination of group members or destruction of its symbols",
        true,
      ),
    ],
  },
  {
    id: "RF11",
    name: "Signs of a widespread or systematic attack against any civilian population",
    groups: ["crimes_against_humanity"],
    indicators: [
      ind(
        "RF11.pattern",
        "A pattern of attacks on civilians by the same alleged perpetrator (5+ incidents in 30 days, 2+ areas, 2+ reports)",
        true,
        true,
      ),
      ind(
        "RF11.spread-areas",
        "Attacks on civilians spreading to more areas (admin2) than the previous 90 days",
        true,
        true,
      ),
      ind("RF11.spread-time", "Attacks on civilians on more days than the previous 90 days", true, true),
      ind("RF11.senior-involvement", "Involvement of senior officials", false),
    ],
  },
  {
    id: "RF12",
    name: "Signs of a plan or policy to attack any civilian population",
    groups: ["crimes_against_humanity"],
    indicators: [
      ind("RF12.policy-documents", "Policy documents or orders", false),
      ind("RF12.demographic-engineering", "Engineered demographic change", true),
    ],
  },
  {
    id: "RF13",
    name: "Serious threats to those protected under international humanitarian law",
    groups: ["war_crimes"],
    indicators: [
      ind(
        "RF13.protected-attacks",
        "Attacks on protected persons or objects (medical units, schools, places of worship, civilians as the object)",
        true,
        true,
      ),
      ind("RF13.provoke-displacement", "Conduct reported as meant to provoke displacement", true, true),
      ind("RF13.dehumanisation", "Dehumanising discourse", true),
    ],
  },
  {
    id: "RF14",
    name: "Serious threats to humanitarian or peacekeeping operations",
    groups: ["war_crimes"],
    indicators: [
      ind(
        "RF14.humanitarian-attacks",
        "Attacks on humanitarian workers, convoys or civil-defence rescuers",
        true,
        true,
      ),
      ind("RF14.obstruction", "Obstruction of humanitarian access", true),
    ],
  },
];

/** Factors whose indicators are triggers and ongoing conduct: an analyst's overall call on them decays too. */
const DYNAMIC_FACTORS = new Set(["RF1", "RF7", "RF8", "RF10", "RF11", "RF13", "RF14"]);

/**
 * Every factor also takes an analyst's overall assessment (`RF3.analyst`), set with `r2p situation set RF3`,
 * for what its listed indicators do not capture.
 */
for (const factor of FACTORS) {
  factor.indicators.push(
    ind(
      `${factor.id}.analyst`,
      "Analyst's assessment of the factor as a whole",
      DYNAMIC_FACTORS.has(factor.id),
    ),
  );
}

export const RISK_FACTORS: readonly RiskFactorDefinition[] = FACTORS;

/** Every indicator id, for validation and help text. */
export const RISK_INDICATOR_IDS: readonly string[] = RISK_FACTORS.flatMap((f) =>
  f.indicators.map((i) => i.id),
);

/** The definition of indicator `id`, or undefined. */
export function findRiskIndicator(id: string): RiskIndicatorDefinition | undefined {
  for (const factor of RISK_FACTORS) {
    const hit = factor.indicators.find((i) => i.id === id);
    if (hit) return hit;
  }
  return undefined;
}
