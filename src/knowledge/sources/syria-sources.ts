/**
 * The seed source registry for Syria (DOMAIN.md §4.5): monitors, responders, parties to the conflict
 * and their media, wires, news outlets, UN bodies and NGOs, with Admiralty reliability, partisanship,
 * the actors a party speaks for (so its account of its own attack is an admission), English and Arabic
 * aliases and web domains. Judgements here are defaults an analyst changes with `r2p sources edit`:
 * - monitors with published methods (SOHR, SNHR, Airwars, the CoI, OHCHR) default to B (R3);
 * - parties and their outlets are at most C and partisan (R2);
 * - news outlets default to C; wires to B;
 * - a body that reports attacks on its own members (SCD, medical NGOs) is a stakeholder (R3).
 * Copied into the store on first use; edits in the store win over this file.
 */
import type { SourceRecord } from "../../domain/source.js";
import { INTERNATIONAL_SOURCES } from "./international-sources.js";
import { NEWS_OUTLETS, WIRES } from "./news-sources.js";
import { SYRIA_MONITORS, SYRIA_RESPONDERS } from "./syria-monitor-sources.js";
import { STATE_MEDIA, SYRIA_PARTIES } from "./syria-party-sources.js";

/** Every seed source for Syria, in registry order. */
export const SYRIA_SOURCES: readonly SourceRecord[] = [
  ...SYRIA_MONITORS,
  ...SYRIA_RESPONDERS,
  ...SYRIA_PARTIES,
  ...STATE_MEDIA,
  ...WIRES,
  ...NEWS_OUTLETS,
  ...INTERNATIONAL_SOURCES,
];
