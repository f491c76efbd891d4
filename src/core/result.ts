import type { BaocaoError } from "./errors.js";

/** A successful outcome of a `safeParseX` call. */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/** A failed outcome of a `safeParseX` call; `error` is what `parseX` would have thrown. */
export interface Err<E> {
  readonly ok: false;
  readonly error: E;
}

/**
 * What every `safeParseX` returns: never throws, and tells success from failure by `ok`.
 *
 * @example
 * ```ts
 * import { safeParseNumber } from "baocao";
 *
 * const result = safeParseNumber("1.353");
 * if (result.ok) console.log(result.value.value.toString()); // "1353"
 * ```
 */
export type Result<T, E = BaocaoError> = Ok<T> | Err<E>;

/**
 * Wraps a value as a successful {@link Result}.
 *
 * @param value - the parsed value
 * @returns `{ ok: true, value }`
 * @example
 * ```ts
 * import { ok } from "baocao";
 *
 * ok(3).value; // 3
 * ```
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * Wraps an error as a failed {@link Result}.
 *
 * @param error - what went wrong
 * @returns `{ ok: false, error }`
 * @example
 * ```ts
 * import { BaocaoError, err } from "baocao";
 *
 * err(new BaocaoError("X", "bad", "abc")).ok; // false
 * ```
 */
export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}

/**
 * Returns the value of a successful result or throws its error: how every `parseX` is built
 * from its `safeParseX` twin, so the two can never disagree.
 *
 * @param result - a result from a `safeParseX` function
 * @returns the value
 * @throws the result's error when it failed
 * @example
 * ```ts
 * import { safeParseNumber, unwrap } from "baocao";
 *
 * unwrap(safeParseNumber("02")).value.toString(); // "2"
 * ```
 */
export function unwrap<T, E>(result: Result<T, E>): T {
  if (result.ok) return result.value;
  throw result.error;
}
