/** Labels and colours shared by pages: grades, event types and counts, as plain text. */
export const GRADE_COLOURS: Record<string, string> = {
  confirmed: "#0f6b2f",
  fair: "#1f5fbf",
  weak: "#9a6700",
  contested: "#8250df",
  discounted: "#57606a",
};
export const GRADES = ["confirmed", "fair", "weak", "contested", "discounted"] as const;
export const EVENT_TYPES = [
  "shelling",
  "air_strike",
  "barrel_bomb",
  "missile_strike",
  "drone_strike",
  "ground_attack",
  "armed_clash",
  "massacre",
  "execution",
  "abduction",
  "detention",
  "sexual_violence",
  "explosion",
  "chemical_attack",
  "displacement",
  "looting",
  "other",
] as const;

/** The grade that colours a cluster: its best-corroborated one. */
export function bestGrade(grades: Record<string, number>): string {
  return GRADES.find((grade) => (grades[grade] ?? 0) > 0) ?? "discounted";
}

export const label = (code: string) => code.replace(/_/g, " ");

export function countRange(count: { min: number; max: number | null } | null | undefined): string {
  if (!count) return "not reported";
  if (count.max === count.min) return String(count.min);
  return `${count.min}–${count.max ?? "?"}`;
}
