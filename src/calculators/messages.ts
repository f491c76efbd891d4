import { Decimal } from "../core/decimal.js";
import { groupThousands } from "../core/digits.js";
import type { Message } from "../findings/finding.js";
import { isExactAt, type Rational, roundScaled } from "./rational.js";

// Local number formatting for messages: Vietnamese style in `vi` ("1.353", "80,25"), plain
// JavaScript style in `en` ("1353", "80.25"). Kept here so calculators depend on nothing but core.

type Parts = readonly [sign: string, whole: string, fraction: string];

function split(value: Decimal, places: number | undefined): Parts {
  const text = places === undefined ? value.abs().toFixed() : value.abs().toFixed(places);
  const [whole = "0", fraction = ""] = text.split(".");
  const negative = value.isNegative() && !value.isZero() && /[1-9]/.test(text);
  return [negative ? "-" : "", whole, fraction];
}

const viText = ([sign, whole, fraction]: Parts): string =>
  `${sign}${groupThousands(whole)}${fraction === "" ? "" : `,${fraction}`}`;

const enText = ([sign, whole, fraction]: Parts): string =>
  `${sign}${whole}${fraction === "" ? "" : `.${fraction}`}`;

// A value already in the form Decimal's toFixed() writes: read as it is, no Decimal made.
const CANONICAL = /^(-?)(0|[1-9]\d*)(?:\.(\d*[1-9]))?$/;

/**
 * A figure in Vietnamese style: '.' groups thousands, ',' marks decimals.
 *
 * @param value - the value
 * @param places - decimals to show (rounded half-up); omit to show the value as it is
 * @returns the text, such as "1.353" or "80,25"
 */
export function formatVi(value: Decimal, places?: number): string {
  return viText(split(value, places));
}

/**
 * A figure in plain style for English messages: no grouping, '.' marks decimals.
 *
 * @param value - the value
 * @param places - decimals to show (rounded half-up); omit to show the value as it is
 * @returns the text, such as "1353" or "80.25"
 */
export function formatEn(value: Decimal, places?: number): string {
  return enText(split(value, places));
}

/** A figure in both styles. */
export interface Shown {
  readonly vi: string;
  readonly en: string;
}

/** Shows a decimal in both styles. */
export function show(value: Decimal | string | bigint, places?: number): Shown {
  const text = typeof value === "bigint" ? value.toString() : value;
  const plain = typeof text === "string" && places === undefined ? CANONICAL.exec(text) : null;
  const parts: Parts = plain
    ? [plain[1] === "-" && plain[2] !== "0" ? "-" : "", plain[2] ?? "0", plain[3] ?? ""]
    : split(new Decimal(text), places);
  return { vi: viText(parts), en: enText(parts) };
}

/**
 * Shows an exact quotient at `places` decimals, with the sign to write before it: "=" when the
 * shown digits are the whole value, "≈" when they are rounded.
 */
export function showApprox(value: Rational, places: number): Shown & { readonly sign: string } {
  const k = roundScaled(value, places, "half-up");
  const digits = (k < 0n ? -k : k).toString().padStart(places + 1, "0");
  const cut = digits.length - places;
  const parts: Parts = [k < 0n ? "-" : "", digits.slice(0, cut), digits.slice(cut)];
  return { vi: viText(parts), en: enText(parts), sign: isExactAt(value, places) ? "=" : "≈" };
}

/** Prefixes both languages of a message (for findings placed in a table cell or tree node). */
export function prefixMessage(prefix: Message, body: Message): Message {
  return { vi: `${prefix.vi}: ${body.vi}`, en: `${prefix.en}: ${body.en}` };
}
