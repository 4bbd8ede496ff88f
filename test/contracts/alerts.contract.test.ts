/** AlertStore, SubscriptionStore and OutboxStore contract: idempotent alerts, filtered outbox rows, leases, retries, dead letters. */
import { expect, it } from "vitest";
import { contractSuite } from "./backends.js";
import { makeAlert } from "./assessment-fixtures.js";

const everything = { admin1: [], kinds: [], minGrade: null };

contractSuite("AlertStore", (h) => {
  it("records an alert once however often it is raised, and lists newest event day first", async () => {
    const { store } = h();
    const first = await store.alerts.recordAlerts(
      [makeAlert("al_1"), makeAlert("al_2", { date: "2021-09-09" })],
      "job:assess",
    );
    expect(first.created.map((a) => a.id)).toEqual(["al_1", "al_2"]);
    expect(await store.alerts.recordAlerts([makeAlert("al_1")], "job:assess")).toEqual({
      created: [],
      updated: 0,
    });
    const changed = await store.alerts.recordAlerts(
      [makeAlert("al_1", { incidents: ["inc-1", "inc-2"] })],
      "job:assess",
    );
    expect(changed).toEqual({ created: [], updated: 1 });
    expect((await store.alerts.list({ limit: 10 })).map((a) => a.id)).toEqual(["al_2", "al_1"]);
    expect(await store.alerts.get("al_1")).toEqual(makeAlert("al_1", { incidents: ["inc-1", "inc-2"] }));
    expect(await store.alerts.count({ from: "2021-09-08" })).toBe(1);
    expect(await store.alerts.count({ kinds: ["double_tap"] })).toBe(0);
    expect(await store.alerts.count({ admin1: "Idlib", situationId: "syria" })).toBe(2);
    const events = await store.audit.list({ limit: 10, subjectId: "al_1" });
    expect(events.map((e) => e.action)).toEqual(["alert.raised", "alert.updated"]);
  });

  it("puts each new alert in the outbox once per active subscription whose filter matches", async () => {
    const { store } = h();
    const all = await store.subscriptions.create(
      { name: "all", channel: "webhook", target: "http://127.0.0.1:9/hook", filter: everything },
      "admin",
    );
    expect(all.secret).toMatch(/^[0-9a-f]{64}$/);
    const aleppo = await store.subscriptions.create(
      {
        name: "aleppo",
        channel: "email",
        target: "desk@example.org",
        filter: { admin1: ["aleppo"], kinds: [], minGrade: null },
      },
      "admin",
    );
    const strict = await store.subscriptions.create(
      {
        name: "confirmed",
        channel: "webhook",
        target: "http://127.0.0.1:9/x",
        filter: { admin1: [], kinds: [], minGrade: "confirmed" },
      },
      "admin",
    );
    const paused = await store.subscriptions.create(
      { name: "paused", channel: "webhook", target: "http://127.0.0.1:9/y", filter: everything },
      "admin",
    );
    await store.subscriptions.setActive(paused.subscription.id, false, "admin");
    await store.alerts.recordAlerts(
      [
        makeAlert("al_1"),
        makeAlert("al_2", { area: { admin1: "Aleppo", admin2: null }, grade: "confirmed" }),
      ],
      "job:assess",
    );
    await store.alerts.recordAlerts([makeAlert("al_1")], "job:assess");
    const rows = await store.outbox.list({ limit: 10 });
    const pairs = rows.map((r) => `${r.alertId}>${r.subscriptionId}`).sort();
    expect(pairs).toEqual(
      [
        `al_1>${all.subscription.id}`,
        `al_2>${all.subscription.id}`,
        `al_2>${strict.subscription.id}`,
        `al_2>${aleppo.subscription.id}`,
      ].sort(),
    );
    expect(await store.outbox.counts()).toEqual({ pending: 4, delivered: 0, dead: 0 });
    expect(await store.subscriptions.secret(all.subscription.id)).toBe(all.secret);
  });

  it("leases due rows, retries failures when told, dead-letters and requeues", async () => {
    const { store, clock } = h();
    const { subscription } = await store.subscriptions.create(
      {
        name: "hook",
        channel: "webhook",
        target: "http://127.0.0.1:9/h",
        filter: everything,
        secret: "s3cret",
      },
      "admin",
    );
    await store.alerts.recordAlerts([makeAlert("al_1"), makeAlert("al_2")], "job:assess");
    const claimed = await store.outbox.claimDue(10, 60_000);
    expect(claimed.map((c) => c.alert.id)).toEqual(["al_1", "al_2"]);
    expect(claimed[0]).toMatchObject({
      subscription: { id: subscription.id, channel: "webhook" },
      secret: "s3cret",
    });
    expect(await store.outbox.claimDue(10, 60_000)).toEqual([]);

    await store.outbox.markDelivered(claimed[0]!.item.id, "dispatcher");
    const retry = await store.outbox.markFailed(
      claimed[1]!.item.id,
      "HTTP 500",
      new Date(clock.now().getTime() + 30_000),
      "dispatcher",
    );
    expect(retry).toMatchObject({ state: "pending", attempts: 1, lastError: "HTTP 500" });
    expect(await store.outbox.claimDue(10, 60_000)).toEqual([]);
    clock.advance(30_000);
    const again = await store.outbox.claimDue(10, 60_000);
    expect(again.map((c) => c.item.id)).toEqual([claimed[1]!.item.id]);
    const dead = await store.outbox.markFailed(again[0]!.item.id, "HTTP 500", null, "dispatcher");
    expect(dead).toMatchObject({ state: "dead", attempts: 2 });
    expect(await store.outbox.counts()).toEqual({ pending: 0, delivered: 1, dead: 1 });
    await store.outbox.requeue(dead.id, "admin");
    expect((await store.outbox.claimDue(10, 60_000)).map((c) => c.item.id)).toEqual([dead.id]);
    expect((await store.audit.list({ limit: 50, subjectId: "al_2" })).map((e) => e.action)).toEqual([
      "alert.raised",
      "alert.delivery-failed",
      "alert.dead-lettered",
      "alert.requeued",
    ]);
  });

  it("gives a row whose lease ran out to the next claimer (a dispatcher that died)", async () => {
    const { store, clock } = h();
    await store.subscriptions.create(
      { name: "hook", channel: "webhook", target: "http://127.0.0.1:9/h", filter: everything },
      "admin",
    );
    await store.alerts.recordAlerts([makeAlert("al_1")], "job:assess");
    expect(await store.outbox.claimDue(1, 10_000)).toHaveLength(1);
    clock.advance(10_001);
    expect(await store.outbox.claimDue(1, 10_000)).toHaveLength(1);
  });

  it("removes a subscription with its outbox rows, and refuses unknown ids", async () => {
    const { store } = h();
    const { subscription } = await store.subscriptions.create(
      { name: "hook", channel: "webhook", target: "http://127.0.0.1:9/h", filter: everything },
      "admin",
    );
    await store.alerts.recordAlerts([makeAlert("al_1")], "job:assess");
    await store.subscriptions.remove(subscription.id, "admin");
    expect(await store.subscriptions.list()).toEqual([]);
    expect(await store.outbox.counts()).toEqual({ pending: 0, delivered: 0, dead: 0 });
    await expect(store.subscriptions.remove(subscription.id, "admin")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(store.subscriptions.setActive("sub_x", true, "admin")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
