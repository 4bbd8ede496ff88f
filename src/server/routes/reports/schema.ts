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
