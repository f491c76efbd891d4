import type { Severity } from "../findings/finding.js";

/**
 * Each code's severity in {@link UNIT_CODES}, read by the checks: kept apart from the
 * descriptions, so that a program that runs the checks does not carry them.
 *
 * @internal
 */
export const UNIT_SEVERITIES = {
  UNIT_COUNT_BREAKDOWN_MISMATCH: "error",
  UNIT_COVERAGE_EXCEEDS_TOTAL: "error",
  UNIT_COVERAGE_TOTAL_MISMATCH: "warning",
  UNIT_MERGER_MISMATCH: "error",
  UNIT_RANK_EXCEEDS_COUNT: "error",
  UNIT_RANK_COUNT_MISMATCH: "warning",
  UNIT_PROVINCE_COUNT_MISMATCH: "warning",
  UNIT_REGISTRY_COUNT_MISMATCH: "error",
  UNIT_REGISTRY_UNKNOWN_UNIT: "warning",
  UNIT_REGISTRY_MERGER_MISMATCH: "error",
  UNIT_REGISTRY_BEFORE_DATA: "info",
  UNIT_DATA_CODE_MISMATCH: "warning",
  UNIT_DATA_NAME_SPELLING: "warning",
  UNIT_DATA_UNKNOWN_OLD_CODE: "warning",
  UNIT_DATA_NO_COMMUNE_LEVEL: "info",
  UNIT_DATA_LOWER_CASE_TYPE: "info",
  UNIT_DATA_UNREADABLE_NAME: "warning",
  UNIT_DATA_UNRESOLVED_CODE: "warning",
  UNIT_BAD_DATE: "error",
  UNIT_DATASET_INVALID: "error",
} as const satisfies Record<string, Severity>;
