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
  if (Array.isArray(value)) return `[${value.map((item) => serialise(item, true) ?? "null").join(",")}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const item = serialise(record[key], false);
    if (item !== undefined) parts.push(`${JSON.stringify(key)}:${item}`);
  }
  return `{${parts.join(",")}}`;
}
