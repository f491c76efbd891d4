import type { Claim } from "../audit/claim.js";
import type { Finding, Message } from "../findings/finding.js";
import { bilingual, bilingualHtml, escapeHtml } from "./escape.js";
import { dataValue, exactValue, shorten } from "./format.js";
import { KIND_LABELS, ROLE_LABELS, STATUS_LABELS, UI } from "./labels.js";

// The recomputation of one claim, as the panel shows it and as the printed appendix lists it.

/** The data of a finding worth showing, each with its label; the rest is internal detail. */
const DATA_LABELS: Readonly<Record<string, Message>> = {
  candidateBases: UI.candidateBases,
  nearestParts: { vi: "Các tử số nguyên gần nhất", en: "Nearest whole parts" },
  inferredBase: { vi: "Mẫu số suy ra", en: "Inferred base" },
  wrongBase: { vi: "Mẫu số đã dùng sai", en: "Wrong base used" },
};

const EXCERPT_MAX = 600;

/** A badge: icon and word of a status. */
export function badge(status: Claim["status"]): string {
  const label = STATUS_LABELS[status];
  return `<span class="badge s-${status}"><span class="icon" aria-hidden="true">${label.icon}</span> ${bilingual(label)}</span>`;
}

/** Both languages of an exact value. */
function exact(value: string): string {
  const shown = exactValue(value);
  return shown.vi === shown.en ? escapeHtml(shown.vi) : bilingual(shown);
}

function keyValues(title: Message, record: Readonly<Record<string, string>>, exactly: boolean) {
  const entries = Object.entries(record);
  if (entries.length === 0) return "";
  const rows = entries
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${exactly ? exact(v) : escapeHtml(v)}</dd>`)
    .join("");
  return `<div class="kv"><h5>${bilingual(title)}</h5><dl>${rows}</dl></div>`;
}

function dataEntries(finding: Finding): string {
  const data = finding.data ?? {};
  const parts: string[] = [];
  for (const [key, label] of Object.entries(DATA_LABELS)) {
    const raw = data[key];
    const values = (Array.isArray(raw) ? raw : [raw]).map(dataValue).filter((v) => v !== undefined);
    if (values.length === 0) continue;
    const shown = values.map((v) => `<span class="num">${exact(v)}</span>`).join(", ");
    parts.push(`<p class="data data-${escapeHtml(key)}"><b>${bilingual(label)}:</b> ${shown}</p>`);
  }
  const source = dataValue(data.source);
  // Shown as text, never as a link: the page makes no request, even on a click.
  if (source !== undefined) {
    parts.push(
      `<p class="data source"><b>${bilingual(UI.source)}:</b> <span class="url">${escapeHtml(source)}</span></p>`,
    );
  }
  return parts.join("");
}

/** Where a finding stands in the original document (a Word paragraph and cell, a PDF page). */
export type PlaceOf = (finding: Finding) => Message | undefined;

/** One finding of a claim: severity, code, message, where it stands, the numbers behind it. */
export function findingItem(finding: Finding, placeOf?: PlaceOf): string {
  const place = placeOf?.(finding);
  const origin = place ? ` <span class="origin">${bilingual(place)}</span>` : "";
  return `<li class="finding-detail s-${finding.severity}" data-code="${escapeHtml(finding.code)}">
<div class="finding-head">${badge(finding.severity)} <code>${escapeHtml(finding.code)}</code>${origin}</div>
<p class="message">${bilingual(finding.message)}</p>
${dataEntries(finding)}${keyValues(UI.inputs, finding.inputs, false)}${keyValues(UI.computed, finding.computed, true)}
</li>`;
}

function figuresTable(claim: Claim): string {
  if (claim.figures.length === 0) return "";
  const rows = claim.figures
    .map((f) => {
      const role = ROLE_LABELS[f.role] ?? { vi: f.role, en: f.role };
      return `<tr><th scope="row">${bilingual(role)}</th><td class="num">${escapeHtml(f.text)}</td><td class="num">${exact(f.value)}</td><td class="num">${f.span.line}:${f.span.column}</td></tr>`;
    })
    .join("");
  return `<h4>${bilingual(UI.figures)}</h4>
<table class="figures"><thead><tr><th scope="col">${bilingual(UI.role)}</th><th scope="col">${bilingual(UI.asWritten)}</th><th scope="col">${bilingual(UI.exact)}</th><th scope="col">${bilingual(UI.place)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * The recomputation of a claim: what it is, where, the text it covers, what was recomputed, its
 * figures (as written and exact) and its findings.
 *
 * @param claim - the claim
 * @param excerpt - the text the claim covers, from the text given to the page
 * @param figureIds - ids of the figure spans in the page, to light them up when selected
 * @param pageId - the claim's id in the page (its own id, unless unusable as one)
 * @param section - the section it stands in (the claim's own, else the heading above it)
 * @param placeOf - where each finding stands in the original document, when known
 * @returns an HTML section (hidden until selected; listed in print)
 */
export function claimDetail(
  claim: Claim,
  excerpt: string,
  figureIds: readonly string[],
  pageId: string,
  section: string | undefined,
  placeOf?: PlaceOf,
): string {
  const id = escapeHtml(pageId);
  const where = bilingualHtml(
    `Dòng ${claim.span.line}, cột ${claim.span.column}`,
    `Line ${claim.span.line}, column ${claim.span.column}`,
  );
  const sectionHtml =
    section === undefined ? "" : ` · <span class="section-name">${escapeHtml(section)}</span>`;
  const findings =
    claim.findings.length === 0
      ? `<p class="none">${bilingual(UI.noFindingsOfClaim)}</p>`
      : `<ul class="finding-details">${claim.findings.map((f) => findingItem(f, placeOf)).join("")}</ul>`;
  return `<section class="detail s-${claim.status}" id="d-${id}" data-claim-id="${id}" data-status="${claim.status}" data-figs="${escapeHtml(figureIds.join(" "))}">
<header class="detail-head">${badge(claim.status)} <span class="kind">${bilingual(KIND_LABELS[claim.kind] ?? { vi: claim.kind, en: claim.kind })}</span> <a class="claim-ref" href="#m-${id}">${id}</a></header>
<p class="where">${where}${sectionHtml}</p>
<blockquote class="excerpt">${escapeHtml(shorten(excerpt, EXCERPT_MAX))}</blockquote>
<h4>${bilingual(UI.explanation)}</h4>
<p class="explanation">${bilingual(claim.explanation)}</p>
${figuresTable(claim)}
<h4>${bilingual(UI.findingsOfClaim)}</h4>
${findings}
</section>`;
}
