import type { Rule } from "../rule.js";
import { alignedRule } from "./aligned.js";
import { averageRule } from "./average.js";
import { breakdownRule } from "./breakdown.js";
import { changeRule } from "./change.js";
import { compositionRule } from "./composition.js";
import { deltaRule } from "./delta.js";
import { fractionRule } from "./fraction.js";
import { partitionRule } from "./partition.js";
import { periodsRule } from "./periods.js";
import { pointsRule } from "./points.js";
import { reachableRule } from "./reachable.js";
import { remainderRule } from "./remainder.js";
import { resolutionRule } from "./resolution.js";
import { shareRule } from "./share.js";
import { tableRule } from "./table.js";

/**
 * Every claim rule, in order of precedence: in each passage the engine runs them in this
 * order, and a figure a rule took is left alone by those after it (a fraction's percentage is
 * not also read as a share).
 */
export const RULES: readonly Rule[] = [
  fractionRule,
  tableRule,
  alignedRule,
  resolutionRule,
  remainderRule,
  changeRule,
  periodsRule,
  pointsRule,
  deltaRule,
  breakdownRule,
  shareRule,
  compositionRule,
  partitionRule,
  // After the shares: a rate none of them paired with a count.
  reachableRule,
  // Last: an average reads figures other claims may hold too (the total of a breakdown).
  averageRule,
];
