import type { Severity } from "../findings/finding.js";

/**
 * Each code's severity in {@link REFERENCE_CODES}, read by the checks: kept apart from the
 * descriptions, so that a program that runs the checks does not carry them.
 *
 * @internal
 */
export const REFERENCE_SEVERITIES = {
  REF_EMPTY: "error",
  REF_UNKNOWN_SHAPE: "error",
  REF_NUMBER_ONLY: "info",
  REF_SPACING: "info",
  REF_DASH: "info",
  REF_SLASH_LOST: "warning",
  REF_PARTY_IN_STATE_SHAPE: "warning",
  REF_STATE_IN_PARTY_SHAPE: "warning",
  // A note, not a warning: individual (non-normative) decrees, such as those changing
  // administrative boundaries, were long numbered without the year ("09/NĐ-CP" of 2008).
  REF_NORMATIVE_WITHOUT_YEAR: "info",
  REF_CODE_FORM: "info",
  REF_UNKNOWN_TYPE: "info",
  REF_UNKNOWN_ISSUER: "info",
  REF_KIND_MISMATCH: "warning",
  REF_DATE_INVALID: "error",
  REF_DATES_DIFFER: "warning",
  REF_DATE_CONTRADICTS_REGISTRY: "error",
  REF_TERM_CONTRADICTS_REGISTRY: "warning",
  REF_DATED_AFTER_REPORT: "error",
} as const satisfies Record<string, Severity>;
