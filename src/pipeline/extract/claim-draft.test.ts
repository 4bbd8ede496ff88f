/**
 * Merging claim drafts of one report: one claim per place per day, also when the gazetteer resolved a
 * name once and left it unresolved another time.
 */
import { describe, expect, it } from "vitest";
import type { PlaceEntry } from "../../domain/places.js";
import { mergeDrafts, type ClaimDraft } from "./claim-draft.js";
import type { ResolvedPlace } from "./resolved-place.js";

const entry = {
  id: "P1",
  name: "Qarra",
  lat: 34.15,
  lon: 36.74,
  kind: "settlement",
} as unknown as PlaceEntry;

function draft(mention: string, resolved: boolean, sentence: number, killed: number | null): ClaimDraft {
  const place = {
    candidate: { start: sentence * 100, end: sentence * 100 + mention.length, mention, role: "plain" },
    sentence,
    role: "settlement",
    entry: resolved ? entry : null,
    regionEntry: null,
    admin1: "Rif Dimashq",
    admin2: null,
    country: "SY",
    precision: resolved ? "settlement" : "unresolved",
    anchor: null,
  } as unknown as ResolvedPlace;
  return {
    eventType: resolved ? "attack" : "missile_strike",
    trigger: null,
    place,
    perpetrators: resolved
      ? []
      : [{ actorId: "IL_MIL", name: "Israel", mention: "Israeli", role: "primary", start: 0, end: 7 }],
    targets: [],
    victimGroups: [],
    doubleTap: null,
    groupId: null,
    casualties:
      killed === null
        ? null
        : {
            killed: { min: killed, max: killed },
            injured: null,
            unspecified: null,
            scope: "incident",
            text: "four",
            start: 0,
            end: 4,
            update: false,
          },
    date: null,
    attributedTo: [],
    modality: "reported",
    sentence,
  };
}

describe("mergeDrafts", () => {
  it("merges a name resolved once and unresolved another time into one claim", () => {
    const merged = mergeDrafts([draft("Qarah", true, 0, 4), draft("Qarah", false, 1, null)]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.eventType).toBe("missile_strike");
    expect(merged[0]!.perpetrators.map((p) => p.actorId)).toEqual(["IL_MIL"]);
    expect(merged[0]!.casualties?.killed).toEqual({ min: 4, max: 4 });
  });

  it("keeps different names apart", () => {
    expect(mergeDrafts([draft("Qarah", true, 0, 4), draft("Sarja", false, 1, null)])).toHaveLength(2);
  });
});
