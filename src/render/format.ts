import type { VietnameseDate } from "../dates/shapes.js";
import type { Message } from "../findings/finding.js";
import { formatNumber } from "../quantities/format.js";
import { MONTHS_EN } from "./labels.js";

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * An exact value in each language: Vietnamese style ("1.684", "78,518…") and plain ("1684",
 * "78.518…"). Text that is not a plain decimal (a date, a code) is shown as it is in both.
 */
export function exactValue(value: string): Message {
  if (!PLAIN_DECIMAL.test(value)) return { vi: value, en: value };
  try {
    return { vi: formatNumber(value), en: value };
  } catch {
    return { vi: value, en: value };
  }
}

/** A value of a finding's `data` as plain text: a string, a number, or a Decimal-like object. */
export function dataValue(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "object" && value !== null && "toFixed" in value) {
    const toFixed = (value as { toFixed: unknown }).toFixed;
    if (typeof toFixed === "function") {
      const text: unknown = toFixed.call(value);
      if (typeof text === "string") return text;
    }
  }
  return undefined;
}

/** The report date in words: "ngày 12 tháng 9 năm 2024" / "12 September 2024". */
export function dateText(date: VietnameseDate): Message {
  const month = date.month === undefined ? undefined : MONTHS_EN[date.month - 1];
  if (date.day !== undefined && date.month !== undefined) {
    return {
      vi: `ngày ${date.day} tháng ${date.month} năm ${date.year}`,
      en: `${date.day} ${month ?? date.month} ${date.year}`,
    };
  }
  if (date.month !== undefined) {
    return {
      vi: `tháng ${date.month} năm ${date.year}`,
      en: `${month ?? date.month} ${date.year}`,
    };
  }
  return { vi: `năm ${date.year}`, en: String(date.year) };
}

/** Shortens a long excerpt for a list, at a character boundary. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}
