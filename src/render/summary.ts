import type { AuditStats } from "../audit/audit-text.js";
import type { Claim } from "../audit/claim.js";
import type { Finding, Message, Severity } from "../findings/finding.js";
import { badge, type PlaceOf, severityOf } from "./detail.js";
import { bilingual } from "./escape.js";
import { shorten } from "./format.js";
import { type Html, html, joinHtml } from "./html.js";
import { STATUS_LABELS, UI } from "./labels.js";

// The top of the page: counts by severity, every finding linked to its place, findings by section.

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** The count cards. Each count is shown as the result holds it, escaped like any other value. */
export function countCards(stats: Partial<AuditStats> | undefined): Html {
  const card = (cls: string, label: Message, icon: string, n: unknown) =>
    html`<div class="count ${cls}" data-count="${cls}"><span class="icon" aria-hidden="true">${icon}</span><span class="n">${n}</span><span class="what">${bilingual(label)}</span></div>`;
  return html`<div class="counts">${[
    card("s-error", UI.errors, STATUS_LABELS.error.icon, stats?.errors),
    card("s-warning", UI.warnings, STATUS_LABELS.warning.icon, stats?.warnings),
    card("s-info", UI.infos, STATUS_LABELS.info.icon, stats?.infos),
    card("s-consistent", UI.consistent, STATUS_LABELS.consistent.icon, stats?.consistent),
    card("total", UI.claimsChecked, "Σ", stats?.claims),
  ]}</div>`;
}

/** Findings by severity, for a bar. */
export type Counts = Readonly<Record<Severity, number>>;

/** The largest total of a list of bars (at least 1): the full width. */
export const mostOf = (counts: readonly Counts[]): number =>
  Math.max(1, ...counts.map((c) => c.error + c.warning + c.info));

/**
 * The segments of a bar, each severity with its own colour and pattern. Widths are classes
 * (`w0`…`w100`, in percent) rather than style attributes, which the page's content security
 * policy refuses; a severity with any finding gets at least 1 %, so it shows.
 */
export function segments(counts: Counts, most: number): Html {
  return joinHtml(
    SEVERITIES.filter((s) => counts[s] > 0).map((s) => {
      const width = Math.min(100, Math.max(1, Math.round((100 * counts[s]) / most)));
      return html`<span class="seg s-${s} w${width}"></span>`;
    }),
  );
}

/** A finding with the claim it sits on (none for a finding of the result not on any claim). */
export interface PlacedFinding {
  readonly finding: Finding;
  readonly claim: Claim | undefined;
  /** The claim's id in the page (its own id when usable as one). */
  readonly pageId: string | undefined;
}

/** Every finding in text order, each a link to its claim's mark. */
export function findingList(placed: readonly PlacedFinding[], placeOf?: PlaceOf): Html {
  if (placed.length === 0) return html`<p class="none">${bilingual(UI.noFindings)}</p>`;
  const items = placed.map(({ finding, claim, pageId }) => {
    const severity = severityOf(finding.severity);
    const span = finding.span ?? claim?.span;
    const where = span ? html`<span class="loc">${span.line}:${span.column}</span>` : "";
    const excerpt = span ? html`<q class="ex">${shorten(span.excerpt, 90)}</q>` : "";
    const place = placeOf?.(finding);
    const origin = place ? html`<span class="origin">${bilingual(place)}</span>` : "";
    const body = html`${badge(severity)}${where}<code>${finding.code}</code><span class="msg">${bilingual(finding.message)}</span>${excerpt}${origin}`;
    return pageId === undefined
      ? html`<li class="s-${severity}"><div class="unplaced">${body}</div></li>`
      : html`<li class="s-${severity}"><a href="#m-${pageId}" data-claim-id="${pageId}">${body}</a></li>`;
  });
  return html`<ol class="findings">${items}</ol>`;
}

interface SectionRow {
  readonly name: string | undefined;
  claims: number;
  readonly counts: Record<Severity, number>;
  /** The first claim with a finding, else the first claim: where the row links to. */
  target: string;
  hasFinding: boolean;
}

function sectionRows(
  claims: readonly Claim[],
  ids: readonly string[],
  sections: readonly (string | undefined)[],
): SectionRow[] {
  const rows = new Map<string, SectionRow>();
  for (const [i, claim] of claims.entries()) {
    const section = sections[i];
    const id = ids[i] as string;
    const key = section ?? "\u0000";
    let row = rows.get(key);
    if (!row) {
      row = {
        name: section,
        claims: 0,
        counts: { error: 0, warning: 0, info: 0 },
        target: id,
        hasFinding: false,
      };
      rows.set(key, row);
    }
    row.claims += 1;
    for (const f of claim.findings) row.counts[severityOf(f.severity)] += 1;
    if (!row.hasFinding && claim.findings.length > 0) {
      row.target = id;
      row.hasFinding = true;
    }
  }
  return [...rows.values()];
}

/**
 * Findings by section as stacked CSS bars: each severity a segment with its own colour and
 * pattern, the numbers written beside it (the chart is readable without colour).
 */
export function sectionChart(
  claims: readonly Claim[],
  ids: readonly string[],
  sections: readonly (string | undefined)[],
): Html {
  const rows = sectionRows(claims, ids, sections);
  if (rows.length === 0) return html``;
  const most = mostOf(rows.map((r) => r.counts));
  const body = rows.map((row) => {
    const name =
      row.name === undefined
        ? html`<span class="opening">${bilingual(UI.opening)}</span>`
        : shorten(row.name, 60);
    const link =
      row.name === undefined
        ? html`<a href="#m-${row.target}" data-claim-id="${row.target}">`
        : html`<a href="#m-${row.target}" data-claim-id="${row.target}" title="${row.name}">`;
    const numbers = SEVERITIES.map(
      (s) =>
        html`<span class="tally s-${s}"><span class="icon" aria-hidden="true">${STATUS_LABELS[s].icon}</span>${row.counts[s]}</span>`,
    );
    return html`<li>${link}<span class="sec">${name}</span><span class="bar" aria-hidden="true">${segments(row.counts, most)}</span><span class="tallies">${numbers}<span class="of">/ ${row.claims} ${bilingual(UI.claimsShort)}</span></span></a></li>`;
  });
  return html`<ol class="chart">${body}</ol>`;
}
