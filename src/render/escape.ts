import type { Message } from "../findings/finding.js";

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  // The HTML parser drops NUL; show it as the replacement character so nothing vanishes silently.
  "\u0000": "\uFFFD",
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is matched on purpose (see above)
const SPECIAL = /[&<>"'\u0000]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is matched on purpose (see above)
const SPECIALS = /[&<>"'\u0000]/g;

/**
 * Escapes text for HTML text and attribute values (quoted with `"`): `&`, `<`, `>`, quotes, and
 * NUL. Everything a report contains goes through it, so `<script>` in a report is shown as text.
 *
 * @param text - any text
 * @returns the text, safe inside an element or a quoted attribute
 * @example
 * ```ts
 * import { escapeHtml } from "baocao";
 *
 * escapeHtml('<b title="x">'); // "&lt;b title=&quot;x&quot;&gt;"
 * ```
 */
export function escapeHtml(text: string): string {
  const plain = String(text);
  return SPECIAL.test(plain) ? plain.replace(SPECIALS, (c) => ENTITIES[c] ?? c) : plain;
}

/** Both languages of a message, each in its own element; the page's CSS shows the chosen one. */
export function bilingual(message: Message, tag = "span"): string {
  return `<${tag} class="vi" lang="vi">${escapeHtml(message.vi)}</${tag}><${tag} class="en" lang="en">${escapeHtml(message.en)}</${tag}>`;
}

/** Both languages of a message where the two parts are already HTML (built from escaped text). */
export function bilingualHtml(vi: string, en: string, tag = "span"): string {
  return `<${tag} class="vi" lang="vi">${vi}</${tag}><${tag} class="en" lang="en">${en}</${tag}>`;
}
