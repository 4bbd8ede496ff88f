/** Construction suite for events (see types.ts). */
import type { ConstructionArea, ConstructionCase } from "./types.js";
import { pickVillages, seededRandom } from "./villages.js";

/** Example family: an active clause with a named attacker, a place and a toll in a participle. */
function activeShelling(): ConstructionCase[] {
  const random = seededRandom(101);
  return pickVillages(random, 5).map((village, i) => {
    const killed = 2 + Math.floor(random() * 9);
    return {
      id: `active-shelling#${i}`,
      family: "active-shelling",
      published: "2024-03-12",
      text: `Regime forces shelled the village of ${village.name} on Monday, killing ${killed} civilians.`,
      gold: [
        {
          doc: `active-shelling#${i}`,
          published: "2024-03-12",
          place: village.name,
          lat: village.lat,
          lon: village.lon,
          admin1: village.admin1,
          eventType: "shelling",
          perpetrator: "regime|SY_GOV",
          killed,
        },
      ],
    };
  });
}

export const eventsArea: ConstructionArea = {
  area: "events",
  cases: () => [...activeShelling()],
};
