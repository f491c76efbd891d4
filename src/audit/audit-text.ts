import type { RoundingMode } from "../core/decimal.js";
import { scanDates } from "../dates/scan.js";
import type { VietnameseDate } from "../dates/shapes.js";
import type { Finding } from "../findings/finding.js";
import { withSpan } from "../findings/finding.js";
import { findNumbers } from "../quantities/scan.js";
import { type Claim, statusOf } from "./claim.js";
import { type AuditContext, createContext, keepFigures } from "./context.js";
import type { ClaimDraft } from "./draft.js";
import { prepareText } from "./prepare.js";
import { recogniseBreakdowns } from "./recognisers/breakdown.js";
import { recognisePercentages } from "./recognisers/percentage.js";
import { recogniseShares } from "./recognisers/share.js";
import { recogniseTables } from "./recognisers/table.js";
import { type Range, segment } from "./segment.js";

/** Options of {@link auditText}. */
export interface AuditOptions {
  /** Which rounding officials are assumed to use (default `half-up`). */
  readonly rounding?: RoundingMode;
  /** The report's date, when the text does not give it (ISO `YYYY-MM-DD`). */
  readonly reportDate?: string;
}

/** Counts over one audit. */
export interface AuditStats {
  /** Claims recognised and recomputed. */
  readonly claims: number;
  /** Claims that hold without remark. */
  readonly consistent: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Length of the text audited (UTF-16 code units). */
  readonly characters: number;
}

/** What {@link auditText} returns. */
export interface AuditResult {
  /** The report's own date, from its header or given in the options. */
  readonly reportDate: VietnameseDate | undefined;
  /** Every recognised claim in text order, consistent ones included. */
  readonly claims: readonly Claim[];
  /** Every finding in text order (each also sits on its claim). */
  readonly findings: readonly Finding[];
  readonly stats: AuditStats;
}

type Recogniser = (ctx: AuditContext) => readonly ClaimDraft[];

const RECOGNISERS: readonly Recogniser[] = [
  recognisePercentages,
  recogniseBreakdowns,
  recogniseTables,
  recogniseShares,
];

/**
 * Audits the arithmetic of a report's text: finds every claim it recognises (fractions with
 * percentages, shares, breakdowns, resolution figures, changes, tables, ranks, units, dates and
 * citations), recomputes each exactly, and returns the claims with their findings. A sentence the
 * auditor does not understand yields no finding.
 *
 * @param text - the report's text (UTF-8 string; NFC or NFD, CRLF, BOM and no-break spaces allowed)
 * @param options - rounding assumed and the report date when the text lacks one
 * @returns claims, findings and counts
 * @example
 * ```ts
 * import { auditText } from "baocao";
 *
 * const result = auditText("Xã đã giải quyết 120/150 đơn (đạt 85%).");
 * result.findings[0]?.code; // "PERCENT_INCONSISTENT"
 * result.findings[0]?.span?.excerpt; // "120/150 đơn (đạt 85%"
 * ```
 */
export function auditText(text: string, options: AuditOptions = {}): AuditResult {
  const prepared = prepareText(typeof text === "string" ? text : "");
  const segments = segment(prepared.text);
  const dates = scanDates(prepared.text);
  const taken: Range[] = [...dates.dates, ...dates.periods];
  const numbers = keepFigures(findNumbers(prepared.text), taken, prepared.text);
  const ctx = createContext({ prepared, segments, numbers, dates, reportDate: undefined });
  void options;
  const drafts = RECOGNISERS.flatMap((recognise) => {
    const found = recognise(ctx);
    for (const draft of found) for (const t of draft.tokens ?? []) ctx.used.add(t);
    return found;
  }).sort((a, b) => a.start - b.start || a.end - b.end);
  const claims = drafts.map((draft, i): Claim => {
    const span = ctx.span(draft.start, draft.end);
    const findings = draft.findings.map((f) => (f.span ? f : withSpan(f, span)));
    const sentence = ctx.sentenceAt(draft.start);
    const paragraph = sentence ? segments.paragraphs[sentence.paragraph] : undefined;
    const table = segments.tables.find((t) => t.start <= draft.start && draft.start < t.end);
    return {
      id: `c${i + 1}`,
      kind: draft.kind,
      span,
      section: paragraph?.section ?? table?.section,
      figures: draft.figures,
      status: statusOf(findings),
      findings,
      explanation: draft.explanation,
    };
  });
  const findings = claims.flatMap((c) => c.findings);
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return {
    reportDate: undefined,
    claims,
    findings,
    stats: {
      claims: claims.length,
      consistent: claims.filter((c) => c.status === "consistent").length,
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
      characters: text.length,
    },
  };
}
