/** Which independent source a claim comes from: relays and wire copies collapse into their originator (R1). */
import { describe, expect, it } from "vitest";
import { attributeSource, isUnverified } from "./attribute-source.js";
import { contextOf, registry, type ReportSpec } from "./__fixtures__/claims.js";

const report = (spec: Omit<ReportSpec, "claims">) => contextOf({ ...spec, claims: [] });

describe("attributeSource", () => {
  it("the Syrian Observer relaying the SOC is one source, the SOC", () => {
    const ctx = report({
      id: "seed",
      publisher: "The Syrian Observer",
      originators: ["Syrian Opposition Coalition (SOC)"],
    });
    expect(attributeSource([], ctx, registry)).toEqual({
      id: "soc",
      name: "Syrian Opposition Coalition",
      relayedBy: { id: "syrian-observer", name: "The Syrian Observer" },
      via: "originator",
    });
    expect(
      attributeSource(["National Coalition of Syrian Revolution and Opposition Forces"], ctx, registry).id,
    ).toBe("soc");
  });

  it("an AFP story run by three outlets is AFP each time", () => {
    const outlets = [
      report({ id: "toi", publisher: "Times of Israel (AFP)" }),
      report({
        id: "x",
        publisher: "Middle East Eye",
        lead: "BEIRUT (AFP) — Air strikes hit Idlib on Monday.",
      }),
      report({
        id: "y",
        publisher: null,
        url: "https://www.france24.com/en/x",
        lead: "Idlib (AFP) - Strikes hit",
      }),
    ];
    expect(outlets.map((ctx) => attributeSource([], ctx, registry))).toEqual([
      {
        id: "afp",
        name: "Agence France-Presse",
        relayedBy: { id: "times-of-israel", name: "The Times of Israel" },
        via: "dateline",
      },
      {
        id: "afp",
        name: "Agence France-Presse",
        relayedBy: { id: "middle-east-eye", name: "Middle East Eye" },
        via: "dateline",
      },
      {
        id: "afp",
        name: "Agence France-Presse",
        relayedBy: { id: "web:france24.com", name: "france24.com" },
        via: "dateline",
      },
    ]);
  });

  it("a claim attributed to a monitor inside a wire story comes from the monitor", () => {
    const ctx = report({ id: "ap", publisher: "AP", lead: "BEIRUT (AP) — " });
    expect(attributeSource(["Syrian Observatory for Human Rights"], ctx, registry)).toMatchObject({
      id: "sohr",
      relayedBy: { id: "ap" },
      via: "claim",
    });
  });

  it("falls back to the publisher by name, by URL domain, then to an unknown source of its own", () => {
    expect(attributeSource([], report({ id: "a", publisher: "NPA" }), registry)).toMatchObject({
      id: "north-press",
      relayedBy: null,
    });
    expect(
      attributeSource([], report({ id: "b", url: "https://www.syriahr.com/en/252640/" }), registry),
    ).toMatchObject({
      id: "sohr",
      via: "url",
    });
    expect(
      attributeSource(["Bozan Khalil"], report({ id: "c", publisher: "Kobani Local Radio" }), registry),
    ).toEqual({
      id: "pub:kobani-local-radio",
      name: "Kobani Local Radio",
      relayedBy: null,
      via: "publisher",
    });
    expect(attributeSource([], report({ id: "d" }), registry).id).toMatch(/^report:[0-9a-f]{12}$/);
  });

  it("recognises publisher caveats that say the content was not verified", () => {
    expect(isUnverified(["The Syrian Observer has not verified the content of this story."])).toBe(true);
    expect(isUnverified(["This could not be independently verified."])).toBe(true);
    expect(isUnverified(["Responsibility for the views lies with the author."])).toBe(false);
  });
});
