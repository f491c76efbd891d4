// The built library, as users install it (npm run bench builds first), typed by its sources.
import type * as Source from "../src/index.js";

const built = "../dist/index.js";
const library = (await import(built)) as typeof Source;

export const {
  auditText,
  checkBreakdownTree,
  checkChange,
  checkComplement,
  checkPercentage,
  checkRank,
  checkRatio,
  checkReachability,
  checkTable,
  checkTotal,
  resolutionRate,
} = library;
