// The built library, as users install it (npm run bench builds first), typed by its sources.
// BENCH_SOURCE=1 measures the sources instead (through tsx), to iterate without a build.
import type * as Source from "../src/index.js";

const built = process.env.BENCH_SOURCE === "1" ? "../src/index.js" : "../dist/index.js";
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
