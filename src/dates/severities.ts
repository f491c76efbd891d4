import type { Severity } from "../findings/finding.js";

/**
 * Each code's severity in {@link DATE_CODES}, read by the checks: kept apart from the
 * descriptions, so that a program that runs the checks does not carry them.
 *
 * @internal
 */
export const DATE_SEVERITIES = {
  DATE_EMPTY: "error",
  DATE_UNKNOWN_SHAPE: "error",
  DATE_NO_YEAR: "error",
  DATE_INVALID: "error",
  PERIOD_EMPTY: "error",
  PERIOD_UNKNOWN_SHAPE: "error",
  PERIOD_REVERSED: "error",
  DATE_PERIOD_ENDS_AFTER_REPORT: "warning",
  DATE_LENGTH_MISMATCH: "warning",
  DATE_YEAR_SLIP: "warning",
} as const satisfies Record<string, Severity>;
