import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BaocaoError,
  checkReachability,
  Decimal,
  roundDecimal,
  toDecimal,
} from "../../src/index.js";

describe("checkReachability", () => {
  it("finds that 82,15% of 28 cannot be reached, and gives the nearest shares", () => {
    const result = checkReachability({ whole: 28, stated: "82,15" });
    expect(result.verdict).toBe("unreachable");
    expect(result.parts).toBeNull();
    expect(result.nearest).toEqual([
      { part: "23", value: "82.14" },
      { part: "24", value: "85.71" },
    ]);
    expect(result.findings[0]?.code).toBe("PERCENT_UNREACHABLE");
    expect(result.findings[0]?.message.vi).toBe(
      "Không có số nguyên nào trên tổng 28 cho tỷ lệ 82,15%: gần nhất là 23/28 ≈ 82,14%; 24/28 ≈ 85,71%",
    );
  });

  it("accepts a reachable share and names the parts", () => {
    // 35 hội viên, "đạt 74,3%": 26/35 = 74,2857 → 74,3
    const result = checkReachability({ whole: 35, stated: "74,3" });
    expect(result).toMatchObject({
      verdict: "reachable",
      parts: { min: "26", max: "26" },
      mode: "half-up",
    });
    expect(result.findings).toEqual([]);
    // a large whole reaches a share through several parts
    expect(checkReachability({ whole: 3000, stated: "50" }).parts).toEqual({
      min: "1485",
      max: "1514",
    });
  });

  it("warns when only truncation reaches it", () => {
    // 7 members: 4/7 = 57,142…, 5/7 = 71,428…: "71,4" rounds, "57,1" rounds, "71,42" truncates
    const result = checkReachability({ whole: 7, stated: "71,42" });
    expect(result.verdict).toBe("reachable-if-lenient");
    expect(result.mode).toBe("truncate");
    expect(result.findings[0]?.code).toBe("PERCENT_REACHABLE_IF_LENIENT");
  });

  it("keeps the nearest parts within 0..whole", () => {
    expect(checkReachability({ whole: 9, stated: "101" }).nearest).toEqual([
      { part: "9", value: "100" },
    ]);
  });

  it("refuses a whole that is not a whole number of at least 1", () => {
    expect(() => checkReachability({ whole: 0, stated: "5" })).toThrow(BaocaoError);
    expect(() => checkReachability({ whole: "2.5", stated: "5" })).toThrow(BaocaoError);
  });

  it("every rounded share of a whole is reachable; the verdict agrees with a brute-force search", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 10000 }),
        (whole, decimals, units) => {
          const stated = new Decimal(units).div(new Decimal(10).pow(decimals));
          const result = checkReachability({ whole, stated: { value: stated, decimals } });
          let plain = false;
          let lenient = false;
          for (let p = 0; p <= whole; p += 1) {
            const exact = toDecimal(p).times(100).div(whole);
            if (roundDecimal(exact, decimals, "half-up").eq(stated)) plain = true;
            if (
              roundDecimal(exact, decimals, "truncate").eq(stated) ||
              roundDecimal(exact, decimals, "half-even").eq(stated)
            )
              lenient = true;
          }
          expect(result.verdict).toBe(
            plain ? "reachable" : lenient ? "reachable-if-lenient" : "unreachable",
          );
        },
      ),
    );
  });
});
