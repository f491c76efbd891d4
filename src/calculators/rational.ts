import type { RoundingMode } from "../core/decimal.js";
import { Decimal } from "../core/decimal.js";

// Exact rationals over bigint. decimal.js rounds every quotient to 60 digits; deciding on which
// side of a rounding boundary 100·a/b falls, or flooring a quotient, must not depend on that.

/** An exact rational `n / d` with `d > 0` (internal). */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const TEN = 10n;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function make(n: bigint, d: bigint): Rational {
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/** The exact rational value of a decimal (read from its digits: no Decimal arithmetic). */
export function fromDecimal(value: Decimal): Rational {
  const text = value.toFixed();
  const point = text.indexOf(".");
  if (point === -1) return { n: BigInt(text), d: 1n };
  const places = text.length - point - 1;
  return make(BigInt(text.slice(0, point) + text.slice(point + 1)), TEN ** BigInt(places));
}

/**
 * The plain decimal string of k / 10^places, as Decimal's `toFixed()` writes it: no trailing
 * zeros after the point, no point when nothing follows it.
 */
function scaledToString(k: bigint, places: number): string {
  const negative = k < 0n;
  let digits = (negative ? -k : k).toString();
  if (places > 0) {
    digits = digits.padStart(places + 1, "0");
    const cut = digits.length - places;
    const fraction = digits.slice(cut).replace(/0+$/u, "");
    digits = fraction === "" ? digits.slice(0, cut) : `${digits.slice(0, cut)}.${fraction}`;
  }
  return negative && digits !== "0" ? `-${digits}` : digits;
}

/** a + b */
export function add(a: Rational, b: Rational): Rational {
  return make(a.n * b.d + b.n * a.d, a.d * b.d);
}

/** a − b */
export function sub(a: Rational, b: Rational): Rational {
  return make(a.n * b.d - b.n * a.d, a.d * b.d);
}

/** a · b */
export function mul(a: Rational, b: Rational): Rational {
  return make(a.n * b.n, a.d * b.d);
}

/** a / b; the caller guarantees b ≠ 0. */
export function div(a: Rational, b: Rational): Rational {
  return make(a.n * b.d, a.d * b.n);
}

/** Sign of a − b. */
export function cmp(a: Rational, b: Rational): number {
  const diff = a.n * b.d - b.n * a.d;
  return diff === 0n ? 0 : diff > 0n ? 1 : -1;
}

/** The integer rational k. */
export function int(k: bigint | number): Rational {
  return { n: BigInt(k), d: 1n };
}

/** Largest integer ≤ r. */
export function floor(r: Rational): bigint {
  const q = r.n / r.d;
  return r.n % r.d !== 0n && r.n < 0n ? q - 1n : q;
}

/** Smallest integer ≥ r. */
export function ceil(r: Rational): bigint {
  return -floor({ n: -r.n, d: r.d });
}

/** r rounded exactly to `places` decimals with `mode`, scaled by 10^places (an integer). */
export function roundScaled(r: Rational, places: number, mode: RoundingMode): bigint {
  const scale = TEN ** BigInt(places);
  const num = r.n * scale;
  const q = floor({ n: num, d: r.d });
  const rem = num - q * r.d;
  if (rem === 0n) return q;
  const twice = 2n * rem;
  switch (mode) {
    case "floor":
      return q;
    case "ceiling":
      return q + 1n;
    case "truncate":
      return num < 0n ? q + 1n : q;
    case "half-up":
      return twice > r.d || (twice === r.d && num > 0n) ? q + 1n : q;
    case "half-even":
      return twice > r.d || (twice === r.d && q % 2n !== 0n) ? q + 1n : q;
  }
}

/** r rounded exactly to `places` decimals with `mode`, as a Decimal. */
export function roundRational(r: Rational, places: number, mode: RoundingMode): Decimal {
  return new Decimal(scaledToString(roundScaled(r, places, mode), places));
}

/** A decimal with at most `places` decimals, scaled by 10^places (exact). */
export function scaleDecimal(value: Decimal, places: number): bigint {
  const r = fromDecimal(value);
  return (r.n * TEN ** BigInt(places)) / r.d;
}

/** Places used when a quotient does not terminate. */
export const EXACT_PLACES = 20;

/**
 * The value as a plain decimal string: exact when it terminates, otherwise rounded half-up to
 * {@link EXACT_PLACES} decimals.
 */
export function rationalToString(r: Rational): string {
  let twos = 0;
  let fives = 0;
  let d = r.d;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  if (d !== 1n) return scaledToString(roundScaled(r, EXACT_PLACES, "half-up"), EXACT_PLACES);
  // r.d divides 10^places exactly: the quotient is the value's digits.
  const places = Math.max(twos, fives);
  return scaledToString((r.n * TEN ** BigInt(places)) / r.d, places);
}

/** Whether r equals its rounding at `places` decimals (so it can be written "=" not "≈"). */
export function isExactAt(r: Rational, places: number): boolean {
  return (r.n * TEN ** BigInt(places)) % r.d === 0n;
}

/** The rational as a Decimal (exact when it terminates within 60 digits). */
export function toDecimalValue(r: Rational): Decimal {
  return new Decimal(r.n.toString()).div(r.d.toString());
}
