/**
 * Which reports the Arabic rules read: those the language identifier calls Arabic, and any report
 * whose letters are mostly Arabic script (a short text or a mixed page the identifier left unknown).
 */
import type { Report } from "../../../domain/report.js";

const ARABIC_LETTERS = /[\u0600-\u06FF\u0750-\u077F]/g;
const LATIN_LETTERS = /[A-Za-z]/g;
/** Letters counted to decide: enough to see the script, bounded for a long report. */
const SAMPLE_CHARS = 4000;

/**
 * True when the report is to be read by the Arabic rules.
 * @example isArabicReport({ language: null, text: "قصف على إدلب" }) // true
 */
export function isArabicReport(report: Pick<Report, "language" | "text">): boolean {
  if (report.language === "ar") return true;
  if (report.language !== null) return false;
  const sample = report.text.slice(0, SAMPLE_CHARS);
  const arabic = sample.match(ARABIC_LETTERS)?.length ?? 0;
  const latin = sample.match(LATIN_LETTERS)?.length ?? 0;
  return arabic > latin;
}
