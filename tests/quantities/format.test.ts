import { describe, expect, it } from "vitest";
import { Decimal, formatNumber, formatPercent } from "../../src/index.js";

describe("formatNumber", () => {
  it.each([
    ["1353", {}, "1.353"],
    ["4300214", {}, "4.300.214"],
    ["999", {}, "999"],
    ["1000", {}, "1.000"],
    ["66.7", { decimals: 2 }, "66,70"],
    ["9209.56", {}, "9.209,56"],
    ["0.58", {}, "0,58"],
    ["-1234567.891", { decimals: 2 }, "-1.234.567,89"],
    ["99.425", { decimals: 2 }, "99,43"],
    ["99.425", { decimals: 2, rounding: "truncate" }, "99,42"],
    ["-0.004", { decimals: 2 }, "0,00"],
    ["12.5", { decimals: 0 }, "13"],
    ["3", { minimumIntegerDigits: 2 }, "03"],
    ["12", { minimumIntegerDigits: 2 }, "12"],
    ["1353", { minimumIntegerDigits: 2 }, "1.353"],
  ] as const)("writes %s with %j as %s", (value, options, expected) => {
    expect(formatNumber(value, options)).toBe(expected);
  });

  it("accepts Decimal, bigint and safe integers", () => {
    expect(formatNumber(new Decimal("0.1").plus("0.2"))).toBe("0,3");
    expect(formatNumber(12345678901234567890n)).toBe("12.345.678.901.234.567.890");
    expect(formatNumber(2020)).toBe("2.020");
  });

  it("refuses options out of range and values that are not finite", () => {
    expect(() => formatNumber("1", { decimals: -1 })).toThrow(RangeError);
    expect(() => formatNumber("1", { decimals: 1.5 })).toThrow(RangeError);
    expect(() => formatNumber("1", { minimumIntegerDigits: 0 })).toThrow(RangeError);
    expect(() => formatNumber(new Decimal(Number.NaN))).toThrow(RangeError);
    expect(() => formatNumber(0.5)).toThrow(RangeError);
  });
});

describe("formatPercent", () => {
  it("writes the percent figure with '%'", () => {
    expect(formatPercent("84.9")).toBe("84,9%");
    expect(formatPercent("56.48", { decimals: 1 })).toBe("56,5%");
    expect(formatPercent("5", { space: true })).toBe("5 %");
    expect(formatPercent("100", { decimals: 2 })).toBe("100,00%");
  });
});
