import { deflateSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filterFor } from "../../src/cli/readers/pdf-filters.js";
import { lzwBomb, runLengthBomb } from "./make-filter-bombs.js";

async function decode(name: string, input: string | Buffer, cap = 1e9) {
  const filter = filterFor(name);
  if (typeof filter !== "function") throw new Error(`${name}: no filter`);
  const bytes = typeof input === "string" ? Buffer.from(input, "latin1") : input;
  return filter(bytes, cap, true);
}

describe("the filters the PDF check decodes with", () => {
  it.each([
    ["87cURD_*#4DfTZ)+T~>", "Hello, World!"],
    ["z@:E^~>", "\0\0\0\0abc"],
    ["87cUR\nD_*#4 DfTZ)+T~> ignored", "Hello, World!"],
  ])("ASCII85Decode reads %j (vectors from Python's base64.a85encode)", async (text, plain) => {
    expect((await decode("ASCII85Decode", text)).output?.toString("latin1")).toBe(plain);
  });

  it("ASCIIHexDecode reads hex up to >, with spaces and an odd last digit", async () => {
    expect((await decode("AHx", "48 65 6c6C6F7>ff")).output).toEqual(Buffer.from("Hellop"));
  });

  it("FlateDecode refuses a bad zlib header as PDF.js does, and keeps what a broken stream gave", async () => {
    expect((await decode("FlateDecode", Buffer.from([0x78, 0x9d, 1, 2]))).size).toBe(0);
    const whole = deflateSync(Buffer.from("abc".repeat(10_000)));
    const cut = await decode("Fl", whole.subarray(0, whole.length / 2));
    expect(cut.size).toBeGreaterThan(0);
    expect(cut.size).toBeLessThan(30_000);
  });

  it("stops every filter just past its cap, and says so", async () => {
    const cases: [string, Buffer][] = [
      ["FlateDecode", deflateSync(Buffer.alloc(1_000_000))],
      ["LZWDecode", lzwBomb("", 1_000_000)],
      ["RunLengthDecode", runLengthBomb("", 1_000_000)],
    ];
    for (const [name, data] of cases) {
      // The makers round up to a whole run (128 bytes) or string (up to 4,000).
      const whole = await decode(name, data);
      expect(whole.over).toBe(false);
      expect(whole.size).toBeGreaterThanOrEqual(1_000_000);
      expect(whole.size).toBeLessThan(1_004_000);
      expect(whole.output?.length).toBe(whole.size);
      const capped = await decode(name, data, 10_000);
      expect(capped.over).toBe(true);
      expect(capped.output).toBeUndefined();
    }
  });

  it("LZWDecode and RunLengthDecode give back what was coded, for any text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary-ascii", maxLength: 300 }), async (text) => {
        const lzw = await decode("LZW", lzwBomb(text, 0));
        expect(lzw.output?.toString("latin1")).toBe(text);
        const rl = await decode("RL", runLengthBomb(text, 0));
        expect(rl.output?.toString("latin1")).toBe(text);
      }),
    );
  });

  it("leaves picture codecs and unknown names alone", () => {
    expect(filterFor("DCTDecode")).toBe("picture");
    expect(filterFor("JBIG2Decode")).toBe("picture");
    expect(filterFor("NoSuchDecode")).toBeUndefined();
  });
});
