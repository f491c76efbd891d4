import type { Finding } from "./finding.js";
import { findingFingerprint } from "./fingerprint.js";

/** The parts of a finding its fingerprint is made of (what a person would call "the same"). */
export type FingerprintedFinding = Pick<Finding, "code" | "inputs" | "span">;

/**
 * The values of a finding's inputs in the order of their names: the figures its fingerprint is
 * made of. Ordered by name, so a finding stored as JSON with its keys in another order keeps its
 * fingerprint. Only text values count (a stored or hand-built finding may hold anything).
 */
function figuresOf(finding: FingerprintedFinding): string[] {
  const inputs: unknown = finding?.inputs;
  if (typeof inputs !== "object" || inputs === null) return [];
  const record = inputs as Readonly<Record<string, unknown>>;
  return Object.keys(record)
    .sort()
    .map((name) => record[name])
    .filter((value): value is string => typeof value === "string");
}

/**
 * The {@link findingFingerprint} of a finding of an audit: its code, its excerpt (`span.excerpt`)
 * and its inputs as written (in the order of their names), in `file`. The CLI's acceptance file
 * (`baocao audit --accept`), SARIF's `partialFingerprints` and the HTML page all key findings
 * this way, so a finding accepted in one is accepted in the others. Two findings with the same
 * code, excerpt and figures in one file (the same sentence written twice) share a key; the
 * acceptance file counts them.
 *
 * @param finding - a finding of {@link auditText} (or of a stored result): its code, inputs and span are read
 * @param file - the path relative to the folder audited, or the file's name for a single file
 * @returns 64 lower-case hexadecimal digits
 * @example
 * ```ts
 * import { auditText, fingerprintFinding } from "baocao";
 *
 * const before = auditText("Xã đã giải quyết 47/52 đơn (đạt 91,4%).").findings[0];
 * const after = auditText("Năm nay,\nxã đã giải quyết 47/52 đơn (đạt 91,4%).").findings[0];
 * // The line and column moved; the finding is the same.
 * before && after && fingerprintFinding(before, "xa.txt") === fingerprintFinding(after, "xa.txt"); // true
 * before && fingerprintFinding(before, "xa.txt") === fingerprintFinding(before, "huyen.txt"); // false
 * ```
 */
export function fingerprintFinding(finding: FingerprintedFinding, file: string): string {
  return findingFingerprint({
    file,
    code: finding?.code,
    excerpt: finding?.span?.excerpt ?? "",
    figures: figuresOf(finding),
  });
}
