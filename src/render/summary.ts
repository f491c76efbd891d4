import type { AuditStats } from "../audit/audit-text.js";
import type { Claim } from "../audit/claim.js";
import type { AcceptedFinding } from "../findings/acceptance.js";
import type { Finding, Message, Severity } from "../findings/finding.js";
import { acceptButton, badge, type FindingContext, severityOf } from "./detail.js";
import { bilingual } from "./escape.js";
import { shorten } from "./format.js";
import { type Html, html, joinHtml, textOf } from "./html.js";
import { STATUS_LABELS, UI } from "./labels.js";

// The top of the page: counts by severity, every finding linked to its place, findings by section.

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** One entry of an acceptance file. */
export type AcceptedEntry = AcceptedFinding;

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

/**
 * Every finding in text order, each a link to its claim's mark, with what the filters and the
 * acceptance file read: its severity, code, fingerprint and the words it points at.
 */
export function findingList(placed: readonly PlacedFinding[], context: FindingContext): Html {
  if (placed.length === 0) return html`<p class="none">${bilingual(UI.noFindings)}</p>`;
  const items = placed.map(({ finding, claim, pageId }) => {
    const severity = severityOf(finding.severity);
    const span = finding.span ?? claim?.span;
    const where = span ? html`<span class="loc">${span.line}:${span.column}</span>` : "";
    const excerpt = span ? html`<q class="ex">${shorten(span.excerpt, 90)}</q>` : "";
    const place = context.placeOf?.(finding);
    const origin = place ? html`<span class="origin">${bilingual(place)}</span>` : "";
    const fingerprint = context.fingerprintOf(finding);
    const body = html`<span class="head">${badge(severity)}${where}<code>${finding.code}</code></span><span class="msg">${bilingual(finding.message)}</span>${excerpt}${origin}`;
    const link =
      pageId === undefined
        ? html`<div class="unplaced">${body}</div>`
        : html`<a href="#m-${pageId}" data-claim-id="${pageId}">${body}</a>`;
    return html`<li class="s-${severity}" data-severity="${severity}" data-code="${finding.code}" data-fp="${fingerprint}" data-claim="${pageId ?? ""}" data-excerpt="${span?.excerpt ?? ""}">${link}${acceptButton(fingerprint, context.accepted.has(fingerprint))}</li>`;
  });
  return html`<ol class="findings">${items}</ol>`;
}

/** How many findings have each value of a key, in order of first appearance. */
function tally(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/**
 * The filters over the findings (severity, code) and the marks of the text (consistent claims,
 * accepted findings), and the count of what they let through. Hidden until the page's script
 * runs, since only the script makes them work.
 */
export function filterBar(placed: readonly PlacedFinding[], lang: "vi" | "en"): Html {
  const severities = tally(placed.map((p) => severityOf(p.finding.severity)));
  const codes = [...tally(placed.map((p) => textOf(p.finding.code)))].sort(
    (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
  );
  const check = (id: string, checked: boolean, label: Html) =>
    checked
      ? html`<label class="check"><input type="checkbox" id="${id}" checked> ${label}</label>`
      : html`<label class="check"><input type="checkbox" id="${id}"> ${label}</label>`;
  const bySeverity = SEVERITIES.map((s) =>
    check(
      `f-${s}`,
      true,
      html`<span class="s-${s}"><span class="icon" aria-hidden="true">${STATUS_LABELS[s].icon}</span></span> ${bilingual(STATUS_LABELS[s])} <span class="n">${severities.get(s) ?? 0}</span>`,
    ),
  );
  const options = codes.map(([code, n]) => html`<option value="${code}">${code} (${n})</option>`);
  const all = UI.allCodes;
  return html`<div id="filters" class="filters" role="group" aria-label="${UI.filters[lang]}" hidden>
<div class="f-row"><span class="f-name">${bilingual(UI.severity)}:</span>${bySeverity}</div>
<div class="f-row"><label class="f-code"><span>${bilingual(UI.code)}:</span> <select id="f-code"><option value="" data-vi="${all.vi}" data-en="${all.en}">${all[lang]}</option>${options}</select></label></div>
<div class="f-row">${check("f-consistent", false, bilingual(UI.hideConsistent))}${check("f-accepted", true, bilingual(UI.hideAccepted))}</div>
<p class="f-count" aria-live="polite">${bilingual(UI.showing)} <b data-shown>${placed.length}</b> ${bilingual(UI.of)} ${placed.length}</p>
</div>`;
}

/**
 * The acceptance bar: how many findings are accepted and the button that downloads the
 * acceptance file. The file and the entries of a given acceptance file that the page keeps
 * (other files' findings, or this file's that no longer occur) are in the markup, for the script,
 * with their notes and counts, so the file downloaded loses nothing of the file given. A page that
 * does not know its file's name has no bar: its entries would match nothing in the CLI.
 */
export function acceptBar(file: string, kept: readonly AcceptedEntry[]): Html {
  if (file === "") return html``;
  const entries = kept.map(
    (e) =>
      html`<li data-fp="${e.fingerprint}" data-code="${e.code}" data-file="${e.file}" data-excerpt="${e.excerpt ?? ""}" data-at="${e.acceptedAt ?? ""}" data-note="${e.note ?? ""}" data-count="${e.count ?? ""}"></li>`,
  );
  return html`<div id="accept-bar" class="accept-bar" data-file="${file}" hidden>
<p class="accept-help">${bilingual(UI.acceptHelp)}</p>
<p><b data-accepted-count>0</b> ${bilingual(UI.acceptedCount)} <button type="button" id="download">${bilingual(UI.download)}</button></p>
<ul id="accepted-kept" hidden>${entries}</ul>
</div>`;
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
