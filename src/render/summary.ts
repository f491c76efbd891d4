import type { AuditStats } from "../audit/audit-text.js";
import type { Claim } from "../audit/claim.js";
import type { Finding, Message, Severity } from "../findings/finding.js";
import { badge, type PlaceOf } from "./detail.js";
import { bilingual, escapeHtml } from "./escape.js";
import { shorten } from "./format.js";
import { STATUS_LABELS, UI } from "./labels.js";

// The top of the page: counts by severity, every finding linked to its place, findings by section.

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** The count cards. */
export function countCards(stats: AuditStats): string {
  const card = (cls: string, label: Message, icon: string, n: number) =>
    `<div class="count ${cls}" data-count="${cls}"><span class="icon" aria-hidden="true">${icon}</span><span class="n">${n}</span><span class="what">${bilingual(label)}</span></div>`;
  return `<div class="counts">${[
    card("s-error", UI.errors, STATUS_LABELS.error.icon, stats.errors),
    card("s-warning", UI.warnings, STATUS_LABELS.warning.icon, stats.warnings),
    card("s-info", UI.infos, STATUS_LABELS.info.icon, stats.infos),
    card("s-consistent", UI.consistent, STATUS_LABELS.consistent.icon, stats.consistent),
    card("total", UI.claimsChecked, "Σ", stats.claims),
  ].join("")}</div>`;
}

/** A finding with the claim it sits on (none for a finding of the result not on any claim). */
export interface PlacedFinding {
  readonly finding: Finding;
  readonly claim: Claim | undefined;
}

/** Every finding in text order, each a link to its claim's mark. */
export function findingList(placed: readonly PlacedFinding[], placeOf?: PlaceOf): string {
  if (placed.length === 0) return `<p class="none">${bilingual(UI.noFindings)}</p>`;
  const items = placed.map(({ finding, claim }) => {
    const span = finding.span ?? claim?.span;
    const where = span ? `<span class="loc">${span.line}:${span.column}</span>` : "";
    const excerpt = span ? `<q class="ex">${escapeHtml(shorten(span.excerpt, 90))}</q>` : "";
    const place = placeOf?.(finding);
    const origin = place ? `<span class="origin">${bilingual(place)}</span>` : "";
    const body = `${badge(finding.severity)}${where}<code>${escapeHtml(finding.code)}</code><span class="msg">${bilingual(finding.message)}</span>${excerpt}${origin}`;
    return claim
      ? `<li class="s-${finding.severity}"><a href="#m-${escapeHtml(claim.id)}" data-claim-id="${escapeHtml(claim.id)}">${body}</a></li>`
      : `<li class="s-${finding.severity}"><div class="unplaced">${body}</div></li>`;
  });
  return `<ol class="findings">${items.join("")}</ol>`;
}

interface SectionRow {
  readonly name: string | undefined;
  readonly claims: number;
  readonly counts: Record<Severity, number>;
  /** The first claim with a finding, else the first claim: where the row links to. */
  target: string;
  hasFinding: boolean;
}

function sectionRows(
  claims: readonly Claim[],
  sections: readonly (string | undefined)[],
): SectionRow[] {
  const rows = new Map<string, SectionRow & { claims: number }>();
  for (const [i, claim] of claims.entries()) {
    const section = sections[i];
    const key = section ?? "\u0000";
    let row = rows.get(key);
    if (!row) {
      row = {
        name: section,
        claims: 0,
        counts: { error: 0, warning: 0, info: 0 },
        target: claim.id,
        hasFinding: false,
      };
      rows.set(key, row);
    }
    row.claims += 1;
    for (const f of claim.findings) row.counts[f.severity] += 1;
    if (!row.hasFinding && claim.findings.length > 0) {
      row.target = claim.id;
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
  sections: readonly (string | undefined)[],
): string {
  const rows = sectionRows(claims, sections);
  if (rows.length === 0) return "";
  const most = Math.max(1, ...rows.map((r) => r.counts.error + r.counts.warning + r.counts.info));
  const body = rows
    .map((row) => {
      const name =
        row.name === undefined
          ? `<span class="opening">${bilingual(UI.opening)}</span>`
          : escapeHtml(shorten(row.name, 60));
      const title = row.name === undefined ? "" : ` title="${escapeHtml(row.name)}"`;
      const bars = SEVERITIES.filter((s) => row.counts[s] > 0)
        .map(
          (s) =>
            `<span class="seg s-${s}" style="width:${((100 * row.counts[s]) / most).toFixed(2)}%"></span>`,
        )
        .join("");
      const numbers = SEVERITIES.map(
        (s) =>
          `<span class="tally s-${s}"><span class="icon" aria-hidden="true">${STATUS_LABELS[s].icon}</span>${row.counts[s]}</span>`,
      ).join("");
      return `<li><a href="#m-${escapeHtml(row.target)}" data-claim-id="${escapeHtml(row.target)}"${title}><span class="sec">${name}</span><span class="bar" aria-hidden="true">${bars}</span><span class="tallies">${numbers}<span class="of">/ ${row.claims} ${bilingual(UI.claimsShort)}</span></span></a></li>`;
    })
    .join("");
  return `<ol class="chart">${body}</ol>`;
}
