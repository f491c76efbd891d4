import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentageVerdict } from "../../src/calculators/percentage.js";
import { BaocaoError, checkPercentage, Decimal } from "../../src/index.js";

// The share rule asks only for verdicts while it tries bases: the short path must agree with
// the full check on every input, rounding policies and refusals included.
const input = fc
  .record({
    part: fc.integer({ min: 0, max: 3000 }),
    whole: fc.integer({ min: 0, max: 3000 }),
    stated: fc
      .tuple(fc.integer({ min: 0, max: 12000 }), fc.integer({ min: 0, max: 2 }))
      .map(([n, decimals]) => ({ value: new Decimal(n).div(10 ** decimals), decimals })),
    policy: fc.constantFrom(0, 1, 2),
  })
  .map(({ policy, ...rest }) =>
    policy === 0
      ? rest
      : {
          ...rest,
          rounding:
            policy === 1
              ? { consistent: ["half-up" as const], lenient: [], complement: false }
              : {
                  consistent: ["truncate" as const],
                  lenient: ["half-up" as const],
                  complement: true,
                },
        },
  );

const outcome = (run: () => string): string => {
  try {
    return run();
  } catch (error) {
    return error instanceof BaocaoError ? `error ${error.code}` : "other error";
  }
};

describe("percentageVerdict", () => {
  it("gives the verdict of checkPercentage, or the same error", () => {
    fc.assert(
      fc.property(input, (i) => {
        expect(outcome(() => percentageVerdict(i))).toBe(outcome(() => checkPercentage(i).verdict));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads the truncated and complement readings as the full check does", () => {
    expect(percentageVerdict({ part: 13, whole: 14, stated: "92,8" })).toBe(
      "consistent-if-truncated",
    );
    expect(percentageVerdict({ part: 120, whole: 150, stated: "80,5" })).toBe("inconsistent");
    expect(percentageVerdict({ part: 1230, whole: 2180, stated: "56,5", qualifier: "over" })).toBe(
      "inconsistent",
    );
  });
});
