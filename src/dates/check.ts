// Per-function entry points: the date-fns index loads every function (0.1 s of start-up).
import { differenceInCalendarMonths } from "date-fns/differenceInCalendarMonths";
import { formatISO } from "date-fns/formatISO";
import { isAfter } from "date-fns/isAfter";
import { parseISO } from "date-fns/parseISO";
import { lowerBound } from "../core/search.js";
import { createLineIndex } from "../core/span.js";
import { createFinding, type Finding } from "../findings/finding.js";
import { DATE_CODES } from "./codes.js";
import { findReportDate } from "./report-date.js";
import { type ReportDateInput, reportDay } from "./report-day.js";
import { type DateScan, type PeriodToken, scanDates, type YearsToken } from "./scan.js";

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
  const start = parseISO(period.startDay);
  const end = parseISO(period.endDay);
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
        severity: DATE_CODES.DATE_INVALID.severity,
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
          severity: DATE_CODES.PERIOD_REVERSED.severity,
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
      isAfter(parseISO(endDay), report)
    ) {
      const reportIso = formatISO(report, { representation: "date" });
      findings.push(
        createFinding({
          code: "DATE_PERIOD_ENDS_AFTER_REPORT",
          severity: DATE_CODES.DATE_PERIOD_ENDS_AFTER_REPORT.severity,
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
        severity: DATE_CODES.DATE_LENGTH_MISMATCH.severity,
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
  return findings.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}
