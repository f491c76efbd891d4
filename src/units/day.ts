import { BaocaoError } from "../core/errors.js";
import type { DayInput } from "./dates.js";
import { toIsoDay } from "./dates.js";

/**
 * Reads a day argument, throwing a `BaocaoError` `UNIT_BAD_DATE` when it is not a valid day.
 *
 * @param day - a Date or `YYYY-MM-DD`
 * @returns the ISO day
 */
export function requireDay(day: DayInput): string {
  const iso = toIsoDay(day);
  if (iso === undefined) {
    const input = typeof day === "string" ? day : String(day);
    throw new BaocaoError(
      "UNIT_BAD_DATE",
      "Give the date as a valid Date or as YYYY-MM-DD, for example 2025-07-01",
      input,
    );
  }
  return iso;
}
