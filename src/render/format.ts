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
