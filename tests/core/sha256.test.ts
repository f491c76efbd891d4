import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64, cspHash, sha256 } from "../../src/core/sha256.js";

const nodeSha = (bytes: Uint8Array) => new Uint8Array(createHash("sha256").update(bytes).digest());

describe("sha256", () => {
  it("gives the digests of FIPS 180-4's examples", () => {
    const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
    expect(hex(sha256(new TextEncoder().encode("abc")))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(hex(sha256(new Uint8Array()))).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
  });

  it("agrees with Node's crypto on any bytes, across block edges", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(sha256(bytes)).toEqual(nodeSha(bytes));
      }),
      { numRuns: 300 },
    );
    for (const n of [55, 56, 63, 64, 65, 119, 120, 128]) {
      const bytes = new Uint8Array(n).fill(0x61);
      expect(sha256(bytes)).toEqual(nodeSha(bytes));
    }
  });

  it("writes base64 as Node does, and a CSP source of a text's UTF-8", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        expect(base64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
      }),
    );
    const text = "document.title='Kiểm tra';";
    expect(cspHash(text)).toBe(`'sha256-${createHash("sha256").update(text).digest("base64")}'`);
  });
});
