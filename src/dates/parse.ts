import { BaocaoError, kindOf, nonTextInput } from "../core/errors.js";
import { err, ok, type Result, unwrap } from "../core/result.js";
import type { DateCode } from "./codes.js";
import { dateExpression, decodeDate, NUM_START, SP, WORD_START } from "./grammar.js";
import type { VietnameseDate } from "./shapes.js";
import { createTextView } from "./text-view.js";

const WHOLE_DATE = new RegExp(`^\\s*${dateExpression("x", { bare: false })}\\s*$`, "iu");
const YEARLESS = new RegExp(
  `^\\s*${WORD_START}ngày${SP}${NUM_START}\\d{1,2}(?:/\\d{1,2}|${SP}tháng${SP}\\d{1,2})\\s*$`,
  "iu",
);

const fail = (code: DateCode, message: string, input: string): Result<VietnameseDate> =>
  err(new BaocaoError(code, message, input, 0, input.length));

/**
 * Parses one Vietnamese date: "ngày 14/7/2015", "ngày 14 tháng 7 năm 2015", "14-7-2015",
 * "14.7.2015" (day precision), "tháng 6/2020", "tháng 6 năm 2020" (month precision), "năm 2020"
 * (year precision). Never throws.
 *
 * Error codes: `DATE_EMPTY` (also for a value that is not text), `DATE_UNKNOWN_SHAPE`,
 * `DATE_NO_YEAR` ("ngày 14/7"), `DATE_INVALID` (a day the calendar does not have, such as
 * 31/02/2020).
 *
 * @param input - the date text (surrounding spaces allowed; NFC or NFD)
 * @returns `{ ok: true, value }` with the date, or `{ ok: false, error }`
 * @example
 * ```ts
 * import { safeParseVietnameseDate } from "baocao";
 *
 * const result = safeParseVietnameseDate("ngày 14 tháng 7 năm 2015");
 * if (result.ok) console.log(result.value.iso); // "2015-07-14"
 * safeParseVietnameseDate("31/02/2020").ok; // false
 * ```
 */
export function safeParseVietnameseDate(input: string): Result<VietnameseDate> {
  if (typeof input !== "string") {
    return fail(
      "DATE_EMPTY",
      `Expected the text of a date, got ${kindOf(input)}.`,
      nonTextInput(input),
    );
  }
  if (input.trim() === "") {
    return fail("DATE_EMPTY", "Chưa có ngày tháng (the date is empty).", input);
  }
  const view = createTextView(input);
  const match = WHOLE_DATE.exec(view.text);
  const decoded = match?.groups ? decodeDate(match.groups, "x") : undefined;
  if (decoded === undefined) {
    if (YEARLESS.test(view.text)) {
      return fail("DATE_NO_YEAR", `"${input}" has a day and month but no year (thiếu năm).`, input);
    }
    return fail(
      "DATE_UNKNOWN_SHAPE",
      `"${input}" is not a date such as "ngày 14/7/2015", "tháng 6/2020" or "năm 2020".`,
      input,
    );
  }
  if (!decoded.ok) {
    const day = decoded.day === undefined ? "" : `${decoded.day}/`;
    return fail(
      "DATE_INVALID",
      `${day}${decoded.month}/${decoded.year} does not exist in the calendar (ngày không có thật).`,
      input,
    );
  }
  return ok(decoded.date);
}

/**
 * Parses one Vietnamese date like {@link safeParseVietnameseDate}, throwing on bad input.
 *
 * @param input - the date text
 * @returns the date with its precision
 * @throws BaocaoError with a `DATE_*` code
 * @example
 * ```ts
 * import { parseVietnameseDate } from "baocao";
 *
 * parseVietnameseDate("tháng 6/2020"); // { year: 2020, month: 6, precision: "month", iso: "2020-06" }
 * ```
 */
export function parseVietnameseDate(input: string): VietnameseDate {
  return unwrap(safeParseVietnameseDate(input));
}
