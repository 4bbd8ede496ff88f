import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json.js";
import { sha256Hex } from "./hash.js";

describe("canonicalJson", () => {
  it("sorts keys at every depth and adds no whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it("is the same for objects built in different key orders", () => {
    expect(canonicalJson({ x: 1, y: "é" })).toBe(canonicalJson({ y: "é", x: 1 }));
  });

  it("drops undefined properties and writes undefined array items and non-finite numbers as null", () => {
    expect(canonicalJson({ a: undefined, b: [undefined, NaN, Infinity], c: "x" })).toBe(
      '{"b":[null,null,null],"c":"x"}',
    );
  });

  it("parses back to an equal value", () => {
    const value = { text: 'quote " and \\ and \u0627', n: -1.5e-7, list: [true, false], nested: { k: [] } };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });
});

describe("sha256Hex", () => {
  it("hashes strings as UTF-8 and bytes as given", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex(new TextEncoder().encode("abc"))).toBe(sha256Hex("abc"));
    // Beyond ASCII too (Arabic, an accent, a character outside the BMP): the UTF-8 bytes' digest.
    const text = "قصف على حلب – é 😀";
    expect(sha256Hex(text)).toBe(sha256Hex(new TextEncoder().encode(text)));
    expect(sha256Hex(text)).toBe("de9c7fb1f5890e9b6092006a9dafc9c9b59de6a45de8548c7ef1ed7f9db6810c");
  });
});
