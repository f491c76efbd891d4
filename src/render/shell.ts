import { cspHash } from "../core/sha256.js";
import type { Message } from "../findings/finding.js";
import { bilingual } from "./escape.js";
import { type Html, html, markupOf, trustedHtml } from "./html.js";
import { UI } from "./labels.js";

/** The languages of the page. */
export type PageLanguage = "vi" | "en";

/** The language asked for, or Vietnamese (the language of the reports). */
export function pageLanguage(lang: unknown): PageLanguage {
  return lang === "en" ? "en" : "vi";
}

/** The language toggle. */
export function langToggle(lang: PageLanguage): Html {
  const button = (value: PageLanguage, label: string) =>
    html`<button type="button" data-set-lang="${value}" lang="${value}" aria-pressed="${lang === value}">${label}</button>`;
  return html`<div class="lang" role="group" aria-label="${`${UI.language.vi} / ${UI.language.en}`}">${button("vi", "Tiếng Việt")}${button("en", "English")}</div>`;
}

// The hashes of the few texts a page is built with (the style and script constants), kept once
// computed: a batch of pages hashes them once instead of once a page (about 1 ms each time).
const HASHES = new Map<string, string>();
const hashOf = (text: string): string => {
  let hash = HASHES.get(text);
  if (hash === undefined) {
    hash = cspHash(text);
    if (HASHES.size < 8) HASHES.set(text, hash);
  }
  return hash;
};

/**
 * The content security policy of a page: nothing may load, and only the page's own style and
 * script run, each allowed by the hash of its exact text. An element that a slip in escaping let
 * into the page (a `<script>`, an `onclick`, a `<style>`, a `<base>`, a form) is refused.
 */
export function contentSecurityPolicy(css: string, script: string): string {
  return [
    "default-src 'none'",
    `style-src ${hashOf(css)}`,
    `script-src ${hashOf(script)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * A whole HTML document: doctype, charset, inline style and script, the title in both languages
 * (the script swaps it with the language). Nothing refers outside the file, and the content
 * security policy forbids any load and any script or style but the page's own.
 */
export function documentHtml(parts: {
  readonly lang: PageLanguage;
  readonly title: Message;
  readonly css: string;
  readonly body: Html;
  readonly script: string;
}): string {
  const { lang, title, css, body, script } = parts;
  // The style and script are the page's constants (no `</style>` or `</script>` in them), and the
  // policy is made of constants and base64 hashes: nothing in them needs escaping.
  const page = html`<!doctype html>
<html lang="${lang}" data-lang="${lang}" data-title-vi="${title.vi}" data-title-en="${title.en}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${trustedHtml(contentSecurityPolicy(css, script))}">
<meta name="generator" content="baocao">
<title>${title[lang]}</title>
<style>${trustedHtml(css)}</style>
</head>
<body>
${body}
<footer>${bilingual(UI.generated)}</footer>
<script>${trustedHtml(script)}</script>
</body>
</html>
`;
  return markupOf(page);
}
