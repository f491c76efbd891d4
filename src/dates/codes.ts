import { codeTable } from "../findings/code-table.js";
import type { Severity } from "../findings/finding.js";
import { DATE_SEVERITIES } from "./severities.js";

/** One entry of a module's table of codes: what a code means and how serious it is. */
export interface CodeInfo {
  /** `error` for parse errors and findings that do not hold; see {@link Severity}. */
  readonly severity: Severity;
  /** One line in English. */
  readonly en: string;
  /** One line in Vietnamese. */
  readonly vi: string;
}

/**
 * Every error code `parseVietnameseDate` / `parsePeriod` throw and every finding code
 * `checkDates` returns, with its severity and a one-line description (docs are generated from
 * this table).
 *
 * @example
 * ```ts
 * import { DATE_CODES } from "baocao";
 *
 * DATE_CODES.DATE_PERIOD_ENDS_AFTER_REPORT.severity; // "warning"
 * ```
 */
export const DATE_CODES = codeTable(DATE_SEVERITIES, {
  DATE_EMPTY: { en: "The date text is empty.", vi: "Chuỗi ngày tháng trống." },
  DATE_UNKNOWN_SHAPE: {
    en: "The text is not a date in a form Vietnamese documents use.",
    vi: "Chuỗi không phải ngày tháng theo cách viết của văn bản.",
  },
  DATE_NO_YEAR: {
    en: "A day and month without a year cannot be placed in time.",
    vi: "Ngày, tháng không có năm nên không xác định được thời điểm.",
  },
  DATE_INVALID: {
    en: "The date does not exist in the calendar (for example 31/02).",
    vi: "Ngày không có trong lịch (ví dụ 31/02).",
  },
  PERIOD_EMPTY: { en: "The period text is empty.", vi: "Chuỗi khoảng thời gian trống." },
  PERIOD_UNKNOWN_SHAPE: {
    en: "The text is not a period in a form Vietnamese documents use.",
    vi: "Chuỗi không phải khoảng thời gian theo cách viết của văn bản.",
  },
  PERIOD_REVERSED: {
    en: "The period starts after it ends.",
    vi: "Khoảng thời gian có ngày bắt đầu sau ngày kết thúc.",
  },
  DATE_PERIOD_ENDS_AFTER_REPORT: {
    en: "Results are counted up to a date after the report's own date.",
    vi: "Số liệu được tính đến thời điểm sau ngày ban hành báo cáo.",
  },
  DATE_LENGTH_MISMATCH: {
    en: "The stated number of years does not match the period it names.",
    vi: "Số năm nêu ra không khớp với khoảng thời gian đi kèm.",
  },
  DATE_YEAR_SLIP: {
    en: "A year decades away from every other year of the text, two digits swapped from one of them ('2105' beside '2015').",
    vi: "Một năm cách xa mọi năm khác trong văn bản, là một năm trong đó bị đảo hai chữ số ('2105' bên cạnh '2015').",
  },
}) satisfies Record<string, CodeInfo>;

/** A code of {@link DATE_CODES}. */
export type DateCode = keyof typeof DATE_CODES;
