import { roundDecimal, toDecimal } from "../core/decimal.js";
import type { VietnameseDate } from "../dates/shapes.js";
import type { Message } from "../findings/finding.js";
import { formatNumber } from "../quantities/format.js";
import { textOf } from "./html.js";
import { MONTHS_EN } from "./labels.js";

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * An exact value in each language: Vietnamese style ("1.684", "78,518…") and plain ("1684",
 * "78.518…"). Text that is not a plain decimal (a date, a code) is shown as it is in both.
 */
export function exactValue(value: unknown): Message {
  const text = textOf(value);
  if (!PLAIN_DECIMAL.test(text)) return { vi: text, en: text };
  try {
    return { vi: formatNumber(text), en: text };
  } catch {
    return { vi: text, en: text };
  }
}

/** Decimal places a long computed value is shown with (more when it is smaller than 0,001). */
const PLACES_SHOWN = 4;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A computed value as people read it, and whether it was rounded to be shown. */
export interface ShownValue {
  readonly text: Message;
  /** The value in full, when `text` shows it rounded. */
  readonly full?: string;
}

/**
 * A plain decimal with its long fraction rounded half-up: to 4 places, or to 3 significant
 * digits when the value is smaller ("0,0000123"); trailing zeros dropped. Undefined when the
 * value is short enough to show whole.
 */
function roundedDecimal(text: string): string | undefined {
  const fraction = text.split(".")[1] ?? "";
  if (fraction.length <= PLACES_SHOWN) return undefined;
  const zeros = /^0*/.exec(fraction)?.[0].length ?? 0;
  const belowOne = /^-?0\./.test(text);
  const places = Math.min(fraction.length, Math.max(PLACES_SHOWN, belowOne ? zeros + 3 : 0));
  if (places === fraction.length) return undefined;
  const rounded = roundDecimal(toDecimal(text), places, "half-up").toFixed(places);
  return rounded.replace(/\.?0+$/, "");
}

/**
 * A value of a finding for the page: a plain decimal in each language's way of writing numbers,
 * a long one rounded ("≈ 56,4767", the full value kept for the element's title); an ISO date as
 * "31/12/2020" in Vietnamese; any other text as it is.
 */
export function shownValue(value: unknown): ShownValue {
  const text = textOf(value);
  const date = ISO_DATE.exec(text);
  if (date) {
    const [, year, month, day] = date;
    return { text: { vi: `${Number(day)}/${Number(month)}/${year}`, en: text } };
  }
  if (!PLAIN_DECIMAL.test(text)) return { text: { vi: text, en: text } };
  try {
    const rounded = roundedDecimal(text);
    if (rounded === undefined) return { text: exactValue(text) };
    const shown = exactValue(rounded);
    return { text: { vi: `≈ ${shown.vi}`, en: `≈ ${shown.en}` }, full: text };
  } catch {
    return { text: { vi: text, en: text } };
  }
}

/** A value of a finding's `data` as plain text: a string, a number, or a Decimal-like object. */
export function dataValue(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "object" && value !== null && "toFixed" in value) {
    try {
      const toFixed = (value as { toFixed: unknown }).toFixed;
      const text: unknown = typeof toFixed === "function" ? toFixed.call(value) : undefined;
      if (typeof text === "string") return text;
    } catch {
      // A hand-built value whose toFixed fails is shown as nothing, not a broken page.
    }
  }
  return undefined;
}

/** The report date in words: "ngày 12 tháng 9 năm 2024" / "12 September 2024". */
export function dateText(date: VietnameseDate): Message {
  const [day, monthNumber, year] = [date.day, date.month, date.year].map(textOf);
  const month = typeof date.month === "number" ? MONTHS_EN[date.month - 1] : undefined;
  if (date.day !== undefined && date.month !== undefined) {
    return {
      vi: `ngày ${day} tháng ${monthNumber} năm ${year}`,
      en: `${day} ${month ?? monthNumber} ${year}`,
    };
  }
  if (date.month !== undefined) {
    return { vi: `tháng ${monthNumber} năm ${year}`, en: `${month ?? monthNumber} ${year}` };
  }
  return { vi: `năm ${year}`, en: `${year}` };
}

/** Shortens a long excerpt for a list, at a character boundary. */
export function shorten(text: unknown, max: number): string {
  const chars = Array.from(textOf(text).replace(/\s+/g, " ").trim());
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}

/** A list of a stored or hand-built result: the array itself, or none when it holds no array. */
export const listOf = <T>(value: readonly T[] | undefined): readonly T[] =>
  Array.isArray(value) ? value : [];
