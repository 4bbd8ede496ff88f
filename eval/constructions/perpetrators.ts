/** Construction suite for perpetrators (see types.ts). */
import type { ConstructionArea } from "./types.js";

export const perpetratorsArea: ConstructionArea = {
  area: "perpetrators",
  cases: () => [],
};
