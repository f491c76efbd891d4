import type { Span } from "../core/span.js";
import type { Finding, Severity } from "../findings/finding.js";
import type { QualifierKind } from "../quantities/words.js";
import type { Relation } from "./relations.js";

/**
 * The kinds of arithmetic claim the auditor recognises (see docs/audit.md for each pattern):
 * - `percentage`: a fraction with its percentage ("120/150 đơn, đạt 80%")
 * - `share`: a count with its share of a total named nearby ("126 hộ, chiếm 5,25%")
 * - `reachability`: a share of a small count that no whole number can produce (GRIM)
 * - `breakdown`: a total with its parts ("900 đơn, trong đó …"), nested or not
 * - `resolution`: to resolve = new + carried over = resolved + pending, and the rate
 * - `change`: before, after and change ("giảm từ 480 xuống còn 460, giảm 20")
 * - `table`: a table's total row or column, and its "n (x%)" cells
 * - `composition`: shares of one whole listed one by one ("cơ cấu …"), which make 100
 * - `average`: a total spread over a count, and its average ("bình quân 11 triệu đồng/hộ")
 * - `rank`, `coverage`, `unit-count`, `merger`: claims about administrative units
 * - `citation`, `date`: document references and dates
 */
export const CLAIM_KINDS = [
  "percentage",
  "share",
  "reachability",
  "breakdown",
  "resolution",
  "change",
  "table",
  "composition",
  "average",
  "rank",
  "coverage",
  "unit-count",
  "merger",
  "citation",
  "date",
] as const;

/** One of {@link CLAIM_KINDS}. */
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** How a recognised claim came out: `consistent`, or the worst severity of its findings. */
export type ClaimStatus = "consistent" | Severity;

/** One figure of a claim, as written and as read. */
export interface ClaimFigure {
  /** Identifies the figure within one result (`f12`): relations refer to figures by it. */
  readonly id: string;
  /** What the figure is in the claim: `part`, `whole`, `stated`, `total`, `resolved`, … */
  readonly role: string;
  /** The figure as written ("1.353", "99,42%"). */
  readonly text: string;
  /** Its exact value as a plain decimal string ("1353", "99.42"). */
  readonly value: string;
  /** Decimal places as written ("99,42" → 2): a stated share is judged at these. */
  readonly decimals: number;
  /** True for a percentage. */
  readonly percent: boolean;
  /** Its unit, canonical ("đơn", "hộ"), when one follows it. */
  readonly unit?: string;
  /** A qualifier before it ("trên" → `over`): the claim is then a bound. */
  readonly qualifier?: QualifierKind;
  /** Where it stands in the original text. */
  readonly span: Span;
}

/** A recognised claim with its figures, its status and the findings that explain it. */
export interface Claim {
  /** Stable within one result: `c1`, `c2`, … in text order. */
  readonly id: string;
  /** The pattern recognised. */
  readonly kind: ClaimKind;
  /** The text the claim covers (from its first figure or keyword to its last). */
  readonly span: Span;
  /** The heading of the report section the claim stands in. */
  readonly section: string | undefined;
  /**
   * What the claim measures, when its words clearly identify it: the id of an indicator of the
   * catalogue (`petitions.resolution-rate`, `poverty.rate`; see docs/indicators.md). Absent
   * when no indicator is identified.
   */
  readonly indicator?: string;
  /** The figures the claim was computed from. */
  readonly figures: readonly ClaimFigure[];
  /** `consistent` or the worst severity among its findings. */
  readonly status: ClaimStatus;
  /** The findings about this claim (also listed in the result's `findings`). */
  readonly findings: readonly Finding[];
  /** What was recomputed, in Vietnamese and English (also for consistent claims). */
  readonly explanation: { readonly vi: string; readonly en: string };
  /**
   * What the claim asserts, as data over its figures' ids: the calculator input that
   * `auditReport` recomputes. Absent for claims found by text-level checks (citations, dates,
   * unit claims), whose findings a structured report carries as they are.
   */
  readonly relation?: Relation;
}

/**
 * The worst status among findings: `consistent` when there are none above `info`... or, with
 * only info notes, `info`.
 *
 * @param findings - a claim's findings
 * @returns the status of the claim
 */
export function statusOf(findings: readonly Finding[]): ClaimStatus {
  let status: ClaimStatus = "consistent";
  for (const f of findings) {
    if (f.severity === "error") return "error";
    if (f.severity === "warning") status = "warning";
    else if (status === "consistent") status = "info";
  }
  return status;
}
