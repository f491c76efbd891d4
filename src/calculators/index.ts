// Public names of the calculators module.

export {
  type BreakdownNode,
  type BreakdownNodeResult,
  type BreakdownResult,
  type BreakdownVerdict,
  checkBreakdownTree,
} from "./breakdown.js";
export { CALCULATOR_CODES, type CalculatorCode, type CalculatorCodeInfo } from "./codes.js";
export {
  type ComplementInput,
  type ComplementPart,
  type ComplementResult,
  type ComplementVerdict,
  checkComplement,
} from "./complement.js";
export {
  type BaseMatch,
  checkPercentage,
  type PercentageInput,
  type PercentageResult,
  type PercentageVerdict,
  type WholeRange,
} from "./percentage.js";
export { type Qualifier, qualifierFromWord } from "./qualifier.js";
export {
  checkReachability,
  type ReachabilityInput,
  type ReachabilityResult,
  type ReachabilityVerdict,
  type ReachablePart,
} from "./reachability.js";
export { DEFAULT_ROUNDING, type RoundingOptions, type RoundingPolicy } from "./rounding.js";
export type { StatedInput, StatedValue } from "./stated.js";
export { checkTotal, type TotalInput, type TotalResult, type TotalVerdict } from "./total.js";
