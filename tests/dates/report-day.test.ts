import { formatISO } from "date-fns/formatISO";
import { parseISO } from "date-fns/parseISO";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayText, isoDay } from "../../src/dates/report-day.js";

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

describe("dayText", () => {
  it("writes the day formatISO writes for every day of the years 0–9999", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(0, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }),
        (d) => {
          const year = new Date(d);
          year.setFullYear(d.getFullYear() % 100);
          for (const day of [d, year])
            expect(dayText(day)).toBe(formatISO(day, { representation: "date" }));
        },
      ),
    );
  });

  it("pads the years below 1000 and reads the local day, not the UTC one", () => {
    const early = new Date(0);
    early.setFullYear(24, 1, 29);
    expect(dayText(early)).toBe("0024-02-29");
    expect(dayText(new Date(2020, 11, 31, 23, 59))).toBe("2020-12-31");
    expect(dayText(isoDay("2021-06-30"))).toBe("2021-06-30");
  });
});
