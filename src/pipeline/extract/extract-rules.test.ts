/**
 * Rules of the extraction stage on invented wording, with the fake gazetteer and registry: which names
 * are incident places, who the attacker is, which event type, and the admin context of unknown places.
 */
import { describe, expect, it } from "vitest";
import { IncidentClaim } from "../../domain/claim.js";
import { FakeActors, FakePlaces } from "../../../test/support/fake-knowledge.js";
import { textReport } from "../../../test/support/text-report.js";
import { extractIncidents } from "./extract-incidents.js";

const places = new FakePlaces();
const actors = new FakeActors();

function run(text: string): IncidentClaim[] {
  const r = textReport(text, "2024-03-05");
  const out = extractIncidents(r, places, actors).incidents;
  for (const c of out) {
    IncidentClaim.parse(c);
    for (const e of c.evidence) expect(e.text).toBe(text.slice(e.start, e.end));
  }
  return out;
}
const mentions = (text: string) => run(text).map((c) => c.place.mention);
const perpIds = (c: IncidentClaim | undefined) => (c?.perpetrators ?? []).map((p) => p.actorId ?? p.name);

describe("incident places", () => {
  it("a town that only locates where fire came from is no incident place either", () => {
    expect(
      mentions("Shelling hit Tall Nar on Monday. The shells were launched from the Ihsim camp near Sarja."),
    ).toEqual(["Tall Nar"]);
    expect(mentions("Rockets fired from Ihsim base, west of Sarja, hit Tall Nar on Monday.")).toEqual([
      "Tall Nar",
    ]);
    // Not aside, the place and its town are read as before.
    expect(mentions("Regime forces shelled Tall Nar and the Ihsim camp near Sarja on Monday.")).toContain(
      "Sarja",
    );
  });

  it("unnamed villages of a town's land are its area: no claim beside a village claim near it", () => {
    expect(
      mentions("Turkish forces shelled Ihsim and villages in the district of Tall Nar on Sunday."),
    ).toEqual(["Ihsim"]);
    expect(
      mentions("Turkish forces shelled Ihsim on Sunday. Three villages in Tall Nar were also targeted."),
    ).toEqual(["Ihsim"]);
    // Alone, the area is coded to its town; named villages are the villages.
    expect(mentions("Turkish forces shelled three villages in Tall Nar on Sunday.")).toEqual(["Tall Nar"]);
    expect(mentions("Turkish forces shelled the villages of Ihsim and Tall Nar on Sunday.")).toEqual([
      "Ihsim",
      "Tall Nar",
    ]);
  });

  it("a town that only locates the place named just before it in one locative phrase is no incident place", () => {
    expect(
      mentions(
        "Russian warplanes carried out four airstrikes on Monday targeting camps opposite to Ihsim village in areas held by Turkish-backed factions in Tall Nar.",
      ),
    ).toEqual(["Ihsim"]);
    // Coordinated, or in a clause of its own, the second town is a place of the attack too.
    expect(mentions("Russian warplanes struck camps near Ihsim village and in Tall Nar on Monday.")).toEqual([
      "Ihsim",
      "Tall Nar",
    ]);
    // A facility named after a village and located in a town: the phrase places the facility.
    expect(
      mentions(
        "Russian warplanes fired missiles near the Ihsim Water Station located in Tall Nar on Monday.",
      ),
    ).toEqual(["Ihsim", "Tall Nar"]);
  });

  it("a name that publishes or qualifies a medium is an outlet, not a place", () => {
    expect(
      mentions(
        "Warplanes struck the market in Ihsim on Monday. The Sarja video shows four bombs being dropped on the market.",
      ),
    ).toEqual(["Ihsim"]);
    expect(
      mentions("Warplanes struck Ihsim on Monday. Sarja has published a video of the strike on the market."),
    ).toEqual(["Ihsim"]);
  });

  it("where the dead or wounded were taken is no incident place", () => {
    expect(
      mentions(
        "Regime shelling killed two civilians in Ihsim. The teams delivered 2 bodies to the forensic division in the city of Sarja.",
      ),
    ).toEqual(["Ihsim"]);
    expect(
      mentions(
        "A car bomb exploded in Ihsim. Six people were wounded in the explosion and transferred to a hospital in Sarja.",
      ),
    ).toEqual(["Ihsim"]);
    // Taken somewhere because of an attack in a place: the place is the attack's.
    expect(
      mentions(
        "Six people were wounded and taken to the nearest hospital after a car bomb exploded in Ihsim.",
      ),
    ).toEqual(["Ihsim"]);
  });

  it("a clause after the destination ('after shells hit X') tells where the attack was, whatever its length", () => {
    expect(mentions("The wounded were taken to a hospital after shells hit Marj Tahun.")).toEqual([
      "Marj Tahun",
    ]);
    expect(
      mentions("The wounded were taken to a hospital in Ihsim near Sarja after shells hit Marj Tahun."),
    ).toEqual(["Marj Tahun"]);
    expect(
      mentions("Three men were rushed to a clinic in Ihsim when Marj Tahun was shelled on Monday."),
    ).toEqual(["Marj Tahun"]);
    expect(mentions("Families fled to Sarja as regime artillery pounded Marj Tahun.")).toEqual([
      "Marj Tahun",
    ]);
    // The destination and the town locating it stay aside.
    expect(
      mentions("Shells hit Marj Tahun. The wounded were taken to a hospital in Ihsim near Sarja."),
    ).toEqual(["Marj Tahun"]);
  });

  it("a particle written apart from its name ('al- Ihsim') still opens the name", () => {
    expect(
      mentions("The helicopters dropped other barrels on the villages of al- Ihsim and al- Sarja."),
    ).toEqual(["al- Ihsim", "al- Sarja"]);
  });

  it("a governorate named as territory, origin or front is context, not an incident", () => {
    expect(
      mentions(
        "Regime forces shelled Ihsim on Monday, days after opposition factions captured areas of Hama province.",
      ),
    ).toEqual(["Ihsim"]);
    expect(mentions("Rockets fired from Latakia countryside hit Bir Hamra on Tuesday.")).toEqual([
      "Bir Hamra",
    ]);
    expect(
      mentions("Opposition factions positioned in rural Aleppo have repeatedly shelled towns in Hama."),
    ).toEqual([]);
  });

  it("a governorate that is the attack's object is still an incident place", () => {
    const [c] = run("Russian warplanes bombed rural Hama on Sunday.");
    expect(c?.place).toMatchObject({ admin1: "Hama", precision: "admin1" });
  });

  it("a place of another event told as coinciding with the attack is no incident place", () => {
    expect(
      mentions(
        "Turkish forces shelled the village of Sarja on Saturday. The Turkish shelling coincided with the arrival of a Russian convoy at Ihsim base.",
      ),
    ).toEqual(["Sarja"]);
    // The coinciding event is an attack of its own: its place is an incident place.
    expect(
      mentions("Regime forces shelled Sarja on Saturday, coinciding with artillery shelling on Ihsim."),
    ).toEqual(["Sarja", "Ihsim"]);
  });

  it("where attackers are posted or the wounded are taken is context", () => {
    expect(
      mentions(
        "Regime forces stationed west of Tall Nar shelled Ihsim (Ahsem), north of Sarja town, and a man was taken to a hospital in Bir Hamra.",
      ),
    ).toEqual(["Ihsim"]);
  });

  it("a dateline or heading is where the report was filed, not an incident place", () => {
    expect(mentions("ALEPPO, May 2 (Wire) – Regime forces shelled Kafr Nuran, killing two.")).toEqual([
      "Kafr Nuran",
    ]);
    expect(mentions("Upper Hama — Regime helicopters dropped barrel bombs on Bir Hamra.")).toEqual([
      "Bir Hamra",
    ]);
  });

  it("outlet names, nationality adjectives and rivers are not places", () => {
    const got = mentions(
      "Government forces shelled the Ossetian villages of Dar Salma and Ihsim near the Qweiq river, Orontes Press reported.",
    );
    expect(got).toEqual(["Dar Salma", "Ihsim"]);
  });

  it("in a title-case headline only names the gazetteer knows are places", () => {
    const got = mentions("Children Killed As Attacks On Ihsim Intensify\n\nRegime forces shelled Ihsim.");
    expect(got).toEqual(["Ihsim"]);
  });

  it("'the Y neighbourhood of X' and 'the countryside of X, ... A and B' give the incident places", () => {
    expect(mentions("A drone struck a car in the al-Nour neighbourhood of Ihsim.")).toEqual(["Ihsim"]);
    expect(
      mentions("In the countryside of Tall Nar, regime artillery shelled the villages of Zarbal and Ihsim."),
    ).toEqual(["Zarbal", "Ihsim"]);
  });

  it("an unknown village takes the governorate of its resolved list neighbour, else records candidates", () => {
    const lead = "Activists reported tension in rural Idleb and western rural Aleppo on Monday. ";
    const [zarbal] = run(`${lead}Regime forces shelled Zarbal and Ihsim.`);
    expect(zarbal?.place).toMatchObject({ mention: "Zarbal", admin1: "Idlib" });
    const unknown = run(`${lead}Regime forces shelled the villages of Zarbal and Qumaytan.`);
    expect(unknown.map((c) => c.place.admin1)).toEqual([null, null]);
    expect(unknown[0]?.place.adminCandidates).toEqual(["Idlib", "Aleppo"]);
  });
});

describe("perpetrators", () => {
  it("an attacker named through its weapon or platform", () => {
    expect(perpIds(run("Government artillery shelled Tall Nar on Monday.")[0])).toEqual(["SY_GOV_ASSAD"]);
    const [c] = run("Warplanes believed to be Russian struck the market in Ihsim.");
    expect(perpIds(c)).toEqual(["RU_MIL"]);
    expect(c?.eventType).toBe("air_strike");
  });

  it("an unregistered group keeps its own words with a null id", () => {
    const [c] = run("Terrorist groups fired rockets at Bir Hamra, injuring three.");
    expect(c?.perpetrators[0]).toMatchObject({ actorId: null, name: "Terrorist groups" });
  });

  it("rescuers accused of staging, and fighters killed, are not the attackers", () => {
    const [a] = run("Officials accused the White Helmets of staging a chlorine attack in Ihsim.");
    expect(perpIds(a)).not.toContain("SCD");
    const [b] = run("A drone struck a car carrying fighters of the opposition factions in Sarja.");
    expect(perpIds(b)).not.toContain("OPP");
  });

  it("the next sentence telling the same attack fills the attacker and the means", () => {
    const [c] = run(
      "A hospital in Tall Nar was attacked on Monday. Artillery shells fired by government forces hit its main building.",
    );
    expect(c?.eventType).toBe("shelling");
    expect(perpIds(c)).toEqual(["SY_GOV_ASSAD"]);
  });
});

describe("event types", () => {
  it.each([
    ["Russian jets struck the market in Ihsim.", "air_strike"],
    ["A drone thought to belong to regime forces also targeted a car in Sarja.", "drone_strike"],
    ["Gunmen raided houses in Tall Nar and abducted a teacher.", "abduction"],
    [
      "Militants carried out a field execution of a shepherd in Bir Hamra, with gunmen shooting him.",
      "execution",
    ],
    ["Unknown gunmen ambushed a patrol near Ihsim.", "armed_clash"],
    ["A Turkish drone has bombed the town centre of Ihsim.", "drone_strike"],
    ["Helicopters dropped four barrels on Ihsim.", "barrel_bomb"],
    ["Regime forces bombed the town centre of Ihsim.", "shelling"],
    // Raids told just after air raids are more of them.
    [
      "Warplanes carried out air raids on Sarja on Monday. A second wave of raids targeted Ihsim, injuring several civilians.",
      "air_strike",
      "Ihsim",
    ],
  ])("%s → %s", (text, type, mention?: string) => {
    if (mention) {
      expect(run(text).find((c) => c.place.mention === mention)?.eventType).toBe(type);
      return;
    }
    expect(run(text)[0]?.eventType).toBe(type);
  });

  it("a generic attack takes the one means its attacker used in the report's other claims", () => {
    const claims = run(
      "Regime forces shelled Ihsim with artillery on Monday, killing two. Regime forces also shelled Sarja with rockets on Monday.\n\nOn Tuesday, regime forces targeted Tall Nar, killing a farmer.",
    );
    expect(claims.find((c) => c.place.mention === "Tall Nar")?.eventType).toBe("shelling");
    // Another attacker, or several means, leave it an attack.
    const mixed = run(
      "Regime forces shelled Ihsim on Monday. Regime warplanes bombed Sarja on Monday.\n\nOn Tuesday, regime forces targeted Tall Nar, killing a farmer.",
    );
    expect(mixed.find((c) => c.place.mention === "Tall Nar")?.eventType).toBe("attack");
  });

  it("habitual or period wording is not an incident", () => {
    expect(run("Regime forces have repeatedly shelled Ihsim.")).toEqual([]);
    expect(run("Regime forces shelled Ihsim many times over the past week.")).toEqual([]);
    expect(
      run(
        "Following the hospital attacks in Ihsim during the month of February 2024, a research team was formed.",
      ),
    ).toEqual([]);
  });
});

describe("names that look like places but are not", () => {
  it("does not take a facility's own name, a person or a time zone for the place", () => {
    expect(mentions("Warplanes struck the Noor Hospital in Ihsim on Monday, killing two patients.")).toEqual([
      "Ihsim",
    ]);
    expect(mentions("Regime forces shelled the home of Yamen Khatib in Ihsim on Monday.")).toEqual(["Ihsim"]);
    expect(
      mentions(
        "At 12:25 pm Damascus time, warplanes struck the town of Sarja in rural Idlib, killing a nurse.",
      ),
    ).toEqual(["Sarja"]);
  });

  it("keeps a town a facility is named after when the gazetteer knows it", () => {
    expect(mentions("Warplanes struck the Ihsim Hospital on Monday, killing two patients.")).toEqual([
      "Ihsim",
    ]);
  });

  it("reads works named by what they make ('X Water Station', 'X Power Plant') as named after X", () => {
    expect(
      mentions("Warplanes fired missiles near the Ihsim Water Station on Monday, injuring a worker."),
    ).toEqual(["Ihsim"]);
    expect(mentions("Regime forces shelled the Sarja Power Plant on Monday, killing two workers.")).toEqual([
      "Sarja",
    ]);
  });
});

describe("bombings described by what went off where", () => {
  it("reads 'an explosive device went off' as an explosion and a roundabout as part of the town", () => {
    const claims = run(
      "An explosive device planted in a parked car went off near the Saha roundabout in Ihsim on Tuesday, killing two civilians.",
    );
    expect(claims.map((c) => [c.eventType, c.place.mention])).toEqual([["explosion", "Ihsim"]]);
  });
});

describe("mentions that are not incidents of the report", () => {
  it("does not take a speaker, a facility's unknown name or a person's name for a place", () => {
    expect(mentions("Warplanes struck Ihsim on Monday, killing nearly 20 people, Zamtel reported.")).toEqual([
      "Ihsim",
    ]);
    expect(
      mentions("Russian warplanes targeted the Qawsara hospital in Ihsim on Monday, killing two nurses."),
    ).toEqual(["Ihsim"]);
    expect(mentions("Warplanes bombed the Omar Bin Al Sarja Mosque in Ihsim on Monday.")).toEqual(["Ihsim"]);
  });

  it("an attack named only to deny a link to the one told is no incident, and takes no toll", () => {
    const out = run(
      "Jets struck the clinic in Ihsim on Monday. The strike has no relation to the clashes in Tall Nar. One nurse was killed in this attack.",
    );
    expect(out.map((c) => [c.place.mention, c.casualties.killed?.min ?? null])).toEqual([["Ihsim", 1]]);
    expect(
      mentions("Jets struck Ihsim on Monday, which has nothing to do with the shelling of Tall Nar."),
    ).toEqual(["Ihsim"]);
    // A link told, not denied, keeps both.
    expect(mentions("Jets struck Ihsim on Monday in connection with the shelling of Tall Nar.")).toHaveLength(
      2,
    );
  });

  it("a bare 'also attacked on <day>' of a place told on another day is a back-reference", () => {
    const out = run(
      "Warplanes struck the hospital in Ihsim on 19 February 2024, killing two nurses. The Ihsim hospital was also attacked on 25 March 2023.",
    );
    expect(out.map((c) => c.date.start)).toEqual(["2024-02-19"]);
  });

  it("a sentence naming its incident by its day adds detail, not an attack at the last place named", () => {
    const text =
      "The team identified two incidents. One occurred on 3 February 2024 and the other on 5 February 2024 in Sarja. " +
      "For the 3 February incident, the team identified the cluster munition used.";
    expect(run(text).map((c) => `${c.place.mention} ${c.date.start}`)).not.toContain("Sarja 2024-02-03");
  });

  it("an attack told without means on another day is kept when nothing refers it back", () => {
    const out = run(
      "Warplanes struck the hospital in Ihsim on 19 February 2024, killing two nurses. Two attacks on 25 January 2024 were found to have occurred in Ihsim and Sarja.",
    );
    expect(out.map((c) => `${c.place.mention} ${c.date.start}`).sort()).toEqual([
      "Ihsim 2024-01-25",
      "Ihsim 2024-02-19",
      "Sarja 2024-01-25",
    ]);
  });

  it("an attack dated only by the day a statement about it was made is no incident of that day", () => {
    const out = run(
      "Warplanes struck the hospital in Ihsim on 19 February 2024, killing two nurses.\n\nThe ministry confirmed the presence of its aircraft near Ihsim. On 27 February the Civil Defence responded to questions in a press conference about the attack.",
    );
    expect(out.map((c) => c.date.start)).toEqual(["2024-02-19"]);
  });

  it("attacks placed in the whole country are a campaign, not an attack at the place named before", () => {
    const out = run(
      "Warplanes struck the hospital in Ihsim on 19 February 2024, killing two nurses.\n\nThe ministry confirmed the presence of its aircraft near Sarja. On 27 February the ministry held a press conference about their air-strikes in Syria.",
    );
    expect(out.map((c) => c.place.mention)).toEqual(["Ihsim"]);
  });

  it("attacks named by their days in a comparison are back-references to attacks told before", () => {
    const out = run(
      "Warplanes struck the hospital in Ihsim on 19 February 2024, killing two nurses. Compared to the 2023 September 19th and March 25th attacks, the Ihsim hospital sustained more damage.",
    );
    expect(out.map((c) => c.date.start)).toEqual(["2024-02-19"]);
  });

  it("the day a report was published does not date the attack it is about", () => {
    const out = run(
      "A chemical attack hit Ihsim on 4 February 2024. The OPCW published a report about this on 28 February 2024, confirming the use of chemical weapons in Ihsim.",
    );
    expect(out.map((c) => c.date.start)).toEqual(["2024-02-04"]);
  });
});

describe("cross-area constructions (accusations, foreign bombing)", () => {
  it("an accusation's gerund tells the attack, its attacker alleged", () => {
    for (const text of [
      "Activists accused Russia of striking Tal Nar village on Monday.",
      "Russia was accused of striking Tal Nar village on Monday.",
      "Residents blamed regime forces for targeting Tal Nar village on Monday.",
    ]) {
      const [c, ...rest] = run(text);
      expect(rest, text).toHaveLength(0);
      expect(c?.place.mention, text).toBe("Tal Nar");
      expect(c?.modality, text).toBe("alleged");
      expect(perpIds(c), text).toEqual([text.includes("regime") ? "SY_GOV_ASSAD" : "RU_MIL"]);
    }
    // Russia's strikes are from the air; a bare gerund tells no attack.
    expect(run("Activists accused Russia of striking Tal Nar village on Monday.")[0]?.eventType).toBe(
      "air_strike",
    );
    expect(run("Teachers were striking in Tal Nar village on Monday.")).toHaveLength(0);
  });

  it("a foreign air power's bombing is an air strike; a bombing with no platform or air power is shelling", () => {
    expect(run("The Russian bombing of Tal Nar village on Monday killed four civilians.")[0]?.eventType).toBe(
      "air_strike",
    );
    expect(run("Regime bombing of Tal Nar village on Monday killed four civilians.")[0]?.eventType).toBe(
      "shelling",
    );
    // A foreign force that also fires from the ground bombs by artillery unless an aircraft is named.
    expect(run("Iranian forces bombed Tal Nar village on Monday.")[0]?.eventType).toBe("shelling");
  });
});

describe("'pounded' names no means", () => {
  it("'pounded A' is an attack typed by its clause; weather that pounds is none", () => {
    // Ground forces pound by artillery; an unnamed subject leaves the means open.
    expect(run("Regime forces pounded Tal Nar village on Monday.")[0]?.eventType).toBe("shelling");
    expect(run("The regime pounded Tal Nar village on Monday.")[0]?.eventType).toBe("attack");
    expect(run("Regime forces pounded Tal Nar village with artillery on Monday.")[0]?.eventType).toBe(
      "shelling",
    );
    expect(run("Russian warplanes pounded Tal Nar village on Monday.")[0]?.eventType).toBe("air_strike");
    expect(run("Heavy rain pounded Tal Nar village on Monday.")).toHaveLength(0);
  });
});

describe("a pronoun subject takes the last attacker", () => {
  it("'Regime forces shelled A. On Tuesday they shelled B': B's attacker is the regime", () => {
    const out = run(
      "Regime forces shelled Tal Nar village on Monday. On Tuesday they shelled Ihsim, killing a child.",
    );
    expect(out.map((c) => [c.place.mention, perpIds(c)])).toEqual([
      ["Tal Nar", ["SY_GOV_ASSAD"]],
      ["Ihsim", ["SY_GOV_ASSAD"]],
    ]);
  });
});

describe("sequential strikes at one place and day", () => {
  it("'a first strike killed three …, a second killed two' totals five; another place keeps its own", () => {
    for (const text of [
      "Warplanes struck Tal Nar village on Monday. A first strike killed three civilians, and a second killed two.",
      "Warplanes struck Tal Nar village on Monday. A first strike killed three people; a second strike killed two more.",
    ]) {
      const out = run(text);
      expect(
        out.map((c) => [c.place.mention, c.casualties.killed]),
        text,
      ).toEqual([["Tal Nar", { min: 5, max: 5 }]]);
    }
    const two = run(
      "An air strike on Tal Nar village killed four people on Monday. Another strike on Ihsim killed two.",
    );
    expect(two.map((c) => [c.place.mention, c.casualties.killed?.min])).toEqual([
      ["Tal Nar", 4],
      ["Ihsim", 2],
    ]);
  });
});

describe("attacks mentioned but not told", () => {
  it("a past attack in a participle phrase with its own year is background", () => {
    expect(
      run("A school destroyed by air strikes in 2016 reopened in Tal Nar village on Monday."),
    ).toHaveLength(0);
    // The sentence's own attack stays.
    const out = run(
      "Regime forces shelled Tal Nar village on Monday, hitting a school damaged by air strikes in 2016.",
    );
    expect(out.map((c) => [c.place.mention, c.eventType])).toEqual([["Tal Nar", "shelling"]]);
  });

  it("an attack that is only the object of a protest is no incident (a condemnation may tell one)", () => {
    expect(
      run("Residents of Tal Nar village protested on Monday against the air strikes on their town."),
    ).toHaveLength(0);
    expect(
      run("Students in Tal Nar village staged a sit-in against the shelling of their school."),
    ).toHaveLength(0);
    // Told with its toll or its own day, it is an incident.
    expect(
      run(
        "Activists condemned the Russian air strikes on Tal Nar village on Monday, which killed five civilians.",
      ),
    ).toHaveLength(1);
    expect(run("Activists condemned the Russian air strikes on Tal Nar village on Monday.")).toHaveLength(1);
  });
});
