/**
 * The construction suites as gold sets named `constructions/<area>`, split by family (types.ts).
 * They are scored apart from the real-text sets and never pooled into the overall figures.
 */
import type { GoldSet } from "../gold-sets.js";
import { eventsArea } from "./events.js";
import { perpetratorsArea } from "./perpetrators.js";
import { placesArea } from "./places.js";
import { scopeArea } from "./scope.js";
import { tollsArea } from "./tolls.js";
import type { ConstructionArea } from "./types.js";

export const CONSTRUCTION_AREAS: ConstructionArea[] = [
  eventsArea,
  tollsArea,
  perpetratorsArea,
  placesArea,
  scopeArea,
];

export const constructionSetName = (area: string) => `constructions/${area}`;

/** Each area as a gold set; `splitKey` maps a case id to its family. */
export function loadConstructionSets(): { set: GoldSet; splitKey: (id: string) => string }[] {
  return CONSTRUCTION_AREAS.map((area) => {
    const cases = area.cases();
    const family = new Map(cases.map((c) => [c.id, c.family]));
    const set: GoldSet = {
      name: constructionSetName(area.area),
      docs: cases.map((c) => ({
        id: c.id,
        gold: c.gold,
        input: {
          bytes: new TextEncoder().encode(c.title ? `${c.title}\n\n${c.text}` : c.text),
          originalName: `${c.id}.txt`,
          publishedAt: c.published,
        },
      })),
    };
    return { set, splitKey: (id: string) => family.get(id) ?? id };
  });
}
