import * as z from "zod/mini";
import { type AuditResult, roundingPolicy, statsOf } from "../audit/audit-text.js";
import { type Claim, type ClaimFigure, statusOf } from "../audit/claim.js";
import { relationSchema } from "../audit/relation-schema.js";
import { evaluateRelation, figuresOf } from "../audit/relations.js";
import type { RoundingMode } from "../core/decimal.js";
import { BaocaoError, inputText } from "../core/errors.js";
import { err, ok, type Result, unwrap } from "../core/result.js";
import type { Span } from "../core/span.js";
import { checkSchema } from "../core/structured-input.js";
import { createFinding, withSpan } from "../findings/finding.js";
import {
  type IndicatorValue,
  type ReportData,
  referenceIssues,
  reportDataSchema,
} from "./schema.js";

const referencesShape = z.object({
  indicators: z.array(z.looseObject({ id: z.string() })),
  claims: z.array(z.looseObject({ relation: z.optional(relationSchema) })),
});

/** One problem of a structured report that does not match the schema. */
export interface ReportIssue {
  /** Where, as a JSON path ("claims.3.relation"). */
  readonly path: string;
  readonly message: string;
}

/** The error a structured report that does not match the schema gives: every issue with its path. */
export class ReportDataError extends BaocaoError<"REPORT_INVALID"> {
  /** Every problem found. */
  readonly issues: readonly ReportIssue[];

  /**
   * @param input - the input, as JSON text
   * @param issues - every problem with its path
   */
  constructor(input: string, issues: readonly ReportIssue[]) {
    super(
      "REPORT_INVALID",
      `The report data does not match the schema: ${issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("; ")}`,
      input,
    );
    this.name = "BaocaoError";
    this.issues = issues;
  }
}

/**
 * Validates a structured report (parsed JSON) against {@link reportDataSchema}, returning every
 * problem with its path rather than the first.
 *
 * @param input - parsed JSON
 * @returns the report, or a `ReportDataError` listing every issue
 * @example
 * ```ts
 * import { safeParseReportData } from "baocao";
 *
 * const result = safeParseReportData({ version: 1, metadata: {}, indicators: [{ id: "a" }], claims: [] });
 * result.ok; // false
 * ```
 */
export function safeParseReportData(input: unknown): Result<ReportData, ReportDataError> {
  const parsed = checkSchema(reportDataSchema, input);
  if (parsed.ok) return ok(parsed.value);
  const issues = parsed.issues.map((i) => ({
    path: i.path.map(String).join("."),
    message: i.message,
  }));
  // A refinement runs only on a valid shape: look for broken references on their own too.
  const refs = checkSchema(referencesShape, input);
  if (refs.ok) {
    const seen = new Set(issues.map((i) => `${i.path}\u0000${i.message}`));
    for (const issue of referenceIssues(refs.value)) {
      const path = issue.path.map(String).join(".");
      if (!seen.has(`${path}\u0000${issue.message}`)) issues.push({ path, message: issue.message });
    }
  }
  return err(new ReportDataError(inputText(input).slice(0, 2000), issues));
}

/**
 * Validates a structured report, throwing a `ReportDataError` with every issue.
 *
 * @param input - parsed JSON
 * @returns the report
 * @throws ReportDataError when it does not match the schema
 * @example
 * ```ts
 * import { parseReportData } from "baocao";
 *
 * parseReportData({ version: 1, metadata: {}, indicators: [], claims: [] }).claims.length; // 0
 * ```
 */
export function parseReportData(input: unknown): ReportData {
  return unwrap(safeParseReportData(input));
}

const NOWHERE: Span = { start: 0, end: 0, line: 1, column: 1, excerpt: "" };

/**
 * Audits a report given as data: validates it, recomputes every claim's relation with the same
 * code `auditText` uses, and returns the same result shape. Findings that depend on the text
 * (citations, dates, unit and indicator checks) are carried as the data gives them. Extracting a
 * text and auditing the data gives the text's findings.
 *
 * @param input - a structured report (parsed JSON)
 * @param options - the rounding officials are assumed to use, as for `auditText`
 * @returns claims, findings and counts
 * @throws ReportDataError when the data does not match the schema
 * @example
 * ```ts
 * import { auditReport } from "baocao";
 *
 * const result = auditReport({
 *   version: 1,
 *   metadata: { date: "2024-09-12" },
 *   indicators: [
 *     { id: "total", text: "610", value: "610", decimals: 0, percent: false, unit: "đơn" },
 *     { id: "district", text: "210", value: "210", decimals: 0, percent: false, unit: "đơn" },
 *     { id: "commune", text: "390", value: "390", decimals: 0, percent: false, unit: "đơn" },
 *   ],
 *   claims: [
 *     {
 *       id: "c1",
 *       kind: "breakdown",
 *       relation: {
 *         kind: "breakdown",
 *         root: {
 *           figure: "total",
 *           label: "toàn huyện",
 *           list: "all",
 *           children: [
 *             { figure: "district", label: "cấp huyện" },
 *             { figure: "commune", label: "cấp xã" },
 *           ],
 *         },
 *       },
 *     },
 *   ],
 * });
 * result.findings[0]?.code; // "TOTAL_SHORT"
 * ```
 */
export function auditReport(
  input: unknown,
  options: { readonly rounding?: RoundingMode } = {},
): AuditResult {
  const data = parseReportData(input);
  const rounding = roundingPolicy(options.rounding);
  const values = new Map(data.indicators.map((v) => [v.id, v]));
  const figure = (id: string, role: string): ClaimFigure =>
    toFigure(values.get(id) as IndicatorValue, role);
  const claims = data.claims.map((c): Claim => {
    const figures = c.relation ? figuresOf(c.relation).map(({ role, id }) => figure(id, role)) : [];
    const span = c.span ?? spanOf(figures);
    const outcome = c.relation
      ? evaluateRelation(c.relation, (id) => figure(id, ""), rounding)
      : { findings: [], explanation: { vi: "", en: "" } };
    const carried = (c.findings ?? []).map(createFinding);
    const findings = [...outcome.findings, ...carried].map((f) => (f.span ? f : withSpan(f, span)));
    const explanation = c.relation
      ? outcome.explanation
      : (carried[0]?.message ?? { vi: "", en: "" });
    return {
      id: c.id,
      kind: c.kind,
      span,
      section: c.section,
      figures,
      status: statusOf(findings),
      findings,
      explanation,
      ...(c.relation ? { relation: c.relation } : {}),
      ...(c.indicator ? { indicator: c.indicator } : {}),
    };
  });
  const findings = claims.flatMap((c) => c.findings);
  const date = data.metadata.date;
  return {
    reportDate: date ? isoDate(date) : undefined,
    references: [],
    claims,
    findings,
    stats: statsOf(claims, findings, 0),
  };
}

function toFigure(v: IndicatorValue, role: string): ClaimFigure {
  return {
    id: v.id,
    role,
    text: v.text,
    value: v.value,
    decimals: v.decimals,
    percent: v.percent,
    ...(v.unit ? { unit: v.unit } : {}),
    ...(v.qualifier ? { qualifier: v.qualifier } : {}),
    span: v.span ?? NOWHERE,
  };
}

function spanOf(figures: readonly ClaimFigure[]): Span {
  let first: ClaimFigure | undefined;
  let end = 0;
  // A loop, not Math.max(...ends): a table of 200 000 parts is more arguments than a call takes.
  for (const f of figures) {
    if (f.span === NOWHERE) continue;
    first ??= f;
    end = Math.max(end, f.span.end);
  }
  return first ? { ...first.span, end, excerpt: first.span.excerpt } : NOWHERE;
}

function isoDate(iso: string): AuditResult["reportDate"] {
  const [year, month, day] = iso.split("-").map(Number) as [number, number?, number?];
  if (day !== undefined) return { year, month: month as number, day, precision: "day", iso };
  if (month !== undefined) return { year, month, precision: "month", iso };
  return { year, precision: "year", iso };
}
