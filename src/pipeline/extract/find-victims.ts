/**
 * Targets (civilians, medical, rescuers, schools, markets, ...) and victim groups (women, children,
 * ...) named in an event's text, with evidence offsets, and the "double-tap" pattern: rescuers or
 * medics hit while rescuing or by a second strike on the same scene.
 */
import type { z } from "zod";
import type { TargetCategory as TargetSchema, VictimGroup as GroupSchema } from "../../domain/claim.js";

export type TargetCategory = z.infer<typeof TargetSchema>;
export type VictimGroup = z.infer<typeof GroupSchema>;

export interface Found<T> {
  value: T;
  start: number;
  end: number;
}

export interface Victims {
  targets: Found<TargetCategory>[];
  victimGroups: Found<VictimGroup>[];
  doubleTap: Found<true> | null;
}

const TARGET_PATTERNS: [TargetCategory, RegExp][] = [
  [
    "civilians",
    /\b(?:civilians?|residents|inhabitants|citizens|olive pickers|farmers|workers|shepherds?|villagers|people|passers-by|families|family|children|women)\b/gi,
  ],
  [
    "medical",
    /\b(?:paramedics?|medics?|hospitals?|clinics?|ambulances?|medical (?:staff|teams?|workers?|centres?|centers?|points?|facilit(?:y|ies))|health (?:centres?|centers?|workers?|facilit(?:y|ies))|nurses?|doctors?)\b/gi,
  ],
  [
    "rescuers",
    /\b(?:rescuers?|rescue (?:workers?|teams?|crews?)|civil defen[cs]e(?: (?:members?|volunteers?|teams?|centres?|centers?))?|white helmets|first responders|volunteers?)\b/gi,
  ],
  [
    "journalists",
    /\b(?:journalists?|reporters?|media (?:workers?|activists?)|photographers?|cameram[ae]n)\b/gi,
  ],
  [
    "humanitarian",
    /\b(?:aid (?:workers?|convoys?|trucks?)|humanitarian (?:workers?|convoys?|aid|staff)|relief workers?)\b/gi,
  ],
  ["idps", /\b(?:displaced (?:people|persons|families|civilians)|IDPs?|internally displaced)\b/gi],
  ["detainees", /\b(?:detainees?|prisoners?|inmates)\b/gi],
  ["school", /\b(?:schools?|kindergartens?|universit(?:y|ies))\b/gi],
  ["market", /\b(?:markets?|marketplaces?|bazaars?|souks?|vegetable stalls|shops)\b/gi],
  ["worship", /\b(?:mosques?|churches|church|shrines?|places? of worship)\b/gi],
  ["camp", /\b(?:(?:IDP|displacement|refugee) camps?|camps? for (?:the )?displaced|camps?)\b/gi],
  [
    "residential",
    /\b(?:homes?|houses?|residential (?:areas?|neighbou?rhoods?|buildings?)|apartments?|neighbou?rhoods?)\b/gi,
  ],
  [
    "infrastructure",
    /\b(?:water (?:stations?|plants?)|power (?:stations?|plants?)|bakery|bakeries|bridges?|roads?|electricity)\b/gi,
  ],
  [
    "military",
    /\b(?:military (?:positions?|posts?|bases?|vehicles?)|positions|frontlines?|armou?red vehicles?|checkpoints?|barracks)\b/gi,
  ],
];

const GROUP_PATTERNS: [VictimGroup, RegExp][] = [
  ["women", /\b(?:women|woman|girls?|mothers?|wife|wives)\b/gi],
  ["children", /\b(?:children|child|kids|boys?|girls?|infants?|babies|baby|minors?|sons?|daughters?)\b/gi],
  ["elderly", /\b(?:elderly|old (?:man|woman|men|women)|aged)\b/gi],
  ["men", /\b(?:men|man|father|husband)\b/gi],
  ["families", /\b(?:family|families)\b/gi],
];

/** Words after a target noun that show it is not a victim ("workers' union", "people said"). */
const NOT_VICTIM_AFTER = /^\s+(?:said|say|told|reported|union|party)\b/i;
const DOUBLE_TAP_RE =
  /\b(?:double[- ]tap|second (?:strike|raid|attack|round)|while (?:they were )?(?:trying to )?(?:rescu\w+|recover\w+|evacuat\w+|retriev\w+|search\w+)|as (?:they|rescuers|paramedics) (?:arrived|rushed)|(?:followed|then) [^.]{0,60}?(?:targeting|targeted|hit|hitting) (?:the )?(?:rescuers|paramedics|ambulances?|civil defen[cs]e))/i;

function scan<T>(patterns: [T, RegExp][], text: string, offset: number): Found<T>[] {
  const out: Found<T>[] = [];
  for (const [value, re] of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (NOT_VICTIM_AFTER.test(text.slice(m.index + m[0].length))) continue;
      if (!out.some((f) => f.value === value))
        out.push({ value, start: offset + m.index, end: offset + m.index + m[0].length });
    }
  }
  return out;
}

/**
 * Targets, victim groups and the double-tap flag in `text` (an event clause), offsets absolute.
 * @example findVictims("shelling that targeted civilians, most of whom were women", 0).victimGroups  // women
 */
export function findVictims(text: string, offset: number): Victims {
  const targets = scan(TARGET_PATTERNS, text, offset);
  const victimGroups = scan(GROUP_PATTERNS, text, offset).filter(
    (g) => !(g.value === "women" && /^girls?$/i.test(text.slice(g.start - offset, g.end - offset))),
  );
  const dt = DOUBLE_TAP_RE.exec(text);
  const hitsResponders = targets.some((t) => t.value === "rescuers" || t.value === "medical");
  const doubleTap =
    dt && hitsResponders
      ? { value: true as const, start: offset + dt.index, end: offset + dt.index + dt[0].length }
      : null;
  // Children, women or families hit are civilians even when the text never says "civilians".
  if (!targets.some((t) => t.value === "civilians") && victimGroups.length > 0) {
    const g = victimGroups[0]!;
    targets.unshift({ value: "civilians", start: g.start, end: g.end });
  }
  return { targets, victimGroups, doubleTap };
}
