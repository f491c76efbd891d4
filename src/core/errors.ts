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
 * as JSON (or `String(input)` when it cannot be written as JSON).
 *
 * @internal
 * @param input - what the caller passed
 * @returns the input as text
 */
export function inputText(input: unknown): string {
  if (typeof input === "string") return input;
  try {
    return JSON.stringify(input) ?? String(input);
  } catch {
    return String(input);
  }
}
