import type { RoundingMode } from "../core/decimal.js";
import {
  add,
  ceil,
  cmp,
  div,
  floor,
  fromDecimal,
  int,
  mul,
  type Rational,
  sub,
} from "./rational.js";
import type { Stated } from "./stated.js";

/**
 * Which rounding modes make a stated figure consistent, and which only excuse it with a warning.
 * A mode in neither list is never tried.
 */
export interface RoundingPolicy {
  /** Modes under which a match is plainly consistent (default `["half-up"]`, "làm tròn"). */
  readonly consistent: readonly RoundingMode[];
  /** Modes under which a match is a warning (default `["truncate", "half-even"]`). */
  readonly lenient: readonly RoundingMode[];
  /**
   * Whether a share may be explained as 100 minus the rounded share of the rest (default
   * `true`; a warning when it is the only explanation).
   */
  readonly complement: boolean;
}

/** What calculators accept for their `rounding` option: any part of a {@link RoundingPolicy}. */
export type RoundingOptions = Partial<RoundingPolicy>;

/** The policy used when a calculator is given no `rounding` option. */
export const DEFAULT_ROUNDING: RoundingPolicy = {
  consistent: ["half-up"],
  lenient: ["truncate", "half-even"],
  complement: true,
};

/** Fills a partial policy from the defaults, dropping lenient modes already counted consistent. */
export function resolvePolicy(options: RoundingOptions | undefined): RoundingPolicy {
  const consistent = options?.consistent ?? DEFAULT_ROUNDING.consistent;
  const lenient = (options?.lenient ?? DEFAULT_ROUNDING.lenient).filter(
    (mode) => !consistent.includes(mode),
  );
  return { consistent, lenient, complement: options?.complement ?? DEFAULT_ROUNDING.complement };
}

/** An interval of exact values with open or closed ends (internal). */
export interface Interval {
  readonly lo: Rational;
  readonly loClosed: boolean;
  readonly hi: Rational;
  readonly hiClosed: boolean;
}

/**
 * The exact values v whose rounding with `mode` at the stated decimals gives the stated value.
 * Half-up rounds ties away from zero; truncate rounds toward zero.
 */
export function roundingInterval(stated: Stated, mode: RoundingMode): Interval {
  const s = fromDecimal(stated.value);
  const step: Rational = { n: 1n, d: 10n ** BigInt(stated.decimals) };
  const half = mul(step, { n: 1n, d: 2n });
  const sign = cmp(s, int(0));
  const around = (loClosed: boolean, hiClosed: boolean): Interval => ({
    lo: sub(s, half),
    loClosed,
    hi: add(s, half),
    hiClosed,
  });
  switch (mode) {
    case "half-up":
      return around(sign > 0, sign < 0);
    case "half-even": {
      const even = (s.n * step.d) / s.d;
      const isEven = even % 2n === 0n;
      return around(isEven, isEven);
    }
    case "floor":
      return { lo: s, loClosed: true, hi: add(s, step), hiClosed: false };
    case "ceiling":
      return { lo: sub(s, step), loClosed: false, hi: s, hiClosed: true };
    case "truncate":
      if (sign > 0) return { lo: s, loClosed: true, hi: add(s, step), hiClosed: false };
      if (sign < 0) return { lo: sub(s, step), loClosed: false, hi: s, hiClosed: true };
      return { lo: sub(s, step), loClosed: false, hi: add(s, step), hiClosed: false };
  }
}

/** An inclusive range of integers; `max` is null when unbounded. */
export interface IntegerRange {
  readonly min: bigint;
  readonly max: bigint | null;
}

/**
 * Integers k ≥ `least` with `f(k) = scale / k` in the interval, for scale > 0 (the quotient
 * falls as k grows): used for the wholes that make 100·part/whole round to a stated share.
 */
export function divisorsInInterval(
  scale: Rational,
  interval: Interval,
  least: bigint,
): IntegerRange | null {
  if (cmp(interval.hi, int(0)) <= 0) return null;
  const qHi = div(scale, interval.hi);
  let min = interval.hiClosed ? ceil(qHi) : floor(qHi) + 1n;
  if (min < least) min = least;
  let max: bigint | null = null;
  if (cmp(interval.lo, int(0)) > 0) {
    const qLo = div(scale, interval.lo);
    max = interval.loClosed ? floor(qLo) : ceil(qLo) - 1n;
    if (max < min) return null;
  }
  return { min, max };
}

/**
 * Integers k in [least, most] with `k · factor` in the interval, for factor > 0: used for the
 * parts p whose share 100·p/whole rounds to a stated value.
 */
export function multiplesInInterval(
  factor: Rational,
  interval: Interval,
  least: bigint,
  most: bigint,
): IntegerRange | null {
  const qLo = div(interval.lo, factor);
  const qHi = div(interval.hi, factor);
  let min = interval.loClosed ? ceil(qLo) : floor(qLo) + 1n;
  let max = interval.hiClosed ? floor(qHi) : ceil(qHi) - 1n;
  if (min < least) min = least;
  if (max > most) max = most;
  return max < min ? null : { min, max };
}
