import type { AuditStats } from "../audit/audit-text.js";
import type { Message } from "../findings/finding.js";
import { bilingual } from "./escape.js";
import { relativeHref } from "./href.js";
import { type Html, html, joinHtml } from "./html.js";
import { STATUS_LABELS, UI } from "./labels.js";
import { LANG_SCRIPT } from "./script.js";
import { documentHtml, langToggle, pageLanguage } from "./shell.js";
import { BASE_CSS } from "./style.js";
import { type Counts, countCards, mostOf, segments } from "./summary.js";

/** One report page listed by {@link renderIndex}. */
export interface IndexPage {
  /** The audited file's name, as shown. */
  readonly file: string;
  /**
   * The path of its page relative to the index, as on disk ("bao-cao 1.html",
   * "reports/xã #2.html"): the link is built from it, each part percent-encoded, and is always
   * a relative link (no link when the path is not a relative file path).
   */
  readonly href: string;
  /** The audit's counts. */
  readonly stats: AuditStats;
  /** The report's date (ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`), when known. */
  readonly reportDate?: string;
  /**
   * Why the report could not be read, when it could not: its row gives this reason instead of a
   * link and counts (its `stats` are not added to the totals).
   */
  readonly error?: string;
}

/** Options of {@link renderIndex}. */
export interface RenderIndexOptions {
  /** The language shown first (default `vi`). */
  readonly lang?: "vi" | "en";
  /** The page's title (default "Danh sách báo cáo đã kiểm tra" / "Audited reports"). */
  readonly title?: string;
}

/**
 * The index page's own style, every rule under `main.index`: the browser app shows the index
 * under the same style sheet as the report pages.
 */
export const INDEX_OWN_CSS = `
main.index{max-width:1440px;margin:0 auto;padding:20px 32px;display:grid;grid-template-columns:minmax(0,1fr);gap:16px}
main.index .counts{display:grid;grid-template-columns:repeat(5,minmax(0,1fr));gap:12px}
main.index .count{background:var(--card);border:1px solid var(--line);border-left-width:6px;border-radius:10px;padding:12px 16px;display:flex;gap:10px;align-items:center}
main.index .count .icon{width:24px;height:24px;font-size:14px}main.index .count .n{font-size:24px;font-weight:700}main.index .count .what{color:var(--muted);font-size:13px}
main.index .count.s-error{border-left-color:var(--err)}main.index .count.s-warning{border-left-color:var(--warn);border-left-style:dashed}
main.index .count.s-info{border-left-color:var(--info);border-left-style:dotted}main.index .count.s-consistent{border-left-color:var(--ok)}
main.index .count.total{border-left-color:var(--ink)}main.index .count.total .icon{background:var(--ink);border-radius:50%}
main.index table.reports{width:100%;border-collapse:collapse;font-size:14px}
main.index table.reports th,main.index table.reports td{padding:8px 10px;border-bottom:1px solid var(--soft);text-align:left}
main.index table.reports thead th{color:var(--muted);font-weight:600;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
main.index table.reports td.n,main.index table.reports th.n{text-align:right;font-variant-numeric:tabular-nums}
main.index table.reports tfoot td{font-weight:700;border-top:2px solid var(--line)}
main.index table.reports a{font-weight:600;color:var(--info)}
main.index td.err-n.has{color:var(--err);font-weight:700}
main.index tr.unread td{color:var(--err)}
main.index .bar{display:flex;height:10px;width:160px;background:var(--soft);border-radius:3px;overflow:hidden}
main.index .seg{display:block;height:100%}main.index .seg.s-error{background:var(--err)}
main.index .seg.s-warning{background:repeating-linear-gradient(135deg,var(--warn) 0 3px,#f79009 3px 6px)}
main.index .seg.s-info{background:radial-gradient(circle,#fff 1.1px,transparent 1.4px) 0 0/5px 5px,var(--info)}
/* On a phone the table keeps its columns and scrolls sideways inside its card. */
main.index .table-scroll{overflow-x:auto}
main.index .count{min-width:0}main.index .count .what{overflow-wrap:anywhere}
@media (max-width:900px){main.index .counts{grid-template-columns:repeat(2,minmax(0,1fr))}}
@media (max-width:600px){main.index{padding:12px 10px;gap:10px}main.index .counts{gap:8px}main.index .count{padding:8px 10px}
main.index table.reports{font-size:13px;min-width:600px}main.index table.reports th,main.index table.reports td{padding:6px}main.index .bar{width:80px}}
`;

const INDEX_CSS = `${BASE_CSS}${INDEX_OWN_CSS}`;

/** A count for arithmetic: a finite number, else 0 (a stored result may hold anything). */
const countOf = (n: unknown): number => (typeof n === "number" && Number.isFinite(n) ? n : 0);

const sum = (pages: readonly IndexPage[], key: keyof AuditStats): number =>
  pages.reduce((n, p) => n + (p.error === undefined ? countOf(p.stats?.[key]) : 0), 0);

function countsOf(stats: AuditStats | undefined): Counts {
  return {
    error: countOf(stats?.errors),
    warning: countOf(stats?.warnings),
    info: countOf(stats?.infos),
  };
}

/**
 * Renders an index page for many audited reports: totals, then one row per report (its date and
 * counts, a bar of its findings) linking to its own page made by {@link renderHtml}. Self-contained
 * like the report pages, in both languages, under the same content security policy. Each link is
 * built from the page's relative path by an allow-list (every part percent-encoded), so a name
 * can never become a `javascript:` or `data:` address or another host; a path that is not a
 * relative file path gets no link. Every value of a row is escaped, whatever its type.
 *
 * @param pages - the report pages, in the order to list them
 * @param options - the language shown first and a title
 * @returns the HTML document
 * @example
 * ```ts
 * import { auditText, renderIndex } from "baocao";
 *
 * const { stats } = auditText("Xã đã giải quyết 120/150 đơn (đạt 85%).");
 * const html = renderIndex([{ file: "xa.txt", href: "xa.html", stats }], { lang: "en" });
 * html.includes('<a href="xa.html">xa.txt</a>'); // true
 *
 * // A path is linked part by part, percent-encoded: "#" and spaces lead to the file so named.
 * const index = renderIndex([{ file: "xã #2.txt", href: "quý 3/xã #2.html", stats }]);
 * index.includes('<a href="qu%C3%BD%203/x%C3%A3%20%232.html">'); // true
 * ```
 */
export function renderIndex(pages: readonly IndexPage[], options: RenderIndexOptions = {}): string {
  const { lang, title, body } = indexPage(pages, options);
  return documentHtml({ lang, title, css: INDEX_CSS, body, script: LANG_SCRIPT });
}

/**
 * The body of an index page with its language and title: what {@link renderIndex} wraps in a
 * document, and what the browser app (src/app) shows for a batch of files.
 *
 * @param pages - the report pages, in the order to list them
 * @param options - the language shown first and a title
 * @returns the language, the title and the body's markup
 */
export function indexPage(
  pages: readonly IndexPage[],
  options: RenderIndexOptions = {},
): { readonly lang: "vi" | "en"; readonly title: Message; readonly body: Html } {
  const lang = pageLanguage(options.lang);
  const title = options.title === undefined ? UI.index : { vi: options.title, en: options.title };
  const list = Array.isArray(pages) ? pages : [];
  const totals: AuditStats = {
    claims: sum(list, "claims"),
    consistent: sum(list, "consistent"),
    errors: sum(list, "errors"),
    warnings: sum(list, "warnings"),
    infos: sum(list, "infos"),
    characters: sum(list, "characters"),
  };
  const counts = list.map((p) => countsOf(p.stats));
  const most = mostOf(counts);
  const icon = (s: keyof typeof STATUS_LABELS) =>
    html`<span class="s-${s}"><span class="icon" aria-hidden="true">${STATUS_LABELS[s].icon}</span></span>`;
  const rows = list.map((p, i) => {
    if (p.error !== undefined)
      return html`<tr class="unread"><td>${p.file}</td>
<td colspan="7">${bilingual(UI.notRead)}: ${p.error}</td></tr>`;
    const stats: Partial<AuditStats> = p.stats ?? {};
    const href = relativeHref(p.href);
    const name = href === undefined ? html`${p.file}` : html`<a href="${href}">${p.file}</a>`;
    const errorsClass = countOf(stats.errors) > 0 ? "n err-n has" : "n err-n";
    return html`<tr><td>${name}</td>
<td class="num">${p.reportDate}</td>
<td class="${errorsClass}">${stats.errors}</td><td class="n">${stats.warnings}</td><td class="n">${stats.infos}</td>
<td class="n">${stats.consistent}</td><td class="n">${stats.claims}</td><td><span class="bar" aria-hidden="true">${segments(counts[i] as Counts, most)}</span></td></tr>`;
  });
  const head = (label: { vi: string; en: string }, cls = "") =>
    cls
      ? html`<th scope="col" class="${cls}">${bilingual(label)}</th>`
      : html`<th scope="col">${bilingual(label)}</th>`;
  const body = html`<header class="top"><div class="top-in"><div><div class="brand">${bilingual(UI.brand)}</div>
<h1>${bilingual(title)} (${list.length})</h1></div>${langToggle(lang)}</div></header>
<main class="index">
${countCards(totals)}
<section class="card"><div class="table-scroll"><table class="reports"><thead><tr>${head(UI.report)}${head(UI.reportDate)}
<th scope="col" class="n">${icon("error")} ${bilingual(UI.errors)}</th><th scope="col" class="n">${icon("warning")} ${bilingual(UI.warnings)}</th>
<th scope="col" class="n">${icon("info")} ${bilingual(UI.infos)}</th><th scope="col" class="n">${icon("consistent")} ${bilingual(UI.consistent)}</th>
${head(UI.claimsChecked, "n")}${head(UI.chart)}</tr></thead>
<tbody>${joinHtml(rows, "\n")}</tbody>
<tfoot><tr><td>${bilingual(UI.total)}</td><td></td><td class="n">${totals.errors}</td><td class="n">${totals.warnings}</td><td class="n">${totals.infos}</td><td class="n">${totals.consistent}</td><td class="n">${totals.claims}</td><td></td></tr></tfoot></table></div></section>
</main>`;
  return { lang, title, body };
}
