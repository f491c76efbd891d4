import { lowerBound } from "../core/search.js";
import type { VietnameseDate } from "../dates/shapes.js";
import type { Finding } from "../findings/finding.js";
import type { FoundDocumentRef } from "../references/scan.js";
import type { AuditContext } from "./context.js";
import type { ClaimDraft } from "./draft.js";

/**
 * Turns document citations into claims: one per dated citation (its date was checked against
 * the registry, the report date and the other citations of the same document) and one per
 * citation with a deviation. Findings from the references module are placed on the caller's
 * text.
 *
 * @param ctx - the audit context
 * @param refs - the citations found in the prepared text
 * @param findings - findings about them (deviations and date checks), spans in the prepared text
 * @returns one draft per citation worth showing
 */
export function citationDrafts(
  ctx: AuditContext,
  refs: readonly FoundDocumentRef[],
  findings: readonly Finding[],
): ClaimDraft[] {
  const byStart = new Map<number, Finding[]>();
  // Citations in text order: a finding's owner is found by search, not by a scan per finding.
  const sorted = [...refs].sort((a, b) => a.citation.start - b.citation.start);
  for (const f of findings) {
    const at = f.span?.start;
    const candidate =
      at === undefined
        ? undefined
        : sorted[lowerBound(sorted, at + 1, (r) => r.citation.start) - 1];
    const owner =
      candidate && at !== undefined && at < candidate.citation.end ? candidate : undefined;
    const key = owner?.start ?? at ?? 0;
    const list = byStart.get(key);
    if (list) list.push(f);
    else byStart.set(key, [f]);
  }
  return refs
    .filter((r) => r.date || byStart.has(r.start))
    .map((r) => {
      const own = (byStart.get(r.start) ?? []).map((f) => relocate(ctx, f));
      const date = r.date ? dateText(r.date.date) : undefined;
      return {
        kind: "citation",
        start: r.start,
        end: r.date ? Math.max(r.end, r.date.end) : r.end,
        figures: [],
        findings: own,
        explanation: {
          vi: `Trích dẫn ${r.canonical}${date ? `, ngày ${date}` : ""}`,
          en: `Citation ${r.canonical}${date ? `, dated ${date}` : ""}`,
        },
      };
    });
}

/**
 * Places a finding whose span is in the prepared text onto the caller's original text.
 *
 * @param ctx - the audit context
 * @param finding - a finding from a module scanned over the prepared text
 * @returns the finding with its span remapped
 */
export function relocate(ctx: AuditContext, finding: Finding): Finding {
  return finding.span
    ? { ...finding, span: ctx.span(finding.span.start, finding.span.end) }
    : finding;
}

function dateText(d: VietnameseDate): string {
  return d.day !== undefined
    ? `${d.day}/${d.month}/${d.year}`
    : d.month !== undefined
      ? `${d.month}/${d.year}`
      : `${d.year}`;
}
