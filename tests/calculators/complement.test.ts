import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkComplement, roundDecimal, toDecimal } from "../../src/index.js";

describe("checkComplement", () => {
  it("accepts counts and shares that make up the whole", () => {
    // "đã giải quyết 212 (97,7%), còn tồn 5 (2,3%)" of 217
    const result = checkComplement({
      total: 217,
      parts: [
        { label: "đã giải quyết", count: 212, stated: "97,7" },
        { label: "còn tồn", count: 5, stated: "2,3" },
      ],
    });
    expect(result.verdict).toBe("consistent");
    expect(result).toMatchObject({ base: "217", sumCounts: "217", sumStated: "100", slack: "0.1" });
    expect(result.shares).toEqual(["consistent", "consistent"]);
  });

  it("flags counts that do not add up to the total", () => {
    const result = checkComplement({ total: 220, parts: [{ count: 212 }, { count: 5 }] });
    expect(result.verdict).toBe("inconsistent");
    expect(result.findings[0]?.code).toBe("COMPLEMENT_COUNTS_SUM");
    expect(result.findings[0]?.message.vi).toBe(
      "Các số liệu thành phần 212 + 5 = 217, không bằng tổng số 220",
    );
  });

  it("flags shares that miss 100% by more than rounding allows", () => {
    // three shares with one decimal may miss 100 by up to 0,15
    expect(
      checkComplement({ parts: [{ stated: "33,3" }, { stated: "33,3" }, { stated: "33,3" }] })
        .verdict,
    ).toBe("consistent");
    const result = checkComplement({ parts: [{ stated: "60,2" }, { stated: "39,6" }] });
    expect(result.verdict).toBe("inconsistent");
    expect(result.findings[0]?.code).toBe("COMPLEMENT_SHARES_SUM");
    expect(result.findings[0]?.computed).toMatchObject({ sumStated: "99.8", slack: "0.1" });
  });

  it("explains a share written as 100 minus a truncated one (a warning)", () => {
    // 11/13 = 84,615… rounds to 84,6 and 2/13 = 15,38… to 15,4; "15,5" fits nothing
    const result = checkComplement({
      total: 13,
      parts: [
        { label: "đạt", count: 11, stated: "84,6" },
        { label: "không đạt", count: 2, stated: "15,4" },
      ],
    });
    expect(result.verdict).toBe("consistent");
    const truncated = checkComplement({
      total: 13,
      parts: [
        { label: "đạt", count: 11, stated: "84,6" },
        { label: "không đạt", count: 2, stated: "15,5" },
      ],
    });
    expect(truncated.verdict).toBe("inconsistent");
    const asRest = checkComplement({
      total: 19,
      parts: [
        { label: "đạt", count: 17, stated: "89,4" },
        { label: "không đạt", count: 2, stated: "10,6" },
      ],
    });
    expect(asRest.verdict).toBe("consistent-with-warnings");
    expect(asRest.findings.map((f) => f.code)).toEqual([
      "PERCENT_ONLY_IF_TRUNCATED",
      "PERCENT_COMPLEMENT",
    ]);
    expect(asRest.findings[1]?.message.vi).toMatch(/^không đạt: 2\/19/);
  });

  it("uses the sum of the counts as the base when no total is given", () => {
    const result = checkComplement({
      parts: [
        { count: 3, stated: "75" },
        { count: 1, stated: "25" },
      ],
    });
    expect(result.base).toBe("4");
    expect(result.verdict).toBe("consistent");
  });

  it("half-up shares of random counts always add up within the slack", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 2 }),
        (counts, decimals) => {
          const total = counts.reduce((a, b) => a + b, 0);
          fc.pre(total > 0);
          const parts = counts.map((count) => ({
            count,
            stated: {
              value: roundDecimal(toDecimal(count).times(100).div(total), decimals),
              decimals,
            },
          }));
          expect(checkComplement({ total, parts }).verdict).toBe("consistent");
        },
      ),
    );
  });
});
