// The `reportDate` option, shared by safeParsePeriod, the date scanners and checkDocumentRefs:
// read once here, so an impossible or malformed date is refused the same way everywhere (as
// auditText refuses it) instead of being ignored or crashing deep inside date-fns.
import { endOfMonth } from "date-fns/endOfMonth";
import { endOfYear } from "date-fns/endOfYear";
import { BaocaoError, inputText, kindOf } from "../core/errors.js";
import { err, ok, type Result, unwrap } from "../core/result.js";
import { readProperty } from "../core/structured-input.js";
import type { DateCode } from "./codes.js";
import { makeDate } from "./grammar.js";
import { safeParseVietnameseDate } from "./parse.js";
import type { VietnameseDate } from "./shapes.js";

/** A report date as callers give it: a parsed date, an ISO day ("2020-08-07") or Vietnamese text. */
export type ReportDateInput = VietnameseDate | string;

/**
 * The first day a date covers ("tháng 6/2020" → 1 June 2020).
 *
 * @internal
 * @param d - a date at any precision
 * @returns a local-time Date
 */
export function firstDayOf(d: VietnameseDate): Date {
  return new Date(d.year, (d.month ?? 1) - 1, d.day ?? 1);
}

/**
 * The local-time Date of an ISO day ("2020-06-30"), the form of a period's `startDay` and
 * `endDay`. date-fns's parseISO reads every form of ISO 8601, about 1 KiB of a gzipped browser
 * bundle of `auditText`, for the one form these days always have.
 *
 * @internal
 * @param iso - a day written `YYYY-MM-DD`
 * @returns a local-time Date (midnight), as parseISO gives for that form
 */
export function isoDay(iso: string): Date {
  const [year = Number.NaN, month = 1, day = 1] = iso.split("-").map(Number);
  // Set part by part: the constructor would read the years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setFullYear(year, month - 1, day);
  date.setHours(0, 0, 0, 0);
  return date;
}

/**
 * The ISO day (`YYYY-MM-DD`) of a Date's local calendar day, as date-fns's
 * `formatISO(d, { representation: "date" })` writes it for the years 0–9999: formatISO writes
 * every form of ISO 8601 (about 0.3 KiB of a gzipped browser bundle of `auditText`, with its
 * helper) for the one form the checks write.
 *
 * @internal
 * @param d - a valid Date
 * @returns its local day, `YYYY-MM-DD`
 */
export function dayText(d: Date): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, "0");
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}

/**
 * The last day a date covers ("tháng 6/2020" → 30 June 2020, "năm 2020" → 31 December).
 *
 * @internal
 * @param d - a date at any precision
 * @returns a local-time Date
 */
export function lastDayOf(d: VietnameseDate): Date {
  if (d.day !== undefined) return firstDayOf(d);
  if (d.month !== undefined) return endOfMonth(firstDayOf(d));
  return endOfYear(firstDayOf(d));
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

const refuse = (code: DateCode, message: string, input: string): Result<never> =>
  err(new BaocaoError(code, message, input));

function fromText(text: string): Result<Date> {
  const iso = ISO_DAY.exec(text.trim());
  if (iso) {
    const made = makeDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return made.ok
      ? ok(lastDayOf(made.date))
      : refuse("DATE_INVALID", `The reportDate "${text}" is not a day of the calendar.`, text);
  }
  const parsed = safeParseVietnameseDate(text);
  if (parsed.ok) return ok(lastDayOf(parsed.value));
  return refuse(
    parsed.error.code === "DATE_INVALID" ? "DATE_INVALID" : "DATE_UNKNOWN_SHAPE",
    `The reportDate "${text}" is not a date: write it as "2020-08-07" or as Vietnamese text ("ngày 7 tháng 8 năm 2020"). ${parsed.error.message}`,
    text,
  );
}

// A parsed date is read by its parts (year, and month and day when present), as lastDayOf reads
// it: its iso and precision are not needed, and any year of four digits is taken, as auditText
// takes one. Whole-number parts naming a day the calendar lacks (30 February, month 13) are an
// impossible date, as the text "2020-02-30" is; anything else is not a date at all.
function fromParts(input: object): Result<Date> {
  const parts: unknown[] = [];
  for (const key of ["year", "month", "day"]) {
    const read = readProperty(input, key);
    if (!read.ok) {
      return refuse("DATE_UNKNOWN_SHAPE", `The reportDate cannot be read: ${read.message}`, "");
    }
    parts.push(read.value);
  }
  const [year, month, day] = parts;
  const whole = (v: unknown): v is number => Number.isInteger(v);
  if (
    !whole(year) ||
    year < 0 ||
    year > 9999 ||
    (month !== undefined && !whole(month)) ||
    (day !== undefined && (!whole(day) || month === undefined))
  ) {
    return refuse(
      "DATE_UNKNOWN_SHAPE",
      "The reportDate is not a date: give a year of four digits, and a month and day as whole numbers when known.",
      inputText(input),
    );
  }
  const made = makeDate(year, month as number | undefined, day as number | undefined);
  return made.ok
    ? ok(lastDayOf(made.date))
    : refuse("DATE_INVALID", "The reportDate is not a day of the calendar.", inputText(input));
}

/**
 * Reads a `reportDate` option: undefined (none), an ISO day, Vietnamese date text, or a
 * {@link VietnameseDate} (read by its year, month and day). Never throws: an impossible date
 * ("2020-13-45", 30 February) is refused with `DATE_INVALID`, anything else that is not a date
 * (null, `{}`, a number, text that is no date, an object whose parts cannot be read) with
 * `DATE_UNKNOWN_SHAPE`.
 *
 * @internal
 * @param input - the option as given
 * @returns the last day the date covers, undefined when there is none, or the error
 */
export function readReportDay(input: unknown): Result<Date | undefined> {
  if (input === undefined) return ok(undefined);
  if (typeof input === "string") return fromText(input);
  if (typeof input === "object" && input !== null) return fromParts(input);
  return refuse(
    "DATE_UNKNOWN_SHAPE",
    `The reportDate must be a date such as "2020-08-07", got ${kindOf(input)}.`,
    inputText(input),
  );
}

/**
 * Reads a `reportDate` option like {@link readReportDay}, throwing its error: for the scanners
 * and checks, which return findings rather than a result.
 *
 * @internal
 * @param input - the option as given
 * @returns the last day the date covers, or undefined when there is none
 * @throws BaocaoError `DATE_INVALID` or `DATE_UNKNOWN_SHAPE`
 */
export function reportDay(input: unknown): Date | undefined {
  return unwrap(readReportDay(input));
}
