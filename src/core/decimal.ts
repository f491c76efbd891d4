// The named export, not the default one: decimal.js declares its types in one CommonJS-style
// file, so under `module: node16`/`nodenext` an ES module's default import of it is the whole
// module object and `DecimalBase` would not be a type (TS2709) in our published declarations.
import { Decimal as DecimalBase } from "decimal.js";

/**
 * The exact decimal type every figure in baocao is held in (a decimal.js clone with 60 significant
 * digits and no exponent notation in `toString`). Binary floating point is never used for a figure.
 *
 * @example
 * ```ts
 * import { Decimal } from "baocao";
 *
 * new Decimal("0.1").plus("0.2").toString(); // "0.3"
 * ```
 */
export const Decimal = /* @__PURE__ */ DecimalBase.clone({
  precision: 60,
  rounding: DecimalBase.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});

/** An exact decimal value (an instance of {@link Decimal}). */
export type Decimal = DecimalBase;

/** What {@link toDecimal} accepts: a decimal, a string in JavaScript notation, or an integer. */
export type DecimalInput = Decimal | string | bigint | number;

/**
 * How a value is rounded to a number of decimal places.
 * - `half-up`: 0.5 rounds away from zero (what officials do by hand: "làm tròn")
 * - `half-even`: 0.5 rounds to the even neighbour (banker's rounding, some spreadsheets)
 * - `truncate`: digits past the last place are dropped (toward zero)
 * - `floor`: toward minus infinity
 * - `ceiling`: toward plus infinity
 */
export type RoundingMode = "half-up" | "half-even" | "truncate" | "floor" | "ceiling";

/** Every rounding mode, in the order calculators try them. */
export const ROUNDING_MODES: readonly RoundingMode[] = [
  "half-up",
  "half-even",
  "truncate",
  "floor",
  "ceiling",
];

// A function, not a table: a table read from decimal.js's constants at import would stay in
// every bundle of a program that imports this module, whether it rounds or not.
function decimalJsMode(mode: RoundingMode): DecimalBase.Rounding {
  switch (mode) {
    case "half-even":
      return DecimalBase.ROUND_HALF_EVEN;
    case "truncate":
      return DecimalBase.ROUND_DOWN;
    case "floor":
      return DecimalBase.ROUND_FLOOR;
    case "ceiling":
      return DecimalBase.ROUND_CEIL;
    default:
      return DecimalBase.ROUND_HALF_UP;
  }
}

/**
 * Converts a value to an exact {@link Decimal}. A JavaScript number is accepted only when it is a
 * safe integer, since any other number has already lost exactness.
 *
 * @param value - a decimal, a plain-notation string ("12.5"), a bigint or a safe integer
 * @returns the exact decimal
 * @throws RangeError when a number is not a safe integer, or a string is not a number
 * @example
 * ```ts
 * import { toDecimal } from "baocao";
 *
 * toDecimal("84.90").toString(); // "84.9"
 * ```
 */
export function toDecimal(value: DecimalInput): Decimal {
  if (value instanceof DecimalBase) return new Decimal(value);
  if (typeof value === "number" && !Number.isSafeInteger(value)) {
    throw new RangeError(
      `A figure given as a JavaScript number must be a safe integer; pass "${value}" as a string`,
    );
  }
  return new Decimal(typeof value === "bigint" ? value.toString() : value);
}

/**
 * Rounds a decimal to `places` decimal places with the given mode.
 *
 * @param value - the exact value
 * @param places - decimal places to keep (0 or more)
 * @param mode - how to round (default `half-up`)
 * @returns the rounded value
 * @example
 * ```ts
 * import { roundDecimal, toDecimal } from "baocao";
 *
 * roundDecimal(toDecimal("99.425"), 2, "half-up").toString(); // "99.43"
 * roundDecimal(toDecimal("99.425"), 2, "truncate").toString(); // "99.42"
 * ```
 */
export function roundDecimal(
  value: Decimal,
  places: number,
  mode: RoundingMode = "half-up",
): Decimal {
  return value.toDecimalPlaces(places, decimalJsMode(mode));
}

/**
 * Writes a decimal in plain notation with exactly `places` decimals (JavaScript style, '.' as the
 * decimal mark). Use `formatNumber` for Vietnamese style.
 *
 * @param value - the value
 * @param places - decimals to show; omit to show the value exactly
 * @returns the plain string
 * @example
 * ```ts
 * import { decimalToString, toDecimal } from "baocao";
 *
 * decimalToString(toDecimal("2").div(3), 4); // "0.6667"
 * ```
 */
export function decimalToString(value: Decimal, places?: number): string {
  return places === undefined ? value.toFixed() : value.toFixed(places, DecimalBase.ROUND_HALF_UP);
}
