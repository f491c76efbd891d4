import { type DecimalInput, type RoundingMode, roundDecimal, toDecimal } from "../core/decimal.js";
import { groupThousands } from "../core/digits.js";

/** Options of {@link formatNumber}. */
export interface FormatNumberOptions {
  /** Decimal places to show (0–100); omit to show the value exactly. */
  readonly decimals?: number;
  /**
   * Pads the integer part with leading zeros to this many digits, as reports write small counts
   * ("02 vụ việc"); a padded number is not grouped ("0999"). Default 1.
   */
  readonly minimumIntegerDigits?: number;
  /** How to round when `decimals` drops digits (default `half-up`). */
  readonly rounding?: RoundingMode;
}

/** Options of {@link formatPercent}. */
export interface FormatPercentOptions extends FormatNumberOptions {
  /** Put a space before '%' ("84,9 %"); default false ("84,9%"). */
  readonly space?: boolean;
}

const checkPlaces = (name: string, value: number | undefined, min: number): void => {
  if (value !== undefined && !(Number.isInteger(value) && value >= min && value <= 100)) {
    throw new RangeError(`${name} must be a whole number from ${min} to 100, got ${value}`);
  }
};

/**
 * Writes a value in Vietnamese style: '.' between thousands groups, ',' before decimals
 * ("1.353", "66,70", "9.209,56"). `parseNumber(formatNumber(v, { decimals: d }))` gives back
 * `v` rounded to `d` places, with `decimals` equal to `d`.
 *
 * @param value - the value (a Decimal, a plain-notation string, a bigint or a safe integer)
 * @param options - see {@link FormatNumberOptions}
 * @returns the Vietnamese numeral
 * @throws RangeError for a value that is not finite or options out of range
 * @example
 * ```ts
 * import { formatNumber } from "baocao";
 *
 * formatNumber("4300214"); // "4.300.214"
 * formatNumber("66.7", { decimals: 2 }); // "66,70"
 * formatNumber(2, { minimumIntegerDigits: 2 }); // "02"
 * ```
 */
export function formatNumber(value: DecimalInput, options: FormatNumberOptions = {}): string {
  const { decimals, minimumIntegerDigits = 1, rounding = "half-up" } = options;
  checkPlaces("decimals", decimals, 0);
  checkPlaces("minimumIntegerDigits", minimumIntegerDigits, 1);
  const exact = toDecimal(value);
  if (!exact.isFinite()) throw new RangeError(`Cannot write ${exact.toString()} as a numeral`);
  const rounded = decimals === undefined ? exact : roundDecimal(exact, decimals, rounding);
  const plain = decimals === undefined ? rounded.abs().toFixed() : rounded.abs().toFixed(decimals);
  const [integer = "0", fraction = ""] = plain.split(".");
  const padded =
    integer.length < minimumIntegerDigits
      ? integer.padStart(minimumIntegerDigits, "0")
      : groupThousands(integer);
  const sign = rounded.isNegative() && !rounded.isZero() ? "-" : "";
  return `${sign}${padded}${fraction ? `,${fraction}` : ""}`;
}

/**
 * Writes a percentage in Vietnamese style ("84,9%"). The value is the percent figure (84.9),
 * not a fraction (0.849).
 *
 * @param value - the percent figure
 * @param options - see {@link FormatPercentOptions}
 * @returns the percentage as written in reports
 * @throws RangeError as {@link formatNumber}
 * @example
 * ```ts
 * import { formatPercent } from "baocao";
 *
 * formatPercent("84.9"); // "84,9%"
 * formatPercent("99.425", { decimals: 2 }); // "99,43%"
 * formatPercent("5", { space: true }); // "5 %"
 * ```
 */
export function formatPercent(value: DecimalInput, options: FormatPercentOptions = {}): string {
  return `${formatNumber(value, options)}${options.space === true ? " " : ""}%`;
}
