import { type Claim, type ClaimStatus, statusOf } from "../audit/claim.js";
import type { Finding, Message, Severity } from "../findings/finding.js";
import { bilingual } from "./escape.js";
import { dataValue, exactValue, shorten, shownValue } from "./format.js";
import { type Html, html, textOf } from "./html.js";
import {
  FIELD_LABELS,
  KIND_LABELS,
  ROLE_LABELS,
  STATUS_LABELS,
  UI,
  VALUE_LABELS,
} from "./labels.js";

// The recomputation of one claim, as the panel shows it and as the printed appendix lists it.

/** The data of a finding worth showing, each with its label; the rest is internal detail. */
const DATA_LABELS: Readonly<Record<string, Message>> = {
  candidateBases: UI.candidateBases,
  nearestParts: { vi: "Các tử số nguyên gần nhất", en: "Nearest whole parts" },
  inferredBase: { vi: "Mẫu số suy ra", en: "Inferred base" },
  wrongBase: { vi: "Mẫu số đã dùng sai", en: "Wrong base used" },
};

/** Inputs whose value is a word of the library's own (a qualifier, a direction, yes or no). */
const WORD_VALUED = new Set(["qualifier", "direction", "exhaustive"]);

const EXCERPT_MAX = 600;

/** A label of a table by key, own keys only (a stored result's "constructor" is no label). */
const labelOf = <T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined =>
  typeof key === "string" && Object.hasOwn(table, key) ? table[key] : undefined;

/** A finding's severity, or a note when a stored or hand-built result holds something else. */
export const severityOf = (severity: unknown): Severity =>
  severity === "error" || severity === "warning" ? severity : "info";

/** A claim's status, or the one its findings give when the result holds something else. */
export const claimStatus = (claim: Claim): ClaimStatus =>
  labelOf(STATUS_LABELS, claim.status) === undefined
    ? statusOf(Array.isArray(claim.findings) ? claim.findings : [])
    : claim.status;

/** What a claim kind or figure role is called, or the value itself when the page has no name. */
const nameOf = (table: Readonly<Record<string, Message>>, key: unknown): Message =>
  labelOf(table, key) ?? { vi: textOf(key), en: textOf(key) };

/** A badge: icon and word of a status. */
export function badge(status: ClaimStatus): Html {
  const label = STATUS_LABELS[status];
  return html`<span class="badge s-${status}"><span class="icon" aria-hidden="true">${label.icon}</span> ${bilingual(label)}</span>`;
}

/** Both languages of an exact value. */
function exact(value: unknown): Html {
  const shown = exactValue(value);
  return shown.vi === shown.en ? html`${shown.vi}` : bilingual(shown);
}

/** A value for people: rounded when long (the full value in the title), dates and words in each language. */
function shown(key: string, value: unknown): Html {
  const word = WORD_VALUED.has(key) ? labelOf(VALUE_LABELS, value) : undefined;
  if (word) return bilingual(word);
  if (key === "nearest") return nearestParts(value);
  const { text, full } = shownValue(value);
  const inner = text.vi === text.en ? html`${text.vi}` : bilingual(text);
  return full === undefined ? inner : html`<span class="approx" title="${full}">${inner}</span>`;
}

/** "23:82.14 24:85.71" (whole parts and the shares they give) as "23 → 82,14%; 24 → 85,71%". */
function nearestParts(value: unknown): Html {
  const pairs = [...textOf(value).matchAll(/(\d+):(\d+(?:\.\d+)?)/g)];
  if (pairs.length === 0) return html`${textOf(value)}`;
  const each = (lang: "vi" | "en") =>
    pairs.map(([, part, share]) => `${exactValue(part)[lang]} → ${exactValue(share)[lang]}%`);
  return bilingual({ vi: each("vi").join("; "), en: each("en").join("; ") });
}

/** The entries of a record of a finding (none when a stored result holds something else). */
const entriesOf = (record: unknown): [string, unknown][] =>
  typeof record === "object" && record !== null ? Object.entries(record) : [];

/** A name of an input or computed value: its label in both languages, or the key as code. */
function fieldName(key: string): Html {
  const label = labelOf(FIELD_LABELS, key);
  return label ? bilingual(label) : html`<code>${key}</code>`;
}

/** How a figure reads for comparison: without '%' and spaces. */
const bare = (text: unknown): string => textOf(text).replace(/[%\s]/g, "");

function keyValues(title: Message, entries: readonly [string, unknown][]): Html | "" {
  if (entries.length === 0) return "";
  const rows = entries.map(([k, v]) => html`<dt>${fieldName(k)}</dt><dd>${shown(k, v)}</dd>`);
  return html`<div class="kv"><h5>${bilingual(title)}</h5><dl>${rows}</dl></div>`;
}

/**
 * The inputs a finding was computed from, but those the claim's table of figures or its excerpt
 * already shows (the same figure as written or as a value, the words themselves): said once.
 */
function inputsNotShown(
  finding: Finding,
  figures: readonly unknown[],
  excerpt: string,
): [string, unknown][] {
  const known = new Set<string>([bare(excerpt)]);
  for (const figure of figures) {
    if (typeof figure !== "object" || figure === null) continue;
    const f = figure as { text?: unknown; value?: unknown };
    known.add(bare(f.text));
    known.add(bare(f.value));
  }
  return entriesOf(finding.inputs).filter(([, v]) => !known.has(bare(v)));
}

function dataEntries(finding: Finding): Html[] {
  const data: Readonly<Record<string, unknown>> =
    typeof finding.data === "object" && finding.data !== null ? finding.data : {};
  const parts: Html[] = [];
  for (const [key, label] of Object.entries(DATA_LABELS)) {
    const raw = data[key];
    const values = (Array.isArray(raw) ? raw : [raw]).map(dataValue).filter((v) => v !== undefined);
    if (values.length === 0) continue;
    const list = values.map(
      (v, i) => html`${i > 0 ? ", " : ""}<span class="num">${exact(v)}</span>`,
    );
    parts.push(html`<p class="data data-${key}"><b>${bilingual(label)}:</b> ${list}</p>`);
  }
  const source = dataValue(data.source);
  // Shown as text, never as a link: the page makes no request, even on a click.
  if (source !== undefined) {
    parts.push(
      html`<p class="data source"><b>${bilingual(UI.source)}:</b> <span class="url">${source}</span></p>`,
    );
  }
  return parts;
}

/** Where a finding stands in the original document (a Word paragraph and cell, a PDF page). */
export type PlaceOf = (finding: Finding) => Message | undefined;

/** What the page knows of each finding beyond the finding itself. */
export interface FindingContext {
  /** Where it stands in the original document, when known. */
  readonly placeOf?: PlaceOf | undefined;
  /** Its fingerprint, the key of the acceptance file. */
  readonly fingerprintOf: (finding: Finding) => string;
  /** The fingerprints of the acceptance file given to the page. */
  readonly accepted: ReadonlySet<string>;
}

/**
 * The button that accepts a finding (or takes the acceptance back). Shown only when the page's
 * script runs; its words follow its state (`aria-pressed`). None without a fingerprint (the page
 * does not know its file's name).
 */
export function acceptButton(fingerprint: string, accepted: boolean): Html {
  if (fingerprint === "") return html``;
  return html`<button type="button" class="accept" data-accept="${fingerprint}" aria-pressed="${accepted}"><span class="a-off">${bilingual(UI.accept)}</span><span class="a-on">${bilingual(UI.accepted)}</span></button>`;
}

/** One finding of a claim: severity, code, message, where it stands, the numbers behind it. */
export function findingItem(
  finding: Finding,
  context: FindingContext,
  shown: { readonly figures: readonly unknown[]; readonly excerpt: string },
): Html {
  const severity = severityOf(finding.severity);
  const place = context.placeOf?.(finding);
  const origin = place ? html` <span class="origin">${bilingual(place)}</span>` : "";
  const fingerprint = context.fingerprintOf(finding);
  return html`<li class="finding-detail s-${severity}" data-code="${finding.code}" data-fp="${fingerprint}">
<div class="finding-head">${badge(severity)} <code>${finding.code}</code>${origin}${acceptButton(fingerprint, context.accepted.has(fingerprint))}</div>
<p class="message">${bilingual(finding.message)}</p>
${dataEntries(finding)}${keyValues(UI.inputs, inputsNotShown(finding, shown.figures, shown.excerpt))}${keyValues(UI.computed, entriesOf(finding.computed))}
</li>`;
}

function figuresTable(claim: Claim): Html | "" {
  if (!Array.isArray(claim.figures) || claim.figures.length === 0) return "";
  const rows = claim.figures.map(
    (f) =>
      html`<tr><th scope="row">${bilingual(nameOf(ROLE_LABELS, f.role))}</th><td class="num">${f.text}</td><td class="num">${exact(f.value)}</td><td class="num">${f.span?.line}:${f.span?.column}</td></tr>`,
  );
  return html`<h4>${bilingual(UI.figures)}</h4>
<table class="figures"><thead><tr><th scope="col">${bilingual(UI.role)}</th><th scope="col">${bilingual(UI.asWritten)}</th><th scope="col">${bilingual(UI.exact)}</th><th scope="col">${bilingual(UI.place)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** Text as compared: white space collapsed. */
const squeezed = (text: unknown): string => textOf(text).replace(/\s+/g, " ").trim();

/**
 * The claim's explanation, unless a finding's message says the same (a date or unit check
 * explains itself in its finding): the panel says each thing once.
 */
function explanationOf(claim: Claim, findings: readonly Finding[]): Html | "" {
  const said = squeezed(claim.explanation?.vi);
  const saidEn = squeezed(claim.explanation?.en);
  if (said === "" && saidEn === "") return "";
  const repeated = findings.some(
    (f) => squeezed(f.message?.vi) === said || squeezed(f.message?.en) === saidEn,
  );
  if (repeated) return "";
  return html`<h4>${bilingual(UI.explanation)}</h4>
<p class="explanation">${bilingual(claim.explanation)}</p>`;
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
 * @param context - where each finding stands, and its fingerprint
 * @returns an HTML section (hidden until selected; listed in print)
 */
export function claimDetail(
  claim: Claim,
  excerpt: string,
  figureIds: readonly string[],
  pageId: string,
  section: string | undefined,
  context: FindingContext,
): Html {
  const status = claimStatus(claim);
  const { line, column } = claim.span ?? {};
  const where = bilingual({
    vi: `Dòng ${textOf(line)}, cột ${textOf(column)}`,
    en: `Line ${textOf(line)}, column ${textOf(column)}`,
  });
  const sectionHtml =
    section === undefined ? "" : html` · <span class="section-name">${section}</span>`;
  const findings = Array.isArray(claim.findings) ? claim.findings : [];
  const figures = Array.isArray(claim.figures) ? claim.figures : [];
  const findingsHtml =
    findings.length === 0
      ? html`<p class="none">${bilingual(UI.noFindingsOfClaim)}</p>`
      : html`<ul class="finding-details">${findings.map((f) => findingItem(f, context, { figures, excerpt }))}</ul>`;
  return html`<section class="detail s-${status}" id="d-${pageId}" data-claim-id="${pageId}" data-status="${status}" data-figs="${figureIds.join(" ")}">
<header class="detail-head">${badge(status)} <span class="kind">${bilingual(nameOf(KIND_LABELS, claim.kind))}</span></header>
<p class="where">${where}${sectionHtml}</p>
<blockquote class="excerpt">${shorten(excerpt, EXCERPT_MAX)}</blockquote>
${explanationOf(claim, findings)}
${figuresTable(claim)}
<h4>${bilingual(UI.findingsOfClaim)}</h4>
${findingsHtml}
</section>`;
}
