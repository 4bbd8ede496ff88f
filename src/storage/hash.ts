/** SHA-256 helpers: report ids, audit-chain links and content hashes are all lowercase hex sha256. */
import crypto, { createHash } from "node:crypto";

/**
 * Node's one-shot `crypto.hash` (Node 20.12 and later; undefined before): for the short texts hashed
 * here (incident bodies of 1–2 KB, ids) about a third cheaper than a Hash object, same digest.
 */
const oneShot: typeof crypto.hash | undefined = crypto.hash;

/**
 * Lowercase hex sha256 of bytes, or of a string's UTF-8 encoding.
 *
 * @example sha256Hex("abc") // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export function sha256Hex(data: Uint8Array | string): string {
  return oneShot ? oneShot("sha256", data, "hex") : createHash("sha256").update(data).digest("hex");
}
