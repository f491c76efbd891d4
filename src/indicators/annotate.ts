import { type Claim, statusOf } from "../audit/claim.js";
import type { Finding } from "../findings/finding.js";
import { coreCatalogue, type IndicatorCatalogue } from "./catalogue.js";
import { checkIndicatorClaim } from "./checks.js";
import { classifyClaim } from "./classify.js";

/**
 * Labels a claim with its indicator ({@link classifyClaim}) and adds the indicator-specific
 * findings ({@link checkIndicatorClaim}) to it, its status recomputed: what `auditText` does to
 * every claim. The claim given is not changed.
 *
 * @param claim - a claim (spans into `text`)
 * @param text - the text the claim was found in
 * @param catalogue - the indicators (default: the built-in catalogue)
 * @returns the claim with `indicator` set when one is identified, and its added findings
 * @example
 * ```ts
 * import { annotateClaim, auditText } from "baocao";
 *
 * const text = "Xã tiếp nhận 150 đơn; đã giải quyết 120 đơn, đạt 80%.";
 * const claim = auditText(text).claims[0];
 * claim ? annotateClaim(claim, text).indicator : undefined; // "petitions.resolution-rate"
 * ```
 */
export function annotateClaim(
  claim: Claim,
  text: string,
  catalogue: IndicatorCatalogue = coreCatalogue(),
): Claim {
  const indicator = classifyClaim(claim, text, catalogue);
  if (!indicator) return claim;
  const known = new Set(claim.findings.map((f) => f.code));
  const added = checkIndicatorClaim(claim, indicator, text, catalogue).filter(
    (f) => !known.has(f.code),
  );
  const findings = [...claim.findings, ...added];
  return { ...claim, indicator, findings, status: statusOf(findings) };
}

const overlap = (a: Finding, b: Finding) =>
  a.span !== undefined &&
  b.span !== undefined &&
  a.span.start < Math.max(b.span.end, b.span.start + 1) &&
  b.span.start < Math.max(a.span.end, a.span.start + 1);

/**
 * Drops the index-rank findings the unit checks already made at the same place ("xếp thứ
 * 65/63" is a rank beyond its count for both).
 *
 * @param indexFindings - findings of `checkIndexScores`
 * @param unitFindings - findings of the unit checks, spans in the same text
 * @returns the index findings left
 */
export function withoutUnitDuplicates(
  indexFindings: readonly Finding[],
  unitFindings: readonly Finding[],
): Finding[] {
  const ranks = unitFindings.filter((f) => f.code.startsWith("UNIT_RANK"));
  return indexFindings.filter(
    (f) => f.code !== "INDICATOR_RANK_BEYOND_COUNT" || !ranks.some((r) => overlap(f, r)),
  );
}
