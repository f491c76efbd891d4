import type { Origin } from "../cli/readers/origin.js";
import type { AuditResult, Claim, ClaimKind, Finding } from "../index.js";

// "Which checks run" in the app: the auditor always runs them all (one pass over the text); a
// group turned off takes its findings, and its claims, out of what is shown and exported.

/** The groups of checks a validator can turn off. */
export type CheckGroup = "figures" | "references" | "dates" | "units";

/** Every group, in the order the options list them. */
export const CHECK_GROUPS: readonly CheckGroup[] = ["figures", "references", "dates", "units"];

/** Each group's name in both languages. */
export const CHECK_LABELS: Readonly<Record<CheckGroup, { vi: string; en: string }>> = {
  figures: {
    vi: "Số liệu (tỷ lệ, tổng, tăng giảm, bảng…)",
    en: "Figures (shares, totals, changes, tables…)",
  },
  references: { vi: "Trích dẫn văn bản", en: "Document citations" },
  dates: { vi: "Ngày tháng, thời kỳ", en: "Dates and periods" },
  units: { vi: "Đơn vị hành chính", en: "Administrative units" },
};

/**
 * The group a finding's code belongs to.
 *
 * @param code - a finding code (`REF_DATE_CONTRADICTS_REGISTRY`)
 * @returns its group
 */
export function groupOfCode(code: string): CheckGroup {
  if (code.startsWith("REF_")) return "references";
  if (code.startsWith("DATE_") || code.startsWith("PERIOD_")) return "dates";
  if (code.startsWith("UNIT_") || code.startsWith("PROVINCE_")) return "units";
  return "figures";
}

const KIND_GROUPS: Partial<Record<ClaimKind, CheckGroup>> = {
  citation: "references",
  date: "dates",
  coverage: "units",
  "unit-count": "units",
  merger: "units",
};

/** The group of a claim's kind. */
const groupOfKind = (kind: ClaimKind): CheckGroup => KIND_GROUPS[kind] ?? "figures";

const worst = (findings: readonly Finding[]): Claim["status"] => {
  if (findings.some((f) => f.severity === "error")) return "error";
  if (findings.some((f) => f.severity === "warning")) return "warning";
  return findings.length > 0 ? "info" : "consistent";
};

/**
 * The result with the groups turned off taken out: their findings, and the claims of their
 * kinds; the counts made again. Findings stay the same objects (claims and the result share them).
 *
 * @param result - the audit
 * @param origins - for each finding of the result, where it stands in the file
 * @param off - the groups turned off
 * @returns the result and origins to show
 */
export function withChecks(
  result: AuditResult,
  origins: readonly (Origin | null)[],
  off: ReadonlySet<CheckGroup>,
): { result: AuditResult; origins: (Origin | null)[] } {
  if (off.size === 0) return { result, origins: [...origins] };
  const kept = (f: Finding) => !off.has(groupOfCode(f.code));
  const claims = result.claims
    .filter((c) => !off.has(groupOfKind(c.kind)))
    .map((c) => {
      const findings = c.findings.filter(kept);
      return findings.length === c.findings.length
        ? c
        : { ...c, findings, status: worst(findings) };
    });
  const keep = result.findings.map(kept);
  const findings = result.findings.filter((_, i) => keep[i]);
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  return {
    result: {
      ...result,
      claims,
      findings,
      stats: {
        ...result.stats,
        claims: claims.length,
        consistent: claims.filter((c) => c.status === "consistent").length,
        errors: count("error"),
        warnings: count("warning"),
        infos: count("info"),
      },
    },
    origins: origins.filter((_, i) => keep[i]),
  };
}
