/**
 * Canonical Syrian governorate names for scoring admin1: the gold says "Idlib", the OCHA table
 * "Idleb", a gazetteer "Muhafazat Idlib". Spelling variants are compared by transliteration key.
 */
import { nameKey } from "./name-key.js";

/** Canonical name → spellings seen in gazetteers and reports (DOMAIN.md §8). */
const GOVERNORATES: Record<string, string[]> = {
  Aleppo: ["Aleppo", "Halab", "Alep"],
  Idlib: ["Idlib", "Idleb", "Edlib", "Idlep"],
  Hama: ["Hama", "Hamah", "Hamat"],
  Homs: ["Homs", "Hims"],
  Latakia: ["Latakia", "Lattakia", "Al-Ladhiqiyah", "Ladhiqiyah", "Lattaquie"],
  Tartus: ["Tartus", "Tartous", "Tartouss"],
  Raqqa: ["Raqqa", "Ar-Raqqa", "Raqqah", "Rakka"],
  "Deir ez-Zor": ["Deir ez-Zor", "Deir-ez-Zor", "Dayr az Zawr", "Deir Ezzor", "Deir al-Zour", "Deir el-Zour"],
  Hasakah: ["Hasakah", "Al-Hasakah", "Hassakeh", "Hasaka", "Al-Hasakeh", "Hassakah"],
  Damascus: ["Damascus", "Dimashq"],
  "Rif Dimashq": ["Rif Dimashq", "Rural Damascus", "Damascus Countryside", "Reef Damascus", "Rif-Damascus"],
  Daraa: ["Daraa", "Dar'a", "Deraa", "Dera'a"],
  "As-Suwayda": ["As-Suwayda", "Suwayda", "Sweida", "Al-Suwayda", "Suwaida", "Sweyda"],
  Quneitra: ["Quneitra", "Al-Qunaytirah", "Qunaytirah", "Kuneitra"],
};

const BY_KEY = new Map<string, string>();
for (const [canonical, spellings] of Object.entries(GOVERNORATES)) {
  for (const spelling of spellings) BY_KEY.set(nameKey(spelling), canonical);
}

/**
 * The canonical governorate for a spelling, or the spelling's key when unknown (so two unknown but
 * equal spellings still compare equal); null stays null.
 * @example canonicalAdmin1("Idleb") === "Idlib"
 */
export function canonicalAdmin1(name: string | null | undefined): string | null {
  if (!name) return null;
  const stripped = name.replace(/^(muhafazat|governorate of)\s+/i, "").replace(/\s+governorate$/i, "");
  const key = nameKey(stripped);
  return BY_KEY.get(key) ?? `?${key}`;
}
