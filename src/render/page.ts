import type { AuditResult } from "../audit/audit-text.js";
import type { Claim } from "../audit/claim.js";
import { upperBound } from "../core/search.js";
import type { Acceptance } from "../findings/acceptance.js";
import type { Finding, Message } from "../findings/finding.js";
import { fingerprintFile } from "../findings/fingerprint.js";
import { fingerprintFinding } from "../findings/fingerprint-finding.js";
import { acceptedEntries, baseName } from "./accept.js";
import { claimDetail, claimStatus, type FindingContext, type PlaceOf } from "./detail.js";
import { bilingual } from "./escape.js";
import { dateText, listOf } from "./format.js";
import { type Html, html, joinHtml, markupOf, textOf, trustedHtml } from "./html.js";
import { STATUS_LABELS, UI } from "./labels.js";
import { type Block, layoutText, rangesOf } from "./layout.js";
import { type MarkItem, markText } from "./marks.js";
import { scopeText } from "./scope.js";
import { PAGE_SCRIPT } from "./script.js";
import { documentHtml, langToggle, pageLanguage } from "./shell.js";
import { PAGE_CSS } from "./style.js";
import {
  acceptBar,
  countCards,
  filterBar,
  findingList,
  type PlacedFinding,
  sectionChart,
} from "./summary.js";

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** The language shown first (default `vi`); both are in the page and a toggle switches. */
  readonly lang?: "vi" | "en";
  /** The page's title (default "Kết quả kiểm tra số liệu" / "Arithmetic audit"). */
  readonly title?: string;
  /** The file the text came from, shown in the header. */
  readonly file?: string;
  /**
   * For each finding of `result.findings`, in the same order, where it stands in the original
   * document, in words: "đoạn 12, bảng 1, hàng 3, cột 2" / "paragraph 12, table 1, row 3,
   * column 2" for a Word file, "trang 4" / "page 4" for a PDF (`null` where there is nothing to
   * add). Shown with the finding in the list and in its claim's panel. The CLI fills it for Word
   * and PDF files.
   */
  readonly places?: readonly (Message | null | undefined)[];
  /**
   * Accepting findings in the page. `file` names the report in fingerprints and in the
   * acceptance file: the path relative to the folder audited, or the file's name (default: the
   * name of `file` above, after its last `/` or `\\`). `accepted` is the acceptance file in use:
   * its findings show as accepted (hidden until the validator asks to see them), and the file
   * the page downloads keeps all its entries, other files' too. It is read by
   * `safeParseAcceptance`, as the CLI reads it: a file the CLI refuses counts as none. A page
   * with no file name has no "Accept" buttons (its entries would match no file).
   */
  readonly acceptance?: {
    readonly file?: string;
    readonly accepted?: Acceptance;
  };
}

const SAFE_ID = /^[A-Za-z0-9_.-]{1,64}$/;

/** Ids for the page: the claim's own when usable and unique, else one made from its place. */
function pageIds(claims: readonly Claim[]): string[] {
  const seen = new Set<string>();
  return claims.map((claim, i) => {
    const own = claim.id;
    const id = typeof own === "string" && SAFE_ID.test(own) && !seen.has(own) ? own : `k${i + 1}`;
    seen.add(id);
    return id;
  });
}

interface Clamped {
  readonly start: number;
  readonly end: number;
}

/** Offsets brought into the text: NaN reads as the start, a reversed span as an empty one. */
const clamp = (start: unknown, end: unknown, length: number): Clamped => {
  const inText = (n: unknown, fallback: number) =>
    typeof n === "number" && !Number.isNaN(n)
      ? Math.max(0, Math.min(Math.trunc(n), length))
      : fallback;
  const s = inText(start, 0);
  return { start: s, end: Math.max(s, inText(end, s)) };
};

/**
 * How many marks sit inside each mark (0 for the innermost, at most 3): an outer mark's underline
 * is drawn lower, so nested claims show as stacked lines under the text.
 */
function nestingLevels(spans: readonly Clamped[]): number[] {
  const levels = spans.map(() => 0);
  const order = spans
    .map((_, i) => i)
    .sort(
      (a, b) =>
        (spans[a] as Clamped).start - (spans[b] as Clamped).start ||
        (spans[b] as Clamped).end - (spans[a] as Clamped).end ||
        a - b,
    );
  const stack: number[] = [];
  const pop = () => {
    const child = stack.pop() as number;
    const parent = stack[stack.length - 1];
    if (parent !== undefined) {
      levels[parent] = Math.max(levels[parent] as number, (levels[child] as number) + 1);
    }
  };
  for (const i of order) {
    const span = spans[i] as Clamped;
    while (stack.length > 0 && (spans[stack[stack.length - 1] as number] as Clamped).end < span.end)
      pop();
    stack.push(i);
  }
  while (stack.length > 0) pop();
  return levels.map((l) => Math.min(l, 3));
}

function claimItem(claim: Claim, id: string, span: Clamped, level: number, rank: number): MarkItem {
  const status = claimStatus(claim);
  const first = markupOf(
    html`<mark class="claim s-${status}" data-claim-id="${id}" data-status="${status}" data-kind="${claim.kind}" data-level="${level}" id="m-${id}" tabindex="0" role="button" aria-controls="panel">`,
  );
  const cont = markupOf(
    html`<mark class="claim s-${status} cont" data-claim-id="${id}" data-status="${status}" data-kind="${claim.kind}" data-level="${level}">`,
  );
  return { ...span, rank, open: (isFirst) => (isFirst ? first : cont), close: "</mark>" };
}

/** The figure spans of all claims, each once, and which claim uses which. */
function figureItems(claims: readonly Claim[], length: number, firstRank: number) {
  const ids = new Map<string, string>();
  const items: MarkItem[] = [];
  const perClaim = claims.map((claim) =>
    (Array.isArray(claim.figures) ? claim.figures : []).map((figure) => {
      const span = clamp(figure.span?.start, figure.span?.end, length);
      const key = `${span.start}:${span.end}`;
      let id = ids.get(key);
      if (id === undefined) {
        id = `f${ids.size + 1}`;
        ids.set(key, id);
        const open = markupOf(html`<span class="fig" data-fig="${id}">`);
        items.push({ ...span, rank: firstRank + items.length, open: () => open, close: "</span>" });
      }
      return id;
    }),
  );
  return { items, perClaim };
}

const NUMERIC_CELL = /^[\s\d.,()%+\-–−]*\d[\s\d.,()%+\-–−]*$/u;

function blockHtml(
  block: Block,
  draw: (range: number) => string,
  text: string,
  next: () => number,
) {
  // The marks' drawing escapes the text itself (it cuts it at every mark's edge).
  const drawn = () => trustedHtml(draw(next()));
  if (block.type === "prose") {
    const parts = block.parts.map((part) =>
      part.heading ? html`<span class="heading">${drawn()}</span>` : drawn(),
    );
    return html`<div class="prose">${parts}</div>`;
  }
  const header = block.rows[0]?.every((c) => !NUMERIC_CELL.test(text.slice(c.from, c.to))) ?? false;
  const rows = block.rows.map((row, r) => {
    const cells = row.map((cell) => {
      const content = drawn();
      if (header && r === 0) return html`<th scope="col">${content}</th>`;
      return NUMERIC_CELL.test(text.slice(cell.from, cell.to))
        ? html`<td class="num">${content}</td>`
        : html`<td>${content}</td>`;
    });
    return html`<tr>${cells}</tr>`;
  });
  return html`<div class="table-wrap"><table>${rows}</table></div>`;
}

/**
 * The heading a place stands under, by the page's own reading of headings: for claims the
 * auditor placed in no section (unit and date checks read the text on their own).
 */
function headingFinder(text: string, blocks: readonly Block[]) {
  const headings = blocks.flatMap((b) =>
    b.type === "prose" ? b.parts.filter((p) => p.heading) : [],
  );
  return (at: number): string | undefined => {
    const heading = headings[upperBound(headings, at, (h) => h.from) - 1];
    return heading ? text.slice(heading.from, heading.to).trim() : undefined;
  };
}

/** A claim's own section name, as text. */
const sectionName = (section: unknown): string | undefined =>
  section === undefined || section === null ? undefined : textOf(section);

/** The report's text with every claim marked where it stands. */
function reportText(text: string, claims: readonly Claim[], ids: readonly string[]) {
  const blocks = layoutText(text);
  const ranges = rangesOf(blocks);
  const spans = claims.map((c) => clamp(c.span?.start, c.span?.end, text.length));
  const levels = nestingLevels(spans);
  const claimItems = claims.map((c, i) =>
    claimItem(c, ids[i] as string, spans[i] as Clamped, levels[i] as number, i),
  );
  const figures = figureItems(claims, text.length, claims.length);
  const marked = markText(text, ranges, [...claimItems, ...figures.items]);
  let index = 0;
  const next = () => index++;
  const drawn = joinHtml(blocks.map((b) => blockHtml(b, marked.range, text, next)));
  const headingBefore = headingFinder(text, blocks);
  const sections = claims.map(
    (c, i) => sectionName(c.section) ?? headingBefore((spans[i] as Clamped).start),
  );
  return { html: drawn, spans, sections, figuresOf: figures.perClaim };
}

/** The places given for `result.findings`, looked up by finding (claims share those objects). */
function placesOf(
  result: AuditResult,
  places: readonly (Message | null | undefined)[] | undefined,
): PlaceOf | undefined {
  if (!Array.isArray(places)) return undefined;
  const byFinding = new Map<Finding, Message>();
  result.findings.forEach((finding, i) => {
    const place = places[i];
    if (place && typeof place.vi === "string" && typeof place.en === "string") {
      byFinding.set(finding, place);
    }
  });
  return (finding) => byFinding.get(finding);
}

function placedFindings(result: AuditResult, ids: readonly string[]): PlacedFinding[] {
  const onClaims = new Set<Finding>();
  const placed: PlacedFinding[] = [];
  for (const [i, claim] of result.claims.entries()) {
    for (const finding of listOf(claim.findings)) {
      onClaims.add(finding);
      placed.push({ finding, claim, pageId: ids[i] });
    }
  }
  for (const finding of listOf(result.findings)) {
    if (!onClaims.has(finding)) placed.push({ finding, claim: undefined, pageId: undefined });
  }
  return placed;
}

function keysCard(): Html {
  const key = (keys: Html, what: { vi: string; en: string }) =>
    html`<li>${keys} ${bilingual(what)}</li>`;
  return html`<section class="keys" aria-labelledby="keys-h"><h3 id="keys-h">${bilingual(UI.keys)}</h3><ul>
${key(html`<kbd>n</kbd> <kbd>j</kbd>`, UI.keyNext)}
${key(html`<kbd>p</kbd> <kbd>k</kbd>`, UI.keyPrev)}
${key(html`<kbd>Tab</kbd> <kbd>Shift</kbd>+<kbd>Tab</kbd>`, UI.keyTab)}
${key(html`<kbd>Enter</kbd> <kbd>Space</kbd>`, UI.keyOpen)}
${key(html`<kbd>Esc</kbd>`, UI.keyClose)}
${key(html`<kbd>l</kbd>`, UI.keyLang)}
</ul></section>`;
}

function legendCard(): Html {
  const row = (status: keyof typeof STATUS_LABELS, shape: { vi: string; en: string }) =>
    html`<li><mark class="claim s-${status}" data-level="0">${bilingual(STATUS_LABELS[status])}</mark> ${bilingual(shape)}</li>`;
  return html`<section class="legend" aria-labelledby="legend-h"><h3 id="legend-h">${bilingual(UI.legend)}</h3><ul>
${row("error", UI.legendError)}${row("warning", UI.legendWarning)}${row("info", UI.legendInfo)}${row("consistent", UI.legendConsistent)}
<li><span class="fig lit">1.234</span> ${bilingual(UI.legendFigure)}</li></ul></section>`;
}

function header(
  result: AuditResult,
  text: string,
  title: { vi: string; en: string },
  options: RenderHtmlOptions,
  lang: "vi" | "en",
) {
  const scope = scopeText(text);
  const item = (label: { vi: string; en: string }, value: unknown, cls: string) =>
    html`<div class="${cls}"><dt>${bilingual(label)}</dt><dd>${value}</dd></div>`;
  const meta = [
    options.file === undefined ? "" : item(UI.file, options.file, "m-file"),
    item(
      UI.reportDate,
      result.reportDate ? bilingual(dateText(result.reportDate)) : bilingual(UI.unknownDate),
      "m-date",
    ),
    scope ? item(UI.scope, bilingual(scope), "m-scope") : "",
  ];
  return html`<header class="top"><div class="top-in"><div><div class="brand">${bilingual(UI.brand)}</div>
<h1>${bilingual(title)}</h1><dl class="meta">${meta}</dl></div>${langToggle(lang)}</div></header>`;
}

/**
 * Renders an audit as one self-contained HTML page for the people who check a report: a summary
 * (report date and unit, counts by severity, every finding linked to its place, a chart of
 * findings by section), then the report's own text with each recognised claim marked where it
 * stands (colour, underline style and icon tell consistent, note, warning and error apart).
 * Selecting a mark (click, or Tab and Enter) shows its recomputation: the explanation, the
 * figures as written and exact, the findings and the candidate denominators. Both languages are
 * in the page; a toggle switches. The page loads nothing from the network; every value of the
 * result, the text and the options is escaped, whatever its type (a stored or hand-built result
 * may hold anything); bidirectional and other invisible control characters are shown as
 * "⟨U+202E⟩", never obeyed; and the content security policy lets only the page's own script and
 * style run, by their SHA-256 hashes. A pure function: no file or network access.
 *
 * @param result - what {@link auditText} returned for `text`
 * @param text - the same text, as given to {@link auditText} (spans are offsets into it)
 * @param options - the language shown first, a title and the file name
 * @returns the HTML document
 * @example
 * ```ts
 * import { auditText, renderHtml } from "baocao";
 *
 * const text = "Xã đã giải quyết 120/150 đơn (đạt 85%).";
 * const html = renderHtml(auditText(text), text, { lang: "en", file: "xa.txt" });
 * html.startsWith("<!doctype html>"); // true
 * html.includes('data-claim-id="c1" data-status="error"'); // true
 * ```
 */
export function renderHtml(
  result: AuditResult,
  text: string,
  options: RenderHtmlOptions = {},
): string {
  const { lang, title, body } = reportPage(result, text, options);
  return documentHtml({ lang, title, css: PAGE_CSS, body, script: PAGE_SCRIPT });
}

/** The parts of a report page that {@link renderHtml} puts in its document. */
export interface ReportPage {
  readonly lang: "vi" | "en";
  readonly title: Message;
  /** The markup inside `<body>`: the same for the page on disk and the browser app's view. */
  readonly body: Html;
}

/**
 * The body of a report page with its language and title: what {@link renderHtml} wraps in a
 * document, and what the browser app (src/app) shows for each file under its own document, with
 * the same style ({@link PAGE_CSS}) and behaviour ({@link PAGE_SCRIPT}).
 *
 * @param result - what `auditText` returned for `text`
 * @param text - the same text
 * @param options - as for {@link renderHtml}
 * @returns the language, the title and the body's markup
 */
export function reportPage(
  result: AuditResult,
  text: string,
  options: RenderHtmlOptions = {},
): ReportPage {
  const source = typeof text === "string" ? text : "";
  const lang = pageLanguage(options.lang);
  const base =
    options.title === undefined ? UI.defaultTitle : { vi: options.title, en: options.title };
  const suffix = options.file === undefined ? "" : ` · ${options.file}`;
  const title = { vi: `${base.vi}${suffix}`, en: `${base.en}${suffix}` };
  const claims = listOf(result.claims);
  const shown = { ...result, claims, findings: listOf(result.findings) };
  const ids = pageIds(claims);
  const acceptance = options.acceptance;
  const acceptName = fingerprintFile(textOf(acceptance?.file ?? baseName(options.file)));
  const kept = acceptedEntries(acceptance?.accepted);
  const context: FindingContext = {
    placeOf: placesOf(shown, options.places),
    fingerprintOf: (finding) => (acceptName === "" ? "" : fingerprintFinding(finding, acceptName)),
    accepted: new Set(kept.map((e) => e.fingerprint)),
  };
  const marked = reportText(source, claims, ids);
  const details = claims.map((claim, i) => {
    const span = marked.spans[i] as Clamped;
    return claimDetail(
      claim,
      source.slice(span.start, span.end),
      marked.figuresOf[i] ?? [],
      ids[i] as string,
      marked.sections[i],
      context,
    );
  });
  const placed = placedFindings(shown, ids);
  const body = html`<a class="skip" href="#report">${bilingual({ vi: "Tới toàn văn báo cáo", en: "Skip to the report text" })}</a>
${header(shown, source, base, options, lang)}
<main>
<div class="summary">
${countCards(result.stats)}
<section class="card findings-card" aria-labelledby="findings-h"><h2 id="findings-h">${bilingual(UI.findings)} (${placed.length})</h2>
${placed.length > 0 ? filterBar(placed, lang) : ""}${findingList(placed, context)}${acceptBar(acceptName, kept)}</section>
<section class="card chart-card" aria-labelledby="chart-h"><h2 id="chart-h">${bilingual(UI.bySection)}</h2>${sectionChart(claims, ids, marked.sections)}</section>
</div>
<div class="workspace">
<article id="report" class="paper" aria-labelledby="report-h"><h2 id="report-h">${bilingual(UI.reportText)}</h2><div class="report-text">${marked.html}</div></article>
<aside id="panel" class="card panel" aria-labelledby="panel-h" aria-live="polite"><div class="panel-bar"><h2 id="panel-h">${bilingual(UI.panelTitle)}</h2><button type="button" id="panel-close">${bilingual(UI.close)}</button></div>
<div id="panel-empty" class="panel-empty"><p>${bilingual(UI.panelEmpty)}</p>${legendCard()}${keysCard()}</div><div id="panel-body"></div></aside>
</div>
<section id="details" hidden aria-label="${UI.detailsTitle[lang]}"><h2>${bilingual(UI.detailsTitle)}</h2>
<span id="also-label" hidden>${bilingual(UI.alsoHere)}</span>
${joinHtml(details, "\n")}
</section>
</main>`;
  return { lang, title, body };
}
