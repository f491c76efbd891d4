// Public names of the calculators module.

export {
  type AverageInput,
  type AverageResult,
  type AverageVerdict,
  checkAverage,
} from "./average.js";
export {
  type BreakdownNode,
  type BreakdownNodeResult,
  type BreakdownResult,
  type BreakdownVerdict,
  checkBreakdownTree,
} from "./breakdown.js";
export {
  type ChangeDirection,
  type ChangeInput,
  type ChangeResult,
  type ChangeVerdict,
  checkChange,
} from "./change.js";
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
export { checkRank, type RankInput, type RankResult, type RankVerdict } from "./rank.js";
export { checkRatio, type RatioInput, type RatioResult, type RatioVerdict } from "./ratio.js";
export {
  checkReachability,
  type ReachabilityInput,
  type ReachabilityResult,
  type ReachabilityVerdict,
  type ReachablePart,
} from "./reachability.js";
export {
  type ResolutionInput,
  type ResolutionResult,
  type ResolutionVerdict,
  resolutionRate,
} from "./resolution.js";
export { DEFAULT_ROUNDING, type RoundingOptions, type RoundingPolicy } from "./rounding.js";
export type { StatedInput, StatedValue } from "./stated.js";
export {
  checkTable,
  type PercentBase,
  type TableCell,
  type TableCountCell,
  type TableInput,
  type TableResult,
  type TableVerdict,
} from "./table.js";
export { checkTotal, type TotalInput, type TotalResult, type TotalVerdict } from "./total.js";
