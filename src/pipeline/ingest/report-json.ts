/**
 * Our own JSON import format, validated with zod: `{ text, title?, publisher?, publishedAt?, url?,
 * language?, originators? }`. A full exported Report is accepted too (re-ingesting an export), so that
 * its cleaning, furniture and metadata are kept as they were.
 */
import { z } from "zod";
import { errors } from "../../domain/errors.js";
import { Report, isoDate } from "../../domain/report.js";
import { isValidIsoDate } from "./parse-date.js";

export const ReportImport = z.object({
  text: z.string().refine((t) => t.trim() !== "", "text must not be empty"),
  title: z.string().optional(),
  publisher: z.string().optional(),
  publishedAt: isoDate.refine(isValidIsoDate, "not a real calendar day").optional(),
  url: z.string().optional(),
  language: z.string().optional(),
  originators: z.array(z.string()).optional(),
});
export type ReportImport = z.infer<typeof ReportImport>;

export type ParsedReportJson = { kind: "import"; value: ReportImport } | { kind: "export"; value: Report };

/**
 * Parses report JSON, or throws INPUT_BAD_JSON naming the first problem.
 * @example parseReportJson('{"text":"Shelling in Idlib."}', "Input") // { kind: "import", value: { text: ... } }
 */
export function parseReportJson(json: string, what: string): ParsedReportJson {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw errors.invalidReportJson(what, `not JSON: ${(error as Error).message}`);
  }
  const exported = Report.safeParse(value);
  if (exported.success) return { kind: "export", value: exported.data };
  const imported = ReportImport.safeParse(value);
  if (imported.success) return { kind: "import", value: imported.data };
  const issue = imported.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join(".") : "the document";
  throw errors.invalidReportJson(what, `${where}: ${issue?.message ?? "invalid"}`);
}
