import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IncidentClaim } from "../../domain/claim.js";
import { FakeActors, FakePlaces } from "../../../test/support/fake-knowledge.js";
import { textReport } from "../../../test/support/text-report.js";
import { extractIncidents } from "./extract-incidents.js";

const deps = { places: new FakePlaces(), actors: new FakeActors() };

function run(text: string, publishedAt: string | null = null): IncidentClaim[] {
  const out = extractIncidents(textReport(text, publishedAt), deps.places, deps.actors).incidents;
  for (const c of out) {
    IncidentClaim.parse(c);
    for (const e of c.evidence) expect(e.text).toBe(text.slice(e.start, e.end));
  }
  return out;
}

describe("extractIncidents", () => {
  it("gives one claim per listed village, sharing a group and a joint toll", () => {
    const text =
      "Regime forces shelled the villages of Sarjah, Ahsem and Kafarnoran in rural Idlib, killing five civilians.";
    const claims = run(text);
    expect(claims.map((c) => c.place.mention)).toEqual(["Sarjah", "Ahsem", "Kafarnoran"]);
    expect(new Set(claims.map((c) => c.groupId)).size).toBe(1);
    expect(claims[0]!.groupId).not.toBeNull();
    for (const c of claims) {
      expect(c.eventType).toBe("shelling");
      expect(c.casualties.scope).toBe("group");
      expect(c.perpetrators[0]?.actorId).toBe("SY_GOV_ASSAD");
    }
    expect(claims[0]!.place.admin1).toBe("Idlib");
    expect(claims[0]!.place.gazetteerId).toBe("t:3");
  });

  it("keeps an unknown place in strong locative context as unresolved with its governorate", () => {
    const claims = run("Regime forces shelled Qartaba village in the southern countryside of Idlib.");
    expect(claims).toHaveLength(1);
    expect(claims[0]!.place).toMatchObject({ mention: "Qartaba", precision: "unresolved", admin1: "Idlib" });
  });

  it("ignores hypothetical attacks, sightings and period tallies", () => {
    expect(run("Regime forces threatened to shell Tal Nar village.")).toHaveLength(0);
    expect(run("Reconnaissance drones were seen flying over Tal Nar village.")).toHaveLength(0);
    expect(
      run("Since April, regime strikes on Tal Nar village killed more than 600 civilians."),
    ).toHaveLength(0);
  });

  it("ignores an attack still to come: 'the next target of an attack', a planned or imminent one", () => {
    expect(run("Tal Nar village is, along with Ihsim, the next target of a Turkish attack.")).toHaveLength(0);
    expect(
      run("Residents fled Tal Nar village ahead of an imminent offensive by regime forces."),
    ).toHaveLength(0);
    expect(run("Regime forces shelled Tal Nar village on Monday.")).toHaveLength(1);
  });

  it("attributes the report to the monitor, not as a perpetrator, and marks air strikes", () => {
    const claims = run("SOHR reported that Russian warplanes bombed Tal Nar town, killing two children.");
    expect(claims).toHaveLength(1);
    const c = claims[0]!;
    expect(c.eventType).toBe("air_strike");
    expect(c.perpetrators.map((p) => p.actorId)).toEqual(["RU_MIL"]);
    expect(c.attributedTo).toContain("Syrian Observatory for Human Rights");
    expect(c.victimGroups).toContain("children");
  });

  it("does not make the hit vehicle's owner a perpetrator", () => {
    const claims = run(
      "Opposition factions fired a missile on regime forces near Bir Hamra village in Hama countryside.",
    );
    expect(claims[0]?.perpetrators.map((p) => p.actorId)).toEqual(["OPP"]);
  });

  it("gives breakdown bullets their own tolls", () => {
    const text =
      "Regime artillery fire killed seven civilians in areas of the southern countryside of Idlib. The breakdown of fatalities was as follows:\n\n• Tal Nar town: two children.\n\n• Qartaba village: five people.";
    const claims = run(text);
    const byPlace = Object.fromEntries(claims.map((c) => [c.place.mention, c]));
    expect(byPlace["Tal Nar"]?.casualties.killed).toEqual({ min: 2, max: 2 });
    expect(byPlace["Qartaba"]?.casualties.killed).toEqual({ min: 5, max: 5 });
    expect(byPlace["Tal Nar"]?.perpetrators[0]?.actorId).toBe("SY_GOV_ASSAD");
  });

  const seedPath = "/work/shared/seed/000_73950fb0b43643e1.txt";
  it.skipIf(!existsSync(seedPath))(
    "reads the seed article's four shelled villages (skips without ../shared/seed)",
    () => {
      // The seed page minus its furniture (logo, repeated headlines, read-also line, disclaimer, keywords).
      const raw = readFileSync(seedPath, "utf8").split("\n");
      const body = raw.filter((l) => l.length > 120 && !/^Read Also|has not verified/.test(l)).join("\n\n");
      const claims = run(body);
      expect(claims.map((c) => c.place.mention)).toEqual(["Sarjah", "Ahsem", "Daret Izza", "Kafarnoran"]);
      for (const c of claims) {
        expect(c.eventType).toBe("shelling");
        expect(c.perpetrators.find((p) => p.role === "primary")?.actorId).toBe("SY_GOV_ASSAD");
        expect(
          c.perpetrators
            .filter((p) => p.role === "alleged_assoc")
            .map((p) => p.actorId)
            .sort(),
        ).toEqual(["IR_MIL", "RU_MIL"]);
        expect(c.targets).toEqual(expect.arrayContaining(["civilians", "rescuers", "medical"]));
        expect(c.victimGroups).toEqual(expect.arrayContaining(["women", "children"]));
        expect(c.casualties.group?.unspecified).toEqual({ min: 12, max: 99 });
        expect(c.casualties.unspecified).toBeNull();
        expect(c.casualties.scope).toBe("group");
        expect(c.date.start).toBeNull();
        expect(c.doubleTap).toBe(true);
      }
    },
  );
});
