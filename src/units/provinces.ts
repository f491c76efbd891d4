import { type DayInput, inForce } from "./dates.js";
import { requireDay } from "./day.js";
import { createNameIndex, lookUpName } from "./lookup.js";
import { PROVINCE_UNITS } from "./province-units.js";
import type { AdministrativeUnit } from "./schema.js";
import { unitTypeWord } from "./types.js";

export { provinceCountOn } from "./province-count.js";
export { PROVINCE_UNITS };

const index = createNameIndex(PROVINCE_UNITS);

/**
 * The province-level units (tỉnh, thành phố trực thuộc trung ương) in force on a day: the 63 of
 * the list in force until 30/6/2025 (also answered for earlier days: the list does not record
 * when each of them began), the 34 from 1/7/2025, and from 30/4/2026 the same 34 with
 * Đồng Nai as a centrally-run city.
 *
 * @param date - the day (a Date, read by its local calendar day, or `YYYY-MM-DD`)
 * @returns the units in force, in code order
 * @throws BaocaoError `UNIT_BAD_DATE` when the date is not a valid day
 * @example
 * ```ts
 * import { provincesOn } from "baocao";
 *
 * provincesOn("2026-01-01").length; // 34
 * ```
 */
export function provincesOn(date: DayInput): readonly AdministrativeUnit[] {
  const day = requireDay(date);
  return PROVINCE_UNITS.filter((u) => inForce(u, day));
}

/** Options of {@link findProvince}. */
export interface FindProvinceOptions {
  /** Resolve to the unit in force on this day (old names and codes lead to their successor). */
  readonly date?: DayInput;
}

function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The province-level units that took over a province the day after it ceased.
 *
 * @param unit - a province record
 * @returns its successors (empty while it is in force)
 */
export function provinceSuccessors(unit: AdministrativeUnit): readonly AdministrativeUnit[] {
  if (unit.validTo === undefined) return [];
  const next = dayAfter(unit.validTo);
  return PROVINCE_UNITS.filter(
    (u) => u.validFrom === next && (u.formedFrom ?? []).some((f) => f.code === unit.code),
  );
}

function resolveOn(unit: AdministrativeUnit, day: string): AdministrativeUnit | undefined {
  let current: readonly AdministrativeUnit[] = [unit];
  // The chain is at most as long as the number of snapshots; the bound guards against bad data.
  for (let step = 0; step < 8; step += 1) {
    const hit = current.find((u) => inForce(u, day));
    if (hit !== undefined) return hit;
    if (current.every((u) => u.validFrom !== undefined && day < u.validFrom)) return undefined;
    current = current.flatMap(provinceSuccessors);
  }
  return undefined;
}

/**
 * Finds a province-level unit by code ("26") or by name written as people write it: with or
 * without diacritics, either tone-mark placement, NFC or NFD, with or without "tỉnh",
 * "thành phố", "TP." or "T.". With a date, the result is the unit in force that day, so an old
 * name leads to the province it was merged into; without one, the latest unit of that name or code.
 *
 * @param query - a code or a name
 * @param options - `date` to resolve on
 * @returns the unit, or undefined when none matches (or none was in force on the date)
 * @throws BaocaoError `UNIT_BAD_DATE` when the date is not a valid day
 * @example
 * ```ts
 * import { findProvince } from "baocao";
 *
 * findProvince("tinh Ha Giang", { date: "2026-01-01" })?.name; // "Tuyên Quang"
 * findProvince("TP. Huế")?.code; // "46"
 * ```
 */
export function findProvince(
  query: string,
  options: FindProvinceOptions = {},
): AdministrativeUnit | undefined {
  const day = options.date === undefined ? undefined : requireDay(options.date);
  const trimmed = query.trim();
  const matches = /^\d{1,2}$/u.test(trimmed)
    ? PROVINCE_UNITS.filter((u) => u.code === trimmed.padStart(2, "0"))
    : lookUpName(index, trimmed);
  if (matches.length === 0) return undefined;
  if (day === undefined) return latest(matches);
  const resolved = matches
    .map((u) => resolveOn(u, day))
    .filter((u): u is AdministrativeUnit => u !== undefined);
  return latest(resolved);
}

function latest(units: readonly AdministrativeUnit[]): AdministrativeUnit | undefined {
  let best: AdministrativeUnit | undefined;
  for (const u of units) {
    if (best === undefined || (u.validFrom ?? "") > (best.validFrom ?? "")) best = u;
  }
  return best;
}

/**
 * The full official name of a unit, its type first as the official lists write it
 * ("Tỉnh Gia Lai", "Thành phố Huế", "Thị trấn Tam Sơn").
 *
 * @param unit - a unit
 * @returns the full name
 * @example
 * ```ts
 * import { findProvince, unitFullName } from "baocao";
 *
 * const unit = findProvince("Gia Lai");
 * if (unit) unitFullName(unit); // "Tỉnh Gia Lai"
 * ```
 */
export function unitFullName(unit: Pick<AdministrativeUnit, "name" | "type">): string {
  const word = unitTypeWord(unit.type);
  return `${word.charAt(0).toUpperCase()}${word.slice(1)} ${unit.name}`;
}
