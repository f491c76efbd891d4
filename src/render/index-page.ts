import type { AuditStats } from "../audit/audit-text.js";
import { bilingual } from "./escape.js";
import { relativeHref } from "./href.js";
import { html, joinHtml } from "./html.js";
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

const INDEX_CSS = `${BASE_CSS}
main{max-width:1440px;margin:0 auto;padding:20px 32px;display:grid;grid-template-columns:minmax(0,1fr);gap:16px}
.counts{display:grid;grid-template-columns:repeat(5,minmax(0,1fr));gap:12px}
.count{background:var(--card);border:1px solid var(--line);border-left-width:6px;border-radius:10px;padding:12px 16px;display:flex;gap:10px;align-items:center}
.count .icon{width:24px;height:24px;font-size:14px}.count .n{font-size:24px;font-weight:700}.count .what{color:var(--muted);font-size:13px}
.count.s-error{border-left-color:var(--err)}.count.s-warning{border-left-color:var(--warn);border-left-style:dashed}
.count.s-info{border-left-color:var(--info);border-left-style:dotted}.count.s-consistent{border-left-color:var(--ok)}
.count.total{border-left-color:var(--ink)}.count.total .icon{background:var(--ink);border-radius:50%}
table.reports{width:100%;border-collapse:collapse;font-size:14px}
table.reports th,table.reports td{padding:8px 10px;border-bottom:1px solid var(--soft);text-align:left}
table.reports thead th{color:var(--muted);font-weight:600;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
table.reports td.n,table.reports th.n{text-align:right;font-variant-numeric:tabular-nums}
table.reports tfoot td{font-weight:700;border-top:2px solid var(--line)}
table.reports a{font-weight:600;color:var(--info)}
td.err-n.has{color:var(--err);font-weight:700}
tr.unread td{color:var(--err)}
.bar{display:flex;height:10px;width:160px;background:var(--soft);border-radius:3px;overflow:hidden}
.seg{display:block;height:100%}.seg.s-error{background:var(--err)}
.seg.s-warning{background:repeating-linear-gradient(135deg,var(--warn) 0 3px,#f79009 3px 6px)}
.seg.s-info{background:radial-gradient(circle,#fff 1.1px,transparent 1.4px) 0 0/5px 5px,var(--info)}
/* On a phone the table keeps its columns and scrolls sideways inside its card. */
.table-scroll{overflow-x:auto}
.count{min-width:0}.count .what{overflow-wrap:anywhere}
@media (max-width:900px){.counts{grid-template-columns:repeat(2,minmax(0,1fr))}}
@media (max-width:600px){main{padding:12px 10px;gap:10px}.counts{gap:8px}.count{padding:8px 10px}
table.reports{font-size:13px;min-width:600px}table.reports th,table.reports td{padding:6px}.bar{width:80px}}
`;

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
<main>
${countCards(totals)}
<section class="card"><div class="table-scroll"><table class="reports"><thead><tr>${head(UI.report)}${head(UI.reportDate)}
<th scope="col" class="n">${icon("error")} ${bilingual(UI.errors)}</th><th scope="col" class="n">${icon("warning")} ${bilingual(UI.warnings)}</th>
<th scope="col" class="n">${icon("info")} ${bilingual(UI.infos)}</th><th scope="col" class="n">${icon("consistent")} ${bilingual(UI.consistent)}</th>
${head(UI.claimsChecked, "n")}${head(UI.chart)}</tr></thead>
<tbody>${joinHtml(rows, "\n")}</tbody>
<tfoot><tr><td>${bilingual(UI.total)}</td><td></td><td class="n">${totals.errors}</td><td class="n">${totals.warnings}</td><td class="n">${totals.infos}</td><td class="n">${totals.consistent}</td><td class="n">${totals.claims}</td><td></td></tr></tfoot></table></div></section>
</main>`;
  return documentHtml({ lang, title, css: INDEX_CSS, body, script: LANG_SCRIPT });
}
