import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  Decimal,
  findNumbers,
  formatNumber,
  formatPercent,
  parseNumber,
  parsePercent,
  safeParseNumber,
  safeParsePercent,
  safeParseQuantity,
} from "../../src/index.js";

// Any decimal: up to 30 integer digits and 12 decimals, either sign.
const decimalArb = fc
  .tuple(
    fc.boolean(),
    fc.stringMatching(/^(0|[1-9][0-9]{0,29})$/),
    fc.stringMatching(/^[0-9]{0,12}$/),
  )
  .map(([negative, int, frac]) => new Decimal(`${negative ? "-" : ""}${int}.${frac || "0"}`));

// Text made of the pieces figures are made of, so the scanner meets its own edge cases.
const pieces = [
  "1",
  "02",
  "353",
  ".",
  ",",
  "%",
  " ",
  "\u00a0",
  "\u202f",
  "-",
  "/",
  "\r\n",
  "\ufeff",
  "trên ",
  "đạt",
  "tỷ",
  "tr.đ",
  "vạn",
  "người",
  "lượt người",
  "QH",
  "m2",
  "e\u0302",
  "\u0000",
  "\ud800",
];
const figureText = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(""));
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  figureText,
);

describe("format then parse", () => {
  it("gives back the value rounded to the requested decimals, for decimals 0 to 6", () => {
    fc.assert(
      fc.property(decimalArb, fc.integer({ min: 0, max: 6 }), (value, decimals) => {
        const parsed = parseNumber(formatNumber(value, { decimals }));
        expect(parsed.value.eq(value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP))).toBe(true);
        expect(parsed.decimals).toBe(decimals);
      }),
    );
  });

  it("gives back the exact value when no decimals are requested", () => {
    fc.assert(
      fc.property(decimalArb, (value) => {
        expect(parseNumber(formatNumber(value)).value.eq(value)).toBe(true);
      }),
    );
  });

  it("round-trips percentages and padded counts", () => {
    fc.assert(
      fc.property(decimalArb, fc.integer({ min: 0, max: 6 }), (value, decimals) => {
        const parsed = parsePercent(formatPercent(value, { decimals }));
        expect(parsed.value.eq(value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 6 }), (n, min) => {
        const parsed = parseNumber(formatNumber(n, { minimumIntegerDigits: min }));
        expect(parsed.value.toNumber()).toBe(n);
      }),
    );
  });
});

describe("never throws", () => {
  it("safeParse* and findNumbers return on arbitrary strings", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(typeof safeParseNumber(text).ok).toBe("boolean");
        expect(typeof safeParsePercent(text).ok).toBe("boolean");
        expect(typeof safeParseQuantity(text).ok).toBe("boolean");
        expect(Array.isArray(findNumbers(text))).toBe(true);
      }),
    );
  });

  it("safeParse* return on a 1 MB string", () => {
    const big = `${"9.".repeat(300_000)}${"x\u0000 ".repeat(150_000)}`;
    expect(big.length).toBeGreaterThanOrEqual(1_000_000);
    expect(safeParseNumber(big).ok).toBe(false);
    expect(safeParsePercent(big).ok).toBe(false);
    expect(safeParseQuantity(big).ok).toBe(false);
    const digits = "7".repeat(1_000_000);
    expect(safeParseNumber(digits).ok).toBe(true);
  });
});

describe("token invariants", () => {
  it("every token's numeral is the text between numberStart and numberEnd, inside [start, end)", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let previous = 0;
        for (const t of findNumbers(text)) {
          expect(text.slice(t.numberStart, t.numberEnd)).toBe(t.raw);
          expect(t.start).toBeGreaterThanOrEqual(previous);
          expect(t.start).toBeLessThanOrEqual(t.numberStart);
          expect(t.numberEnd).toBeLessThanOrEqual(t.end);
          for (const part of [t.unit, t.magnitude, t.qualifier, t.lead]) {
            if (part === undefined) continue;
            expect(part.start).toBeGreaterThanOrEqual(t.start);
            expect(part.end).toBeLessThanOrEqual(t.end);
          }
          expect(t.value.eq(t.numeral.times(t.magnitude?.factor ?? 1))).toBe(true);
          previous = t.end;
        }
      }),
    );
  });

  it("a formatted figure inside a sentence is found with its value", () => {
    fc.assert(
      fc.property(decimalArb, fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        const written = formatNumber(value, { decimals });
        const tokens = findNumbers(`Kết quả đạt ${written} hộ.`);
        expect(tokens).toHaveLength(1);
        expect(tokens[0]?.raw).toBe(written);
        expect(tokens[0]?.value.eq(parseNumber(written).value)).toBe(true);
        expect(tokens[0]?.unit?.canonical).toBe("hộ");
      }),
    );
  });

  it("the same figures are found in NFC and NFD text", () => {
    fc.assert(
      fc.property(figureText, (text) => {
        const nfc = text.normalize("NFC");
        const summary = (s: string) =>
          findNumbers(s).map((t) => [t.raw, t.unit?.canonical, t.qualifier?.kind, t.lead?.kind]);
        expect(summary(nfc.normalize("NFD"))).toEqual(summary(nfc));
      }),
    );
  });
});
