// Per-function entry points: the date-fns index loads every function (0.1 s of start-up).
import { isExists } from "date-fns/isExists";
import { isoOf, type VietnameseDate } from "./shapes.js";

// Regular-expression pieces shared by the date parser, the date/period scanner and the reference
// scanner (which reads the date after a citation). Every quantifier is bounded or runs over one
// character class, and alternatives start with distinct literals, so matching is linear in the
// text: no catastrophic backtracking on long runs of digits, slashes or dashes.

/** One or more spaces (line breaks included: a date may wrap), bounded. @internal */
export const SP = "\\s{1,4}";
/** Optional spaces, bounded. @internal */
export const OSP = "\\s{0,3}";
/** A word starts here (not inside another word). @internal */
export const WORD_START = "(?<![\\p{L}\\p{M}\\p{N}])";
/** A word ends here. @internal */
export const WORD_END = "(?![\\p{L}\\p{M}\\p{N}])";
/** A number starts here (not inside a longer number, fraction or date). @internal */
export const NUM_START = "(?<![\\p{N}/.,\\-–])";
/** A number ends here (not followed by more digits or by a separator and a digit). @internal */
export const NUM_END = "(?![\\p{N}]|[/.,\\-–]\\p{N})";
/** Hyphen, en dash, em dash and the other dashes real text uses between years. @internal */
export const DASH = "[-–—‐‑−]";

const YEAR = "[12]\\d{3}";
const DAY_OR_MONTH = "\\d{1,2}";

/** Options of {@link dateExpression}. @internal */
export interface DateExpressionOptions {
  /** Also accept a bare "6/2020" (month) and "2020" (year): only after "từ", "đến", "giai đoạn". */
  readonly bare: boolean;
  /** Accept day-precision forms only (the date after a citation). */
  readonly dayOnly?: boolean;
}

/**
 * The pattern of one date in any written form, wrapped in a named group `p` so the caller gets
 * its span from the `d` flag. Group names are prefixed with `p` so several dates can sit in one
 * pattern.
 *
 * @internal
 * @param p - group name prefix (letters only)
 * @param options - which forms to accept
 * @returns the pattern source
 */
export function dateExpression(p: string, options: DateExpressionOptions): string {
  const dayForms = [
    // ngày 14 tháng 7 năm 2015
    `(?:${WORD_START}ngày${SP})?${NUM_START}(?<${p}d1>${DAY_OR_MONTH})${SP}tháng${SP}(?<${p}m1>${DAY_OR_MONTH})${SP}năm${SP}(?<${p}y1>${YEAR})`,
    // ngày 14/7/2015, 14-7-2015, 14.7.2015 (the same separator twice)
    `(?:${WORD_START}ngày${SP})?${NUM_START}(?<${p}d2>${DAY_OR_MONTH})(?<${p}s>[/.\\-])(?<${p}m2>${DAY_OR_MONTH})\\k<${p}s>(?<${p}y2>${YEAR})`,
  ];
  const forms = options.dayOnly
    ? dayForms
    : [
        ...dayForms,
        // tháng 6/2020, tháng 06-2020, tháng 6 năm 2020
        `${WORD_START}tháng${SP}(?<${p}m3>${DAY_OR_MONTH})(?:${OSP}[/\\-]${OSP}|${SP}năm${SP})(?<${p}y3>${YEAR})`,
        // năm 2020
        `${WORD_START}năm${SP}(?<${p}y4>${YEAR})`,
      ];
  if (options.bare && !options.dayOnly) {
    forms.push(`${NUM_START}(?<${p}m5>${DAY_OR_MONTH})/(?<${p}y5>${YEAR})`);
    forms.push(`${NUM_START}(?<${p}y6>${YEAR})`);
  }
  return `(?<${p}>${forms.join("|")})${NUM_END}`;
}

/** What a date expression decodes to: a real date, or the parts of an impossible one. @internal */
export type DecodedDate =
  | { readonly ok: true; readonly date: VietnameseDate }
  | { readonly ok: false; readonly year: number; readonly month: number; readonly day?: number };

/**
 * Builds a {@link VietnameseDate} from parts, checking with date-fns that the day exists.
 *
 * @internal
 * @param year - the year
 * @param month - the month, if known
 * @param day - the day, if known
 * @returns the decoded date, or the parts when the date does not exist
 */
export function makeDate(year: number, month?: number, day?: number): DecodedDate {
  if (month !== undefined && (month < 1 || month > 12)) {
    return day === undefined ? { ok: false, year, month } : { ok: false, year, month, day };
  }
  if (month !== undefined && day !== undefined) {
    if (!isExists(year, month - 1, day)) return { ok: false, year, month, day };
    return { ok: true, date: { year, month, day, precision: "day", iso: isoOf(year, month, day) } };
  }
  if (month !== undefined) {
    return { ok: true, date: { year, month, precision: "month", iso: isoOf(year, month) } };
  }
  return { ok: true, date: { year, precision: "year", iso: isoOf(year) } };
}

/**
 * Reads the date a {@link dateExpression} matched.
 *
 * @internal
 * @param groups - the match's named groups
 * @param p - the prefix the expression was built with
 * @returns the decoded date, or undefined when the expression did not take part in the match
 */
export function decodeDate(
  groups: Record<string, string | undefined>,
  p: string,
): DecodedDate | undefined {
  const n = (name: string): number | undefined => {
    const v = groups[`${p}${name}`];
    return v === undefined ? undefined : Number.parseInt(v, 10);
  };
  const day = n("d1") ?? n("d2");
  const month = n("m1") ?? n("m2") ?? n("m3") ?? n("m5");
  const year = n("y1") ?? n("y2") ?? n("y3") ?? n("y4") ?? n("y5") ?? n("y6");
  if (year === undefined) return undefined;
  return makeDate(year, month, day);
}
