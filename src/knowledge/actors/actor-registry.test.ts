import { describe, expect, it } from "vitest";
import { ActorRegistry } from "./actor-registry.js";
import { defineActor, type ActorMatch } from "./country-pack.js";
import { INTERNATIONAL_PACK } from "./international-actors.js";
import { SYRIA_PACK } from "./syria-actors.js";

const registry = new ActorRegistry([SYRIA_PACK, INTERNATIONAL_PACK]);
const ids = (found: ActorMatch[]) => found.map((m) => m.actor.id);

describe("actor registry", () => {
  it("finds the seed sentence's actors with spans into the original text", () => {
    const text =
      "In fact, the Assad regime and its Russian and Iranian allies carried out several deadly attacks";
    const found = registry.findActors(text, null);
    expect(ids(found)).toEqual(["SY_GOV_ASSAD", "RU_MIL", "IR_MIL"]);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual([
      "Assad regime",
      "Russian",
      "Iranian allies",
    ]);
    expect(found.map((m) => m.mention)).toEqual(["Assad regime", "Russian", "Iranian allies"]);
  });

  it("reads a dotted initialism as one word ('U.S. special forces')", () => {
    const text = "The raid was carried out by U.S. special forces near the town.";
    const found = registry.findActors(text, "2022-02-03");
    expect(ids(found)).toEqual(["COALITION"]);
    expect(found[0]?.mention).toBe("U.S. special forces");
    expect(ids(registry.findActors("U.S. Central Command said it struck a leader.", "2023-05-03"))).toEqual([
      "COALITION",
    ]);
  });

  it("resolves regime wording to the Assad-era forces", () => {
    const [m] = registry.findActors("Regime forces shelled the town.", "2021-05-01");
    expect(m?.actor.id).toBe("SY_GOV_ASSAD");
    expect(m?.needsReview).toBeUndefined();
  });

  it("resolves government forces by date", () => {
    expect(ids(registry.findActors("government forces advanced", "2025-03-07"))).toEqual(["SY_GOV_TRANS"]);
    expect(ids(registry.findActors("government forces advanced", "2019-03-07"))).toEqual(["SY_GOV_ASSAD"]);
    const [undated] = registry.findActors("government forces advanced", null);
    expect(undated?.actor.id).toBe("SY_GOV_ASSAD");
    expect(undated?.ambiguousPeriod).toBe(true);
  });

  it("flags regime wording after the fall of Assad for review", () => {
    const [m] = registry.findActors("regime forces attacked", "2025-03-07");
    expect(m?.actor.id).toBe("SY_GOV_ASSAD");
    expect(m?.needsReview).toBe(true);
  });

  it("marks the White Helmets as protected civil defence", () => {
    const [m] = registry.findActors("the White Helmets said", "2021-05-01");
    expect(m?.actor.id).toBe("SCD");
    expect(m?.actor.protectedRole).toBe("civil_defence");
    expect(m?.mention).toBe("White Helmets");
  });

  it("matches Arabic aliases, with proclitics and vowel marks", () => {
    const text = "قصفت قوات النظام وحلفاؤها بلدة سرجة، وقوات الأسد قصفت أيضاً مواقع لِلنِّظام";
    const found = registry.findActors(text, null);
    expect(ids(found)).toEqual(["SY_GOV_ASSAD", "SY_GOV_ASSAD", "SY_GOV_ASSAD"]);
    expect(found[0]?.mention).toBe("قوات النظام");
    expect(found[1]?.mention).toBe("قوات الأسد");
  });

  it("tolerates transliteration variants and possessives", () => {
    expect(ids(registry.findActors("Hayyaat Tahrir Al-Sham fighters", null))).toEqual(["HTS"]);
    expect(ids(registry.findActors("Hay’at Tahrir ash-Sham", null))).toEqual(["HTS"]);
    const text = "the regime's warplanes and HTS's positions";
    const found = registry.findActors(text, "2020-01-01");
    expect(ids(found)).toEqual(["SY_GOV_ASSAD", "HTS"]);
    expect(found[0]?.mention).toBe("regime's warplanes");
    expect(found[1]?.mention).toBe("HTS");
  });

  it("prefers the longest alias and handles plurals", () => {
    expect(ids(registry.findActors("Syrian Arab Army troops", "2020-01-01"))).toEqual(["SY_GOV_ASSAD"]);
    expect(registry.findActors("a Turkish drone struck", null)[0]?.mention).toBe("Turkish drone");
    expect(registry.findActors("Turkish drones struck", null)[0]?.mention).toBe("Turkish drones");
    expect(ids(registry.findActors("Iran-backed militias and the SDF", "2020-01-01"))).toEqual([
      "IR_PROXY",
      "SDF",
    ]);
  });

  it("matches acronyms case-sensitively", () => {
    expect(registry.findActors("the saa said", null)).toEqual([]);
    expect(ids(registry.findActors("the SAA said", "2020-01-01"))).toEqual(["SY_GOV_ASSAD"]);
    expect(registry.findActors("Who said so? Let us see.", null)).toEqual([]);
    expect(ids(registry.findActors("WHO said so", null))).toEqual(["WHO"]);
  });

  it("applies nationality adjectives only before force nouns in the same clause", () => {
    expect(ids(registry.findActors("Russian jets and Turkish artillery", null))).toEqual([
      "RU_MIL",
      "TR_MIL",
    ]);
    expect(registry.findActors("the Russian president spoke. Forces moved", null)).toEqual([]);
    expect(registry.findActors("a Russian-brokered ceasefire", null)).toEqual([]);
    // The attack named by the nationality: "an Israeli aggression", "the Turkish attack".
    expect(ids(registry.findActors("due to an Israeli aggression on the town", null))).toEqual(["IL_MIL"]);
    expect(ids(registry.findActors("the Turkish attack on the village", null))).toEqual(["TR_MIL"]);
    expect(registry.findActors("the Russian president's visit", null)).toEqual([]);
  });

  it("rejects packs with duplicate ids or unknown rule targets", () => {
    const a = defineActor({ id: "X", name: "X force", kind: "militia" });
    expect(() => new ActorRegistry([{ country: "XX", actors: [a, a] }])).toThrow(/defined twice/);
    expect(
      () =>
        new ActorRegistry([
          { country: "XX", actors: [a], adjectiveRules: [{ adjectives: ["Y"], actorId: "Y" }] },
        ]),
    ).toThrow(/unknown actor/);
  });

  it("covers every DOMAIN.md §5 actor", () => {
    for (const id of [
      "SY_GOV_ASSAD",
      "SY_PGM_NDF",
      "RU_MIL",
      "IR_MIL",
      "IR_PROXY",
      "HTS",
      "SNA",
      "TR_MIL",
      "SDF",
      "ISIS",
      "COALITION",
      "SCD",
      "SOC",
      "SIG",
      "SSG",
      "SY_GOV_TRANS",
      "SY_LOYALIST",
      "IL_MIL",
    ])
      expect(registry.get(id)?.id).toBe(id);
  });
});
