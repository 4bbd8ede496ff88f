/** JSON request bodies: the app takes every body as raw bytes (reports), so JSON routes parse here. */
import type { z } from "zod";
import { R2pError } from "../domain/errors.js";

/** Parses a Buffer/string body as JSON and validates it with `schema`; BAD_REQUEST when it is not. */
export function parseJsonBody<T extends z.ZodType>(body: unknown, schema: T): z.infer<T> {
  const text = Buffer.isBuffer(body) ? body.toString("utf8") : typeof body === "string" ? body : "";
  let value: unknown;
  try {
    value = text === "" ? {} : JSON.parse(text);
  } catch {
    throw new R2pError(
      "BAD_REQUEST",
      "The request body is not valid JSON; send Content-Type: application/json.",
    );
  }
  return schema.parse(value);
}
