import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, decimalToString, roundDecimal, toDecimal } from "../../src/index.js";

describe("toDecimal", () => {
  it("is exact where binary floats are not", () => {
    expect(toDecimal("0.1").plus("0.2").toString()).toBe("0.3");
  });
  it("refuses a non-integer JavaScript number", () => {
    expect(() => toDecimal(0.1)).toThrow(RangeError);
    expect(toDecimal(12).toString()).toBe("12");
    expect(toDecimal(12n).toString()).toBe("12");
  });
  it("never writes exponent notation", () => {
    expect(new Decimal("1e-20").toString()).toBe("0.00000000000000000001");
  });
});

describe("roundDecimal", () => {
  const cases: [string, number, Parameters<typeof roundDecimal>[2], string][] = [
    ["99.425", 2, "half-up", "99.43"],
    ["99.425", 2, "half-even", "99.42"],
    ["99.435", 2, "half-even", "99.44"],
    ["99.429", 2, "truncate", "99.42"],
    ["-1.25", 1, "floor", "-1.3"],
    ["1.21", 1, "ceiling", "1.3"],
  ];
  it.each(cases)("%s to %i places (%s) is %s", (value, places, mode, expected) => {
    expect(roundDecimal(toDecimal(value), places, mode).toString()).toBe(expected);
  });

  it("keeps every rounding within one step of the exact value", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 1, max: 10 ** 6 }),
        fc.integer({ min: 0, max: 3 }),
        (a, b, places) => {
          const exact = toDecimal(a).div(b);
          const step = new Decimal(10).pow(-places);
          for (const mode of ["half-up", "half-even", "truncate", "floor", "ceiling"] as const) {
            expect(roundDecimal(exact, places, mode).minus(exact).abs().lte(step)).toBe(true);
          }
        },
      ),
    );
  });

  it("decimalToString pads to the places asked", () => {
    expect(decimalToString(toDecimal("2.5"), 2)).toBe("2.50");
    expect(decimalToString(toDecimal("2.50"))).toBe("2.5");
  });
});
