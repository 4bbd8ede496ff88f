/** SHA-256 helpers: report ids, audit-chain links and content hashes are all lowercase hex sha256. */
import { createHash } from "node:crypto";

/**
 * Lowercase hex sha256 of bytes, or of a string's UTF-8 encoding.
 *
 * @example sha256Hex("abc") // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}
