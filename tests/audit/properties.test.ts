import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditText, formatNumber, roundDecimal, toDecimal } from "../../src/index.js";

const vietnamese = fc.constantFrom(
  ..."0123456789.,;:()/%-–\t\n ¹⁽⁾trong đó gồm đạt chiếm trên gần tăng giảm từ xuống còn đơn hộ lượt xã Cộng ngày tháng năm KL/TW NĐ-CP".split(
    "",
  ),
);

describe("auditText on arbitrary input", () => {
  it("never throws, and every span lies in the caller's text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme", maxLength: 300 }),
          fc.string({ unit: vietnamese, maxLength: 400 }),
        ),
        (text) => {
          const result = auditText(text);
          for (const f of result.findings) {
            if (!f.span) continue;
            expect(f.span.start).toBeGreaterThanOrEqual(0);
            expect(f.span.end).toBeLessThanOrEqual(text.length);
            expect(f.span.excerpt).toBe(text.slice(f.span.start, f.span.end));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("generated fraction claims", () => {
  const claim = fc
    .record({
      whole: fc.integer({ min: 1, max: 5000 }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      places: fc.integer({ min: 0, max: 2 }),
    })
    .map(({ whole, share, places }) => ({ whole, part: Math.floor(whole * share), places }));

  it("a half-up share is always consistent", () => {
    fc.assert(
      fc.property(claim, ({ whole, part, places }) => {
        const stated = roundDecimal(toDecimal(part).times(100).div(whole), places);
        const text = `Đã giải quyết ${formatNumber(part)}/${formatNumber(whole)} đơn, đạt ${formatNumber(stated, { decimals: places })}%.`;
        const [c] = auditText(text).claims;
        expect(c?.kind).toBe("percentage");
        expect(c?.status).toBe("consistent");
      }),
    );
  });

  it("a share two steps off in its last decimal is always flagged", () => {
    fc.assert(
      fc.property(claim, fc.constantFrom(-2, 2), ({ whole, part, places }, steps) => {
        const exact = toDecimal(part).times(100).div(whole);
        const wrong = roundDecimal(exact, places).plus(
          toDecimal(steps).times(toDecimal(10).pow(-places)),
        );
        fc.pre(wrong.gte(0));
        const text = `Đã giải quyết ${formatNumber(part)}/${formatNumber(whole)} đơn, đạt ${formatNumber(wrong, { decimals: places })}%.`;
        const [c] = auditText(text).claims;
        expect(c?.status).toBe("error");
      }),
    );
  });
});

describe("auditText on negative figures", () => {
  // Figures a calculator refuses (negative counts) make no claim, instead of an exception.
  it.each([
    "-5/10 (50%)",
    "Xã còn -5 đơn, tiếp nhận 10 đơn, đã giải quyết 5 đơn.",
    "Tổng 10 -4 6 8\nA 4 -2 3 4\nB 6 -2 3 4",
    "giảm 12,5% (-1.400/1.600 lượt)",
  ])("never throws: %s", (text) => {
    expect(() => auditText(text)).not.toThrow();
  });
});
