/**
 * Turns the raw bytes of a report into text: size limit, empty and binary checks, BOM handling, strict
 * UTF-8 with a Windows-1256 fallback (common for Arabic pages saved on Windows), and the only
 * normalisation we apply to text: line endings to "\n" and trailing spaces/tabs removed from each line.
 * Nothing else is touched (no Unicode normalisation), so Arabic text comes out byte-for-byte as written.
 */
import { errors } from "../../domain/errors.js";

export interface DecodedText {
  /** The decoded text, line endings normalised to "\n", trailing spaces and tabs trimmed per line. */
  text: string;
  /** Encoding the bytes were read as: "utf-8", "utf-16le", "utf-16be" or "windows-1256". */
  encoding: string;
}

/** C0 controls other than tab, line feed, form feed and carriage return, plus DEL. */
const CONTROL_CHAR = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;
/** Characters plausible in a Windows-1256 document beyond ASCII: Arabic script, marks, nbsp, «», dashes. */
const ARABIC_PLAUSIBLE =
  /[\u0600-\u06ff\u200c-\u200f\u00a0\u00ab\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2026]/u;
/** Share of non-ASCII characters that must be Arabic-plausible for a Windows-1256 reading to be accepted. */
const MIN_ARABIC_SHARE = 0.8;

/**
 * Decodes report bytes to text, or throws the matching R2pError.
 * @param what how to name the input in error messages, e.g. `File "a.txt"`.
 * @example decodeBytes(new TextEncoder().encode("Hello\r\n"), "Input", 1000) // { text: "Hello\n", encoding: "utf-8" }
 */
export function decodeBytes(bytes: Uint8Array, what: string, maxBytes: number): DecodedText {
  if (bytes.length > maxBytes) throw errors.tooLarge(what, bytes.length, maxBytes);
  if (bytes.length === 0) throw errors.emptyInput(what);

  const decoded = decodeWithBom(bytes, what) ?? decodeWithoutBom(bytes, what);
  if (isMostlyControlChars(decoded.text)) throw errors.binaryInput(what);
  const text = normaliseLines(decoded.text);
  if (text.trim() === "") throw errors.emptyInput(what);
  return { text, encoding: decoded.encoding };
}

function decodeWithBom(bytes: Uint8Array, what: string): DecodedText | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: decodeStrict("utf-8", bytes.subarray(3), what), encoding: "utf-8" };
  }
  const utf16 = b0 === 0xff && b1 === 0xfe ? "utf-16le" : b0 === 0xfe && b1 === 0xff ? "utf-16be" : null;
  if (utf16 === null) return null;
  const text = decodeStrict(utf16, bytes.subarray(2), what);
  // In UTF-16 a NUL byte is normal; a NUL character is not.
  if (text.includes("\u0000")) throw errors.binaryInput(what);
  return { text, encoding: utf16 };
}

function decodeWithoutBom(bytes: Uint8Array, what: string): DecodedText {
  if (bytes.includes(0)) throw errors.binaryInput(what);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const text = new TextDecoder("windows-1256").decode(bytes);
    if (isPlausibleArabic(text)) return { text, encoding: "windows-1256" };
    throw errors.invalidEncoding(
      what,
      "its bytes are not UTF-8, and read as Windows-1256 they do not give Arabic text",
    );
  }
}

function decodeStrict(encoding: string, bytes: Uint8Array, what: string): string {
  try {
    // ignoreBOM keeps a second BOM as content: we have already consumed the first one ourselves.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw errors.invalidEncoding(
      what,
      `it starts with a ${encoding} byte-order mark but is not valid ${encoding}`,
    );
  }
}

/**
 * Every byte decodes to something in Windows-1256, so the reading is only believable when the non-ASCII
 * characters it produces are overwhelmingly Arabic (Latin-1 French, for example, gives "é", "è", ...).
 */
function isPlausibleArabic(text: string): boolean {
  let nonAscii = 0;
  let arabic = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii += 1;
    if (ARABIC_PLAUSIBLE.test(ch)) arabic += 1;
  }
  return nonAscii > 0 && arabic / nonAscii >= MIN_ARABIC_SHARE;
}

function isMostlyControlChars(text: string): boolean {
  const count = text.match(CONTROL_CHAR)?.length ?? 0;
  // A stray control character happens in real pages; a few per hundred characters does not.
  return count >= 2 && count / text.length > 0.05;
}

/** The documented normalisation: CRLF/CR to LF, and trailing spaces/tabs removed from each line. */
function normaliseLines(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "");
}
