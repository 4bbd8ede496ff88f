/** Creating subscriptions from CLI or API input: one zod schema checks targets, areas, kinds and grade. */
import { z } from "zod";
import { AlertKind, type Subscription } from "../domain/alert.js";
import { errors } from "../domain/errors.js";
import { CorroborationGrade } from "../domain/incident.js";
import type { Runtime } from "./runtime.js";

export const SubscriptionInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    channel: z.enum(["webhook", "email"]),
    target: z.string().trim().min(3).max(2000),
    admin1: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    kinds: z.array(AlertKind).max(10).default([]),
    minGrade: CorroborationGrade.nullable().default(null),
    secret: z.string().min(16).max(200).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.channel === "webhook") {
      let url: URL | null = null;
      try {
        url = new URL(value.target);
      } catch {
        url = null;
      }
      if (!url || (url.protocol !== "http:" && url.protocol !== "https:"))
        ctx.addIssue({
          code: "custom",
          path: ["target"],
          message: "a webhook target is an http:// or https:// URL",
        });
    } else if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value.target)) {
      ctx.addIssue({
        code: "custom",
        path: ["target"],
        message: "an e-mail target is an address like desk@example.org",
      });
    }
  });
export type SubscriptionInput = z.input<typeof SubscriptionInput>;

/** Validates and creates; throws INVALID_SUBSCRIPTION with every problem listed. */
export async function createSubscription(
  runtime: Runtime,
  /** Raw CLI flags or an API body: checked here. */
  input: unknown,
  actor = "cli",
): Promise<{ subscription: Subscription; secret: string | null }> {
  const parsed = SubscriptionInput.safeParse(input);
  if (!parsed.success)
    throw errors.invalidSubscription(
      parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; "),
    );
  const { name, channel, target, admin1, kinds, minGrade, secret } = parsed.data;
  return runtime.store.subscriptions.create(
    { name, channel, target, filter: { admin1, kinds, minGrade }, secret },
    actor,
  );
}
