import { Decimal } from "../core/decimal.js";
import type { Message } from "../findings/finding.js";
import { isExactAt, type Rational, roundRational } from "./rational.js";

// Local number formatting for messages: Vietnamese style in `vi` ("1.353", "80,25"), plain
// JavaScript style in `en` ("1353", "80.25"). Kept here so calculators depend on nothing else.

function split(value: Decimal, places: number | undefined): [string, string, string] {
  const text = places === undefined ? value.abs().toFixed() : value.abs().toFixed(places);
  const [whole = "0", fraction = ""] = text.split(".");
  const negative = value.isNegative() && !value.isZero() && /[1-9]/.test(text);
  return [negative ? "-" : "", whole, fraction];
}

/**
 * A figure in Vietnamese style: '.' groups thousands, ',' marks decimals.
 *
 * @param value - the value
 * @param places - decimals to show (rounded half-up); omit to show the value as it is
 * @returns the text, such as "1.353" or "80,25"
 */
export function formatVi(value: Decimal, places?: number): string {
  const [sign, whole, fraction] = split(value, places);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${sign}${grouped}${fraction === "" ? "" : `,${fraction}`}`;
}

/**
 * A figure in plain style for English messages: no grouping, '.' marks decimals.
 *
 * @param value - the value
 * @param places - decimals to show (rounded half-up); omit to show the value as it is
 * @returns the text, such as "1353" or "80.25"
 */
export function formatEn(value: Decimal, places?: number): string {
  const [sign, whole, fraction] = split(value, places);
  return `${sign}${whole}${fraction === "" ? "" : `.${fraction}`}`;
}

/** A figure in both styles. */
export interface Shown {
  readonly vi: string;
  readonly en: string;
}

/** Shows a decimal in both styles. */
export function show(value: Decimal | string | bigint, places?: number): Shown {
  const decimal = new Decimal(typeof value === "bigint" ? value.toString() : value);
  return { vi: formatVi(decimal, places), en: formatEn(decimal, places) };
}

/**
 * Shows an exact quotient at `places` decimals, with the sign to write before it: "=" when the
 * shown digits are the whole value, "≈" when they are rounded.
 */
export function showApprox(value: Rational, places: number): Shown & { readonly sign: string } {
  const rounded = roundRational(value, places, "half-up");
  return { ...show(rounded, places), sign: isExactAt(value, places) ? "=" : "≈" };
}

/** Prefixes both languages of a message (for findings placed in a table cell or tree node). */
export function prefixMessage(prefix: Message, body: Message): Message {
  return { vi: `${prefix.vi}: ${body.vi}`, en: `${prefix.en}: ${body.en}` };
}
