import { describe, expect, it } from "vitest";
import {
  parseVietnameseDate,
  safeParseVietnameseDate,
  vietnameseDateSchema,
} from "../../src/index.js";

describe("parseVietnameseDate", () => {
  it.each([
    ["ngày 05/3/2021", { year: 2021, month: 3, day: 5, precision: "day", iso: "2021-03-05" }],
    [
      "ngày 5 tháng 3 năm 2021",
      { year: 2021, month: 3, day: 5, precision: "day", iso: "2021-03-05" },
    ],
    ["Ngày 29/02/2024", { year: 2024, month: 2, day: 29, precision: "day", iso: "2024-02-29" }],
    ["05-3-2021", { year: 2021, month: 3, day: 5, precision: "day", iso: "2021-03-05" }],
    ["05.3.2021", { year: 2021, month: 3, day: 5, precision: "day", iso: "2021-03-05" }],
    ["tháng 9/2019", { year: 2019, month: 9, precision: "month", iso: "2019-09" }],
    ["tháng 09 năm 2019", { year: 2019, month: 9, precision: "month", iso: "2019-09" }],
    ["năm 2019", { year: 2019, precision: "year", iso: "2019" }],
    [
      "  ngày\u00a005/3/2021 ",
      { year: 2021, month: 3, day: 5, precision: "day", iso: "2021-03-05" },
    ],
  ])("%s", (text, expected) => {
    const date = parseVietnameseDate(text);
    expect(date).toEqual(expected);
    expect(vietnameseDateSchema.safeParse(date).success).toBe(true);
  });

  it("reads NFD text", () => {
    expect(parseVietnameseDate("ngày 5 tháng 3 năm 2021".normalize("NFD")).iso).toBe("2021-03-05");
  });

  it.each([
    ["", "DATE_EMPTY"],
    ["31/02/2020", "DATE_INVALID"],
    ["ngày 29/02/2023", "DATE_INVALID"],
    ["tháng 13/2020", "DATE_INVALID"],
    ["ngày 14/7", "DATE_NO_YEAR"],
    ["14/14", "DATE_UNKNOWN_SHAPE"],
    ["05/3-2021", "DATE_UNKNOWN_SHAPE"],
    ["hôm qua", "DATE_UNKNOWN_SHAPE"],
  ])("%j → %s", (text, code) => {
    const result = safeParseVietnameseDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it("throws from parseVietnameseDate", () => {
    expect(() => parseVietnameseDate("31/04/2021")).toThrow(/does not exist/u);
  });
});

describe("vietnameseDateSchema", () => {
  it("rejects an iso that disagrees with the parts, or an impossible day", () => {
    expect(
      vietnameseDateSchema.safeParse({ year: 2020, precision: "year", iso: "2021" }).success,
    ).toBe(false);
    expect(
      vietnameseDateSchema.safeParse({
        year: 2021,
        month: 2,
        day: 30,
        precision: "day",
        iso: "2021-02-30",
      }).success,
    ).toBe(false);
  });
});
