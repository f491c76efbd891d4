// The built library, as users install it (npm run bench builds first), typed by its sources.
// BENCH_SOURCE=1 measures the sources instead (through tsx), to iterate without a build.
import type * as Source from "../src/index.js";
import type * as UnitsSource from "../src/units/registry/index.js";

const source = process.env.BENCH_SOURCE === "1";
const library = (await import(source ? "../src/index.js" : "../dist/index.js")) as typeof Source;
const units = (await import(
  source ? "../src/units/registry/index.js" : "../dist/units.js"
)) as typeof UnitsSource;

export const { checkUnitsAgainstRegistry } = units;

export const {
  auditReport,
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
  checkUnitClaims,
  findAdministrativeUnits,
  formatNumber,
  resolutionRate,
  safeLoadUnits,
} = library;
