import type { AuditResult } from "../audit/audit-text.js";
import type { ClaimFigure } from "../audit/claim.js";
import { evaluateRelation } from "../audit/relations.js";
import type { Finding } from "../findings/finding.js";
import type { IndicatorValue, ReportClaim, ReportData } from "./schema.js";

/** Options of {@link extractReport}. */
export interface ExtractOptions {
  /** The file the text came from, kept in the metadata. */
  readonly source?: string;
}

/**
 * The structured form of what {@link auditText} recognised: every figure a claim uses (as an
 * indicator value with its span), every claim as a relation over them, and the findings that
 * depend on the text (citations, dates, unit and indicator checks) carried as found. Correct it
 * by hand and check it again with `auditReport`.
 *
 * @param result - the result of `auditText`
 * @param options - the source file's name
 * @returns the report as data (valid against `reportDataSchema`)
 * @example
 * ```ts
 * import { auditText, extractReport } from "baocao";
 *
 * const data = extractReport(auditText("Xã đã giải quyết 47/52 đơn (đạt 91,4%)."));
 * data.indicators.map((v) => v.text); // ["47", "52", "91,4%"]
 * data.claims[0]?.relation?.kind; // "percentage"
 * ```
 */
export function extractReport(result: AuditResult, options: ExtractOptions = {}): ReportData {
  const values = new Map<string, IndicatorValue>();
  const sections = new Set<string>();
  const claims = result.claims.map((claim): ReportClaim => {
    for (const f of claim.figures) if (!values.has(f.id)) values.set(f.id, indicatorValueOf(f));
    if (claim.section) sections.add(claim.section);
    const byId = new Map(claim.figures.map((f) => [f.id, f]));
    const own = claim.relation
      ? evaluateRelation(claim.relation, (id) => {
          const f = byId.get(id);
          if (!f) throw new TypeError(`No figure ${id}`);
          return f;
        }).findings
      : [];
    const carried = claim.findings.filter((f) => !own.some((o) => sameFinding(o, f)));
    return {
      id: claim.id,
      kind: claim.kind,
      ...(claim.relation ? { relation: claim.relation } : {}),
      ...(carried.length > 0 ? { findings: carried.map(plainFinding) } : {}),
      span: { ...claim.span },
      ...(claim.section ? { section: claim.section } : {}),
      ...(claim.indicator ? { indicator: claim.indicator } : {}),
    };
  });
  return {
    version: 1,
    metadata: {
      ...(result.reportDate ? { date: result.reportDate.iso } : {}),
      ...(options.source ? { source: options.source } : {}),
    },
    ...(sections.size > 0 ? { sections: [...sections] } : {}),
    indicators: [...values.values()].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0)),
    claims,
  };
}

function indicatorValueOf(f: ClaimFigure): IndicatorValue {
  return {
    id: f.id,
    text: f.text,
    value: f.value,
    decimals: f.decimals,
    percent: f.percent,
    ...(f.unit ? { unit: f.unit } : {}),
    ...(f.qualifier ? { qualifier: f.qualifier } : {}),
    span: { ...f.span },
  };
}

function sameFinding(a: Finding, b: Finding): boolean {
  return a.code === b.code && a.message.en === b.message.en;
}

function plainFinding(f: Finding): Finding {
  return JSON.parse(JSON.stringify(f)) as Finding;
}
