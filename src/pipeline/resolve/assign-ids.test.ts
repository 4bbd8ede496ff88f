/** New incident ids: stable for the same first claim, and grouped by the period of its first day. */
import { describe, expect, it } from "vitest";
import { newIncidentId } from "./assign-ids.js";

describe("newIncidentId", () => {
  it("starts the ids of incidents of the same 16 days alike, and stays a 16-hex id", () => {
    const a = newIncidentId({ id: "r1:0", day: "2023-01-03" }, 0);
    const b = newIncidentId({ id: "r2:0", day: "2023-01-05" }, 0);
    const later = newIncidentId({ id: "r1:0", day: "2023-06-03" }, 0);
    expect(a).toMatch(/^inc_[0-9a-f]{16}$/);
    expect(a.slice(0, 6)).toBe(b.slice(0, 6));
    expect(a).not.toBe(b);
    expect(later.slice(0, 6)).not.toBe(a.slice(0, 6));
    expect(newIncidentId({ id: "r1:0", day: "2023-01-03" }, 0)).toBe(a);
    expect(newIncidentId({ id: "r1:0", day: "2023-01-03" }, 1)).not.toBe(a);
    expect(newIncidentId({ id: "r1:0", day: null }, 0)).toMatch(/^inc_[0-9a-f]{16}$/);
  });
});
