/**
 * The one error type every `parseX` function throws.
 *
 * It carries a stable machine-readable `code`, a message written for the person who sent the
 * input, the offending input exactly as it was given, and where in that input the problem starts.
 *
 * @example
 * ```ts
 * import { BaocaoError, parseNumber } from "baocao";
 *
 * try {
 *   parseNumber("1.2");
 * } catch (error) {
 *   if (error instanceof BaocaoError) console.log(error.code, error.offset);
 * }
 * ```
 */
export class BaocaoError<Code extends string = string> extends Error {
  /** Stable code, safe to switch on (for example `NUMBER_BAD_GROUPING`). */
  readonly code: Code;
  /** The input exactly as the caller passed it. */
  readonly input: string;
  /** Offset (UTF-16 code units) in `input` where the problem starts. */
  readonly offset: number;
  /** Offset just past the offending text; equals `offset` when the problem is a missing part. */
  readonly end: number;

  /**
   * @param code - stable error code
   * @param message - explanation for the person who sent the input
   * @param input - the input as given
   * @param offset - where the problem starts in `input`
   * @param end - where the offending text ends (defaults to the end of `input`)
   */
  constructor(code: Code, message: string, input: string, offset = 0, end = input.length) {
    super(message);
    this.name = "BaocaoError";
    this.code = code;
    this.input = input;
    this.offset = offset;
    this.end = Math.max(offset, end);
  }

  /**
   * A plain-object form for JSON output and logging.
   *
   * @returns the error's fields as plain data
   * @example
   * ```ts
   * import { BaocaoError } from "baocao";
   *
   * new BaocaoError("X", "bad", "abc", 1).toJSON().offset; // 1
   * ```
   */
  toJSON(): { code: Code; message: string; input: string; offset: number; end: number } {
    return {
      code: this.code,
      message: this.message,
      input: this.input,
      offset: this.offset,
      end: this.end,
    };
  }
}

/**
 * Tells whether a value is a {@link BaocaoError}, also across bundle copies of the library.
 *
 * @param value - anything caught
 * @returns true when `value` is a BaocaoError
 * @example
 * ```ts
 * import { isBaocaoError, safeParseNumber } from "baocao";
 *
 * const result = safeParseNumber("abc");
 * if (!result.ok) isBaocaoError(result.error); // true
 * ```
 */
export function isBaocaoError(value: unknown): value is BaocaoError {
  return (
    value instanceof BaocaoError ||
    (value instanceof Error &&
      value.name === "BaocaoError" &&
      typeof (value as { code?: unknown }).code === "string")
  );
}

/**
 * The text an error keeps of a structured input it refuses: strings as they are, anything else
 * as JSON, or as {@link nonTextInput} gives it when it cannot be written as JSON (a cycle, a
 * bigint, a getter or proxy that throws, nesting too deep for the serialiser). Never throws.
 *
 * @internal
 * @param input - what the caller passed
 * @returns the input as text
 */
export function inputText(input: unknown): string {
  if (typeof input === "string") return input;
  try {
    const json = JSON.stringify(input);
    if (json !== undefined) return json;
  } catch {
    // Not writable as JSON: fall back to a form that reads nothing of the value.
  }
  return nonTextInput(input);
}

/**
 * The text an error keeps of a value given where text was expected: a number, bigint, boolean
 * or symbol as `String` writes it; an object, array or function as "" (it is not read at all,
 * so no getter, proxy trap or `toString` of the caller's runs); null and undefined as "".
 *
 * @internal
 * @param input - what the caller passed instead of text
 * @returns the text to keep as the error's `input`
 */
export function nonTextInput(input: unknown): string {
  if (input === null || input === undefined) return "";
  if (typeof input === "object" || typeof input === "function") return "";
  return String(input);
}

/**
 * What a value given where text was expected is, for a message ("null", "an array", "a number"),
 * read without touching the value itself. Never throws.
 *
 * @internal
 * @param input - what the caller passed
 * @returns a short description
 */
export function kindOf(input: unknown): string {
  if (input === null) return "null";
  if (input === undefined) return "nothing (undefined)";
  if (typeof input === "object") {
    try {
      return Array.isArray(input) ? "an array" : "an object";
    } catch {
      return "a revoked proxy";
    }
  }
  return typeof input === "bigint" ? "a bigint" : `a ${typeof input}`;
}

/**
 * The message of something a caller's value threw while being read (a getter, a proxy trap),
 * read without letting a second exception escape.
 *
 * @internal
 * @param thrown - what was caught
 * @returns its message, or a description when it has none that can be read
 */
export function thrownText(thrown: unknown): string {
  try {
    if (thrown instanceof Error) return String(thrown.message);
    return typeof thrown === "string" ? thrown : kindOf(thrown);
  } catch {
    return "a value that cannot be read";
  }
}
