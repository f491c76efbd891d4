// The pages read by a real HTML parser (parse5, the parser of the HTML standard that jsdom uses):
// what a browser would build from them, element by element, to prove nothing was injected.
import { type DefaultTreeAdapterMap, parse } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** An element as the browser builds it: its tag, its attributes, its text (for script/style). */
export interface ParsedElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly text: string;
}

const isElement = (node: Node): node is Element => "tagName" in node;

function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  const children = "childNodes" in node ? node.childNodes : [];
  const content =
    node.nodeName === "template" ? (node as DefaultTreeAdapterMap["template"]).content : undefined;
  return [...children, ...(content ? [content] : [])].map(textOf).join("");
}

/** Every element of a document, in document order. */
export function elementsOf(html: string): ParsedElement[] {
  const out: ParsedElement[] = [];
  const visit = (node: Node) => {
    if (isElement(node)) {
      out.push({
        tag: node.tagName,
        attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])),
        text: textOf(node),
      });
    }
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html));
  return out;
}

/** The text of the first element with this tag (the `<title>`, say), as the browser reads it. */
export function textOfFirst(html: string, tag: string): string | undefined {
  return elementsOf(html).find((e) => e.tag === tag)?.text;
}

// The tags and attributes the pages are made of: anything else was injected.
export const PAGE_TAGS = new Set(
  "html head meta title style body script header footer main section article aside div span a p h1 h2 h3 h4 h5 dl dt dd ol ul li table thead tbody tfoot tr th td mark code q blockquote b kbd button label input select option".split(
    " ",
  ),
);
export const PAGE_ATTRS = new Set(
  "lang class id href hidden title role tabindex type name content charset http-equiv scope data-lang data-title-vi data-title-en data-claim-id data-status data-kind data-level data-fig data-figs data-code data-count data-set-lang data-select data-severity data-fp data-claim data-excerpt data-file data-at data-note data-accept data-shown data-accepted-count data-vi data-en value checked aria-label aria-labelledby aria-controls aria-hidden aria-live aria-pressed".split(
    " ",
  ),
);

/**
 * What a page holds that its own markup never does: a tag or attribute it does not use, an `on…`
 * handler, a style attribute, a link that is not a fragment or a relative path, more than one
 * script or style, a script or style whose text is not the page's own.
 */
export function injected(html: string, own: { script: string; css: string }): string[] {
  const problems: string[] = [];
  const elements = elementsOf(html);
  for (const e of elements) {
    if (!PAGE_TAGS.has(e.tag)) problems.push(`<${e.tag}>`);
    for (const [name, value] of Object.entries(e.attrs)) {
      if (!PAGE_ATTRS.has(name)) problems.push(`<${e.tag} ${name}="${value}">`);
      if (
        name === "href" &&
        !/^(?:#[A-Za-z0-9_.-]+|[A-Za-z0-9\-._~!'()*%][A-Za-z0-9\-._~!'()*%/]*)$/.test(value)
      ) {
        problems.push(`<${e.tag} href="${value}">`);
      }
    }
    if (e.tag === "script" && e.text !== own.script) problems.push("a script not the page's own");
    if (e.tag === "style" && e.text !== own.css) problems.push("a style not the page's own");
  }
  for (const tag of ["script", "style", "title", "base"]) {
    const n = elements.filter((e) => e.tag === tag).length;
    if (n > 1) problems.push(`${n} <${tag}>`);
  }
  return problems;
}

const CELLS = new Set(["td", "th", "dt", "dd", "li", "p", "tr"]);

/**
 * A reader of a page's text as someone reading it in one language sees it: the other language's
 * spans (class "en" or "vi") left out, attributes not read. The page is parsed once.
 */
export function textReader(html: string): (id: string, lang: "vi" | "en") => string {
  const byId = new Map<string, Element>();
  const index = (node: Node) => {
    if (isElement(node)) {
      const id = node.attrs.find((a) => a.name === "id")?.value;
      if (id !== undefined && !byId.has(id)) byId.set(id, node);
    }
    if ("childNodes" in node) for (const child of node.childNodes) index(child);
  };
  index(parse(html));
  return (id, lang) => {
    const other = lang === "vi" ? "en" : "vi";
    const shown = (node: Node): string => {
      if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
      if (!isElement(node)) return "";
      const classes = (node.attrs.find((a) => a.name === "class")?.value ?? "").split(" ");
      if (classes.includes(other)) return "";
      const text = node.childNodes.map(shown).join("");
      // Cells and rows of a table or list read apart, as the browser lays them out.
      return CELLS.has(node.tagName) ? `${text} ` : text;
    };
    const found = byId.get(id);
    if (!found) throw new Error(`no element #${id}`);
    return found.childNodes.map(shown).join("");
  };
}
