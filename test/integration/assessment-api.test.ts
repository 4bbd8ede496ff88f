/**
 * The assessment API in-process (fastify inject) on a store holding the seed article: alerts, the Atom
 * feed, the situation profile, analyst indicators (write token), assessments and subscriptions.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app.js";
import { runAssessment } from "../../src/services/assessment-service.js";
import { seededRuntime, type SeededRuntime } from "../support/seeded-runtime.js";
import { hasSeed, seedPath } from "./harness.js";

const token = "test-token-0123456789abcdef";
const auth = { authorization: `Bearer ${token}` };

describe.skipIf(!hasSeed)("assessment API (seed article; skipped when ../shared/seed is absent)", () => {
  let seeded: SeededRuntime;
  let app: FastifyInstance;
  beforeAll(async () => {
    seeded = await seededRuntime([{ path: seedPath, name: "seed.txt", publishedAt: "2021-09-08" }], {
      R2P_API_TOKEN: token,
    });
    await runAssessment(seeded.runtime, "syria", { asOf: "2021-09-30", actor: "test" });
    app = await buildApp(seeded.runtime);
  });
  afterAll(async () => {
    await app?.close();
    await seeded?.dispose();
  });

  it("lists alerts with {id, kind, area, date, statistic, incidents} and serves one by id", async () => {
    const list = await app.inject({ headers: auth, url: "/api/alerts" });
    expect(list.statusCode).toBe(200);
    const body = list.json() as { total: number; items: Record<string, unknown>[] };
    expect(body.total).toBeGreaterThan(0);
    expect(Object.keys(body.items[0]!).slice(0, 6)).toEqual([
      "id",
      "kind",
      "area",
      "date",
      "statistic",
      "incidents",
    ]);
    expect(new Set(body.items.map((a) => a.kind))).toEqual(
      new Set(["attack_on_rescuers_or_medical", "double_tap"]),
    );
    const one = await app.inject({ headers: auth, url: `/api/alerts/${body.items[0]!.id}` });
    expect(one.json()).toEqual(body.items[0]);
    expect((await app.inject({ headers: auth, url: "/api/alerts/al_0000000000000000" })).statusCode).toBe(
      404,
    );
    expect((await app.inject({ headers: auth, url: "/api/alerts/nope" })).statusCode).toBe(400);
    expect((await app.inject({ headers: auth, url: "/api/alerts?kind=bogus" })).statusCode).toBe(400);
    const filtered = await app.inject({ headers: auth, url: "/api/alerts?kind=double_tap&admin1=Aleppo" });
    expect(
      (filtered.json() as { items: { kind: string; area: { admin1: string } }[] }).items.every(
        (a) => a.kind === "double_tap" && a.area.admin1 === "Aleppo",
      ),
    ).toBe(true);
  });

  it("serves the alerts as an Atom feed", async () => {
    const feed = await app.inject({ headers: auth, url: "/alerts.atom" });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers["content-type"]).toMatch(/^application\/atom\+xml/);
    expect(feed.body).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/,
    );
    expect(feed.body.match(/<entry>/g)?.length).toBe(
      (await app.inject({ headers: auth, url: "/api/alerts" })).json().total,
    );
    expect(feed.body).toMatch(/<title>Double-tap strike reported — [^<]*Idlib — 2021-09-06<\/title>/);
  });

  it("shows the situation's profile and takes analyst indicators only with the token and a note", async () => {
    const situation = await app.inject({ headers: auth, url: "/api/situations/syria?asOf=2021-09-30" });
    expect(situation.statusCode).toBe(200);
    const profile = situation.json().profile as {
      factors: { id: string; indicators: { id: string; state: string; origin: string }[] }[];
    };
    expect(profile.factors).toHaveLength(14);
    const rf14 = profile.factors
      .find((f) => f.id === "RF14")!
      .indicators.find((i) => i.id === "RF14.humanitarian-attacks")!;
    expect(rf14).toMatchObject({ state: "present", origin: "computed" });
    const body = JSON.stringify({
      indicatorId: "RF3.judiciary",
      state: "present",
      note: "No independent judiciary",
      setBy: "ana",
    });
    const headers = { "content-type": "application/json" };
    expect(
      (await app.inject({ method: "POST", url: "/api/situations/syria/indicators", payload: body, headers }))
        .statusCode,
    ).toBe(401);
    const noNote = JSON.stringify({ indicatorId: "RF3.judiciary", state: "present", note: "" });
    expect(
      (
        await app.inject({
          method: "POST",
          url: "/api/situations/syria/indicators",
          payload: noNote,
          headers: { ...headers, ...auth },
        })
      ).statusCode,
    ).toBe(400);
    const computed = JSON.stringify({ indicatorId: "RF14.humanitarian-attacks", state: "absent", note: "x" });
    const refused = await app.inject({
      method: "POST",
      url: "/api/situations/syria/indicators",
      payload: computed,
      headers: { ...headers, ...auth },
    });
    expect(refused.json()).toMatchObject({ error: "INDICATOR_COMPUTED" });
    expect(
      (
        await app.inject({
          method: "POST",
          url: "/api/situations/syria/indicators",
          payload: "{oops",
          headers: { ...headers, ...auth },
        })
      ).json(),
    ).toMatchObject({ error: "BAD_REQUEST" });
    const ok = await app.inject({
      method: "POST",
      url: "/api/situations/syria/indicators",
      payload: body,
      headers: { ...headers, ...auth },
    });
    expect(ok.statusCode).toBe(201);
    const after = (await app.inject({ headers: auth, url: "/api/situations/syria" })).json()
      .profile as typeof profile;
    expect(
      after.factors.find((f) => f.id === "RF3")!.indicators.find((i) => i.id === "RF3.judiciary"),
    ).toMatchObject({ state: "present", origin: "analyst" });
    expect((await app.inject({ headers: auth, url: "/api/situations/mars" })).json()).toMatchObject({
      error: "UNKNOWN_SITUATION",
    });
  });

  it("serves the daily series behind the alerts, as known on a day", async () => {
    const url = "/api/situations/syria/series?admin1=Idlib&from=2021-09-01&to=2021-09-10";
    const known = (await app.inject({ headers: auth, url: `${url}&asOf=2021-09-30` })).json() as {
      points: { day: string; incidents: number }[];
    };
    expect(known.points).toHaveLength(10);
    expect(known.points.find((p) => p.day === "2021-09-06")!.incidents).toBe(2);
    // Published on 2021-09-08: not yet known on the 7th.
    const before = (
      await app.inject({ headers: auth, url: `${url}&asOf=2021-09-07` })
    ).json() as typeof known;
    expect(before.points.every((p) => p.incidents === 0)).toBe(true);
  });

  it("serves stored qualifications with the source's characterisations apart", async () => {
    const list = (await app.inject({ headers: auth, url: "/api/situations/syria/assessments" })).json() as {
      items: { incidentId: string }[];
    };
    expect(list.items).toHaveLength(4);
    const one = await app.inject({ headers: auth, url: `/api/assessments/${list.items[0]!.incidentId}` });
    const a = one.json() as {
      qualifications: { code: string; level: string }[];
      sourceCharacterisations: { label: string }[];
    };
    expect(a.qualifications.map((q) => q.code)).toContain("WC-E-CIV");
    expect(a.qualifications.every((q) => q.level === "L0")).toBe(true);
    expect(a.sourceCharacterisations.map((c) => c.label)).toContain("genocide");
  });

  it("keeps subscriptions behind the token and validates their targets", async () => {
    expect((await app.inject({ url: "/api/subscriptions" })).statusCode).toBe(401);
    const headers = { "content-type": "application/json", ...auth };
    const bad = await app.inject({
      method: "POST",
      url: "/api/subscriptions",
      headers,
      payload: JSON.stringify({ name: "x", channel: "webhook", target: "ftp://x" }),
    });
    expect(bad.json()).toMatchObject({ error: "INVALID_SUBSCRIPTION" });
    const created = await app.inject({
      method: "POST",
      url: "/api/subscriptions",
      headers,
      payload: JSON.stringify({
        name: "desk",
        channel: "webhook",
        target: "http://127.0.0.1:9/hook",
        admin1: ["Idlib"],
        minGrade: "weak",
      }),
    });
    expect(created.statusCode).toBe(201);
    const { subscription, secret } = created.json() as { subscription: { id: string }; secret: string };
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    const listed = (await app.inject({ url: "/api/subscriptions", headers: auth })).json() as {
      items: object[];
    };
    expect(JSON.stringify(listed)).not.toContain(secret);
    const paused = await app.inject({
      method: "PATCH",
      url: `/api/subscriptions/${subscription.id}`,
      headers,
      payload: JSON.stringify({ active: false }),
    });
    expect(paused.json()).toMatchObject({ active: false });
    expect(
      (await app.inject({ method: "DELETE", url: `/api/subscriptions/${subscription.id}`, headers: auth }))
        .statusCode,
    ).toBe(204);
  });
});
