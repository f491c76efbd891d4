import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BaocaoError,
  checkPercentage,
  Decimal,
  qualifierFromWord,
  roundDecimal,
  toDecimal,
} from "../../src/index.js";

describe("checkPercentage: verdicts", () => {
  it("accepts a share rounded half up at the written decimals", () => {
    // "đã giải quyết 357/420 đơn, đạt 85%": 85.0 exactly
    const result = checkPercentage({ part: 357, whole: 420, stated: "85" });
    expect(result.verdict).toBe("consistent");
    expect(result.findings).toEqual([]);
    expect(result.exact).toBe("85");
    expect(result.mode).toBe("half-up");
  });

  it("keeps the trailing zero of the stated text (84,90 has two decimals)", () => {
    // 283/333 = 84.984..., 84,98 at two decimals; "84,90" is wrong while "85,0" would be right
    expect(checkPercentage({ part: 283, whole: 333, stated: "84,90" }).verdict).toBe(
      "inconsistent",
    );
    expect(checkPercentage({ part: 283, whole: 333, stated: "85,0" }).verdict).toBe("consistent");
    const asValue = checkPercentage({
      part: 283,
      whole: 333,
      stated: { value: "84.98", decimals: 2, text: "84,98" },
    });
    expect(asValue.verdict).toBe("consistent");
    expect(asValue.stated).toBe("84.98");
  });

  it("flags a wrong share with the exact value, the gap and a bilingual message", () => {
    const result = checkPercentage({ part: 120, whole: 150, stated: "80,5%" });
    expect(result.verdict).toBe("inconsistent");
    expect(result.exact).toBe("80");
    expect(result.gap).toBe("0.5");
    const [finding] = result.findings;
    expect(finding?.code).toBe("PERCENT_INCONSISTENT");
    expect(finding?.severity).toBe("error");
    expect(finding?.message.vi).toContain("120/150 = 80,00%");
    expect(finding?.message.vi).toContain("tỷ lệ ghi 80,5% không khớp (chênh 0,50 điểm %)");
    expect(finding?.message.en).toContain("120/150 = 80.00%");
    expect(finding?.inputs.stated).toBe("80,5%");
  });

  it("warns when only truncation gives the stated figure", () => {
    // 17/19 = 89.473...: rounded 89,5, truncated 89,4
    const result = checkPercentage({ part: 17, whole: 19, stated: "89,4" });
    expect(result.verdict).toBe("consistent-if-truncated");
    expect(result.findings[0]?.code).toBe("PERCENT_ONLY_IF_TRUNCATED");
    expect(result.findings[0]?.severity).toBe("warning");
    expect(result.findings[0]?.message.vi).toContain("cắt bỏ chữ số");
  });

  it("warns when only the complement 100 − (rounded rest) gives it", () => {
    // 2/19 = 10.526...; the rest 17/19 = 89.473... truncated to 89,4; 100 − 89,4 = 10,6
    const result = checkPercentage({ part: 2, whole: 19, stated: "10,6" });
    expect(result.verdict).toBe("consistent-as-complement");
    expect(result.findings[0]?.code).toBe("PERCENT_COMPLEMENT");
    expect(result.findings[0]?.data?.complementOf).toBe("89.4");
    expect(result.findings[0]?.message.vi).toContain("100 − 89,4");
  });

  it("warns on a tie settled half to even", () => {
    // 1/8 = 12.5 exactly: half up gives 13, half to even gives 12
    const result = checkPercentage({
      part: 1,
      whole: 8,
      stated: "12",
      rounding: { lenient: ["half-even"] },
    });
    expect(result.verdict).toBe("consistent-if-other-rounding");
    expect(result.findings[0]?.code).toBe("PERCENT_OTHER_ROUNDING");
  });

  it("honours a policy that counts truncation as consistent, or refuses complements", () => {
    expect(
      checkPercentage({
        part: 17,
        whole: 19,
        stated: "89,4",
        rounding: { consistent: ["half-up", "truncate"] },
      }).verdict,
    ).toBe("consistent");
    expect(
      checkPercentage({
        part: 2,
        whole: 19,
        stated: "10,6",
        rounding: { complement: false },
      }).verdict,
    ).toBe("inconsistent");
  });

  it("names a candidate base that fits (info) and lists it on an error", () => {
    // "tiếp nhận 240 đơn, thuộc thẩm quyền 200 đơn, đã giải quyết 180 đơn, đạt 90%": 180/240 = 75
    const result = checkPercentage({ part: 180, whole: 240, stated: "90", candidates: [200, 240] });
    expect(result.verdict).toBe("consistent-with-other-base");
    expect(result.bases).toEqual([
      { base: "200", source: "candidate", exact: "90", mode: "half-up" },
    ]);
    expect(result.findings[0]?.code).toBe("PERCENT_OTHER_BASE");
    expect(result.findings[0]?.severity).toBe("info");
    expect(result.findings[0]?.message.vi).toContain("mẫu số là số 200");
  });

  it("tries the sum of the named parts as a base", () => {
    // "đúng hạn 46 hồ sơ, trễ hạn 4 hồ sơ; tỷ lệ đúng hạn 92%" with a wrong whole of 60
    const result = checkPercentage({ part: 46, whole: 60, stated: "92", parts: [46, 4] });
    expect(result.verdict).toBe("consistent-with-other-base");
    expect(result.bases[0]?.source).toBe("sum-of-parts");
    expect(result.bases[0]?.base).toBe("50");
  });

  it("gives the range of wholes that would fit the part (GRIM)", () => {
    // 45 of some whole stated as 37,5%: only 120 fits at one decimal
    const result = checkPercentage({ part: 45, whole: 125, stated: "37,5" });
    expect(result.verdict).toBe("inconsistent");
    expect(result.wholeRange).toEqual({ min: "120", max: "120", wholes: ["120"] });
    expect(result.findings[0]?.message.vi).toContain("mẫu số 120");
    // at no decimals many wholes fit
    const wide = checkPercentage({ part: 45, whole: 125, stated: "38" });
    // 45/117 = 38,46 … 45/120 = 37,5: all four round to 38
    expect(wide.wholeRange).toEqual({
      min: "117",
      max: "120",
      wholes: ["117", "118", "119", "120"],
    });
    // a stated zero fits every large whole
    expect(checkPercentage({ part: 1, whole: 3, stated: "0" }).wholeRange).toEqual({
      min: "201",
      max: null,
    });
  });

  it("says when no whole-number base can give the stated share", () => {
    const result = checkPercentage({ part: 1571, whole: 1580, stated: "99,42" });
    expect(result.wholeRange).toBeNull();
    expect(result.findings[0]?.message.vi).toContain("không có mẫu số nguyên nào");
  });

  it("computes with decimal parts exactly (money)", () => {
    // 11.796,9 of 15.729,2 million dong = 75.0000635...%
    const result = checkPercentage({ part: "11796.9", whole: "15729.2", stated: "75,0" });
    expect(result.verdict).toBe("consistent");
    expect(result.wholeRange).toBeNull();
  });
});

describe("checkPercentage: qualified claims are judged on the exact value", () => {
  it("refuses 'trên 62,5%' when the exact value is 62,48%", () => {
    // 1.012/1.620 = 62.469...% rounds to 62,5 but is not over it
    const result = checkPercentage({ part: 1012, whole: 1620, stated: "62,5", qualifier: "over" });
    expect(result.verdict).toBe("inconsistent");
    expect(result.findings[0]?.code).toBe("PERCENT_QUALIFIER_FAILS");
    expect(result.findings[0]?.message.vi).toContain('"trên 62,5%"');
    expect(
      checkPercentage({ part: 1013, whole: 1620, stated: "62,5", qualifier: "over" }).verdict,
    ).toBe("consistent");
  });

  it.each([
    ["at-least", 25, 100, "25", "consistent"],
    ["over", 25, 100, "25", "inconsistent"],
    ["under", 24, 100, "25", "consistent"],
    ["under", 25, 100, "25", "inconsistent"],
    ["at-most", 25, 100, "25", "consistent"],
    ["at-most", 26, 100, "25", "inconsistent"],
    ["nearly", 97, 100, "100", "consistent"],
    ["nearly", 94, 100, "100", "inconsistent"],
    ["nearly", 101, 100, "100", "inconsistent"],
    ["about", 92, 100, "95", "consistent"],
    ["about", 99, 100, "95", "consistent"],
    ["about", 90, 100, "95", "inconsistent"],
  ] as const)("%s: %i/%i against %s%% is %s", (qualifier, part, whole, stated, verdict) => {
    expect(checkPercentage({ part, whole, stated, qualifier }).verdict).toBe(verdict);
  });

  it("uses the tolerance given for nearly and about", () => {
    expect(
      checkPercentage({ part: 97, whole: 100, stated: "100", qualifier: "nearly", tolerance: 2 })
        .verdict,
    ).toBe("inconsistent");
  });

  it("reads the qualifier words", () => {
    expect(qualifierFromWord("trên")).toBe("over");
    expect(qualifierFromWord("Hơn")).toBe("over");
    expect(qualifierFromWord("gần")).toBe("nearly");
    expect(qualifierFromWord("khoảng")).toBe("about");
    expect(qualifierFromWord("tối thiểu")).toBe("at-least");
    expect(qualifierFromWord("dưới")).toBe("under");
    expect(qualifierFromWord("tối đa")).toBe("at-most");
    expect(qualifierFromWord("đạt")).toBeUndefined();
  });
});

describe("checkPercentage: validation", () => {
  const codeOf = (f: () => unknown): string | undefined => {
    try {
      f();
    } catch (error) {
      return error instanceof BaocaoError ? error.code : "other";
    }
    return undefined;
  };
  it.each([
    [{ part: 1, whole: 0, stated: "5" }, "CALC_ZERO_WHOLE"],
    [{ part: -1, whole: 10, stated: "5" }, "CALC_NEGATIVE"],
    [{ part: "abc", whole: 10, stated: "5" }, "CALC_NOT_A_FIGURE"],
    [{ part: 1, whole: 10, stated: "5.5" }, "CALC_BAD_STATED"],
    [{ part: 1, whole: 10, stated: { value: "5.55", decimals: 1 } }, "CALC_BAD_DECIMALS"],
    [{ part: 1, whole: 10, stated: { value: "5", decimals: 1.5 } }, "CALC_BAD_DECIMALS"],
  ])("%o throws %s", (input, code) => {
    expect(codeOf(() => checkPercentage(input))).toBe(code);
  });
  it("does not change its input", () => {
    const input = Object.freeze({
      part: 3,
      whole: 7,
      stated: Object.freeze({ value: "42.9", decimals: 1 }),
      candidates: Object.freeze([6, 8]),
    });
    expect(() => checkPercentage(input)).not.toThrow();
  });
});

const shareArb = fc
  .tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 2 }))
  .chain(([whole, decimals]) =>
    fc.record({
      whole: fc.constant(whole),
      part: fc.integer({ min: 0, max: whole }),
      decimals: fc.constant(decimals),
    }),
  );

const exactShare = (part: number, whole: number) => toDecimal(part).times(100).div(whole);

describe("checkPercentage: properties", () => {
  it("the half-up value is always consistent", () => {
    fc.assert(
      fc.property(shareArb, ({ part, whole, decimals }) => {
        const rounded = roundDecimal(exactShare(part, whole), decimals, "half-up");
        const result = checkPercentage({ part, whole, stated: { value: rounded, decimals } });
        expect(result.verdict).toBe("consistent");
        expect(result.findings).toEqual([]);
      }),
    );
  });

  it("one step off is flagged unless truncation, half-even or the complement explains it", () => {
    fc.assert(
      fc.property(shareArb, fc.constantFrom(-1, 1), ({ part, whole, decimals }, direction) => {
        const exact = exactShare(part, whole);
        const step = new Decimal(10).pow(-decimals);
        const moved = roundDecimal(exact, decimals, "half-up").plus(step.times(direction));
        fc.pre(moved.gte(0));
        const result = checkPercentage({ part, whole, stated: { value: moved, decimals } });
        const rest = new Decimal(100).minus(exact);
        const complementFits = (["half-up", "truncate", "half-even"] as const).some((mode) =>
          new Decimal(100).minus(roundDecimal(rest, decimals, mode)).eq(moved),
        );
        const expected = roundDecimal(exact, decimals, "truncate").eq(moved)
          ? "consistent-if-truncated"
          : roundDecimal(exact, decimals, "half-even").eq(moved)
            ? "consistent-if-other-rounding"
            : complementFits
              ? "consistent-as-complement"
              : "inconsistent";
        expect(result.verdict).toBe(expected);
        expect(result.findings).toHaveLength(1);
      }),
    );
  });

  it("the whole is always inside its own range of fitting wholes", () => {
    fc.assert(
      fc.property(shareArb, ({ part, whole, decimals }) => {
        fc.pre(part > 0);
        const rounded = roundDecimal(exactShare(part, whole), decimals, "half-up");
        const { wholeRange } = checkPercentage({
          part,
          whole,
          stated: { value: rounded, decimals },
        });
        expect(wholeRange).not.toBeNull();
        expect(BigInt(wholeRange?.min ?? "0") <= BigInt(whole)).toBe(true);
        if (wholeRange?.max != null) expect(BigInt(wholeRange.max) >= BigInt(whole)).toBe(true);
        for (const w of wholeRange?.wholes ?? []) {
          expect(roundDecimal(exactShare(part, Number(w)), decimals, "half-up").eq(rounded)).toBe(
            true,
          );
        }
      }),
    );
  });

  it("never throws and never yields NaN or Infinity for valid input", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        fc.integer({ min: 0, max: 10 ** 6 }),
        fc.integer({ min: 0, max: 4 }),
        fc.option(fc.constantFrom("over", "at-least", "under", "at-most", "nearly", "about"), {
          nil: undefined,
        }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 6n }), { maxLength: 4 }),
        (part, whole, statedUnits, decimals, qualifier, candidates) => {
          const value = new Decimal(statedUnits).div(new Decimal(10).pow(decimals));
          const result = checkPercentage({
            part,
            whole,
            stated: { value, decimals },
            candidates,
            parts: candidates,
            ...(qualifier === undefined ? {} : { qualifier }),
          });
          const text = JSON.stringify(result);
          expect(text).not.toMatch(/NaN|Infinity/);
        },
      ),
    );
  });
});
