// Shared guards for the parsers: they must never throw, whatever a JavaScript caller passes.
import { BaocaoError } from "../core/errors.js";
import { err, type Result } from "../core/result.js";
import type { QuantityCode } from "./codes.js";
import type { NumeralProblem } from "./numeral.js";

/** The error for a value that is not a string (possible from JavaScript callers). */
export function notText<T>(input: unknown): Result<T, BaocaoError<QuantityCode>> {
  return err(
    new BaocaoError<QuantityCode>(
      "NUMBER_EMPTY",
      `Expected the text of a number, got ${input === null ? "null" : typeof input}.`,
      "",
      0,
      0,
    ),
  );
}

/** `[start, end)` of the text without surrounding white space (a BOM counts as white space). */
export function trimBounds(text: string): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

/** A numeral problem as the error a parser returns. */
export function problemError(input: string, p: NumeralProblem): BaocaoError<QuantityCode> {
  return new BaocaoError(p.code, p.message, input, p.offset, p.end);
}

/** Part of the input or a value for a message, shortened when long. */
export function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Quotes part of the input for a message, shortened when long. */
export function quote(text: string): string {
  return JSON.stringify(clip(text));
}
