// provinceCountOn apart from provinces.ts, which holds PROVINCE_UNITS with every unit's origins:
// the audit counts provinces, and counting needs the records only (data/provinces.ts).
import { PROVINCE_RECORDS } from "./data/provinces.js";
import { type DayInput, inForce } from "./dates.js";
import { requireDay } from "./day.js";

/**
 * How many province-level units were in force on a day.
 *
 * @param date - the day
 * @returns 63 before 1/7/2025, 34 from then on
 * @throws BaocaoError `UNIT_BAD_DATE` when the date is not a valid day
 * @example
 * ```ts
 * import { provinceCountOn } from "baocao";
 *
 * provinceCountOn("2020-01-01"); // 63
 * ```
 */
export function provinceCountOn(date: DayInput): number {
  const day = requireDay(date);
  return PROVINCE_RECORDS.filter((u) => inForce(u, day)).length;
}
