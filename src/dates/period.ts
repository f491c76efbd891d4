// Per-function entry points: the date-fns index loads every function (0.1 s of start-up).
import { isAfter } from "date-fns/isAfter";
import { BaocaoError, kindOf, nonTextInput } from "../core/errors.js";
import { err, ok, type Result, unwrap } from "../core/result.js";
import { readProperty } from "../core/structured-input.js";
import {
  DASH,
  dateExpression,
  decodeDate,
  makeDate,
  NUM_END,
  NUM_START,
  OSP,
  SP,
  WORD_END,
  WORD_START,
} from "./grammar.js";
import {
  dayText,
  firstDayOf,
  lastDayOf,
  type ReportDateInput,
  readReportDay,
} from "./report-day.js";
import type { DatePrecision, Period, VietnameseDate } from "./shapes.js";

export type { ReportDateInput } from "./report-day.js";

import { createTextView } from "./text-view.js";

const YEAR = "[12]\\d{3}";

/** The period alternatives, each with uniquely named groups (see {@link readPeriod}). @internal */
export const PERIOD_PATTERNS: readonly string[] = [
  // giai đoạn 2016 – 2020, nhiệm kỳ 2020-2025, thời kỳ 2011 đến 2020
  `${WORD_START}(?<rk>giai đoạn|nhiệm kỳ|thời kỳ)${SP}(?:từ${SP})?(?:năm${SP})?${NUM_START}(?<ra>${YEAR})${OSP}(?:${DASH}|đến)${OSP}(?:năm${SP})?(?<rb>${YEAR})${NUM_END}`,
  // (2016 – 2020)
  `\\(${OSP}(?<pa>${YEAR})${OSP}${DASH}${OSP}(?<pb>${YEAR})${OSP}\\)`,
  // (tính) từ tháng 01/2015 đến (hết) tháng 6/2020; từ năm 2015 đến nay
  `${WORD_START}(?:tính${SP})?từ${SP}${dateExpression("fa", { bare: true })}${OSP},?${OSP}(?:đến|tới)${SP}(?:(?<fh>hết)${SP})?(?:${dateExpression("fb", { bare: true })}|(?<fn>(?:hiện${SP})?nay)${WORD_END})`,
  // tính đến (hết) ngày 31/12/2020; đến hết năm 2020
  `${WORD_START}(?:tính${SP}(?:đến|tới)(?:${SP}hết)?|đến${SP}hết)${SP}${dateExpression("ua", { bare: true })}`,
  // 6 tháng đầu năm 2020, 3 tháng cuối năm 2019
  `${NUM_START}(?<mn>\\d{1,2})${SP}tháng${SP}(?<me>đầu|cuối)${SP}năm${SP}(?<my>${YEAR})${NUM_END}`,
  // quý II/2020, quý 3 năm 2020
  `${WORD_START}quý${SP}(?<qn>IV|I{1,3}|[1-4])(?:${OSP}[/\\-]${OSP}|${SP}năm${SP})(?<qy>${YEAR})${NUM_END}`,
];

const QUARTERS: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

const day = (d: Date): string => dayText(d);

const RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };
const coarser = (a: DatePrecision, b: DatePrecision): DatePrecision => (RANK[a] >= RANK[b] ? a : b);

/** The outcome of reading one period match. @internal */
export type ReadPeriod =
  | { readonly ok: true; readonly period: Period; readonly reversed: boolean }
  | { readonly ok: false };

const monthSpan = (kind: Period["kind"], year: number, from: number, to: number): ReadPeriod => {
  const start = makeDate(year, from);
  const end = makeDate(year, to);
  if (!start.ok || !end.ok || from > to) return { ok: false };
  return {
    ok: true,
    reversed: false,
    period: {
      kind,
      start: start.date,
      end: end.date,
      open: false,
      startDay: day(firstDayOf(start.date)),
      endDay: day(lastDayOf(end.date)),
      precision: "month",
    },
  };
};

/**
 * Builds a {@link Period} from the groups of a {@link PERIOD_PATTERNS} match.
 *
 * @internal
 * @param g - the match's named groups
 * @param report - the report's own day, for open periods
 * @returns the period, or `{ ok: false }` when a date in it does not exist
 */
export function readPeriod(g: Record<string, string | undefined>, report?: Date): ReadPeriod {
  if (g.rk !== undefined) {
    const a = makeDate(Number(g.ra));
    const b = makeDate(Number(g.rb));
    if (!a.ok || !b.ok) return { ok: false };
    return build("range", a.date, b.date, false, report);
  }
  if (g.pa !== undefined) {
    const a = makeDate(Number(g.pa));
    const b = makeDate(Number(g.pb));
    if (!a.ok || !b.ok) return { ok: false };
    return build("range", a.date, b.date, false, report);
  }
  if (g.mn !== undefined) {
    const n = Number(g.mn);
    if (n < 1 || n > 12) return { ok: false };
    const y = Number(g.my);
    return g.me?.toLowerCase() === "đầu"
      ? monthSpan("first-months", y, 1, n)
      : monthSpan("last-months", y, 13 - n, 12);
  }
  if (g.qn !== undefined) {
    const q = QUARTERS[g.qn.toUpperCase()] ?? Number(g.qn);
    return monthSpan("quarter", Number(g.qy), 3 * q - 2, 3 * q);
  }
  const from = decodeDate(g, "fa");
  if (from !== undefined) {
    if (!from.ok) return { ok: false };
    if (g.fn !== undefined) return build("since", from.date, undefined, true, report);
    const to = decodeDate(g, "fb");
    if (to === undefined || !to.ok) return { ok: false };
    return build("from-to", from.date, to.date, false, report);
  }
  const until = decodeDate(g, "ua");
  if (until === undefined || !until.ok) return { ok: false };
  return build("until", undefined, until.date, false, report);
}

function build(
  kind: Period["kind"],
  start: VietnameseDate | undefined,
  end: VietnameseDate | undefined,
  open: boolean,
  report: Date | undefined,
): ReadPeriod {
  const endDate = end === undefined ? report : lastDayOf(end);
  const precision =
    start && end
      ? coarser(start.precision, end.precision)
      : (start?.precision ?? end?.precision ?? "year");
  const period: Period = {
    kind,
    ...(start === undefined ? {} : { start, startDay: day(firstDayOf(start)) }),
    ...(end === undefined ? {} : { end }),
    open,
    ...(endDate === undefined ? {} : { endDay: day(endDate) }),
    precision,
  };
  const reversed =
    start !== undefined && endDate !== undefined && isAfter(firstDayOf(start), endDate);
  return { ok: true, period, reversed };
}

const WHOLE_PERIOD = new RegExp(`^\\s*(?:${PERIOD_PATTERNS.join("|")})\\s*$`, "iu");

/** Options of {@link safeParsePeriod} and the period scanners. */
export interface PeriodOptions {
  /** The report's own date: where an open period ("đến nay") ends. */
  readonly reportDate?: ReportDateInput;
}

/**
 * Parses one period: "giai đoạn 2016 – 2020", "từ tháng 01/2015 đến hết tháng 6/2020", "từ năm
 * 2015 đến nay" (open: ends at `reportDate` when given), "6 tháng đầu năm 2020", "quý II/2020",
 * "tính đến ngày 31/12/2020". Never throws.
 *
 * Error codes: `PERIOD_EMPTY` (also for a value that is not text), `PERIOD_UNKNOWN_SHAPE`,
 * `DATE_INVALID` (a date in it does not exist, or an impossible `reportDate` such as
 * "2020-13-45"), `DATE_UNKNOWN_SHAPE` (a `reportDate` that is not a date at all: null, `{}`,
 * a number, unreadable text), `PERIOD_REVERSED` (it starts after it ends).
 *
 * @param input - the period text
 * @param options - `reportDate` to close an open period (checked even when the period is closed)
 * @returns `{ ok: true, value }` with the period, or `{ ok: false, error }`
 * @example
 * ```ts
 * import { safeParsePeriod } from "baocao";
 *
 * const result = safeParsePeriod("từ năm 2015 đến nay", { reportDate: "2020-08-07" });
 * if (result.ok) console.log(result.value.startDay, result.value.endDay); // "2015-01-01" "2020-08-07"
 * const wrong = safeParsePeriod("giai đoạn 2016 – 2020", { reportDate: "2020-13-45" });
 * wrong.ok ? "" : wrong.error.code; // "DATE_INVALID"
 * ```
 */
export function safeParsePeriod(input: string, options: PeriodOptions = {}): Result<Period> {
  const option = readProperty(options, "reportDate");
  const report = option.ok
    ? readReportDay(option.value)
    : err(
        new BaocaoError(
          "DATE_UNKNOWN_SHAPE",
          `The reportDate option cannot be read: ${option.message}`,
          "",
        ),
      );
  if (!report.ok) return report;
  if (typeof input !== "string") {
    return err(
      new BaocaoError(
        "PERIOD_EMPTY",
        `Expected the text of a period, got ${kindOf(input)}.`,
        nonTextInput(input),
      ),
    );
  }
  if (input.trim() === "") {
    return err(new BaocaoError("PERIOD_EMPTY", "Chưa có khoảng thời gian (empty).", input));
  }
  const view = createTextView(input);
  const match = WHOLE_PERIOD.exec(view.text);
  if (!match?.groups) {
    return err(
      new BaocaoError(
        "PERIOD_UNKNOWN_SHAPE",
        `"${input}" is not a period such as "giai đoạn 2016 – 2020" or "từ tháng 01/2015 đến hết tháng 6/2020".`,
        input,
      ),
    );
  }
  const read = readPeriod(match.groups, report.value);
  if (!read.ok) {
    return err(new BaocaoError("DATE_INVALID", `A date in "${input}" does not exist.`, input));
  }
  if (read.reversed) {
    return err(
      new BaocaoError(
        "PERIOD_REVERSED",
        `"${input}" starts after it ends (bắt đầu sau khi kết thúc).`,
        input,
      ),
    );
  }
  return ok(read.period);
}

/**
 * Parses one period like {@link safeParsePeriod}, throwing on bad input.
 *
 * @param input - the period text
 * @param options - `reportDate` to close an open period
 * @returns the period
 * @throws BaocaoError with a `PERIOD_*`, `DATE_INVALID` or `DATE_UNKNOWN_SHAPE` code
 * @example
 * ```ts
 * import { parsePeriod } from "baocao";
 *
 * parsePeriod("6 tháng đầu năm 2020").endDay; // "2020-06-30"
 * ```
 */
export function parsePeriod(input: string, options: PeriodOptions = {}): Period {
  return unwrap(safeParsePeriod(input, options));
}
