/**
 * Canonical JSON: a stable, key-sorted serialisation used wherever a hash is taken over a value
 * (audit chain, extraction hashes), so the same value always yields the same bytes.
 */

/**
 * Serialises `value` with object keys sorted at every depth and no whitespace. `undefined` object
 * properties are dropped (as JSON.stringify does); `undefined` array items become null.
 *
 * @example canonicalJson({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, true) ?? "null";
}

/** Object keys recur across records (claims share their field names): quote each once. */
const quotedKeys = new Map<string, string>();
const MAX_QUOTED_KEYS = 10_000;

function quoteKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (quotedKeys.size < MAX_QUOTED_KEYS) quotedKeys.set(key, quoted);
  }
  return quoted;
}

function serialise(value: unknown, inArray: boolean): string | undefined {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      // JSON has no NaN or Infinity; JSON.stringify writes null for them and so do we.
      return Number.isFinite(value) ? JSON.stringify(value) : "null";
    case "bigint":
      return value.toString();
    case "undefined":
    case "function":
    case "symbol":
      return inArray ? "null" : undefined;
  }
  const withToJson = value as { toJSON?: () => unknown };
  if (typeof withToJson.toJSON === "function") return serialise(withToJson.toJSON(), inArray);
  // Appending to one string (not joining arrays of parts) is what keeps this within a few times the
  // cost of JSON.stringify; it runs over every stored extraction and audit event.
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ",";
      out += serialise(value[i], true) ?? "null";
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = "{";
  for (const key of keys) {
    const item = serialise(record[key], false);
    if (item === undefined) continue;
    if (out.length > 1) out += ",";
    out += `${quoteKey(key)}:${item}`;
  }
  return `${out}}`;
}
