/**
 * The commune registry of `baocao`: every province, district and commune in force on 1/3/2025,
 * 1/7/2025 and 30/4/2026, with the 2025 formed-from mapping. Imported as `baocao/units` so that
 * code which never looks up a commune does not carry the data.
 *
 * @packageDocumentation
 * @module baocao/units
 */
export { checkUnitsAgainstRegistry } from "./checks.js";
export { predecessorsOf, successorsOf, type UnitLink } from "./lineage.js";
export {
  type FindUnitOptions,
  type UnitCounts,
  type UnitStructure,
  unitsOn,
} from "./structure.js";
export { dataWarnings } from "./warnings.js";
