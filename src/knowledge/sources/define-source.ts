/** Builds a registry SourceRecord with defaults for the optional parts (no aliases, not partisan, F). */
import type { SourceRecord } from "../../domain/source.js";

type SourceInput = Pick<SourceRecord, "id" | "name" | "kind" | "reliability"> &
  Partial<Omit<SourceRecord, "id" | "name" | "kind" | "reliability">>;

/**
 * A SourceRecord with defaults: not partisan, speaks for nobody, no aliases or domains.
 * @example defineSource({ id: "afp", name: "Agence France-Presse", kind: "wire", reliability: "B" })
 */
export function defineSource(input: SourceInput): SourceRecord {
  return {
    partisan: false,
    speaksFor: [],
    stakeholder: false,
    findings: false,
    aliases: [],
    domains: [],
    language: null,
    country: null,
    notes: null,
    ...input,
  };
}
