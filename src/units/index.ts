export { checkUnitClaims, type UnitCheckOptions } from "./claims.js";
export { UNIT_CODES, type UnitCode, type UnitCodeInfo } from "./codes.js";
export { PROVINCE_SNAPSHOTS } from "./data/provinces.js";
export type { DayInput } from "./dates.js";
export { loadUnits, safeLoadUnits, type UnitDatasetError, type UnitDatasetIssue } from "./load.js";
export type {
  NamedUnitMention,
  UnitCountMention,
  UnitCoverageMention,
  UnitMention,
  UnitOrgan,
} from "./mention-types.js";
export { findAdministrativeUnits } from "./mentions.js";
export {
  type FindProvinceOptions,
  findProvince,
  PROVINCE_UNITS,
  provinceCountOn,
  provincesOn,
  unitFullName,
} from "./provinces.js";
export { type AdministrativeUnit, administrativeUnitSchema } from "./schema.js";
export { findReportScope, type ReportScope } from "./scope.js";
export {
  UNIT_LEVELS,
  UNIT_TYPE_LEVELS,
  UNIT_TYPES,
  type UnitLevel,
  type UnitType,
  unitTypeWord,
} from "./types.js";
