import type { Decimal } from "../core/decimal.js";
import { BaocaoError } from "../core/errors.js";
import { err, ok, type Result, unwrap } from "../core/result.js";
import { flagIs } from "../core/structured-input.js";
import type { Ambiguity, QuantityCode } from "./codes.js";
import { notText, problemError, quote, trimBounds } from "./input.js";
import { interpretNumeral, isDigit, readRun } from "./numeral.js";

/** A Vietnamese numeral read exactly, with how it was written. */
export interface ParsedNumber {
  /** The exact value (1353 for "1.353", 66.7 for "66,7"). */
  readonly value: Decimal;
  /** The numeral as written, without surrounding white space. */
  readonly raw: string;
  /** Decimal places as written ("84,90" → 2). */
  readonly decimals: number;
  /** True when written with a leading zero ("02"); "0,58" has none. */
  readonly leadingZero: boolean;
  /** Present when the numeral has more than one plausible reading ("6.858,208"). */
  readonly ambiguity?: Ambiguity;
}

/** Options of {@link safeParseNumber}. */
export interface ParseNumberOptions {
  /**
   * Fail with `NUMBER_AMBIGUOUS` instead of returning a value with an `ambiguity` (default
   * false: the value is returned, read the Vietnamese way, and `ambiguity` lists every reading).
   * Only `true` turns it on; any other value, one that cannot be read included, leaves it off.
   */
  readonly rejectAmbiguous?: boolean;
}

/**
 * Reads a Vietnamese numeral: '.' between thousands groups of exactly three digits, ',' before
 * decimals, an optional sign, leading zeros kept as information ("02"). Never throws.
 *
 * "6.858,208" (a thousands dot and exactly three decimals, which may be a mistyped 6.858.208) is
 * returned as 6858.208 with `ambiguity.readings` [6858.208, 6858208], or rejected with
 * `NUMBER_AMBIGUOUS` when `rejectAmbiguous` is set.
 *
 * @param input - the numeral, optionally surrounded by white space
 * @param options - see {@link ParseNumberOptions}
 * @returns the parsed number, or an error coded `NUMBER_EMPTY`, `NUMBER_INVALID_CHARACTER`,
 *   `NUMBER_BAD_GROUPING`, `NUMBER_MULTIPLE_DECIMAL_MARKS`, `NUMBER_FOREIGN_STYLE` or
 *   `NUMBER_AMBIGUOUS`
 * @example
 * ```ts
 * import { safeParseNumber } from "baocao";
 *
 * const good = safeParseNumber("4.300.214");
 * good.ok && good.value.value.toString(); // "4300214"
 * const bad = safeParseNumber("1.2");
 * bad.ok ? "" : bad.error.code; // "NUMBER_BAD_GROUPING"
 * const unsure = safeParseNumber("6.858,208");
 * unsure.ok && unsure.value.ambiguity?.readings.map(String); // ["6858.208", "6858208"]
 * ```
 */
export function safeParseNumber(
  input: string,
  options: ParseNumberOptions = {},
): Result<ParsedNumber, BaocaoError<QuantityCode>> {
  if (typeof input !== "string") return notText(input);
  const { start, end } = trimBounds(input);
  const fail = (code: QuantityCode, message: string, offset: number, to: number) =>
    err(new BaocaoError(code, message, input, offset, to));
  if (start === end) {
    return fail("NUMBER_EMPTY", "There is no number here: write one such as 1.353 or 66,7.", 0, 0);
  }
  const sign = input[start];
  const digit = sign === "-" || sign === "+" || sign === "\u2212" ? start + 1 : start;
  if (!isDigit(input.charCodeAt(digit))) {
    return fail(
      "NUMBER_INVALID_CHARACTER",
      `${quote(input.slice(digit, digit + 1) || "the end")} at offset ${digit} cannot start a number: a Vietnamese numeral starts with a digit (1.353, 66,7, 02).`,
      digit,
      Math.min(digit + 1, end),
    );
  }
  const run = readRun(input, digit);
  const reading = interpretNumeral(input, run, digit > start && sign !== "+");
  if (!reading.ok) return err(problemError(input, reading.problem));
  if (run.end !== end) {
    const rest = input.slice(run.end, end);
    const hint = rest.trim().startsWith("%")
      ? " Use parsePercent for a percentage."
      : " Use parseQuantity for a figure with a unit, or findNumbers for running text.";
    return fail(
      "NUMBER_INVALID_CHARACTER",
      `${quote(rest)} after the number ${quote(input.slice(start, run.end))} is not part of a numeral.${hint}`,
      run.end,
      end,
    );
  }
  const { ambiguity } = reading.numeral;
  // Only `true` turns the option on; anything else, a getter or proxy that throws included, is off.
  if (ambiguity !== undefined && flagIs(options, "rejectAmbiguous", true)) {
    return fail("NUMBER_AMBIGUOUS", ambiguity.reason, start, end);
  }
  return ok({
    value: reading.numeral.value,
    raw: input.slice(start, end),
    decimals: reading.numeral.decimals,
    leadingZero: reading.numeral.leadingZero,
    ...(ambiguity === undefined ? {} : { ambiguity }),
  });
}

/**
 * Reads a Vietnamese numeral like {@link safeParseNumber}, throwing a `BaocaoError` on bad input.
 *
 * @param input - the numeral
 * @param options - see {@link ParseNumberOptions}
 * @returns the parsed number
 * @throws BaocaoError with the codes listed at {@link safeParseNumber}
 * @example
 * ```ts
 * import { parseNumber } from "baocao";
 *
 * parseNumber("9.209,56").value.toString(); // "9209.56"
 * parseNumber("02").leadingZero; // true
 * ```
 */
export function parseNumber(input: string, options: ParseNumberOptions = {}): ParsedNumber {
  return unwrap(safeParseNumber(input, options));
}
