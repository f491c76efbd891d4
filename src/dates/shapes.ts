/** How much of a date the text gives: a day ("ngày 14/7/2015"), a month ("tháng 6/2020") or a year ("năm 2020"). */
export type DatePrecision = "day" | "month" | "year";

/**
 * A calendar date as Vietnamese text writes it, with the precision the text gives. Plain data:
 * `iso` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (ISO 8601 reduced precision), so it serialises to
 * JSON as it is.
 */
export interface VietnameseDate {
  /** The year (four digits). */
  readonly year: number;
  /** The month 1–12, when the precision is month or day. */
  readonly month?: number;
  /** The day of the month, when the precision is day. */
  readonly day?: number;
  /** How much of the date is known. */
  readonly precision: DatePrecision;
  /** ISO 8601 form at that precision: "2015-07-14", "2020-06" or "2020". */
  readonly iso: string;
}

/**
 * The ISO form of a date at the precision its parts give.
 *
 * @internal
 * @param year - four-digit year
 * @param month - month 1–12, if known
 * @param day - day, if known
 * @returns "YYYY", "YYYY-MM" or "YYYY-MM-DD"
 */
export function isoOf(year: number, month?: number, day?: number): string {
  const y = String(year).padStart(4, "0");
  if (month === undefined) return y;
  const m = String(month).padStart(2, "0");
  if (day === undefined) return `${y}-${m}`;
  return `${y}-${m}-${String(day).padStart(2, "0")}`;
}

/**
 * The number of days in a month of the Gregorian calendar.
 *
 * @internal
 * @param year - the year
 * @param month - month 1–12
 * @returns 28–31
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A stretch of time the text names: "giai đoạn 2016 – 2020", "từ tháng 01/2015 đến hết tháng
 * 6/2020", "từ năm 2015 đến nay", "6 tháng đầu năm 2020", "tính đến ngày 31/12/2020".
 */
export interface Period {
  /**
   * What shape the text used:
   * - `range`: "giai đoạn 2016 – 2020", "nhiệm kỳ 2020-2025", "(2016 – 2020)" (a programme's span)
   * - `from-to`: "từ … đến (hết) …" (results counted over that time)
   * - `since`: "từ năm 2015 đến nay" (open: ends at the report date)
   * - `until`: "tính đến ngày 31/12/2020", "đến hết năm 2020" (no start)
   * - `first-months` / `last-months`: "6 tháng đầu năm 2020", "3 tháng cuối năm 2019"
   * - `quarter`: "quý II/2020", "quý 3 năm 2020"
   */
  readonly kind:
    | "range"
    | "from-to"
    | "since"
    | "until"
    | "first-months"
    | "last-months"
    | "quarter";
  /** The first date as written (absent for `until`). */
  readonly start?: VietnameseDate;
  /** The last date as written (absent for `since`, which ends at the report date). */
  readonly end?: VietnameseDate;
  /** True for "đến nay" / "đến hiện nay": the period ends at the report's own date. */
  readonly open: boolean;
  /** First day covered, ISO `YYYY-MM-DD` (absent for `until`). */
  readonly startDay?: string;
  /** Last day covered, ISO `YYYY-MM-DD`; for an open period, the report date when one was given. */
  readonly endDay?: string;
  /** The coarser precision of its two ends. */
  readonly precision: DatePrecision;
}
