// Vietnamese quantities: numerals, percentages, figures with units, formatting, and the scanner.
export {
  type Ambiguity,
  type AmbiguityCode,
  QUANTITY_CODES,
  type QuantityCode,
  type QuantityCodeInfo,
} from "./codes.js";
export {
  type FormatNumberOptions,
  type FormatPercentOptions,
  formatNumber,
  formatPercent,
} from "./format.js";
export {
  type ParsedNumber,
  type ParseNumberOptions,
  parseNumber,
  safeParseNumber,
} from "./number.js";
export { type ParsedPercent, parsePercent, safeParsePercent } from "./percent.js";
export { parseQuantity, safeParseQuantity } from "./quantity.js";
export { findNumbers } from "./scan.js";
export type {
  Quantity,
  QuantityToken,
  TokenLead,
  TokenMagnitude,
  TokenQualifier,
  TokenUnit,
} from "./token.js";
export {
  LEAD_WORDS,
  type LeadKind,
  type LeadWord,
  MAGNITUDE_WORDS,
  type MagnitudeWord,
  QUALIFIER_WORDS,
  type QualifierKind,
  type QualifierWord,
  UNIT_WORDS,
  type UnitKind,
  type UnitWord,
} from "./words.js";
