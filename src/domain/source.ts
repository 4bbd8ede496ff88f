/**
 * Sources: who publishes or originates information (DOMAIN.md §4.5). A source is judged on its own
 * (Admiralty reliability, partisanship) apart from any one report; relays and wire copies are
 * collapsed into the source that originated the information (R1).
 */
import { z } from "zod";
import { Reliability, SourceKind } from "./incident.js";

/** Registry ids are short, lowercase and stable: "sohr", "afp", "ru-mod". */
export const SourceId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_.-]{0,63}$/, "a source id is lowercase letters, digits, '-', '_' or '.'");

export const SourceRecord = z.object({
  id: SourceId,
  name: z.string().trim().min(1).max(200),
  kind: SourceKind,
  /** Partisan toward a party to the conflict: its claims about an adversary stay weak until corroborated (R2). */
  partisan: z.boolean(),
  /** Admiralty source reliability A–F; F = cannot be judged. */
  reliability: Reliability,
  /** Actor ids (actor registry) the source speaks for: its account of their own attack is an admission. */
  speaksFor: z.array(z.string()),
  /** Reports attacks on its own members (e.g. the Syria Civil Defence): flagged, still counted (R3). */
  stakeholder: z.boolean(),
  /** Its published conclusions are independent findings (e.g. the UN Commission of Inquiry; R4). */
  findings: z.boolean(),
  /** Other names, English and Arabic, as they appear in bylines, datelines and "according to …". */
  aliases: z.array(z.string().trim().min(1).max(200)),
  /** Web domains of the source ("syriahr.com"); a report URL on one of them is published by it. */
  domains: z.array(z.string().trim().toLowerCase().min(3).max(200)),
  language: z.string().nullable(),
  country: z.string().nullable(),
  notes: z.string().nullable(),
});
export type SourceRecord = z.infer<typeof SourceRecord>;

/** The fields an analyst may change with `r2p sources edit` (all optional; lists replace). */
export const SourcePatch = SourceRecord.omit({ id: true }).partial();
export type SourcePatch = z.infer<typeof SourcePatch>;
