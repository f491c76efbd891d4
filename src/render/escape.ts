import type { Message } from "../findings/finding.js";
import { type Html, html, textOf } from "./html.js";

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
 * NUL. A value that is not a string is escaped as its text (a number, an object by its own
 * `toString`; null and undefined as nothing), and the function never throws. The pages of
 * {@link renderHtml} go further: they also write out invisible and bidirectional control
 * characters as "⟨U+202E⟩".
 *
 * @param text - any value
 * @returns its text, safe inside an element or a quoted attribute
 * @example
 * ```ts
 * import { escapeHtml } from "baocao";
 *
 * escapeHtml('<b title="x">'); // "&lt;b title=&quot;x&quot;&gt;"
 * escapeHtml(12); // "12"
 * ```
 */
export function escapeHtml(text: unknown): string {
  const plain = textOf(text);
  return SPECIAL.test(plain) ? plain.replace(SPECIALS, (c) => ENTITIES[c] ?? c) : plain;
}

/** Both languages of a message, each in its own element; the page's CSS shows the chosen one. */
export function bilingual(message: Message | undefined): Html {
  return html`<span class="vi" lang="vi">${message?.vi}</span><span class="en" lang="en">${message?.en}</span>`;
}
