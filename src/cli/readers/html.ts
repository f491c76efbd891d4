/** A token of the small, regular HTML that mammoth writes. */
export type HtmlToken =
  | {
      readonly type: "open";
      readonly name: string;
      readonly attrs: Readonly<Record<string, string>>;
    }
  | { readonly type: "close"; readonly name: string }
  | { readonly type: "text"; readonly text: string };

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*(\/?)>|<!--[\s\S]*?-->/g;
const ATTR = /([^\s=>]+)(?:="([^"]*)")?/g;
const VOID = new Set(["br", "img", "hr"]);

/**
 * Splits HTML into tags and text, entities decoded. Void elements (br, img) give an open token
 * only.
 *
 * @param html - mammoth's output
 * @returns the tokens in order
 */
export function tokenize(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    if (m.index > last)
      tokens.push({ type: "text", text: decodeEntities(html.slice(last, m.index)) });
    last = m.index + m[0].length;
    const name = m[2]?.toLowerCase();
    if (!name) continue; // a comment
    if (m[1]) {
      tokens.push({ type: "close", name });
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? "").matchAll(ATTR)) attrs[a[1] ?? ""] = decodeEntities(a[2] ?? "");
    tokens.push({ type: "open", name, attrs });
    if (m[4] && !VOID.has(name)) tokens.push({ type: "close", name });
  }
  if (last < html.length) tokens.push({ type: "text", text: decodeEntities(html.slice(last)) });
  return tokens;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code =
        body[1] === "x" || body[1] === "X"
          ? Number.parseInt(body.slice(2), 16)
          : Number(body.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

export { VOID };
