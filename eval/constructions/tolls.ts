/** Construction suite for tolls (see types.ts). */
import type { ConstructionArea } from "./types.js";

export const tollsArea: ConstructionArea = {
  area: "tolls",
  cases: () => [],
};
