// Per-function entry points: the date-fns index loads every function (0.1 s of start-up).
import { differenceInCalendarMonths } from "date-fns/differenceInCalendarMonths";
import { isAfter } from "date-fns/isAfter";
import { transposed } from "../calculators/total.js";
import { Decimal } from "../core/decimal.js";
import { lowerBound } from "../core/search.js";
import { createLineIndex, type LineIndex } from "../core/span.js";
import { createFinding, type Finding } from "../findings/finding.js";
import { findReportDate } from "./report-date.js";
import { dayText, isoDay, type ReportDateInput, reportDay } from "./report-day.js";
import { type DateScan, type PeriodToken, scanDates, type YearsToken } from "./scan.js";
import { DATE_SEVERITIES } from "./severities.js";

/** Options of {@link checkDates}. */
export interface DateCheckOptions {
  /**
   * The report's own date; when absent, {@link findReportDate} reads it from the text; `null`
   * when the caller knows the report has none (the text is then not searched for one).
   */
  readonly reportDate?: ReportDateInput | null;
  /**
   * The text's {@link scanDates} result, made with the same `reportDate`, when the caller has it
   * already (an auditor scans once): the text is then not scanned again.
   */
  readonly scan?: DateScan;
}

// Periods that count results up to their end; a programme's span ("giai đoạn 2016 – 2020",
// "nhiệm kỳ 2020-2025") may rightly reach past the report, so it is not checked.
const COUNTED: ReadonlySet<string> = new Set([
  "from-to",
  "until",
  "first-months",
  "last-months",
  "quarter",
]);

/**
 * Years a period spans, in the two readings officials use: calendar years touched (2016–2020 is
 * 5) and whole twelve-month stretches (rounded either way).
 */
function acceptableYears(token: PeriodToken): number[] {
  const { period } = token;
  if (period.startDay === undefined || period.endDay === undefined) return [];
  const start = isoDay(period.startDay);
  const end = isoDay(period.endDay);
  const calendar = end.getFullYear() - start.getFullYear() + 1;
  const months = differenceInCalendarMonths(end, start) + 1;
  return [calendar, Math.floor(months / 12), Math.ceil(months / 12)];
}

// A stated length names the period right after it ("05 năm (2016 – 2020)", "5 năm, từ năm
// 2015 đến nay") or right before it ("giai đoạn 2016-2020 (5 năm)"), within one clause.
function namedPeriod(
  text: string,
  length: YearsToken,
  periods: readonly PeriodToken[],
): PeriodToken | undefined {
  const clause = /[;\n.]/u;
  // Periods never overlap and come in text order: their starts and ends both increase, so the
  // candidates are found by binary search rather than by a pass over every period.
  const next = periods[lowerBound(periods, length.end, (p) => p.start)];
  if (
    next !== undefined &&
    next.start - length.end <= 40 &&
    !clause.test(text.slice(length.end, next.start))
  ) {
    return next;
  }
  for (let i = lowerBound(periods, length.start - 4, (p) => p.end); i < periods.length; i++) {
    const p = periods[i] as PeriodToken;
    if (p.end > length.start) break;
    if (!clause.test(text.slice(p.end, length.start))) return p;
  }
  return undefined;
}

/**
 * Checks the dates of a text against each other and the report's own date:
 * `DATE_INVALID` (a day the calendar lacks), `PERIOD_REVERSED`, `DATE_PERIOD_ENDS_AFTER_REPORT`
 * (results counted to a date after the report: "tính đến ngày 31/12/2020" in a report of
 * August 2020) and `DATE_LENGTH_MISMATCH` ("05 năm" naming 2015–2021). Documents cited with
 * a date after the report are checked by `checkDocumentRefs`.
 *
 * @param text - the whole report
 * @param options - `reportDate` (read from the text when absent, none when `null`), `scan` (the
 *   text's {@link scanDates} result, when the caller has it)
 * @returns the findings, in text order
 * @throws BaocaoError `DATE_INVALID` or `DATE_UNKNOWN_SHAPE` for a `reportDate` that is not a date
 * @example
 * ```ts
 * import { checkDates } from "baocao";
 *
 * const text = "Tính đến ngày 31/12/2021, 05 năm (2015 – 2021) đã qua.";
 * checkDates(text, { reportDate: "2021-09-15" }).map((f) => f.code); // ["DATE_PERIOD_ENDS_AFTER_REPORT", "DATE_LENGTH_MISMATCH"]
 * ```
 */
export function checkDates(text: string, options: DateCheckOptions = {}): readonly Finding[] {
  const original = typeof text === "string" ? text : "";
  const reportInput =
    options.reportDate === null
      ? undefined
      : (options.reportDate ?? findReportDate(original)?.date);
  const report = reportDay(reportInput);
  const scan =
    options.scan ??
    (reportInput === undefined
      ? scanDates(original)
      : scanDates(original, { reportDate: reportInput }));
  const lines = createLineIndex(original);
  const findings: Finding[] = [];
  for (const token of scan.dates) {
    if (token.invalid === undefined) continue;
    findings.push(
      createFinding({
        code: "DATE_INVALID",
        severity: DATE_SEVERITIES.DATE_INVALID,
        message: {
          vi: `Ngày "${token.raw}" không có thật.`,
          en: `"${token.raw}" is not a real date.`,
        },
        inputs: { date: token.raw },
        span: lines.span(token.start, token.end),
      }),
    );
  }
  for (const token of scan.periods) {
    const span = lines.span(token.start, token.end);
    if (token.reversed) {
      findings.push(
        createFinding({
          code: "PERIOD_REVERSED",
          severity: DATE_SEVERITIES.PERIOD_REVERSED,
          message: {
            vi: `"${token.raw}" bắt đầu sau khi kết thúc.`,
            en: `"${token.raw}" starts after it ends.`,
          },
          inputs: { period: token.raw },
          span,
        }),
      );
    }
    const endDay = token.period.endDay;
    if (
      report &&
      endDay &&
      !token.period.open &&
      COUNTED.has(token.period.kind) &&
      isAfter(isoDay(endDay), report)
    ) {
      const reportIso = dayText(report);
      findings.push(
        createFinding({
          code: "DATE_PERIOD_ENDS_AFTER_REPORT",
          severity: DATE_SEVERITIES.DATE_PERIOD_ENDS_AFTER_REPORT,
          message: {
            vi: `"${token.raw}" kết thúc ngày ${endDay}, sau ngày báo cáo ${reportIso}.`,
            en: `"${token.raw}" ends on ${endDay}, after the report date ${reportIso}.`,
          },
          inputs: { period: token.raw },
          computed: { periodEnd: endDay, reportDate: reportIso },
          span,
        }),
      );
    }
  }
  for (const length of scan.lengths) {
    const named = namedPeriod(original, length, scan.periods);
    if (named === undefined) continue;
    const fits = acceptableYears(named);
    if (fits.length === 0 || fits.includes(length.years)) continue;
    findings.push(
      createFinding({
        code: "DATE_LENGTH_MISMATCH",
        severity: DATE_SEVERITIES.DATE_LENGTH_MISMATCH,
        message: {
          vi: `"${length.raw}" không khớp với "${named.raw}" (${fits[0]} năm).`,
          en: `"${length.raw}" does not match "${named.raw}" (${fits[0]} calendar years).`,
        },
        inputs: { length: length.raw, period: named.raw },
        computed: { calendarYears: String(fits[0]) },
        span: lines.span(length.start, Math.max(length.end, named.end)),
      }),
    );
  }
  findings.push(...yearSlips(scan, lines));
  return findings.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}

// A year this far from the one it is a slip of cannot be meant ("2105" in a report of 2015)...
const SLIP_GAP = 50;
// ...unless another year of the text stands this near it.
const SLIP_NEAR = 20;

/**
 * Years that are another year of the text with two adjacent digits swapped, decades after it
 * and away from every other year the text names ("tháng 3/2105" in a text of "năm 2015"): a typing slip.
 */
function yearSlips(scan: DateScan, lines: LineIndex): Finding[] {
  // How often each year is written, in the order first written (the slip names the first year
  // it could be meant as). Decided once per distinct year: a test per date of every other year
  // was quadratic (1 MB of dated citations, 20,000 dates: 4 s; 4 MB: 100 s).
  const counts = new Map<number, number>();
  const count = (y: number | undefined) => {
    if (y !== undefined) counts.set(y, (counts.get(y) ?? 0) + 1);
  };
  for (const d of scan.dates) count(d.date?.year);
  for (const p of scan.periods) {
    count(p.period.start?.year);
    count(p.period.end?.year);
  }
  const meantOf = new Map<number, number | undefined>();
  const findings: Finding[] = [];
  for (const token of scan.dates) {
    if (!token.date) continue;
    const year = token.date.year;
    if (!meantOf.has(year)) meantOf.set(year, slipOf(year, counts));
    const meant = meantOf.get(year);
    if (meant === undefined) continue;
    findings.push(
      createFinding({
        code: "DATE_YEAR_SLIP",
        severity: DATE_SEVERITIES.DATE_YEAR_SLIP,
        message: {
          vi: `Năm ${year} trong "${token.raw}" cách xa mọi năm khác của văn bản; có lẽ là ${meant} bị đảo chữ số.`,
          en: `The year ${year} in "${token.raw}" is decades away from every other year of the text; it is likely ${meant} with two digits swapped.`,
        },
        inputs: { date: token.raw },
        computed: { likelyYear: String(meant) },
        span: lines.span(token.start, token.end),
      }),
    );
  }
  return findings;
}

/** The year `year` is a slip of, if it is one: `counts` holds how often each year is written. */
function slipOf(year: number, counts: ReadonlyMap<number, number>): number | undefined {
  // Written twice, or near another year of the text: meant.
  if ((counts.get(year) ?? 0) > 1) return undefined;
  const others = [...counts.keys()].filter((y) => y !== year);
  if (others.some((y) => Math.abs(y - year) <= SLIP_NEAR)) return undefined;
  // Only a year later than the one it was meant as: a plan may look decades ahead ("tầm nhìn
  // đến năm 2050") but is then written near its other years, and a history looks back.
  return others.find((y) => year - y >= SLIP_GAP && transposed(new Decimal(y), new Decimal(year)));
}
