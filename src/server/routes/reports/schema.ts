/** Request schemas for /api/reports. */
import { z } from "zod";
import { isoDate } from "../../../domain/report.js";

export const ListReportsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const SearchReportsQuery = z.object({
  q: z.string().trim().min(1).max(500),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const ReportIdParams = z.object({
  id: z.string().regex(/^[0-9a-f]{6,64}$/, "a report id is 6–64 hex characters"),
});

export const CreateReportQuery = z.object({
  publisher: z.string().trim().min(1).max(300).optional(),
  published: isoDate.optional(),
  url: z.string().url().max(2000).optional(),
  name: z.string().max(300).optional(),
});

/** One row of a report list: what a list shows, never the text (lean pages under load). */
export const ReportSummaryBody = z.object({
  id: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  publishedAt: z.string().nullable(),
  language: z.string().nullable(),
  retrievedAt: z.string(),
  byteLength: z.number(),
});

export const ReportPage = z.object({
  /** Counted at most a second ago (see COUNT_MEMO_MS). */
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
  items: z.array(ReportSummaryBody),
});

export const ReportSearchResults = z.object({
  items: z.array(ReportSummaryBody.extend({ snippet: z.string() })),
});
