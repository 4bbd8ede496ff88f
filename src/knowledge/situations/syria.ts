/**
 * Syria's context data (version-stamped). The classification dates are standard knowledge [K]: the ICRC
 * publicly characterised the fighting as a non-international armed conflict in July 2012; Syria is not a
 * Rome Statute party and the 2014 ICC referral was vetoed [V, DOMAIN.md §1], so every label built on
 * this is analytical, not judicial. Party periods follow the actor registry (DOMAIN.md §5).
 */
import type { SituationContext } from "./situation-context.js";

const ICRC_2012: { citation: string; tag: "K" } = {
  citation:
    "ICRC public statement classifying the hostilities in Syria as a non-international armed conflict, July 2012",
  tag: "K",
};

export const SYRIA_SITUATION: SituationContext = {
  id: "syria",
  name: "Syria",
  country: "SY",
  version: "syria-context-1 (2025-03)",
  armedConflicts: [
    {
      id: "niac-gov-opposition",
      classification: "NIAC",
      description:
        "Non-international armed conflict between the Syrian government and its allies and organised armed opposition groups",
      from: "2012-07-15",
      to: null,
      parties: [
        { actorId: "SY_GOV_ASSAD", from: null, to: "2024-12-08" },
        { actorId: "SY_PGM_NDF", from: null, to: "2024-12-31" },
        // Foreign forces fighting on the government's side are parties to the same NIAC [K].
        { actorId: "RU_MIL", from: "2015-09-30", to: null },
        { actorId: "IR_MIL", from: null, to: "2024-12-31" },
        { actorId: "IR_PROXY", from: null, to: "2024-12-31" },
        { actorId: "HTS", from: "2017-01-28", to: "2025-01-29" },
        { actorId: "SNA", from: "2017-12-30", to: "2025-01-29" },
        { actorId: "ISIS", from: "2013-04-08", to: null },
        { actorId: "SDF", from: "2015-10-10", to: null },
        { actorId: "TR_MIL", from: "2016-08-24", to: null },
        { actorId: "COALITION", from: "2014-09-23", to: null },
        { actorId: "SY_GOV_TRANS", from: "2024-12-08", to: null },
        { actorId: "SY_LOYALIST", from: "2024-12-08", to: null },
      ],
      sources: [ICRC_2012, { citation: "DOMAIN.md §5 actor periods", tag: "K" }],
      note: "Classification after the fall of the Assad government (2024-12-08) is kept as continuing NIACs with the remaining armed groups; review as the situation settles.",
    },
  ],
  facts: [
    {
      id: "niac-since-2012",
      text: "Armed conflict in Syria since 2012 (non-international, per the ICRC's 2012 characterisation)",
      indicatorId: "RF1.armed-conflict",
      from: "2012-07-15",
      sources: [ICRC_2012],
    },
    {
      id: "icc-referral-veto-2014",
      text: "Security Council ICC referral of Syria vetoed on 22 May 2014 (13 in favour): no route to the ICC",
      indicatorId: "RF6.council-paralysis",
      from: "2014-05-22",
      sources: [{ citation: "DOMAIN.md §1, C5", tag: "V" }],
    },
  ],
  admin1: [
    "Aleppo",
    "Idlib",
    "Hama",
    "Homs",
    "Latakia",
    "Tartus",
    "Raqqa",
    "Deir ez-Zor",
    "Hasakah",
    "Damascus",
    "Rif Dimashq",
    "Daraa",
    "As-Suwayda",
    "Quneitra",
  ],
};
