import { cspHash } from "../core/sha256.js";
import { bilingual } from "../render/escape.js";
import { html, markupOf, trustedHtml } from "../render/html.js";
import { INDEX_OWN_CSS } from "../render/index-page.js";
import { PAGE_SCRIPT } from "../render/script.js";
import { langToggle } from "../render/shell.js";
import { PAGE_CSS } from "../render/style.js";
import { CHECK_GROUPS, CHECK_LABELS } from "./checks.js";
import { APP } from "./labels.js";
import { APP_CSS } from "./style.js";

/** The scripts the app is built from (src/app/build.ts bundles them). */
export interface AppScripts {
  /** The page's own behaviour (src/app/main.ts). */
  readonly main: string;
  /** The worker (src/app/worker.ts). */
  readonly worker: string;
  /** mammoth, for Word files. */
  readonly mammoth: string;
  /** unpdf's PDF.js, for PDF files. */
  readonly unpdf: string;
}

/**
 * Script text as the content of an inert `<script type="text/plain">`: only `</script` could end
 * it early, and a bundle has it only inside a string or a regular expression, where `<\/script`
 * means the same.
 */
const inert = (code: string): string => code.replace(/<\/(script)/gi, "<\\/$1");

const ROUNDINGS = ["half-up", "half-even", "truncate", "floor", "ceiling"] as const;

/**
 * The app's content security policy: nothing may load (no request of any kind), only the page's
 * two scripts run (the audit page's script and the app's, by their hashes), its one style applies,
 * and workers may start only from blob: URLs the page made.
 *
 * @param css - the style
 * @param scripts - the scripts that run
 * @returns the policy
 */
export function appPolicy(css: string, scripts: readonly string[]): string {
  return [
    "default-src 'none'",
    `style-src ${cspHash(css)}`,
    `script-src ${scripts.map(cspHash).join(" ")}`,
    "worker-src blob:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * The app as one HTML document: the controls, the view the audit page's markup goes into, the
 * audit page's script and style, the app's script, and the worker's and packages' scripts as
 * inert text to start workers from.
 *
 * @param scripts - the bundled scripts
 * @returns the document
 */
export function appDocument(scripts: AppScripts): string {
  const css = `${PAGE_CSS}${INDEX_OWN_CSS}${APP_CSS}`;
  const main = inert(scripts.main);
  const page = PAGE_SCRIPT;
  const t = (key: keyof typeof APP) => bilingual(APP[key]);
  const checks = CHECK_GROUPS.map(
    (g) =>
      html`<label><input type="checkbox" data-check="${g}" checked> ${bilingual(CHECK_LABELS[g])}</label>`,
  );
  const roundings = ROUNDINGS.map((r) => html`<option value="${r}">${r}</option>`);
  const title = APP.title;
  const doc = html`<!doctype html>
<html lang="vi" data-lang="vi" data-title-vi="${title.vi}" data-title-en="${title.en}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${trustedHtml(appPolicy(css, [page, main]))}">
<meta name="generator" content="baocao">
<title>${title.vi}</title>
<style>${trustedHtml(css)}</style>
</head>
<body>
<header class="top app-top"><div class="top-in"><div><div class="brand">baocao</div><h1>${t("title")}</h1></div>${langToggle("vi")}</div></header>
<div class="app">
<section class="card intake" aria-labelledby="intake-h">
<h2 id="intake-h" class="sr-only">${t("title")}</h2>
<div id="drop" class="drop"><p>${t("lead")}</p>
<p><button type="button" id="choose" class="primary">${t("choose")}</button>
<input type="file" id="pick" multiple hidden accept=".docx,.doc,.pdf,.txt,.md,.text,text/plain,text/markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword"></p></div>
<details id="paste-box"><summary>${t("paste")}</summary>
<label for="paste" class="sr-only">${t("pasteLabel")}</label><textarea id="paste" rows="6"></textarea>
<p><button type="button" id="paste-go">${t("pasteGo")}</button></p></details>
<details id="options"><summary>${t("options")}</summary><div class="option-grid">
<label>${t("rounding")} <select id="o-rounding">${roundings}</select></label>
<label>${t("reportDate")} <input type="date" id="o-date"></label>
<fieldset><legend>${t("checks")}</legend>${checks}</fieldset></div></details>
<div class="review" role="group" aria-label="${APP.review.vi}"><b id="accepted-n">0</b> ${t("accepted")}
<button type="button" id="import-go">${t("importAccept")}</button><input type="file" id="import" hidden accept=".json,application/json">
<button type="button" id="export-accept">${t("exportAccept")}</button>
<button type="button" id="export-json">${t("exportJson")}</button>
<button type="button" id="export-html">${t("exportHtml")}</button>
<span id="review-status" role="status"></span></div>
<p class="status"><progress id="progress-bar" hidden></progress> <span id="progress" role="status" aria-live="polite"></span></p>
</section>
<nav id="files" class="files" hidden aria-label="${APP.files.vi}"><ul id="file-list"></ul></nav>
</div>
<div id="view"></div>
<script type="text/plain" id="app-worker">${trustedHtml(inert(scripts.worker))}</script>
<script type="text/plain" id="app-mammoth">${trustedHtml(inert(scripts.mammoth))}</script>
<script type="text/plain" id="app-unpdf">${trustedHtml(inert(scripts.unpdf))}</script>
<script>${trustedHtml(page)}</script>
<script>${trustedHtml(main)}</script>
</body>
</html>
`;
  return markupOf(doc);
}
