// Public names of the calculators module.
export { CALCULATOR_CODES, type CalculatorCode, type CalculatorCodeInfo } from "./codes.js";
export {
  type BaseMatch,
  checkPercentage,
  type PercentageInput,
  type PercentageResult,
  type PercentageVerdict,
  type WholeRange,
} from "./percentage.js";
export { type Qualifier, qualifierFromWord } from "./qualifier.js";
export { DEFAULT_ROUNDING, type RoundingOptions, type RoundingPolicy } from "./rounding.js";
export type { StatedInput, StatedValue } from "./stated.js";
