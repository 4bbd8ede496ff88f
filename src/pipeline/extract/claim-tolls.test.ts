/**
 * Tolls and dates attached to claims, on invented wording with the fake gazetteer: per-place tolls,
 * group tolls, deaths from earlier wounds, tolls and negations told in the next sentence, and the
 * incident date (own clause, earlier sentence, "the same day", never the dateline or publication day).
 */
import { describe, expect, it } from "vitest";
import { IncidentClaim } from "../../domain/claim.js";
import { FakeActors, FakePlaces } from "../../../test/support/fake-knowledge.js";
import { textReport } from "../../../test/support/text-report.js";
import { extractIncidents } from "./extract-incidents.js";

const places = new FakePlaces();
const actors = new FakeActors();

/** Published on Tuesday 2024-03-05 unless said otherwise. */
function run(text: string, publishedAt: string | null = "2024-03-05"): IncidentClaim[] {
  const r = textReport(text, publishedAt);
  const out = extractIncidents(r, places, actors).incidents;
  for (const c of out) {
    IncidentClaim.parse(c);
    for (const e of c.evidence) expect(e.text).toBe(text.slice(e.start, e.end));
  }
  return out;
}
const at = (claims: IncidentClaim[], mention: string) => {
  const c = claims.find((x) => x.place.mention === mention);
  expect(c, `claim for ${mention}`).toBeDefined();
  return c!;
};
const killed = (c: IncidentClaim) => c.casualties.killed;
const injured = (c: IncidentClaim) => c.casualties.injured;

describe("persons told on top of a count", () => {
  it("adds those told as more to the count before them, even when they outnumber it", () => {
    const claims = run(
      "An engineer was killed along with his three daughters when shells hit Ihsim on Monday.",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 4, max: 4 });
  });
});

describe("a toll told before the sentence that places its attack", () => {
  it("goes to the attack on the victims' own home, house or car", () => {
    const bare = run(
      "On Monday nine members of one family were killed, including four children. Warplanes struck their family home in Ihsim, flattening it.",
    );
    expect(killed(at(bare, "Ihsim"))).toEqual({ min: 9, max: 9 });
    const pending = run(
      "Regime shelling on Monday killed six people, most of them farmers. Others were injured when their houses in Ihsim were shelled.",
    );
    expect(killed(at(pending, "Ihsim"))).toEqual({ min: 6, max: 6 });
  });
});

describe("tolls sources disagree on", () => {
  it("keeps the range from the lowest figure to the highest when a contrasted source gives another ('…, while a monitor put the toll at 13')", () => {
    const claims = run(
      "Russian warplanes struck Ihsim on Monday. The Civil Defence said 10 people were killed, while a local monitor put the toll at thirteen.",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 10, max: 13 });
    const reversed = run(
      "Russian warplanes struck Ihsim on Monday, killing 12 people, but the Civil Defence said eight people had died.",
    );
    expect(killed(at(reversed, "Ihsim"))).toEqual({ min: 8, max: 12 });
    // "at least": the range stays open above.
    const open = run(
      "Russian warplanes struck Ihsim on Monday, killing 12 people, but the Civil Defence said at least 15 people had died.",
    );
    expect(killed(at(open, "Ihsim"))).toEqual({ min: 12, max: null });
  });
});

describe("per-place and group tolls", () => {
  it("gives counts in parentheses opened right after a place to that place ('A (three killed) and B (two wounded)')", () => {
    const claims = run(
      "Regime shelling on Monday hit Ihsim (nine killed, two wounded) and Sarja (five wounded).",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 9, max: 9 });
    expect(injured(at(claims, "Ihsim"))).toEqual({ min: 2, max: 2 });
    expect(killed(at(claims, "Sarja"))).toBeNull();
    expect(injured(at(claims, "Sarja"))).toEqual({ min: 5, max: 5 });
  });

  it("gives each count to the place it is told with", () => {
    const claims = run("Regime shelling killed two civilians in Ihsim and three in Sarja on Monday.");
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 2, max: 2 });
    expect(killed(at(claims, "Sarja"))).toEqual({ min: 3, max: 3 });
    expect(claims.every((c) => c.casualties.scope === "incident" && c.groupId === null)).toBe(true);
  });

  it("gives each place the toll its attack caused, told right after it ('on A, killing five')", () => {
    const claims = run(
      "Russian warplanes carried out airstrikes on Ihsim, killing five civilians, and on Sarja, killing two.",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 5, max: 5 });
    expect(killed(at(claims, "Sarja"))).toEqual({ min: 2, max: 2 });
    expect(claims.every((c) => c.casualties.scope === "incident")).toBe(true);
    // A toll after a list of places still covers the list.
    const listed = run(
      "Russian warplanes carried out airstrikes on Ihsim and Sarja, killing five civilians.",
    );
    expect(listed.every((c) => c.casualties.scope === "group")).toBe(true);
  });

  it("a count told with a later mention of a listed place is that place's ('A, B and C, killing two in A')", () => {
    const claims = run(
      "Regime shelling targeted Ihsim, Sarja and Tall Nar, killing two civilians in Ihsim and injuring four in Sarja.",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 2, max: 2 });
    expect(injured(at(claims, "Sarja"))).toEqual({ min: 4, max: 4 });
    expect(killed(at(claims, "Tall Nar"))).toBeNull();
  });

  it("counts joined by 'and' before their place all belong to it ('two were killed and three wounded in A')", () => {
    const claims = run(
      "Two civilians were killed and three wounded in Ihsim, while a child was killed in Sarja, in regime shelling on Monday.",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 2, max: 2 });
    expect(injured(at(claims, "Ihsim"))).toEqual({ min: 3, max: 3 });
    expect(killed(at(claims, "Sarja"))).toEqual({ min: 1, max: 1 });
  });

  it("keeps killed and injured of different places apart", () => {
    const claims = run(
      "Two civilians were killed in Ihsim, while three were injured in Sarja by regime shelling.",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 2, max: 2 });
    expect(injured(at(claims, "Ihsim"))).toBeNull();
    expect(injured(at(claims, "Sarja"))).toEqual({ min: 3, max: 3 });
    expect(killed(at(claims, "Sarja"))).toBeNull();
  });

  it("a toll of a place and its surroundings is the place's until the text gives the place's own", () => {
    const alone = run("Regime shelling killed six civilians in Ihsim and surrounding villages on Monday.");
    expect(killed(at(alone, "Ihsim"))).toEqual({ min: 6, max: 6 });
    const detailed = run(
      "Regime shelling killed six civilians in Ihsim and surrounding villages on Monday.\n\nThe rescuers said that three deaths occurred in Ihsim, two in Sarja and one in Tall Nar.",
    );
    expect(killed(at(detailed, "Ihsim"))).toEqual({ min: 3, max: 3 });
    // Without the surroundings, the larger figure stays.
    const plain = run(
      "Regime shelling killed six civilians in Ihsim on Monday.\n\nThe rescuers said that three deaths occurred in Ihsim, two in Sarja and one in Tall Nar.",
    );
    expect(killed(at(plain, "Ihsim"))).toEqual({ min: 6, max: 6 });
  });

  it("a toll that covers several places is one group toll", () => {
    const claims = run("Regime shelling on Ihsim and Sarja killed four civilians on Monday.");
    expect(claims.map((c) => c.place.mention)).toEqual(["Ihsim", "Sarja"]);
    expect(claims.every((c) => c.casualties.scope === "group")).toBe(true);
    expect(claims[0]!.groupId).not.toBeNull();
    expect(claims[0]!.groupId).toBe(claims[1]!.groupId);
    // Not copied to each place as if each had it: each place's own toll is unknown.
    expect(claims.map((c) => killed(c))).toEqual([null, null]);
    expect(claims.map((c) => c.casualties.group?.killed)).toEqual([
      { min: 4, max: 4 },
      { min: 4, max: 4 },
    ]);
  });

  it("a place used as a locator does not make a group toll", () => {
    const claims = run("Regime shelling killed four civilians in Ihsim, north of Sarja town, on Monday.");
    expect(claims.map((c) => c.place.mention)).toEqual(["Ihsim"]);
    expect(claims[0]!.casualties.scope).toBe("incident");
    expect(killed(claims[0]!)).toEqual({ min: 4, max: 4 });
  });

  it("nor does the town a village is administratively affiliated with", () => {
    const claims = run(
      "On Monday, two civilians were killed by a roadside bomb in Ihsim village, administratively affiliated with Sarja city.",
    );
    expect(claims.map((c) => c.place.mention)).toEqual(["Ihsim"]);
    expect(killed(claims[0]!)).toEqual({ min: 2, max: 2 });
  });

  it("nor does one that locates by the side of a town ('on the northern side of the city of Y')", () => {
    const claims = run(
      "Two civilians were killed by regime shelling of the village of Ihsim, on the northern side of the city of Sarja.",
    );
    expect(claims.map((c) => c.place.mention)).toEqual(["Ihsim"]);
    expect(killed(claims[0]!)).toEqual({ min: 2, max: 2 });
  });
});

describe("deaths from earlier wounds and toll updates", () => {
  it("adds later deaths from wounds to the toll", () => {
    const claims = run(
      "Regime shelling killed three civilians in Ihsim on Monday. Two of the wounded later died of their injuries.",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 5, max: 5 });
  });

  it("a death from wounds 'bringing the toll to N' is counted in N, not added to it", () => {
    const claims = run(
      "A man died of the wounds he sustained in regime shelling on Ihsim this morning, bringing the total death toll to 15 civilians.",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 15, max: 15 });
  });

  it("prefers a true toll update over adding deaths from wounds", () => {
    const claims = run(
      "Regime shelling killed three civilians in Ihsim on Monday. The death toll rose to 6 after two of the wounded died of their injuries.",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 6, max: 6 });
  });

  it("an older, lower update told later does not lower the toll", () => {
    const claims = run(
      "The death toll from regime shelling on Ihsim rose to 9. By Monday evening the toll had risen to 7.",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 9, max: 9 });
  });
});

describe("tolls and negations in the next sentence", () => {
  it("a toll without a place right after a claim sentence is that claim's toll", () => {
    const claims = run(
      "Regime shelling hit the village of Ihsim on Monday. Two civilians were killed and five injured, according to local sources.",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 2, max: 2 });
    expect(injured(at(claims, "Ihsim"))).toEqual({ min: 5, max: 5 });
  });

  it("so is a toll told as where it stands ('The toll stands at seven dead')", () => {
    const claims = run(
      "Regime warplanes struck Ihsim on Monday. The toll stands at seven dead and 12 injured.",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 7, max: 7 });
    expect(injured(at(claims, "Ihsim"))).toEqual({ min: 12, max: 12 });
  });

  it("persons told as more ('another', 'N more', 'also killed') add to the toll", () => {
    const one = run("A man was killed in regime shelling on Ihsim, and another civilian was killed.");
    expect(killed(at(one, "Ihsim"))).toEqual({ min: 2, max: 2 });
    const next = run("Regime forces shelled Ihsim, killing a woman. Her son was also killed.");
    expect(killed(at(next, "Ihsim"))).toEqual({ min: 2, max: 2 });
    // After a sentence that goes on with the same attack without a place ("struck the same spot again").
    const again = run(
      "Russian warplanes targeted Ihsim, killing two civilians.\n\nWhen rescuers arrived, the warplanes struck the same spot a second time. A rescuer was killed, and another civilian was killed.",
    );
    expect(killed(at(again, "Ihsim"))).toEqual({ min: 4, max: 4 });
  });

  it("not 'N more' that is a place's whole toll, nor 'others' set apart from the dead", () => {
    const more = run(
      "Warplanes killed six people in Sarja. Four more people were killed in the village of Ihsim, among them a paramedic.",
    );
    expect(killed(at(more, "Ihsim"))).toEqual({ min: 4, max: 4 });
    const others = run(
      "Two civilians were killed and five others injured in regime shelling on Ihsim. The shelling caused the death of two civilians and the injury of five others.",
    );
    expect(injured(at(others, "Ihsim"))).toEqual({ min: 5, max: 5 });
  });

  it("not across a paragraph break, and not for another kind of attack", () => {
    expect(
      killed(
        at(run("Regime shelling hit the village of Ihsim on Monday.\n\nTwo civilians were killed."), "Ihsim"),
      ),
    ).toBeNull();
    expect(
      killed(
        at(
          run("Regime shelling hit the village of Ihsim on Monday. Russian airstrikes killed two civilians."),
          "Ihsim",
        ),
      ),
    ).toBeNull();
  });

  it("a placeless toll goes to the claim of the next sentences that refers back to its attack", () => {
    const claims = run(
      "An airstrike early on Monday over a busy market killed at least nine people, activists said. Activists said that Russia launched the strike over the town of Ihsim.",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 9, max: null });
    const later = run(
      "An airborne raid killed 13 people on Monday. Rescuers received reports about an airborne raid after midnight. It was found that the airborne raid was carried out in Sarja.",
    );
    expect(killed(at(later, "Sarja"))).toEqual({ min: 13, max: 13 });
  });

  it("a later toll that names the attack again goes to its place, even paragraphs on", () => {
    const claims = run(
      "Regime helicopters fired machine guns at a house in Ihsim on Monday. The raid went on until dawn.\n\nLocal people fled.\n\nWe documented the deaths of six children and three women in this operation.",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 9, max: 9 });
    const unnamed = run(
      "Regime helicopters fired machine guns at a house in Ihsim on Monday. The raid went on until dawn.\n\nLocal people fled.\n\nNine civilians were killed in the province last month.",
    );
    expect(killed(at(unnamed, "Ihsim"))).toBeNull();
  });

  it("a placeless attack is placed by a next sentence whose subject is its dead ('The two were killed in A')", () => {
    const claims = run(
      "Regime airstrikes killed two people on Monday, state media said. The two were killed in Ihsim.",
    );
    const c = at(claims, "Ihsim");
    expect([c.eventType, killed(c)]).toEqual(["air_strike", { min: 2, max: 2 }]);
  });

  it("in a report about one place, a toll naming 'the attack' reaches further back", () => {
    const text =
      "At 7:40 am on Monday, a fixed-wing aircraft dropped two bombs on the bakery in Ihsim. Residents had been queuing. " +
      "A witness said the plane circled first. People lay on the ground. Bread was scattered. Her daughter was hit by shrapnel.\n\n" +
      "We were able to confirm the names of 11 civilians killed in the attack.";
    expect(killed(at(run(text), "Ihsim"))).toEqual({ min: 11, max: 11 });
    // Not when the report has told attacks on several places.
    const two = run(text.replace("Residents had been queuing.", "Regime forces shelled Sarja."));
    expect(killed(at(two, "Ihsim"))).toBeNull();
  });

  it("such a toll goes to the place struck, not the places that locate it, and to a list as a group", () => {
    const located = run(
      "Regime helicopters fired machine guns at a house north of Ihsim village near the road between Ihsim village and the crossing in Tall Nar area on Monday. The raid went on until dawn.\n\nLocal people fled.\n\nWe documented the deaths of six children and three women in this operation.",
    );
    expect(killed(at(located, "Ihsim"))).toEqual({ min: 9, max: 9 });
    expect(killed(at(located, "Tall Nar"))).toBeNull();
    const listed = run(
      "Regime helicopters fired machine guns at Ihsim and Tall Nar on Monday. The raid went on until dawn.\n\nLocal people fled.\n\nWe documented the deaths of six children and three women in this operation.",
    );
    expect(listed.map((c) => killed(c))).toEqual([null, null]);
    expect(listed.map((c) => c.casualties.scope)).toEqual(["group", "group"]);
    expect(listed[0]!.casualties.group?.killed).toEqual({ min: 9, max: 9 });
  });

  it("deaths told just before without an attack go to the attack the next sentence places and refers to", () => {
    const claims = run(
      "The number of civilian deaths rose to three. Five others were wounded in the blast in the village of Ihsim.",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 3, max: 3 });
    expect(injured(at(claims, "Ihsim"))).toEqual({ min: 5, max: 5 });
    const unrelated = run("The number of civilian deaths rose to three. Regime forces shelled Ihsim.");
    expect(killed(at(unrelated, "Ihsim"))).toBeNull();
  });

  it("not to an attack that does not refer back, nor three sentences later", () => {
    const other = run("An airstrike killed nine people on Monday. Russian warplanes also bombed Ihsim.");
    expect(killed(at(other, "Ihsim"))).toBeNull();
    const far = run(
      "An airstrike killed nine people on Monday. Rescuers arrived. Roads were closed. Russia launched the strike on Ihsim.",
    );
    expect(killed(at(far, "Ihsim"))).toBeNull();
  });

  it("'no casualties were reported' leaves the toll unknown", () => {
    const c = at(run("Regime forces shelled Ihsim on Monday. No casualties were reported."), "Ihsim");
    expect(killed(c)).toBeNull();
    const d = at(
      run("Regime forces shelled Ihsim on Monday; no casualties have been reported yet."),
      "Ihsim",
    );
    expect(killed(d)).toBeNull();
  });

  it("an explicit 'nobody was hurt' makes the toll zero", () => {
    const c = at(run("Regime forces shelled Ihsim on Monday. Residents said nobody was hurt."), "Ihsim");
    expect(killed(c)).toEqual({ min: 0, max: 0 });
    expect(injured(c)).toEqual({ min: 0, max: 0 });
    const d = at(run("Regime forces shelled Ihsim on Monday without causing casualties."), "Ihsim");
    expect(killed(d)).toEqual({ min: 0, max: 0 });
  });
});

describe("incident dates", () => {
  it("a 'Last update:' stamp dates the page, not the incident", () => {
    const c = at(
      run(
        "This investigation will be updated. Last update: March 4, 2024, 19:41 UTC.\n\nA mortar shell landed in Ihsim, killing a woman.",
      ),
      "Ihsim",
    );
    expect(c.date.start).toBeNull();
  });

  it("a report without a publication date resolves relative days against its own dateline", () => {
    const text =
      "News desk\n\nThursday, 7 Mar 2024, 15:01\n\nRegime shelling killed two civilians in Ihsim on Tuesday.";
    expect(at(run(text, null), "Ihsim").date.start).toBe("2024-03-05");
    // A publication date given with the report wins over the text's.
    expect(at(run(text, "2024-03-14"), "Ihsim").date.start).toBe("2024-03-12");
    expect(
      at(run("Regime shelling killed two civilians in Ihsim on Tuesday.", null), "Ihsim").date.start,
    ).toBeNull();
  });

  it("a dateline is the publication date, not the incident date", () => {
    const c = at(
      run("(Beirut, March 5, 2024) – Regime shelling killed two civilians in Ihsim on March 3, 2024."),
      "Ihsim",
    );
    expect(c.date.start).toBe("2024-03-03");
    const d = at(
      run("BEIRUT, March 5, 2024 (AFP) - Regime shelling killed two civilians in Ihsim, a monitor said."),
      "Ihsim",
    );
    expect(d.date.start).toBeNull();
    expect(d.date.precision).toBe("unknown");
  });

  it("a date line of page metadata is not a lead date", () => {
    const c = at(
      run("Local News 2024-02-28 06:03\n\nRegime shelling killed two civilians in Ihsim.", null),
      "Ihsim",
    );
    expect(c.date).toMatchObject({ start: null, precision: "unknown" });
  });

  it("the day a toll was updated is not the incident date; a detail sentence gives it", () => {
    const claims = run(
      "The death toll from the car bomb in Ihsim rose to 14 on Tuesday.\n\nThe booby-trapped car exploded on Monday near the market.",
    );
    expect(at(claims, "Ihsim").date.start).toBe("2024-03-04");
  });

  it("takes the date of the nearest earlier sentence of the paragraph", () => {
    const claims = run(
      "On Sunday, regime forces shelled several villages. In Ihsim, two civilians were killed.",
    );
    expect(at(claims, "Ihsim").date.start).toBe("2024-03-03");
  });

  it("'on the same day' and 'a day earlier' refer to the previous incident", () => {
    const claims = run(
      "Regime shelling killed two civilians in Ihsim on Monday. On the same day, Russian warplanes bombed Sarja. A day earlier, regime forces shelled Bir Hamra.",
    );
    expect(at(claims, "Sarja").date.start).toBe("2024-03-04");
    expect(at(claims, "Bir Hamra").date.start).toBe("2024-03-03");
  });

  it("never uses the publication date as a stated day, and never invents one", () => {
    const c = at(run("Regime shelling killed two civilians in Ihsim."), "Ihsim");
    expect(c.date).toMatchObject({ start: null, end: null, precision: "unknown" });
    const d = at(run("Regime shelling killed two civilians in Ihsim yesterday.", null), "Ihsim");
    expect(d.date.start).toBeNull();
    expect(d.date.relative).toEqual({ fromDays: -1, toDays: -1 });
  });
});

describe("a toll told right after a group of places", () => {
  it("goes to every claim of the group, as a group toll, keeping both wordings", () => {
    const claims = run(
      "Regime forces shelled the villages of Ihsim, Tall Nar and Marj Tahun on Monday, causing dozens of casualties.\n\nThe regime then bombed the rescuers who rushed to the scene, killing and injuring a number of them.",
    );
    expect(claims.map((c) => c.place.mention)).toEqual(["Ihsim", "Tall Nar", "Marj Tahun"]);
    for (const c of claims) {
      expect(c.casualties.scope).toBe("group");
      expect([c.casualties.killed, c.casualties.injured, c.casualties.unspecified]).toEqual([
        null,
        null,
        null,
      ]);
      expect(c.casualties.group).toEqual({
        unspecified: { min: 12, max: 99 },
        killed: { min: 1, max: 9 },
        injured: { min: 1, max: 9 },
      });
      expect(c.evidence.filter((e) => e.field === "casualties").map((e) => e.text)).toEqual([
        "dozens of casualties",
        "a number of them",
      ]);
    }
  });
});

describe("breakdown bullets read counts of any size", () => {
  it("reads thirteen and twenty-one after the colon", async () => {
    const { extractIncidents } = await import("./extract-incidents.js");
    const { FakeActors, FakePlaces } = await import("../../../test/support/fake-knowledge.js");
    const { textReport } = await import("../../../test/support/text-report.js");
    const text =
      "Regime shelling killed 34 civilians in rural Idlib on Monday, distributed as follows:\n" +
      "• Sarjah village: thirteen people.\n• Ahsem village: twenty-one people.";
    const claims = extractIncidents(textReport(text), new FakePlaces(), new FakeActors()).incidents;
    expect(claims.map((c) => [c.place.mention, c.casualties.killed?.min])).toEqual([
      ["Sarjah", 13],
      ["Ahsem", 21],
    ]);
  });
});

describe("a region-level claim and the settlements of its governorate", () => {
  it("a settlement that lost more lives than the region's claim counts is another attack, not its detail", () => {
    const claims = run(
      "Russian warplanes killed four people in Idlib on Monday.\n\nOn 12 October, Russian warplanes killed nine people in Ihsim.",
      // Another day the report tells ("In October" alone, no day, beside Monday's claim would be a recap:
      // report-time.ts).
      "2023-11-05",
    );
    expect(claims.map((c) => c.place.mention).sort()).toEqual(["Idlib", "Ihsim"]);
  });
});

describe("a toll told for a region, then placed", () => {
  it("goes to the one place the summary details", () => {
    const claims = run(
      "At least nine civilians were killed in regime airstrikes on rural Idlib on Sunday. The attack targeted a market in the town of Ihsim.",
    );
    expect(claims.map((c) => c.place.mention)).toEqual(["Ihsim"]);
    expect(killed(claims[0]!)).toEqual({ min: 9, max: null });
  });

  it("with its attackers and means, to the place detailed right after, not one told later as another attack", () => {
    const claims = run(
      "Six people were killed in an artillery strike by regime forces in rural Idlib on Saturday. Reconnaissance aircraft circled the area, the village of Ihsim, after the strike. The monitor said the children were aged 3 and 7. Residents fled. Regime forces also shelled the village of Sarja.",
    );
    const ihsim = at(claims, "Ihsim");
    expect([ihsim.eventType, ihsim.perpetrators.map((p) => p.actorId), killed(ihsim)]).toEqual([
      "shelling",
      ["SY_GOV_ASSAD"],
      { min: 6, max: 6 },
    ]);
    expect(killed(at(claims, "Sarja"))).toBeNull();
  });

  it("not to a place a later sentence tells as another attack by the same subject", () => {
    const claims = run(
      "The reporter said the militants fired rocket shells on the neighbourhoods of the town, killing two civilians. The reporter added that the militants also targeted the village of Sarja with several shells, causing material damage only.",
    );
    expect(killed(at(claims, "Sarja"))).toBeNull();
  });

  it("not to several places, whose own tolls stay unknown", () => {
    const claims = run(
      "At least nine civilians were killed in regime airstrikes on rural Idlib on Sunday. The attacks targeted Ihsim and Tall Nar.",
    );
    expect(claims.map((c) => killed(c))).toEqual([null, null]);
  });
});

describe("the headline's toll", () => {
  const withTitle = (title: string, text: string) =>
    extractIncidents({ ...textReport(text), title }, places, actors).incidents;

  it("goes to the claim whose place the headline names, when it has no deaths of its own", () => {
    const claims = withTitle(
      "Regime shelling kills three in Ihsim",
      "Regime forces shelled Ihsim and Sarja on Monday. Five people were injured in Sarja.",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 3, max: 3 });
    expect(killed(at(claims, "Sarja"))).toBeNull();
  });

  it("a headline's toll update replaces the lower toll the body told first", () => {
    const claims = withTitle(
      "Death toll from regime shelling on Ihsim rises to 9",
      "Regime shelling on Ihsim killed four civilians on Monday.",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 9, max: 9 });
  });

  it("reads a headline whose words are masked against filters ('kil*led')", () => {
    const claims = withTitle(
      "Dea*th toll | Two civilians kil*led in regime shel*ling on Ihsim",
      "Regime forces shelled Ihsim and Sarja on Monday.",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 2, max: 2 });
  });

  it("goes to the only claim when the headline names no place of the claims", () => {
    const claims = withTitle(
      "Two civilians killed in regime bombardment on the countryside of Idlib",
      "Regime forces shelled the village of Ihsim on Tuesday.",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 2, max: 2 });
  });

  it("not to one of several claims it does not name, nor over the body's own toll or a tally", () => {
    const several = withTitle(
      "Shelling kills two",
      "Regime forces shelled Ihsim. Russian warplanes bombed Sarja.",
    );
    expect(several.every((c) => killed(c) === null)).toBe(true);
    const own = withTitle(
      "Shelling kills two in Ihsim",
      "Regime shelling on Ihsim killed four civilians on Monday.",
    );
    expect(killed(at(own, "Ihsim"))).toEqual({ min: 4, max: 4 });
    const tally = withTitle(
      "500 civilians killed in a year of shelling",
      "Regime forces shelled the village of Ihsim on Tuesday.",
    );
    expect(killed(at(tally, "Ihsim"))).toBeNull();
    const governorate = withTitle(
      "Shelling kills eight in Idlib",
      "Regime forces shelled the village of Ihsim.",
    );
    expect(killed(at(governorate, "Ihsim"))).toEqual({ min: 8, max: 8 });
    const summary = withTitle(
      "Shelling kills eight in Idlib",
      "Regime forces shelled the village of Ihsim. Russian warplanes bombed Sarja.",
    );
    expect(summary.every((c) => killed(c) === null)).toBe(true);
    const otherKind = withTitle("Shelling kills two in Ihsim", "Russian warplanes bombed Ihsim on Monday.");
    expect(killed(at(otherKind, "Ihsim"))).toBeNull();
  });

  it("is read in each section of a sectioned headline", () => {
    const claims = withTitle(
      "Military escalation | Civilian killed in Ihsim",
      "Regime forces shelled Ihsim and Sarja on Monday.",
    );
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 1, max: 1 });
    expect(killed(at(claims, "Sarja"))).toBeNull();
    const colon = withTitle(
      "Idlib: Woman killed in Ihsim",
      "Regime forces shelled Ihsim and Sarja on Monday.",
    );
    expect(killed(at(colon, "Ihsim"))).toEqual({ min: 1, max: 1 });
  });
});

describe("the headline's attackers", () => {
  const withTitle = (title: string, text: string) =>
    extractIncidents({ ...textReport(text), title }, places, actors).incidents;
  const perps = (c: IncidentClaim) => c.perpetrators.map((p) => p.actorId);

  it("go to the one claim of the headline's means in the governorate it names, without its deaths", () => {
    const claims = withTitle(
      "Government Shelling Kills 8 In Idlib",
      "Artillery shells hit the village of Ihsim, killing five. Russian warplanes bombed Tall Nar on Monday.",
    );
    expect(perps(at(claims, "Ihsim"))).toEqual(["SY_GOV_ASSAD"]);
    expect(killed(at(claims, "Ihsim"))).toEqual({ min: 5, max: 5 });
    expect(perps(at(claims, "Tall Nar"))).toEqual(["RU_MIL"]);
    const two = withTitle(
      "Government Shelling Kills 8 In Idlib",
      "Artillery shells hit the village of Ihsim. Shells also fell on Tall Nar on Monday.",
    );
    expect(two.flatMap(perps)).toEqual([]);
  });

  it("go to the claim the headline names, or whose deaths it gives, when it names no attacker", () => {
    const named = withTitle(
      "Russian warplanes kill three in Ihsim",
      "Three civilians were killed in airstrikes on Ihsim on Monday. Regime forces shelled Sarja.",
    );
    expect(perps(at(named, "Ihsim"))).toEqual(["RU_MIL"]);
    const byToll = withTitle(
      "Russian airstrikes kill four in the countryside",
      "Four civilians were killed in the attacks on Ihsim on Monday. Regime forces shelled Sarja.",
    );
    expect(perps(at(byToll, "Ihsim"))).toEqual(["RU_MIL"]);
    expect(perps(at(byToll, "Sarja"))).toEqual(["SY_GOV_ASSAD"]);
  });

  it("with the means the body left unnamed", () => {
    const claims = withTitle(
      "Russian strikes kill four in the countryside",
      "Four civilians were killed in the attacks on Ihsim on Monday.",
    );
    expect(at(claims, "Ihsim").eventType).toBe("air_strike");
    const own = withTitle("Russian strikes kill four in Ihsim", "Regime forces shelled Ihsim, killing four.");
    expect(at(own, "Ihsim").eventType).toBe("shelling");
  });

  it("not over the body's own attacker, nor when the report tells a denial or the actor is a victim", () => {
    const own = withTitle(
      "Russian warplanes kill three in Ihsim",
      "Regime helicopters bombed Ihsim, killing three.",
    );
    expect(perps(at(own, "Ihsim"))).toEqual(["SY_GOV_ASSAD"]);
    const denied = withTitle(
      "Russian warplanes kill three in Ihsim",
      "Three civilians were killed in airstrikes on Ihsim on Monday. Moscow denied any role.",
    );
    expect(perps(at(denied, "Ihsim"))).toEqual([]);
    const victim = withTitle(
      "Russian soldier among three killed in Ihsim",
      "Three people were killed in an explosion in Ihsim on Monday.",
    );
    expect(perps(at(victim, "Ihsim"))).toEqual([]);
  });
});
