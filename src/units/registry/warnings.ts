import type { Finding } from "../../findings/finding.js";
import { registry } from "./decode.js";

/**
 * What the registry's sources disagree on or leave odd, each reported once: the two new-unit
 * codes the mapping gives otherwise than the lists (Ba Chẽ, Ia Mơ; the lists' codes are used),
 * the name the mapping spells otherwise (Phó Bảng/Phố Bảng), the old codes of communes merged
 * before 1/3/2025, the island districts without a commune level, and the type written in lower
 * case ("xã Bắc Sơn"). None of them stops a lookup.
 *
 * @returns the warnings, as findings without a span
 * @example
 * ```ts
 * import { dataWarnings } from "baocao/units";
 *
 * dataWarnings().map((w) => w.code); // ["UNIT_DATA_LOWER_CASE_TYPE", "UNIT_DATA_CODE_MISMATCH", ...]
 * ```
 */
export function dataWarnings(): readonly Finding[] {
  return registry().warnings;
}
