import type { Message } from "../findings/finding.js";
import { bilingual, escapeHtml } from "./escape.js";
import { UI } from "./labels.js";

/** The languages of the page. */
export type PageLanguage = "vi" | "en";

/** The language asked for, or Vietnamese (the language of the reports). */
export function pageLanguage(lang: unknown): PageLanguage {
  return lang === "en" ? "en" : "vi";
}

/** The language toggle. */
export function langToggle(lang: PageLanguage): string {
  const button = (value: PageLanguage, label: string) =>
    `<button type="button" data-set-lang="${value}" lang="${value}" aria-pressed="${lang === value}">${label}</button>`;
  return `<div class="lang" role="group" aria-label="${escapeHtml(`${UI.language.vi} / ${UI.language.en}`)}">${button("vi", "Tiếng Việt")}${button("en", "English")}</div>`;
}

/**
 * A whole HTML document: doctype, charset, inline style and script, the title in both languages
 * (the script swaps it with the language). Nothing refers outside the file, and the content
 * security policy forbids any load, so even a link in a report's text cannot fetch anything.
 */
export function documentHtml(parts: {
  readonly lang: PageLanguage;
  readonly title: Message;
  readonly css: string;
  readonly body: string;
  readonly script: string;
}): string {
  const { lang, title, css, body, script } = parts;
  return `<!doctype html>
<html lang="${lang}" data-lang="${lang}" data-title-vi="${escapeHtml(title.vi)}" data-title-en="${escapeHtml(title.en)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="generator" content="baocao">
<title>${escapeHtml(title[lang])}</title>
<style>${css}</style>
</head>
<body>
${body}
<footer>${bilingual(UI.generated)}</footer>
<script>${script}</script>
</body>
</html>
`;
}
