// The public list of province-level units: the records the audit reads (data/provinces.ts)
// joined with the units each was formed from (data/province-origins.ts), which no check of a
// text reads; a bundle of auditText reaches only the records.
import { PROVINCE_ORIGINS } from "./data/province-origins.js";
import { PROVINCE_RECORDS } from "./data/provinces.js";
import type { AdministrativeUnit } from "./schema.js";

/**
 * Every province-level unit of the three snapshots (before 1/7/2025, from 1/7/2025, from
 * 30/4/2026), with its validity and the units it was formed from.
 *
 * @example
 * ```ts
 * import { PROVINCE_UNITS } from "baocao";
 *
 * const phuTho = PROVINCE_UNITS.find((u) => u.code === "25" && u.validFrom === "2025-07-01");
 * phuTho?.formedFrom?.length; // 3
 * ```
 */
export const PROVINCE_UNITS: readonly AdministrativeUnit[] = PROVINCE_RECORDS.map((unit) => {
  const formedFrom = PROVINCE_ORIGINS[`${unit.code} ${unit.validFrom}`];
  return formedFrom ? { ...unit, formedFrom } : unit;
});
