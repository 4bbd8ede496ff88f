/** Request schemas for /api/alerts and /alerts.atom. */
import { z } from "zod";
import { AlertKind } from "../../../domain/alert.js";
import { isoDate } from "../../../domain/report.js";

export const ListAlertsQuery = z.object({
  situation: z.string().trim().min(1).max(50).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Comma-separated kinds. */
  kind: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(",").map((k) => k.trim()) : []))
    .pipe(z.array(AlertKind)),
  admin1: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const AlertIdParams = z.object({
  id: z.string().regex(/^al_[0-9a-f]{16}$/, "an alert id looks like al_0123456789abcdef"),
});
