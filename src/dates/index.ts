export { checkDates, type DateCheckOptions } from "./check.js";
export { type CodeInfo, DATE_CODES, type DateCode } from "./codes.js";
export { parseVietnameseDate, safeParseVietnameseDate } from "./parse.js";
export {
  type PeriodOptions,
  parsePeriod,
  type ReportDateInput,
  safeParsePeriod,
} from "./period.js";
export { findReportDate, type ReportDateToken } from "./report-date.js";
export {
  type DateScan,
  type DateToken,
  findDates,
  findPeriods,
  type PeriodToken,
  scanDates,
  type YearsToken,
} from "./scan.js";
export { vietnameseDateSchema } from "./schema.js";
export type { DatePrecision, Period, VietnameseDate } from "./shapes.js";
