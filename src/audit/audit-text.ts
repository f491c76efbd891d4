import type { RoundingOptions } from "../calculators/rounding.js";
import type { RoundingMode } from "../core/decimal.js";
import { BaocaoError } from "../core/errors.js";
import { upperBound } from "../core/search.js";
import { checkDates } from "../dates/check.js";
import { makeDate } from "../dates/grammar.js";
import { findReportDate } from "../dates/report-date.js";
import { scanDates } from "../dates/scan.js";
import type { VietnameseDate } from "../dates/shapes.js";
import type { Finding } from "../findings/finding.js";
import { withSpan } from "../findings/finding.js";
import { annotateClaim, withoutUnitDuplicates } from "../indicators/annotate.js";
import { type IndicatorCatalogue, resolveCatalogue } from "../indicators/catalogue.js";
import { checkIndexScores } from "../indicators/indices.js";
import { findNumbers } from "../quantities/scan.js";
import { checkDocumentRefs } from "../references/check.js";
import type { DocumentRegistry } from "../references/registry.js";
import { type FoundDocumentRef, scanDocumentRefs } from "../references/scan.js";
import { checkUnitClaims } from "../units/claims.js";
import { citationDrafts, relocate } from "./citations.js";
import { type Claim, type ClaimKind, statusOf } from "./claim.js";
import { type AuditContext, createContext, keepFigures } from "./context.js";
import type { ClaimDraft } from "./draft.js";
import { prepareText } from "./prepare.js";
import { RULES } from "./rules/index.js";
import { type Range, type Segments, segment } from "./segment.js";

/** Options of {@link auditText}. */
export interface AuditOptions {
  /** Which rounding officials are assumed to use (default `half-up`). */
  readonly rounding?: RoundingMode;
  /**
   * The report's date (ISO `YYYY-MM-DD`), used instead of the date in the report's header:
   * periods may not end after it, and citations may not be dated after it. An impossible or
   * malformed date throws `BaocaoError` (`DATE_INVALID`, `DATE_UNKNOWN_SHAPE`).
   */
  readonly reportDate?: string;
  /** Known documents to check citation dates against (default: the central documents). */
  readonly registry?: DocumentRegistry;
  /**
   * The indicators claims are labelled with (see docs/indicators.md): a catalogue from
   * `createCatalogue`, which validates a user's own indicators and adds them to the built-in
   * ones. An array is refused (`INDICATOR_INVALID`): give `createCatalogue(array)`. Default:
   * the built-in ones.
   */
  readonly indicators?: IndicatorCatalogue;
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
  /** Every document citation, in text order (offsets into the original text). */
  readonly references: readonly FoundDocumentRef[];
  /** Every recognised claim in text order, consistent ones included. */
  readonly claims: readonly Claim[];
  /** Every finding in text order (each also sits on its claim). */
  readonly findings: readonly Finding[];
  readonly stats: AuditStats;
}

/**
 * The engine: gives the whole text to the rules that read across lines, then walks the passages
 * once, in text order (each sentence of running text and each table), and hands each to the
 * rules in order of precedence.
 */
function runRules(ctx: AuditContext): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  const take = (draft: ClaimDraft) => {
    for (const t of draft.tokens ?? []) ctx.used.add(t);
    drafts.push(draft);
  };
  for (const rule of RULES) for (const draft of rule.runText?.(ctx) ?? []) take(draft);
  for (const { start, end } of passageRanges(ctx.segments)) {
    // A passage without a figure holds no claim, unless it opens a list ("… Cụ thể:"): it is not
    // lexed unless a rule looks back to it.
    if (ctx.numbersIn(start, end).length === 0 && !opensLines(ctx.text, end)) continue;
    const passage = ctx.passageAt(start);
    if (!passage) continue;
    for (const rule of RULES) {
      if (!rule.reads.includes(passage.kind)) continue;
      for (const draft of rule.run(ctx, passage)) take(draft);
    }
  }
  return drafts;
}

/** Whether the stretch ending at `end` ends with a colon, the mark of a list on the lines after it. */
function opensLines(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && /\s/.test(text[i] as string)) i--;
  return text[i] === ":";
}

/** The sentences and the tables, merged in text order. */
function* passageRanges(segments: Segments): Generator<{ start: number; end: number }> {
  const { sentences, tables } = segments;
  let t = 0;
  for (const sentence of sentences) {
    while (t < tables.length && (tables[t]?.start ?? 0) < sentence.start) {
      yield tables[t++] as { start: number; end: number };
    }
    yield sentence;
  }
  while (t < tables.length) yield tables[t++] as { start: number; end: number };
}

/**
 * Audits the arithmetic of a report's text: finds every claim it recognises (fractions with
 * percentages, shares, breakdowns, resolution figures, changes, tables, ranks, units, dates and
 * citations), recomputes each exactly, and returns the claims with their findings. A sentence the
 * auditor does not understand yields no finding.
 *
 * @param text - the report's text (UTF-8 string; NFC or NFD, CRLF, BOM and no-break spaces allowed)
 * @param options - rounding assumed, the report date, registry and indicators
 * @returns claims, findings and counts
 * @throws BaocaoError `DATE_INVALID` or `DATE_UNKNOWN_SHAPE` for a `reportDate` that is no
 *   real `YYYY-MM-DD` date; `INDICATOR_INVALID` for indicators given as an array
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
  const catalogue = resolveCatalogue(options.indicators);
  const original = typeof text === "string" ? text : "";
  // The engine's structures (the prepared text, figure tokens, sentences, drafts) are out of
  // reach once the claims are made, so they can be collected while the claims are labelled:
  // alive until the end, they were held together with the whole result.
  const found = findClaims(prepareText(original), options, catalogue);
  const { reportDate, references } = found;
  // Label each claim with its indicator and add the indicator-specific findings.
  const claims = found.claims.map((c) => annotateClaim(c, original, catalogue));
  const findings = claims.flatMap((c) => c.findings);
  return {
    reportDate,
    references,
    claims,
    findings,
    stats: statsOf(claims, findings, text.length),
  };
}

/** The claims of a prepared text, before their indicators, with the references and report date. */
function findClaims(
  prepared: ReturnType<typeof prepareText>,
  options: AuditOptions,
  catalogue: IndicatorCatalogue,
): Pick<AuditResult, "reportDate" | "references" | "claims"> {
  const segments = segment(prepared.text);
  const found = options.reportDate === undefined ? findReportDate(prepared.text) : undefined;
  const reportDate =
    options.reportDate === undefined ? ownDate(found) : givenDate(options.reportDate);
  const dates = scanDates(prepared.text, reportDate ? { reportDate } : {});
  const refScan = scanDocumentRefs(prepared.text);
  const taken: Range[] = [...dates.dates, ...dates.periods, ...refScan.refs, ...refScan.numberOnly];
  const numbers = keepFigures(findNumbers(prepared.text), taken, prepared.text);
  const ctx = createContext({
    prepared,
    segments,
    numbers,
    dates,
    reportDate,
    rounding: roundingPolicy(options.rounding),
  });
  const checkOptions = {
    ...(reportDate ? { reportDate } : {}),
    ...(options.registry ? { registry: options.registry } : {}),
  };
  const refFindings = checkDocumentRefs(refScan.refs, checkOptions);
  const unitFindings = checkUnitClaims(
    prepared.text,
    reportDate?.day ? { reportDate: reportDate.iso } : {},
  ).map((f) => relocate(ctx, f));
  // The dates are scanned once; a text with no date of its own is not searched for one again.
  const dateOptions = reportDate
    ? { reportDate, scan: dates }
    : found === undefined
      ? { reportDate: null, scan: dates }
      : {};
  const dateFindings = checkDates(prepared.text, dateOptions).map((f) => relocate(ctx, f));
  const indexFindings = withoutUnitDuplicates(
    checkIndexScores(prepared.text, { catalogue }).map((f) => relocate(ctx, f)),
    unitFindings,
  );
  const drafts = [
    ...runRules(ctx),
    ...citationDrafts(ctx, refScan.refs, refFindings),
    ...dateFindings.map((f) => findingDraft(ctx, f, "date")),
    ...unitFindings.map((f) => findingDraft(ctx, f, unitKind(f.code))),
    // An index's score or rank is a claim about the province's standing, shown with ranks.
    ...indexFindings.map((f) => findingDraft(ctx, f, "rank")),
  ]
    .map((draft) => ({ draft, span: draft.span ?? ctx.span(draft.start, draft.end) }))
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const claimsFound = drafts.map(({ draft, span }, i): Claim => {
    const findings = draft.findings.map((f) => (f.span ? f : withSpan(f, span)));
    const start = draft.start >= 0 ? draft.start : undefined;
    const sentence = start === undefined ? undefined : ctx.sentenceAt(start);
    const paragraph = sentence ? segments.paragraphs[sentence.paragraph] : undefined;
    const table = start === undefined ? undefined : tableAt(segments, start);
    return {
      id: `c${i + 1}`,
      kind: draft.kind,
      span,
      section: paragraph?.section ?? table?.section,
      figures: draft.figures,
      status: statusOf(findings),
      findings,
      explanation: draft.explanation,
      ...(draft.relation ? { relation: draft.relation } : {}),
    };
  });
  return {
    reportDate,
    references: refScan.refs.map((r) => ({ ...r, span: ctx.span(r.start, r.end) })),
    claims: claimsFound,
  };
}

/**
 * The table holding an offset, found by search over the tables in text order (a scan of every
 * table per claim was quadratic: 1 MB of small tables, 55,556 claims, took 30 s of CPU).
 */
function tableAt(segments: Segments, at: number): Segments["tables"][number] | undefined {
  const { tables } = segments;
  const table = tables[upperBound(tables, at, (t) => t.start) - 1];
  return table && at < table.end ? table : undefined;
}

/**
 * The counts of an audit: claims, consistent claims, findings by severity, characters.
 *
 * @internal
 * @param claims - the claims
 * @param findings - every finding
 * @param characters - the length of the text audited
 * @returns the stats
 */
export function statsOf(
  claims: readonly Claim[],
  findings: readonly Finding[],
  characters: number,
): AuditStats {
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  return {
    claims: claims.length,
    consistent: claims.filter((c) => c.status === "consistent").length,
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info"),
    characters,
  };
}

/** A finding of a module that checks text on its own (dates, units) as a claim of its own. */
function findingDraft(ctx: AuditContext, finding: Finding, kind: ClaimKind): ClaimDraft {
  const span = finding.span ?? ctx.span(0, 0);
  return {
    kind,
    start: -1,
    end: -1,
    span,
    figures: [],
    findings: [finding],
    explanation: finding.message,
  };
}

function unitKind(code: string): ClaimKind {
  if (code.includes("RANK") || code.includes("PROVINCE_COUNT")) return "rank";
  if (code.includes("COVERAGE")) return "coverage";
  if (code.includes("MERGER")) return "merger";
  return "unit-count";
}

/** The report date given in the options (ISO `YYYY-MM-DD`); anything else is refused. */
function givenDate(iso: string): VietnameseDate {
  const text = typeof iso === "string" ? iso : String(iso);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const decoded = m ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  if (decoded?.ok) return decoded.date;
  throw new BaocaoError(
    decoded ? "DATE_INVALID" : "DATE_UNKNOWN_SHAPE",
    decoded
      ? `The reportDate option "${text}" is not a day of the calendar.`
      : `The reportDate option must be a date written YYYY-MM-DD (got "${text}").`,
    text,
  );
}

/** The report's own date: from its header or an appendix caption, never from another report it mentions. */
function ownDate(token: ReturnType<typeof findReportDate>): VietnameseDate | undefined {
  return token && token.source !== "mention" ? token.date : undefined;
}

/**
 * The rounding policy for officials who round with `mode`: that mode is consistent, the other
 * usual ones (half up, truncation, half even) only excuse a figure with a warning.
 *
 * @param mode - the mode assumed, or undefined for the calculators' default
 * @returns the policy, or undefined
 */
export function roundingPolicy(mode: RoundingMode | undefined): RoundingOptions | undefined {
  if (mode === undefined) return undefined;
  const usual: RoundingMode[] = ["half-up", "truncate", "half-even"];
  return { consistent: [mode], lenient: usual.filter((m) => m !== mode) };
}
