/** Deterministic alert ids: the same alert computed twice (a re-run, a backfill) gets the same id. */
import { createHash } from "node:crypto";

/** @example alertId(["syria", "mass_casualty", "incident-7"]) // "al_3f1c…" (16 hex) */
export function alertId(parts: readonly string[]): string {
  return `al_${createHash("sha256").update(parts.join("\u001f")).digest("hex").slice(0, 16)}`;
}
