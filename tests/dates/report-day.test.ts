import { formatISO } from "date-fns/formatISO";
import { parseISO } from "date-fns/parseISO";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDay } from "../../src/dates/report-day.js";

describe("isoDay", () => {
  it("gives the Date parseISO gives for every day written YYYY-MM-DD", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(0, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }),
        (d) => {
          const iso = formatISO(d, { representation: "date" });
          expect(isoDay(iso).getTime()).toBe(parseISO(iso).getTime());
        },
      ),
    );
  });

  it("reads the years below 100 as themselves and 29 February of a leap year as that day", () => {
    expect(isoDay("0024-02-29").getTime()).toBe(parseISO("0024-02-29").getTime());
    expect(isoDay("0000-02-29").getFullYear()).toBe(0);
    expect(isoDay("2020-06-30")).toEqual(new Date(2020, 5, 30));
  });
});
