import { readFileSync } from "node:fs";
import { statsOf } from "../../src/audit/audit-text.js";
import type { AuditResult, Claim, ClaimStatus, Finding, Severity } from "../../src/index.js";
import { auditText, createFinding, createLineIndex } from "../../src/index.js";

/** The shipped sample report (invented by the project). */
export const SAMPLE = readFileSync(
  new URL("../../examples/sample-report.txt", import.meta.url),
  "utf8",
);

/** A claim over `[start, end)` of a text, with optional findings. */
export function claimAt(
  text: string,
  id: string,
  start: number,
  end: number,
  severities: readonly Severity[] = [],
): Claim {
  const span = createLineIndex(text).span(start, end);
  const findings: Finding[] = severities.map((severity, i) =>
    createFinding({
      code: `TEST_${severity.toUpperCase()}_${i}`,
      severity,
      message: { vi: `Thông báo ${id} số ${i}`, en: `Message ${id} number ${i}` },
      span,
    }),
  );
  const status: ClaimStatus = severities.includes("error")
    ? "error"
    : severities.includes("warning")
      ? "warning"
      : severities.includes("info")
        ? "info"
        : "consistent";
  return {
    id,
    kind: "percentage",
    span,
    section: undefined,
    figures: [],
    status,
    findings,
    explanation: { vi: `Giải thích ${id}`, en: `Explanation ${id}` },
  };
}

/** A result made of the given claims (as auditText would count them). */
export function resultOf(text: string, claims: readonly Claim[]): AuditResult {
  const findings = claims.flatMap((c) => c.findings);
  return { ...auditText(""), claims, findings, stats: statsOf(claims, findings, text.length) };
}
