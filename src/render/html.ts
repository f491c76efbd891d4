// Markup is built with the `html` tag only: every value put into a template is escaped, whatever
// its type, unless it is markup that `html` itself made. An escaping slip would need someone to
// call `trustedHtml` on report text, which only the page's own constants and the drawing of the
// report's text (escaped there) do.

/** The key of a fragment's markup: private to this module, so no JSON or hand-built object has it. */
const MARKUP: unique symbol = Symbol("baocao.html");

/** A fragment of markup made by {@link html}: safe to place in a page as it is. */
export interface Html {
  readonly [MARKUP]: string;
}

const fragment = (markup: string): Html => ({ [MARKUP]: markup });

const isHtml = (value: unknown): value is Html =>
  typeof value === "object" && value !== null && MARKUP in value;

/** The markup of a fragment, for the finished document. */
export const markupOf = (value: Html): string => value[MARKUP];

/** Markup the page writes itself (its constants, its own escaped drawing of the text). */
export const trustedHtml = (markup: string): Html => fragment(markup);

/**
 * Any value as text, never throwing: a string as it is, a number, bigint or boolean in its usual
 * form, null and undefined as nothing, and anything else by its own `toString` (a Decimal, an
 * object with a hostile `toString`), or nothing when that fails or gives no string.
 */
export function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
    return String(value);
  }
  try {
    const text: unknown = String(value);
    return typeof text === "string" ? text : "";
  } catch {
    return "";
  }
}

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

// The markup characters, and those that are invisible or change how the text around them is
// shown: C0 and C1 controls (tabs and line breaks are the report's layout, kept), format
// characters (the bidirectional embeddings, overrides and isolates U+202A–202E and U+2066–2069,
// marks, zero-width spaces and joiners, the BOM, tag characters), line and paragraph separators,
// and lone surrogates.
const NEEDS_ESCAPE = /[&<>"']|(?![\t\n\r])[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u;
const SPECIALS = /[&<>"']|(?![\t\n\r])[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu;

/** "⟨U+202E⟩": how an invisible character is shown. */
export const visibleName = (c: string): string =>
  `⟨U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}⟩`;

/**
 * Text escaped for the page, invisible characters written out as "⟨U+202E⟩" so none of them is
 * obeyed: inside an element each in a marked span (`marked`), in an attribute or the title as
 * plain text.
 */
export function escapeText(value: unknown, marked: boolean): string {
  const text = textOf(value);
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(SPECIALS, (c) => {
    const entity = ENTITIES[c];
    if (entity !== undefined) return entity;
    return marked ? `<span class="ctl">${visibleName(c)}</span>` : visibleName(c);
  });
}

/**
 * Whether the values after a literal stand where markup cannot go, given where the values before
 * it stood: inside a tag (the last `<` of our own literals comes after the last `>`; escaped
 * values never add either) or in the `<title>`, whose text the browser shows as it is.
 */
function plainAfter(literal: string, before: boolean): boolean {
  const open = literal.lastIndexOf("<");
  const close = literal.lastIndexOf(">");
  if (open === -1 && close === -1) return before;
  return open > close || literal.endsWith("<title>");
}

function interpolate(value: unknown, marked: boolean): string {
  if (isHtml(value)) return value[MARKUP];
  if (Array.isArray(value)) return value.map((v) => interpolate(v, marked)).join("");
  return escapeText(value, marked);
}

// For each template (the same object at every call of one call site), whether each value must be
// plain text: worked out once per template.
const CONTEXTS = new WeakMap<TemplateStringsArray, readonly boolean[]>();

function contextsOf(literals: TemplateStringsArray): readonly boolean[] {
  let contexts = CONTEXTS.get(literals);
  if (contexts === undefined) {
    const plain: boolean[] = [];
    let state = false;
    for (let i = 0; i < literals.length - 1; i += 1) {
      state = plainAfter(literals[i] ?? "", state);
      plain.push(state);
    }
    contexts = plain;
    CONTEXTS.set(literals, contexts);
  }
  return contexts;
}

/**
 * The template tag of every piece of markup: values are escaped whatever their type (a number,
 * an object with its own `toString`, a string where a number belongs), arrays are joined, and
 * only fragments made by `html` go in as markup. Invisible characters of a value are written out
 * in a marked span between elements, as plain text in an attribute or right after `<title>`.
 * (No value ever goes inside `<script>` or `<style>`: those hold the page's constants.)
 */
export function html(literals: TemplateStringsArray, ...values: readonly unknown[]): Html {
  const plain = contextsOf(literals);
  let out = literals[0] ?? "";
  for (let i = 0; i < values.length; i += 1) {
    out += interpolate(values[i], !plain[i]);
    out += literals[i + 1] ?? "";
  }
  return fragment(out);
}

/** Fragments one after another. */
export const joinHtml = (parts: readonly Html[], separator = ""): Html =>
  fragment(parts.map(markupOf).join(separator));
