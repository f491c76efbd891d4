import {
  type DecodedDate,
  dateExpression,
  decodeDate,
  makeDate,
  NUM_START,
  SP,
  WORD_END,
  WORD_START,
} from "./grammar.js";
import { PERIOD_PATTERNS, type PeriodOptions, readPeriod } from "./period.js";
import { reportDay } from "./report-day.js";
import type { Period, VietnameseDate } from "./shapes.js";
import { createTextView, type TextView } from "./text-view.js";

/** A date-like span of a text: a real date, a day and month without a year, or an impossible date. */
export interface DateToken {
  /** Offset of the first character in the original text (UTF-16). */
  readonly start: number;
  /** Offset past the last character. */
  readonly end: number;
  /** The text as written (`text.slice(start, end)`), including a leading "ngày"/"tháng"/"năm". */
  readonly raw: string;
  /** The date, when it is a real date with a year. */
  readonly date?: VietnameseDate;
  /** "ngày 10/5" with no year: the day and month only. */
  readonly yearless?: { readonly day: number; readonly month: number };
  /** A date the calendar does not have ("31/02/2020"): its parts as written. */
  readonly invalid?: { readonly year: number; readonly month: number; readonly day?: number };
}

/** A period named in a text, with its span and the dates inside it. */
export interface PeriodToken {
  /** Offset of the first character in the original text. */
  readonly start: number;
  /** Offset past the last character. */
  readonly end: number;
  /** The text as written. */
  readonly raw: string;
  /** The period. */
  readonly period: Period;
  /** True when it starts after it ends. */
  readonly reversed: boolean;
}

/** A stated length in years: "05 năm", "5 năm". */
export interface YearsToken {
  /** Offset of the first character in the original text. */
  readonly start: number;
  /** Offset past the last character. */
  readonly end: number;
  /** The text as written. */
  readonly raw: string;
  /** The number of years stated. */
  readonly years: number;
}

/** Everything date-like one pass over a text finds. */
export interface DateScan {
  /** Every date-like span, in text order (dates inside periods included). */
  readonly dates: readonly DateToken[];
  /** Every period, in text order. */
  readonly periods: readonly PeriodToken[];
  /** Every stated length in years, in text order. */
  readonly lengths: readonly YearsToken[];
}

const YEARS_PATTERN = `${NUM_START}(?<ln>\\d{1,2})${SP}năm${WORD_END}(?!${SP}\\d)`;
const YEARLESS_PATTERN = `${WORD_START}ngày${SP}${NUM_START}(?<yd>\\d{1,2})(?:/(?<ym>\\d{1,2})|${SP}tháng${SP}(?<ym2>\\d{1,2}))(?![\\p{N}]|[/.\\-]\\p{N})`;
const DATE_PATTERN = dateExpression("x", { bare: false });

// One regular expression, one pass: periods first (they contain dates), then lengths, then
// single dates, then day-month pairs after "ngày".
const SCANNER = new RegExp(
  [...PERIOD_PATTERNS, YEARS_PATTERN, DATE_PATTERN, YEARLESS_PATTERN]
    .map((p) => `(?:${p})`)
    .join("|"),
  "giud",
);

// Named groups holding a date inside a period match (each a dateExpression or a bare year).
const INNER_DATES = ["fa", "fb", "ua"] as const;
const INNER_YEARS = ["ra", "rb", "pa", "pb", "my", "qy"] as const;

type Indices = Record<string, [number, number] | undefined>;

function dateToken(
  original: string,
  view: TextView,
  range: [number, number],
  decoded: DecodedDate,
): DateToken {
  const { start, end } = view.toOriginal(range[0], range[1]);
  const raw = original.slice(start, end);
  if (decoded.ok) return { start, end, raw, date: decoded.date };
  const { year, month, day } = decoded;
  return { start, end, raw, invalid: day === undefined ? { year, month } : { year, month, day } };
}

/**
 * Finds every date, period and stated length in a text in one pass. Offsets point into the
 * original string (NFC or NFD, NBSP and CRLF allowed).
 *
 * @param text - the whole text
 * @param options - `reportDate` closes open periods ("từ năm 2015 đến nay")
 * @returns dates, periods and lengths in text order
 * @throws BaocaoError `DATE_INVALID` or `DATE_UNKNOWN_SHAPE` for a `reportDate` that is not a
 *   date (as `safeParsePeriod` refuses it)
 * @example
 * ```ts
 * import { scanDates } from "baocao";
 *
 * const scan = scanDates("Từ tháng 01/2019 đến hết tháng 6/2020, xã đã làm 05 năm liền.");
 * scan.periods[0]?.period.endDay; // "2020-06-30"
 * scan.dates.length; // 2
 * ```
 */
export function scanDates(text: string, options: PeriodOptions = {}): DateScan {
  const original = typeof text === "string" ? text : "";
  const view = createTextView(original);
  const report = reportDay(options.reportDate);
  const dates: DateToken[] = [];
  const periods: PeriodToken[] = [];
  const lengths: YearsToken[] = [];
  for (const match of view.text.matchAll(SCANNER)) {
    const g = match.groups ?? {};
    const idx = (match.indices?.groups ?? {}) as Indices;
    const at = match.index;
    const whole = view.toOriginal(at, at + match[0].length);
    const raw = original.slice(whole.start, whole.end);
    if (g.ln !== undefined) {
      lengths.push({ ...whole, raw, years: Number(g.ln) });
      continue;
    }
    if (g.x !== undefined) {
      const decoded = decodeDate(g, "x");
      const range = idx.x;
      if (decoded && range) dates.push(dateToken(original, view, range, decoded));
      continue;
    }
    if (g.yd !== undefined) {
      const month = Number(g.ym ?? g.ym2);
      dates.push({ ...whole, raw, yearless: { day: Number(g.yd), month } });
      continue;
    }
    for (const p of INNER_DATES) {
      const decoded = decodeDate(g, p);
      const range = idx[p];
      if (decoded && range) dates.push(dateToken(original, view, range, decoded));
    }
    for (const p of INNER_YEARS) {
      const range = idx[p];
      if (g[p] !== undefined && range) {
        dates.push(dateToken(original, view, range, makeDate(Number(g[p]))));
      }
    }
    const read = readPeriod(g, report);
    if (read.ok) periods.push({ ...whole, raw, period: read.period, reversed: read.reversed });
  }
  dates.sort((a, b) => a.start - b.start);
  return { dates, periods, lengths };
}

/**
 * Finds every date-like span in a text: full dates ("ngày 14/7/2015", "15/11/2019", "ngày 14
 * tháng 7 năm 2015"), months ("tháng 6/2020"), years ("năm 2020"), the years and dates inside
 * periods, day-month pairs after "ngày" ("ngày 10/5"), and impossible dates ("31/02/2020", marked
 * `invalid`). A bare pair such as "14/14" or "05/08" is never a date.
 *
 * @param text - the whole text
 * @returns the date tokens in text order
 * @example
 * ```ts
 * import { findDates } from "baocao";
 *
 * findDates("Ngày 05/3/2021 đã xong 14/14 xã.").map((t) => t.raw); // ["Ngày 05/3/2021"]
 * ```
 */
export function findDates(text: string): readonly DateToken[] {
  return scanDates(text).dates;
}

/**
 * Finds every period in a text ("giai đoạn 2016 – 2020", "từ năm 2015 đến nay", "6 tháng đầu
 * năm 2020", "tính đến ngày 31/12/2020", "quý II/2020").
 *
 * @param text - the whole text
 * @param options - `reportDate` closes open periods
 * @returns the period tokens in text order
 * @throws BaocaoError `DATE_INVALID` or `DATE_UNKNOWN_SHAPE` for a `reportDate` that is not a date
 * @example
 * ```ts
 * import { findPeriods } from "baocao";
 *
 * findPeriods("Giai đoạn 2021 – 2025 có nhiều đổi mới.")[0]?.period.startDay; // "2021-01-01"
 * ```
 */
export function findPeriods(text: string, options: PeriodOptions = {}): readonly PeriodToken[] {
  return scanDates(text, options).periods;
}
