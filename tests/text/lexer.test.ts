import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchKey } from "../../src/core/text.js";
import { lex as tokenizeUnits, type Token as UnitToken } from "../../src/text/lexer.js";

// The tokens as the regular expression the tokenizer stands for defines them.
const REFERENCE = /([0-9]+(?:\.[0-9]{3})*(?![0-9]))|([\p{L}\p{M}]+)|(\s+)|(.)/gsu;

function reference(text: string, offset = 0): UnitToken[] {
  return [...text.matchAll(REFERENCE)].map((m) => {
    const whole = m[0];
    const start = offset + (m.index ?? 0);
    const end = start + whole.length;
    if (m[1] !== undefined) {
      const key = whole.replaceAll(".", "");
      return { kind: "number", start, end, text: whole, key, capitalised: false, lineBreak: false };
    }
    if (m[2] !== undefined) {
      const first = whole.normalize("NFC").charAt(0);
      const capitalised = first !== first.toLowerCase();
      return {
        kind: "word",
        start,
        end,
        text: whole,
        key: matchKey(whole),
        capitalised,
        lineBreak: false,
      };
    }
    if (m[3] !== undefined) {
      const lineBreak = whole.includes("\n") || whole.includes("\r");
      return { kind: "space", start, end, text: whole, key: " ", capitalised: false, lineBreak };
    }
    return {
      kind: "punct",
      start,
      end,
      text: whole,
      key: whole,
      capitalised: false,
      lineBreak: false,
    };
  });
}

// Pieces that exercise every branch: grouped numbers, Vietnamese letters (NFC and NFD), marks,
// spaces and line breaks, punctuation, and characters outside the BMP (letters and not).
const PIECES = [
  "1",
  "12",
  ".",
  "353",
  "1.234",
  "0",
  "xã",
  "Thị",
  "trấn",
  "ĐVHC",
  "Ủy",
  "xa\u0303",
  "\u0301",
  " ",
  "\n",
  "\r\n",
  "\u00a0",
  "\t",
  ",",
  "/",
  "-",
  "–",
  "𝐀",
  "😀",
  "\ud835",
  "\udc00",
  "٣",
];

describe("lex", () => {
  it("matches the reference pattern on any mix of pieces", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(tokenizeUnits(text)).toEqual(reference(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it("matches the reference pattern on a range, offsets those of the whole text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        (pieces, a, b) => {
          const text = pieces.join("");
          const start = text.length === 0 ? 0 : a % (text.length + 1);
          const end = start + (text.length === 0 ? 0 : b % (text.length - start + 1));
          expect(tokenizeUnits(text, { range: { start, end } })).toEqual(
            reference(text.slice(start, end), start),
          );
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("reads grouped numbers as the officials write them", () => {
    const numbers = tokenizeUnits("1.353 và 1.2345 và 12.")
      .filter((t) => t.kind === "number")
      .map((t) => [t.text, t.key]);
    expect(numbers).toEqual([
      ["1.353", "1353"],
      ["1", "1"],
      ["2345", "2345"],
      ["12", "12"],
    ]);
  });
});
