/**
 * A place mention after resolution: its candidate, what it can be in a claim (role), the gazetteer
 * entry or named region it resolved to, its admin context, and — when its own coordinates are unknown —
 * the known place whose coordinates stand for it (its anchor, ACLED geo_precision 2 or 3).
 */
import type { PlaceEntry } from "../../domain/places.js";
import type { PlaceCandidate } from "./place-candidates.js";

export type PlaceRole = "settlement" | "admin" | "region" | "context";

/**
 * How an anchor stands for a place (ACLED geo_precision in brackets):
 *  - "near": the text places it near, or in a direction from, a known town ("X village west of Y") [2];
 *  - "countryside": in the countryside or outskirts of a known town ("X in the countryside of Y") [2];
 *  - "district": in the district or sub-district named after a known town ("X in the Y sub-district") [2];
 *  - "between": between two known places ("the facility located between X and Y"), coded midway [2];
 *  - "listed": listed with two or more known villages ("the villages of A, B and C"), coded to their
 *    centre [2];
 *  - "region": a named region, coded to its centre ("Jabal al-Zawiya") [3];
 *  - "governorate": only the governorate is known, coded to its capital ("rural Idlib") [3].
 */
export type AnchorRelation =
  "near" | "countryside" | "district" | "between" | "listed" | "region" | "governorate";

/**
 * How far the coded point was moved from the anchor, in the direction the text gives ("X, 16 km west of
 * Y", "X, north of Y"): `stated` when the text gives the distance, else a typical one (place-anchor.ts).
 */
export interface AnchorOffset {
  km: number;
  /** Degrees clockwise from north. */
  bearing: number;
  stated: boolean;
}

export interface PlaceAnchor {
  relation: AnchorRelation;
  /** The anchor's words in the text; null when implied (a governorate's capital). */
  mention: string | null;
  name: string;
  gazetteerId: string | null;
  /** The coded point: the anchor's own coordinates, moved by `offset` when there is one. */
  lat: number;
  lon: number;
  offset?: AnchorOffset;
}

export interface ResolvedPlace {
  candidate: PlaceCandidate;
  sentence: number;
  role: PlaceRole;
  entry: PlaceEntry | null;
  /** A named sub-region resolved by the gazetteer's region lookup. */
  regionEntry: { id: string; name: string; lat: number; lon: number } | null;
  admin1: string | null;
  admin2: string | null;
  country: string | null;
  precision: "settlement" | "near" | "admin2" | "admin1" | "country" | "unresolved";
  /** Governorates the context allows when it names several and no neighbour decides (admin1 null). */
  adminCandidates?: string[];
  /** Whose coordinates stand for this place when it has none of its own. */
  anchor: PlaceAnchor | null;
  /**
   * Listed with one village the gazetteer knows ("A and B", B known): evidence that it is a village
   * too, though too little to code it anywhere but its governorate (place-anchor.ts anchorToListed).
   */
  listedWithKnown?: boolean;
}

/** ACLED geo_precision of an anchor relation. */
export const ANCHOR_GEO_PRECISION: Readonly<Record<AnchorRelation, 2 | 3>> = {
  near: 2,
  countryside: 2,
  district: 2,
  between: 2,
  listed: 2,
  region: 3,
  governorate: 3,
};
