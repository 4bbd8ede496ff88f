import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ActorLookup } from "../../../domain/actors.js";
import { extractStatements } from "./extract-statements.js";
import { findInstruments } from "./find-instruments.js";

const SEED = "/work/shared/seed/000_73950fb0b43643e1.txt";
const noActors: ActorLookup = { findActors: () => [], get: () => undefined };
const deps = { actors: noActors, publishedAt: null };

/** A simple splitter for tests: sentence ends at . ! ? followed by whitespace, and at blank lines. */
function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^.!?\n]+(?:[.!?]+|$)/gm;
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}
const run = (text: string) => extractStatements(text, sentencesOf(text), deps);

describe.skipIf(!existsSync(SEED))("extractStatements on the seed article", () => {
  const text = existsSync(SEED) ? readFileSync(SEED, "utf8") : "";
  const got = run(text);

  it("finds the committee's call on the UN citing A/RES/60/1 (mis-cited) and Chapter VII", () => {
    const call = got.find(
      (s) => s.kind === "call_for_action" && s.instruments.some((i) => i.normalized === "A/RES/60/1"),
    );
    expect(call).toBeDefined();
    expect(call!.actor).toMatch(/Syrian Opposition Coalition \(SOC\) political committee/);
    expect(call!.addressee).toBe("UN");
    expect(call!.demand).toMatch(/^implement the responsibility to protect principle/);
    const res = call!.instruments.find((i) => i.normalized === "A/RES/60/1")!;
    expect(res.citationError).toBe(true);
    expect(res.mention).toBe("General Assembly resolution 1/60 of September 16, 2005");
    expect(call!.instruments.map((i) => i.normalized)).toContain("UN Charter, Chapter VII");
    expect(call!.instruments.map((i) => i.normalized)).toContain("R2P (A/RES/60/1 ¶138–139)");
  });

  it("resolves the participle call ('…, calling on the UN') to the committee", () => {
    const call = got.find(
      (s) => s.kind === "call_for_action" && s.evidence.some((e) => /calling on the UN to use/.test(e.text)),
    );
    expect(call?.actor).toMatch(/Syrian Opposition Coalition \(SOC\) political committee/);
    expect(call?.addressee).toBe("UN");
  });

  it("merges the one call relayed three times into one statement", () => {
    const calls = got.filter((s) => s.kind === "call_for_action" && s.addressee === "UN");
    expect(calls).toHaveLength(1);
    expect(calls[0]!.evidence.filter((e) => e.field === "statement").length).toBeGreaterThanOrEqual(3);
  });

  it("finds the condemnation of the systematic bombing", () => {
    const c = got.find((s) => s.kind === "condemnation");
    expect(c?.text).toMatch(/systematic bombing that aims to displace more people/);
    expect(c?.actor).toMatch(/political committee/);
  });

  it("keeps 'crime against humanity' and 'genocide' as the source's characterisations, not the R2P list", () => {
    const ch = got.filter((s) => s.kind === "characterisation");
    expect(ch.map((s) => s.label).sort()).toEqual(["crime against humanity", "genocide"]);
    for (const s of ch) expect(s.actor).toMatch(/Syrian Opposition Coalition/);
    expect(ch.some((s) => /save the population/.test(s.text))).toBe(false);
  });

  it("keeps evidence spans exact", () => {
    for (const s of got) for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe("extractStatements in other wordings", () => {
  it("NGO press release: urged the Security Council", () => {
    const [s] = run(
      "Human Rights Watch urged the UN Security Council to refer the situation to the International Criminal Court.",
    );
    expect(s).toMatchObject({
      kind: "call_for_action",
      actor: "Human Rights Watch",
      addressee: "UN Security Council",
    });
    expect(s!.demand).toBe("refer the situation to the International Criminal Court");
  });

  it("UN statement with a fronted phrase and Security Council resolution", () => {
    const [s] = run(
      "In a statement on Monday, the Secretary-General called on all parties to respect Security Council resolution 2254.",
    );
    expect(s).toMatchObject({
      kind: "call_for_action",
      actor: "Secretary-General",
      addressee: "all parties",
    });
    expect(s!.instruments).toEqual([
      { mention: "Security Council resolution 2254", normalized: "S/RES/2254 (2015)" },
    ]);
  });

  it("government denial", () => {
    const st = run("The Russian Ministry of Defence denied carrying out strikes on the market in Ariha.");
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({ kind: "denial", actor: "Russian Ministry of Defence" });
  });

  it("denial of claims is not a characterisation", () => {
    const st = run("The government rejected claims that its forces committed war crimes in Daraa.");
    expect(st.map((s) => s.kind)).toEqual(["denial"]);
  });

  it("condemnation by a monitor, with 'deplored' as well", () => {
    const st = run(
      "The Syrian Network for Human Rights (SNHR) condemned the attack. It also deplored the silence of the world.",
    );
    expect(st.map((s) => [s.kind, s.actor])).toEqual([
      ["condemnation", "Syrian Network for Human Rights (SNHR)"],
      ["condemnation", "Syrian Network for Human Rights (SNHR)"],
    ]);
  });

  it("a pronoun subject resolves to the organisation named in an earlier sentence", () => {
    const st = run(
      "Amnesty International documented five attacks on hospitals. It called on Russia to stop targeting medical facilities.",
    );
    expect(st[0]).toMatchObject({
      kind: "call_for_action",
      actor: "Amnesty International",
      addressee: "Russia",
    });
  });

  it("explicit speaker of a characterisation", () => {
    const st = run("The White Helmets said the double-tap strike was a war crime.");
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({ kind: "characterisation", label: "war crimes", actor: "White Helmets" });
  });

  it("characterisations without a speaker take the source named by 'according to'", () => {
    const st = run(
      "Shelling hit Ariha, according to the Idlib Health Directorate. The bombardment amounts to collective punishment.",
    );
    expect(st[0]).toMatchObject({
      kind: "characterisation",
      label: "collective punishment",
      actor: "Idlib Health Directorate",
    });
  });

  it("demanded that … and called for an investigation", () => {
    const st = run(
      "The Coalition demanded that the regime stop the bombardment and called for an independent investigation.",
    );
    expect(st.map((s) => [s.kind, s.demand])).toEqual([
      ["call_for_action", "the regime stop the bombardment and called for an independent investigation"],
      ["call_for_action", "an independent investigation"],
    ]);
  });

  it("merges one call relayed twice by the same body, keeping the fuller name and all instruments", () => {
    const st = run(
      "The Levant Relief Union urged the Security Council to act under Chapter VII of the UN Charter. " +
        "Its executive bureau met on Friday. The Levant Relief Union executive bureau urged the Security " +
        "Council to protect civilians under the Responsibility to Protect.",
    );
    const calls = st.filter((s) => s.kind === "call_for_action");
    expect(calls).toHaveLength(1);
    expect(calls[0]!.actor).toBe("Levant Relief Union executive bureau");
    expect(calls[0]!.instruments.map((i) => i.normalized).sort()).toEqual([
      "R2P (A/RES/60/1 ¶138–139)",
      "UN Charter, Chapter VII",
    ]);
    for (const e of calls[0]!.evidence) expect(e.text.length).toBeGreaterThan(0);
  });

  it("keeps calls by different bodies, or to different addressees, apart", () => {
    const st = run(
      "Amnesty International urged the Security Council to act. Human Rights Watch urged the Security Council to act. " +
        "Amnesty International urged Turkey to open the border.",
    );
    expect(st.filter((s) => s.kind === "call_for_action")).toHaveLength(3);
  });

  it("'so-called' is not a call", () => {
    expect(run("The so-called reconciliation committee met on Sunday.")).toEqual([]);
  });
});

describe("findInstruments", () => {
  it.each([
    ["per General Assembly resolution 1/60 of September 16, 2005", "A/RES/60/1", true],
    ["GA resolution 60/1", "A/RES/60/1", undefined],
    ["resolution 1/60 adopted in 2010", "A/RES/1/60", undefined],
    ["Security Council Resolution 2139 (2014)", "S/RES/2139 (2014)", undefined],
    ["S/RES/2118 (2013)", "S/RES/2118 (2013)", undefined],
    ["resolution 71/248 on the IIIM", "A/RES/71/248", undefined],
    ["under Chapter VII of the UN Charter", "UN Charter, Chapter VII", undefined],
    ["the Responsibility to Protect", "R2P (A/RES/60/1 ¶138–139)", undefined],
    ["grave breaches of the Geneva Conventions", "Geneva Conventions", undefined],
    ["Common Article 3 protects", "Geneva Conventions, Common Article 3", undefined],
    ["article 8 of the Rome Statute", "Rome Statute", undefined],
  ])("%s → %s", (s, normalized, citationError) => {
    const [i] = findInstruments(s, 0, s.length);
    expect(i?.normalized).toBe(normalized);
    expect(i?.citationError).toBe(citationError);
    expect(s.slice(i!.start, i!.end)).toBe(i!.mention);
  });
});
