/**
 * JSON request bodies. The app takes every body as raw bytes (reports are ingested byte for byte), so
 * JSON routes parse here, answering 400 with a stable code when the body is not JSON.
 */
import { R2pError } from "../domain/errors.js";

export function parseJsonBody(body: unknown): unknown {
  if (!Buffer.isBuffer(body)) return body ?? {};
  const text = body.toString("utf8").trim();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new R2pError(
      "BAD_JSON",
      "The request body is not valid JSON; send Content-Type: application/json with a JSON object.",
      400,
    );
  }
}
