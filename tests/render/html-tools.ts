// A small reader of the pages renderHtml writes (enough to check them without a DOM): tags must
// balance, and the text inside each mark is collected per claim.

const VOID = new Set(["meta", "br", "hr", "img", "input", "link", "wbr"]);

const ENTITY: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/** Undoes escapeHtml. */
export function unescapeHtml(html: string): string {
  return html.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITY[e] ?? e);
}

/** The page without its inline style and script (whose code may contain '<'). */
export function withoutCode(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/, "").replace(/<script>[\s\S]*?<\/script>/, "");
}

/** The inner HTML of the report's text. */
export function reportTextHtml(html: string): string {
  const start = html.indexOf('<div class="report-text">');
  const end = html.indexOf("</div></article>", start);
  if (start === -1 || end === -1) throw new Error("no report text in the page");
  return html.slice(start + '<div class="report-text">'.length, end);
}

interface Walk {
  /** Tags that were closed without being open, or left open. */
  readonly problems: readonly string[];
  /** Text of the region (tags dropped, entities undone). */
  readonly text: string;
  /** Text inside the marks of each claim (all its fragments, in order). */
  readonly claimText: ReadonlyMap<string, string>;
  /** How many first fragments (with an id) each claim has. */
  readonly firsts: ReadonlyMap<string, number>;
  /** Claim ids in the order their first fragment appears. */
  readonly order: readonly string[];
}

/** Walks HTML without style/script: checks that tags balance and collects text per claim. */
export function walk(html: string): Walk {
  const problems: string[] = [];
  const stack: { name: string; claim: string | undefined }[] = [];
  const claimText = new Map<string, string>();
  const firsts = new Map<string, number>();
  const order: string[] = [];
  let text = "";
  let last = 0;
  const addText = (raw: string) => {
    const plain = unescapeHtml(raw);
    text += plain;
    const seen = new Set<string>();
    for (const open of stack) {
      if (open.claim === undefined || seen.has(open.claim)) continue;
      seen.add(open.claim);
      claimText.set(open.claim, (claimText.get(open.claim) ?? "") + plain);
    }
  };
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)) {
    addText(html.slice(last, m.index));
    last = (m.index ?? 0) + m[0].length;
    const [, closing, rawName = "", attrs = ""] = m;
    const name = rawName.toLowerCase();
    if (VOID.has(name)) continue;
    if (closing) {
      const top = stack.pop();
      if (top?.name !== name) problems.push(`</${name}> closes <${top?.name ?? "nothing"}>`);
      continue;
    }
    const claim = name === "mark" ? /data-claim-id="([^"]*)"/.exec(attrs)?.[1] : undefined;
    if (claim !== undefined && / id="m-/.test(attrs)) {
      firsts.set(claim, (firsts.get(claim) ?? 0) + 1);
      order.push(claim);
    }
    stack.push({ name, claim });
  }
  addText(html.slice(last));
  for (const open of stack) problems.push(`<${open.name}> left open`);
  return { problems, text, claimText, firsts, order };
}
