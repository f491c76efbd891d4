// Per-function entry points: the date-fns index loads every function (0.1 s of start-up).
import { isAfter } from "date-fns/isAfter";
import { append } from "../core/arrays.js";
import { dayText, firstDayOf, type ReportDateInput, reportDay } from "../dates/report-day.js";
import type { VietnameseDate } from "../dates/shapes.js";
import { createFinding, type Finding } from "../findings/finding.js";
import { DATED_DOCUMENTS, type DatedEntry, entryTerm, lookupEntry } from "./known-documents.js";
// CENTRAL_DOCUMENTS for the docs only: the default is the same registry without its titles,
// which no check reads (a program that audits text then carries none).
import type { CENTRAL_DOCUMENTS, DocumentRegistry } from "./registry.js";
import type { FoundDocumentRef } from "./scan.js";
import { REFERENCE_SEVERITIES } from "./severities.js";

/** Options of {@link checkDocumentRefs}. */
export interface CheckOptions {
  /** Known documents (default {@link CENTRAL_DOCUMENTS}); spread both to extend the default. */
  readonly registry?: DocumentRegistry;
  /** The report's own date: a cited document dated after it is an error. */
  readonly reportDate?: ReportDateInput;
}

const show = (d: VietnameseDate): string =>
  d.day !== undefined
    ? `${d.day}/${d.month}/${d.year}`
    : d.month !== undefined
      ? `${d.month}/${d.year}`
      : `${d.year}`;

// A cited date agrees with a known ISO day when it names that day, or the month/year holding it.
const agrees = (cited: VietnameseDate, knownIso: string): boolean => knownIso.startsWith(cited.iso);

function datesDiffer(
  refs: readonly FoundDocumentRef[],
  registry: readonly DatedEntry[],
): Finding[] {
  const findings: Finding[] = [];
  const firstByKey = new Map<string, FoundDocumentRef>();
  for (const found of refs) {
    const date = found.ref.date;
    if (date === undefined) continue;
    const key = `${found.canonical}|${found.ref.term ?? ""}`;
    const first = firstByKey.get(key);
    if (first === undefined) {
      firstByKey.set(key, found);
      continue;
    }
    const earlier = first.ref.date as VietnameseDate;
    if (earlier.iso === date.iso || agrees(earlier, date.iso) || agrees(date, earlier.iso))
      continue;
    const a = lookupEntry(registry, first.ref);
    const b = lookupEntry(registry, found.ref);
    // Two known documents that share a number (35-CT/TW of 2014 and of 2019): nothing to say.
    if (a.status === "match" && b.status === "match" && a.entry !== b.entry) continue;
    const yearInSymbol = found.ref.family === "normative" || found.ref.family === "court";
    const sameYear = earlier.year === date.year;
    findings.push(
      createFinding({
        code: "REF_DATES_DIFFER",
        severity: sameYear || yearInSymbol ? "warning" : "info",
        message: {
          vi: `${found.canonical} được ghi ngày ${show(date)}, trước đó ghi ngày ${show(earlier)}.`,
          en: `${found.canonical} is dated ${show(date)} here and ${show(earlier)} earlier.`,
        },
        inputs: {
          reference: found.raw,
          date: found.date?.text ?? date.iso,
          earlierDate: first.date?.text ?? earlier.iso,
        },
        span: found.span,
        data: {
          earlierSpan: first.span,
          ...(sameYear || yearInSymbol
            ? {}
            : { note: "different years: possibly two documents with the same number" }),
        },
      }),
    );
  }
  return findings;
}

function againstRegistry(found: FoundDocumentRef, registry: readonly DatedEntry[]): Finding[] {
  const { ref } = found;
  if (ref.date === undefined && ref.term === undefined) return [];
  const lookup = lookupEntry(registry, ref);
  if (lookup.status !== "match") return [];
  const { entry } = lookup;
  const findings: Finding[] = [];
  if (ref.date !== undefined && !agrees(ref.date, entry.date)) {
    const disputed = entry.confidence === "two-sources-disagree";
    findings.push(
      createFinding({
        code: "REF_DATE_CONTRADICTS_REGISTRY",
        severity: disputed ? "warning" : REFERENCE_SEVERITIES.REF_DATE_CONTRADICTS_REGISTRY,
        message: {
          vi: `${entry.kind} ${entry.ref} ban hành ngày ${entry.date}, không phải ${show(ref.date)}.`,
          en: `${entry.kind} ${entry.ref} is dated ${entry.date}, not ${show(ref.date)}.`,
        },
        inputs: { reference: found.raw, date: found.date?.text ?? ref.date.iso },
        computed: { knownDate: entry.date },
        span: found.span,
        data: {
          source: entry.source,
          confidence: entry.confidence,
          ...(entry.note ? { note: entry.note } : {}),
        },
      }),
    );
  }
  const known = entryTerm(entry);
  if (ref.term !== undefined && known !== undefined && known !== ref.term) {
    findings.push(
      createFinding({
        code: "REF_TERM_CONTRADICTS_REGISTRY",
        severity: REFERENCE_SEVERITIES.REF_TERM_CONTRADICTS_REGISTRY,
        message: {
          vi: `${entry.ref} do ${entry.issuer} ban hành, không phải khóa ${ref.term}.`,
          en: `${entry.ref} was issued by ${entry.issuer}, not term ${ref.term}.`,
        },
        inputs: { reference: found.raw, term: found.term?.text ?? ref.term },
        computed: { knownTerm: known },
        span: found.span,
        data: { source: entry.source },
      }),
    );
  }
  return findings;
}

/**
 * Checks the references a text cites: returns every deviation found while scanning, plus what
 * only the whole text or outside knowledge shows: the same document cited with two dates
 * (`REF_DATES_DIFFER`), a date or Party term that contradicts the registry of known documents
 * (`REF_DATE_CONTRADICTS_REGISTRY`, `REF_TERM_CONTRADICTS_REGISTRY`; unknown documents and
 * ambiguous citations stay silent), and a document dated after the report
 * (`REF_DATED_AFTER_REPORT`).
 *
 * @param refs - the references {@link findDocumentRefs} found in one text
 * @param options - `registry` (default {@link CENTRAL_DOCUMENTS}) and `reportDate`
 * @returns the findings, in text order
 * @throws BaocaoError `DATE_INVALID` or `DATE_UNKNOWN_SHAPE` for a `reportDate` that is not a date
 * @example
 * ```ts
 * import { checkDocumentRefs, findDocumentRefs } from "baocao";
 *
 * const refs = findDocumentRefs("Thực hiện Kết luận số 114-KL/TW ngày 14/8/2015 và Kế hoạch số 09-KH/HU ngày 02/12/2021.");
 * checkDocumentRefs(refs, { reportDate: "2021-06-30" }).map((f) => f.code); // ["REF_DATE_CONTRADICTS_REGISTRY", "REF_DATED_AFTER_REPORT"]
 * ```
 */
export function checkDocumentRefs(
  refs: readonly FoundDocumentRef[],
  options: CheckOptions = {},
): readonly Finding[] {
  const registry: readonly DatedEntry[] = options.registry ?? DATED_DOCUMENTS;
  const report = reportDay(options.reportDate);
  const findings: Finding[] = refs.flatMap((r) => [...r.findings]);
  for (const found of refs) {
    findings.push(...againstRegistry(found, registry));
    const date = found.ref.date;
    if (report !== undefined && date !== undefined && isAfter(firstDayOf(date), report)) {
      findings.push(
        createFinding({
          code: "REF_DATED_AFTER_REPORT",
          severity: REFERENCE_SEVERITIES.REF_DATED_AFTER_REPORT,
          message: {
            vi: `${found.canonical} ghi ngày ${show(date)}, sau ngày của báo cáo.`,
            en: `${found.canonical} is dated ${show(date)}, after the report itself.`,
          },
          inputs: { reference: found.raw, date: found.date?.text ?? date.iso },
          computed: { reportDate: dayText(report) },
          span: found.span,
        }),
      );
    }
  }
  append(findings, datesDiffer(refs, registry));
  return findings.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}
