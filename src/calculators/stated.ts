import { type Decimal, type DecimalInput, toDecimal } from "../core/decimal.js";
import { BaocaoError } from "../core/errors.js";
import { formatVi } from "./messages.js";

/**
 * A figure as a report states it: its value and how many decimals were written, so that
 * "84,90" keeps its two decimals (a `Decimal` alone would forget the trailing zero).
 *
 * @example
 * ```ts
 * import type { StatedValue } from "baocao";
 *
 * const stated: StatedValue = { value: "84.90", decimals: 2, text: "84,90" };
 * ```
 */
export interface StatedValue {
  /** The value in JavaScript notation ("84.9"), or a Decimal, bigint or safe integer. */
  readonly value: DecimalInput;
  /** Decimals as written: 2 for "84,90", 0 for "80". At most 20. */
  readonly decimals: number;
  /** The text as written in the report ("84,90"), kept for messages and findings. */
  readonly text?: string;
}

/**
 * What calculators accept for a stated figure: a {@link StatedValue}; the figure as written in
 * Vietnamese style ("84,90", "84,90%", "1.353", "-6,67%"), whose decimals are counted from the
 * text; or a whole number (a bigint or safe integer, no decimals). A bare Decimal is not
 * accepted, since it cannot say how many decimals were written.
 */
export type StatedInput = StatedValue | string | bigint | number;

/** A stated figure after validation (internal). */
export interface Stated {
  readonly value: Decimal;
  readonly decimals: number;
  /** As written, or the value in Vietnamese style when no text was given. */
  readonly text: string;
}

/** Most decimals a stated figure may carry. */
export const MAX_STATED_DECIMALS = 20;

const VIETNAMESE_FIGURE = /^([+\-−]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*%?$/u;

/**
 * Reads a stated figure, throwing a {@link BaocaoError} (`CALC_BAD_STATED` or
 * `CALC_BAD_DECIMALS`) when it is not one.
 *
 * @param input - the stated figure
 * @param name - the field's name, for the error message
 * @returns the validated figure
 */
export function readStated(input: StatedInput, name: string): Stated {
  if (typeof input === "string") return readStatedText(input, name);
  if (typeof input === "number" || typeof input === "bigint") {
    const value = readInteger(input, name, Number.NEGATIVE_INFINITY);
    return { value, decimals: 0, text: formatVi(value) };
  }
  const { decimals } = input;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_STATED_DECIMALS) {
    throw new BaocaoError(
      "CALC_BAD_DECIMALS",
      `${name}.decimals must be a whole number from 0 to ${MAX_STATED_DECIMALS}`,
      String(decimals),
    );
  }
  const value = readFigure(input.value, `${name}.value`);
  if (value.decimalPlaces() > decimals) {
    throw new BaocaoError(
      "CALC_BAD_DECIMALS",
      `${name}.value ${value.toFixed()} has more than the ${decimals} decimal(s) given`,
      value.toFixed(),
    );
  }
  return { value, decimals, text: input.text ?? formatVi(value, decimals) };
}

function readStatedText(text: string, name: string): Stated {
  const match = VIETNAMESE_FIGURE.exec(text.trim());
  if (match === null) {
    throw new BaocaoError(
      "CALC_BAD_STATED",
      `${name} "${text}" is not a figure written Vietnamese style (such as "84,90" or "1.353")`,
      text,
    );
  }
  const [, sign = "", whole = "", fraction = ""] = match;
  const plain = `${sign === "" || sign === "+" ? "" : "-"}${whole.replaceAll(".", "")}${
    fraction === "" ? "" : `.${fraction}`
  }`;
  if (fraction.length > MAX_STATED_DECIMALS) {
    throw new BaocaoError(
      "CALC_BAD_DECIMALS",
      `${name} "${text}" has more than ${MAX_STATED_DECIMALS} decimals`,
      text,
    );
  }
  return { value: toDecimal(plain), decimals: fraction.length, text: text.trim() };
}

/**
 * Converts a figure with {@link toDecimal}, turning its failure into a {@link BaocaoError}
 * `CALC_NOT_A_FIGURE` that names the field.
 *
 * @param input - the figure
 * @param name - the field's name
 * @returns the exact value
 */
export function readFigure(input: DecimalInput, name: string): Decimal {
  let value: Decimal;
  try {
    value = toDecimal(input);
  } catch {
    throw new BaocaoError(
      "CALC_NOT_A_FIGURE",
      `${name} must be an exact figure (a Decimal, a string such as "12.5", a bigint or a safe integer)`,
      String(input),
    );
  }
  if (!value.isFinite()) {
    throw new BaocaoError("CALC_NOT_A_FIGURE", `${name} must be finite`, String(input));
  }
  return value;
}

/** Reads a count: a figure that must not be negative (`CALC_NEGATIVE` otherwise). */
export function readCount(input: DecimalInput, name: string): Decimal {
  const value = readFigure(input, name);
  if (value.isNegative() && !value.isZero()) {
    throw new BaocaoError("CALC_NEGATIVE", `${name} must not be negative`, value.toFixed());
  }
  return value;
}

/** Reads a whole number ≥ `least` (`CALC_NOT_INTEGER` or `CALC_NEGATIVE` otherwise). */
export function readInteger(input: DecimalInput, name: string, least = 0): Decimal {
  const value = readFigure(input, name);
  if (!value.isInteger()) {
    throw new BaocaoError("CALC_NOT_INTEGER", `${name} must be a whole number`, value.toFixed());
  }
  if (value.lt(least)) {
    throw new BaocaoError(
      least > 0 ? "CALC_NOT_INTEGER" : "CALC_NEGATIVE",
      `${name} must be at least ${least}`,
      value.toFixed(),
    );
  }
  return value;
}
