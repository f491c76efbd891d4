import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDates, findDates, parseVietnameseDate, scanDates } from "../../src/index.js";

describe("properties of dates", () => {
  it("a real day written three ways parses to one date", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1950, 0, 1), max: new Date(2049, 11, 31), noInvalidDate: true }),
        (d) => {
          const [y, m, day] = [d.getFullYear(), d.getMonth() + 1, d.getDate()];
          const iso = `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          for (const text of [
            `ngày ${day}/${m}/${y}`,
            `ngày ${day} tháng ${m} năm ${y}`,
            `${day}-${m}-${y}`,
          ]) {
            expect(parseVietnameseDate(text).iso).toBe(iso);
          }
        },
      ),
    );
  });

  it("scanning never throws and offsets fit the text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "grapheme" }),
          fc.stringMatching(/^[0-9/\- nămtháng]{0,40}$/u),
        ),
        (text) => {
          const scan = scanDates(text, { reportDate: "2021-01-01" });
          for (const t of [...scan.dates, ...scan.periods, ...scan.lengths]) {
            expect(text.slice(t.start, t.end)).toBe(t.raw);
          }
          checkDates(text);
        },
      ),
    );
  });

  it("a pair without a year is never a date unless 'ngày' comes first", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), (a, b) => {
        expect(findDates(`đạt ${a}/${b} tiêu chí`)).toEqual([]);
      }),
    );
  });
});

describe("the date scanner stays linear on hostile input", () => {
  it.each([
    ["100 000 digits", "1".repeat(100_000)],
    ["slashes and digits", "1/".repeat(50_000)],
    ["dashes and years", "2020-".repeat(20_000)],
    ["words without years", "từ năm tháng ngày ".repeat(20_000)],
    ["a 1 MB line of periods", "từ tháng 01/2015 đến hết tháng 6/2020, 05 năm; ".repeat(22_000)],
  ])("%s finishes", (_name, text) => {
    expect(scanDates(text).dates.length).toBeGreaterThanOrEqual(0);
  });
});
