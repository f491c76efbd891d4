import { describe, expect, it } from "vitest";
import {
  checkDates,
  checkDocumentRefs,
  findDocumentRefs,
  findPeriods,
  parseVietnameseDate,
  safeParsePeriod,
  scanDates,
} from "../../src/index.js";

// The reportDate option is read the same way by the period parser, the scanners and the checks:
// an impossible date is refused with DATE_INVALID, anything that is not a date with
// DATE_UNKNOWN_SHAPE, as auditText refuses its own reportDate option.
const OPEN = "từ năm 2016 đến nay";

const codeOf = (reportDate: unknown): string | undefined => {
  const result = safeParsePeriod(OPEN, { reportDate } as never);
  return result.ok ? undefined : result.error.code;
};

describe("the reportDate option", () => {
  it.each(["2020-13-45", "2021-02-29", "2020-04-31", "ngày 31/02/2020"])(
    "refuses the impossible day %s with DATE_INVALID, for an open or a closed period",
    (day) => {
      expect(codeOf(day)).toBe("DATE_INVALID");
      const closed = safeParsePeriod("giai đoạn 2016 – 2020", { reportDate: day });
      expect(closed.ok ? undefined : closed.error.code).toBe("DATE_INVALID");
      if (!closed.ok) expect(closed.error.input).toBe(day);
    },
  );

  it.each([
    ["null", null],
    ["{}", {}],
    ["a number", 20200807],
    ["a symbol", Symbol("d")],
    ["a bigint", 2020n],
    ["text that is no date", "hôm qua"],
    ["a year that is not whole", { year: 2020.5 }],
    ["a day without its month", { year: 2020, day: 7 }],
    ["a Date", new Date(2020, 7, 7)],
  ])("refuses %s with DATE_UNKNOWN_SHAPE", (_, value) => {
    expect(codeOf(value)).toBe("DATE_UNKNOWN_SHAPE");
  });

  it("refuses a parsed-looking date whose day the calendar lacks with DATE_INVALID", () => {
    expect(codeOf({ year: 2021, month: 2, day: 29, precision: "day", iso: "2021-02-29" })).toBe(
      "DATE_INVALID",
    );
  });

  it("refuses a reportDate whose getter throws instead of throwing", () => {
    const options = Object.defineProperty({}, "reportDate", {
      get() {
        throw new Error("no date today");
      },
    });
    const result = safeParsePeriod(OPEN, options);
    expect(result.ok ? undefined : result.error.message).toMatch(/no date today/);
  });

  it("accepts an ISO day, Vietnamese text and a parsed date alike", () => {
    const ends = [
      "2021-05-20",
      "ngày 20 tháng 5 năm 2021",
      parseVietnameseDate("ngày 20/5/2021"),
    ].map((reportDate) => {
      const result = safeParsePeriod(OPEN, { reportDate });
      return result.ok ? result.value.endDay : result.error.code;
    });
    expect(ends).toEqual(["2021-05-20", "2021-05-20", "2021-05-20"]);
    // A parsed date is read by its parts; any year of four digits is taken, as auditText takes it.
    const byParts = safeParsePeriod(OPEN, {
      reportDate: { year: 9999, month: 12, day: 31 } as never,
    });
    expect(byParts.ok && byParts.value.endDay).toBe("9999-12-31");
    // A month or a year closes the period at its last day.
    const month = safeParsePeriod(OPEN, { reportDate: parseVietnameseDate("tháng 2/2024") });
    expect(month.ok && month.value.endDay).toBe("2024-02-29");
  });

  it("is refused with a BaocaoError by the scanners and checks, which return findings, not results", () => {
    const text =
      "Tính đến ngày 31/12/2020, từ năm 2016 đến nay. Kế hoạch số 09-KH/HU ngày 02/12/2019.";
    const calls: [string, () => unknown][] = [
      ["scanDates", () => scanDates(text, { reportDate: "2020-13-45" })],
      ["findPeriods", () => findPeriods(text, { reportDate: "2020-13-45" })],
      ["checkDates", () => checkDates(text, { reportDate: "2020-13-45" })],
      [
        "checkDocumentRefs",
        () => checkDocumentRefs(findDocumentRefs(text), { reportDate: "2020-13-45" }),
      ],
    ];
    for (const [name, call] of calls) {
      expect(call, name).toThrowError(expect.objectContaining({ code: "DATE_INVALID" }));
    }
    expect(() => scanDates(text, { reportDate: {} as never })).toThrowError(
      expect.objectContaining({ code: "DATE_UNKNOWN_SHAPE" }),
    );
    // null still means "the report has no date" to checkDates.
    expect(checkDates(text, { reportDate: null }).map((f) => f.code)).not.toContain(
      "DATE_PERIOD_ENDS_AFTER_REPORT",
    );
  });
});
