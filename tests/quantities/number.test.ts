import { describe, expect, it } from "vitest";
import { isBaocaoError, parseNumber, safeParseNumber } from "../../src/index.js";

const value = (text: string): string => parseNumber(text).value.toString();

describe("parseNumber: Vietnamese numerals", () => {
  it.each([
    ["1.353", "1353", 0],
    ["4.300.214", "4300214", 0],
    ["66,7", "66.7", 1],
    ["0,58", "0.58", 2],
    ["84,90", "84.9", 2],
    ["11.796,9", "11796.9", 1],
    ["9.209,56", "9209.56", 2],
    ["2746", "2746", 0],
    ["  512  ", "512", 0],
    ["-6,67", "-6.67", 2],
    ["+12", "12", 0],
    ["\u221248", "-48", 0],
  ])("reads %j as %s with %i decimals", (text, expected, decimals) => {
    const parsed = parseNumber(text);
    expect(parsed.value.toString()).toBe(expected);
    expect(parsed.decimals).toBe(decimals);
    expect(parsed.ambiguity).toBeUndefined();
  });

  it("keeps a leading zero as information, not as a different value", () => {
    expect(parseNumber("03")).toMatchObject({ raw: "03", leadingZero: true, decimals: 0 });
    expect(value("03")).toBe("3");
    expect(parseNumber("0,75").leadingZero).toBe(false);
    expect(parseNumber("7").leadingZero).toBe(false);
  });

  it("accepts no-break and narrow no-break spaces between thousands groups", () => {
    expect(value("12\u00a0400")).toBe("12400");
    expect(value("3\u202f250\u202f000")).toBe("3250000");
  });

  it("is exact: 0,1 + 0,2 is 0,3", () => {
    expect(parseNumber("0,1").value.plus(parseNumber("0,2").value).toString()).toBe("0.3");
    expect(
      parseNumber("0,1").value.plus(parseNumber("0,2").value).eq(parseNumber("0,3").value),
    ).toBe(true);
  });

  it("keeps every digit of a long numeral", () => {
    const digits = "98765432109876543210987654321098765432109876543210987654321098765";
    expect(parseNumber(digits).value.toFixed()).toBe(digits);
  });
});

describe("safeParseNumber: errors", () => {
  it("rejects a thousands group that is not three digits, pointing at it", () => {
    const result = safeParseNumber("1.2");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("NUMBER_BAD_GROUPING");
    expect(result.error.offset).toBe(2);
    expect(result.error.end).toBe(3);
    expect(result.error.input).toBe("1.2");
    expect(result.error.message).toContain("'.' for thousands");
    expect(result.error.message).toContain("',' for decimals");
    expect(isBaocaoError(result.error)).toBe(true);
  });

  it.each([
    ["12.34", "NUMBER_BAD_GROUPING", 3],
    ["1.2345", "NUMBER_BAD_GROUPING", 2],
    ["1234.567", "NUMBER_BAD_GROUPING", 0],
    ["05.300", "NUMBER_BAD_GROUPING", 0],
    ["1,234.5", "NUMBER_FOREIGN_STYLE", 5],
    ["1,234,567", "NUMBER_FOREIGN_STYLE", 6],
    ["1,5,2", "NUMBER_MULTIPLE_DECIMAL_MARKS", 3],
    ["", "NUMBER_EMPTY", 0],
    ["   ", "NUMBER_EMPTY", 0],
    ["mười", "NUMBER_INVALID_CHARACTER", 0],
    ["84,9%", "NUMBER_INVALID_CHARACTER", 4],
    ["1.353.", "NUMBER_INVALID_CHARACTER", 5],
    ["12 đơn", "NUMBER_INVALID_CHARACTER", 2],
  ])("%j fails with %s at offset %i", (text, code, offset) => {
    const result = safeParseNumber(text);
    expect(result.ok ? "ok" : result.error.code).toBe(code);
    if (!result.ok) expect(result.error.offset).toBe(offset);
  });

  it("parseNumber throws the same error safeParseNumber returns", () => {
    const result = safeParseNumber("7.5");
    expect(() => parseNumber("7.5")).toThrowError(result.ok ? "" : result.error.message);
    try {
      parseNumber("7.5");
    } catch (error) {
      expect(isBaocaoError(error) && error.code).toBe("NUMBER_BAD_GROUPING");
    }
  });

  it("returns an error, never throws, for a value that is not a string", () => {
    const result = safeParseNumber(42 as unknown as string);
    expect(result.ok ? "ok" : result.error.code).toBe("NUMBER_EMPTY");
  });
});

describe("ambiguity", () => {
  it("reads a thousands dot with three decimals the Vietnamese way and lists both readings", () => {
    const parsed = parseNumber("7.412,305");
    expect(parsed.value.toString()).toBe("7412.305");
    expect(parsed.decimals).toBe(3);
    expect(parsed.ambiguity?.code).toBe("NUMBER_AMBIGUOUS");
    expect(parsed.ambiguity?.readings.map(String)).toEqual(["7412.305", "7412305"]);
    expect(parsed.ambiguity?.reason).toContain("7412305");
  });

  it("does not flag three decimals without a thousands separator, nor other decimals", () => {
    expect(parseNumber("2,125").ambiguity).toBeUndefined();
    expect(parseNumber("7.412,30").ambiguity).toBeUndefined();
  });

  it("rejects an ambiguous numeral when asked to", () => {
    const result = safeParseNumber("7.412,305", { rejectAmbiguous: true });
    expect(result.ok ? "ok" : result.error.code).toBe("NUMBER_AMBIGUOUS");
    expect(safeParseNumber("7.412,30", { rejectAmbiguous: true }).ok).toBe(true);
  });

  it("keeps the sign in every reading", () => {
    expect(parseNumber("-1.000,250").ambiguity?.readings.map(String)).toEqual([
      "-1000.25",
      "-1000250",
    ]);
  });
});
