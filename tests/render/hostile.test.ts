// A stored or hand-built result may hold anything where the library puts its own values: strings
// where numbers belong, markup, objects with their own toString. Every string and number of a
// real result is replaced with a payload, and the page a browser would build from the output
// (parsed by parse5) must hold no element, attribute, handler, link or script of the payloads.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AuditResult } from "../../src/index.js";
import { auditText } from "../../src/index.js";
import { renderHtml, renderIndex } from "../../src/render/index.js";
import { LANG_SCRIPT, PAGE_SCRIPT } from "../../src/render/script.js";
import { PAGE_CSS } from "../../src/render/style.js";
import { elementsOf, injected, textOfFirst } from "./dom.js";
import { SAMPLE } from "./fixtures.js";

const MARKER = "PWNED";
const PAYLOADS: readonly unknown[] = [
  `"><script>window.${MARKER}=1</script>`,
  `' onmouseover='window.${MARKER}=1' x='`,
  `javascript:window.${MARKER}=1`,
  `</title></textarea></style></script><svg onload="window.${MARKER}=1">`,
  `<img src=x onerror="window.${MARKER}=1">`,
  `<a href="javascript:window.${MARKER}=1">x</a>`,
  `\u202E${MARKER}\u2066txt.exe`,
  { toString: () => `<iframe srcdoc="<script>window.${MARKER}=1</script>">` },
  {
    toString() {
      throw new Error("a toString that throws");
    },
  },
  `<!-- <style>*{display:none}</style> --> <![CDATA[ ${MARKER} ]]> &lt;b&gt;`,
  Symbol(`<b>${MARKER}</b>`),
  { valueOf: () => `<script>${MARKER}</script>`, toFixed: () => `<script>${MARKER}</script>` },
];

/** A copy of a value with every string and number (and every non-plain object) a payload. */
function poisoned<T>(value: T): T {
  let n = 0;
  const next = () => PAYLOADS[n++ % PAYLOADS.length];
  const copies = new Map<object, unknown>();
  const copy = (v: unknown): unknown => {
    if (typeof v === "string" || typeof v === "number") return next();
    if (typeof v !== "object" || v === null) return v;
    const done = copies.get(v);
    if (done !== undefined) return done;
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      copies.set(v, out);
      for (const item of v) out.push(copy(item));
      return out;
    }
    // A Decimal or any other class instance: a leaf.
    if (Object.getPrototypeOf(v) !== Object.prototype) return next();
    const out: Record<string, unknown> = {};
    copies.set(v, out);
    for (const [k, item] of Object.entries(v)) out[k] = copy(item);
    // The keys of records are shown too (the inputs and computed values of a finding).
    if ("inputs" in v && "computed" in v) {
      out.inputs = { "\u202Ekey": next(), [`<b onclick=${MARKER}>`]: next() };
      out.computed = { "</dd><script>": next() };
    }
    return out;
  };
  return copy(value) as T;
}

const OWN_PAGE = { script: PAGE_SCRIPT, css: PAGE_CSS };
const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("renderHtml on a hostile result", () => {
  const result = auditText(SAMPLE);
  const evil = poisoned(result);
  const html = renderHtml(evil, SAMPLE, {
    file: `\u202Etxt.exe<script>${MARKER}</script>`,
    title: `</title><script>${MARKER}</script>`,
  });

  it("replaces every string and number of the result", () => {
    // The copy keeps the structure (claims, figures, findings) and holds no value of the original.
    expect(evil.claims).toHaveLength(result.claims.length);
    expect(evil.claims[0]?.figures).toHaveLength(result.claims[0]?.figures.length ?? -1);
    expect(typeof evil.claims[0]?.span.line).not.toBe("number");
    expect(JSON.stringify(evil)).not.toContain(result.claims[0]?.explanation.vi);
  });

  it("injects no element, attribute, handler, link, script or style", () => {
    expect(injected(html, OWN_PAGE)).toEqual([]);
    const elements = elementsOf(html);
    expect(elements.filter((e) => e.tag === "script")).toHaveLength(1);
    expect(elements.flatMap((e) => Object.keys(e.attrs)).filter((a) => /^on/i.test(a))).toEqual([]);
    expect(
      elements
        .filter((e) => /^\s*[a-z][a-z0-9+.-]*:/i.test(e.attrs.href ?? ""))
        .map((e) => e.attrs),
    ).toEqual([]);
  });

  it("shows the payloads as text", () => {
    const body = elementsOf(html).find((e) => e.tag === "body")?.text ?? "";
    expect(body).toContain(`"><script>window.${MARKER}=1</script>`);
    expect(body).toContain(`<iframe srcdoc="<script>window.${MARKER}=1</script>">`);
    expect(body).toContain(`⟨U+202E⟩${MARKER}⟨U+2066⟩txt.exe`);
    expect(textOfFirst(html, "title")).toContain(`</title><script>${MARKER}</script>`);
  });

  it("keeps no bidirectional control or invisible character, anywhere", () => {
    expect(html).not.toMatch(/(?![\t\n\r])[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u);
  });

  it("is allowed to run only its own script and style, by their hashes", () => {
    const policy = elementsOf(html).find(
      (e) => e.attrs["http-equiv"] === "Content-Security-Policy",
    );
    const content = policy?.attrs.content ?? "";
    expect(content).toBe(
      `default-src 'none'; style-src ${hash(PAGE_CSS)}; script-src ${hash(PAGE_SCRIPT)}; base-uri 'none'; form-action 'none'`,
    );
    expect(content).not.toContain("unsafe");
  });

  it("injects nothing from an acceptance file, whatever its entries hold", () => {
    const entry = { fingerprint: "f", code: "C", file: "a.txt", excerpt: "e", acceptedAt: "t" };
    const page = renderHtml(evil, SAMPLE, {
      file: "x.txt",
      acceptance: {
        file: `\u202E<script>${MARKER}</script>`,
        accepted: { version: 1, accepted: [entry, poisoned(entry), poisoned(entry)] },
      },
    });
    expect(injected(page, OWN_PAGE)).toEqual([]);
    expect(page).not.toMatch(/(?![\t\n\r])[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u);
  });

  it("the check itself sees an injected handler, script, style or address", () => {
    for (const slip of [
      "<b onclick=x>",
      "<script>x</script>",
      "<style>*{}</style>",
      '<a href="javascript:x">',
      '<a href="java&#9;script:x">',
      '<span style="color:red">',
    ]) {
      expect(injected(html.replace("<main>", `<main>${slip}`), OWN_PAGE), slip).not.toEqual([]);
    }
  });

  it("never throws and injects nothing, whichever payload lands where", () => {
    const text = "Xã có 300 hộ; hộ nghèo 15 hộ, chiếm 6%. Đã giải quyết 120/150 đơn (đạt 85%).";
    const base = auditText(text);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ unit: "binary" })), {
          minLength: 1,
        }),
        fc.string({ unit: "binary" }),
        (values, file) => {
          let i = 0;
          const swap = (v: unknown): unknown => {
            if (typeof v === "string" || typeof v === "number") return values[i++ % values.length];
            if (Array.isArray(v)) return v.map(swap);
            if (
              typeof v === "object" &&
              v !== null &&
              Object.getPrototypeOf(v) === Object.prototype
            )
              return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, swap(x)]));
            return v;
          };
          const page = renderHtml(swap(base) as AuditResult, text, { file });
          expect(injected(page, OWN_PAGE)).toEqual([]);
        },
      ),
      { numRuns: 30 },
    );
    // Each run renders and parses a whole page: room for a loaded machine.
  });
});

describe("renderIndex on hostile pages", () => {
  const stats = auditText("Đã giải quyết 120/150 đơn (đạt 85%).").stats;
  const html = renderIndex([
    { file: `<script>${MARKER}</script>`, href: `a.html" onclick="${MARKER}`, stats },
    poisoned({ file: "b.txt", href: "b.html", stats, reportDate: "2024-01-02" }),
    { file: "c", href: "c.html", stats: poisoned(stats) },
  ]);

  it("injects nothing, whatever the stats, names, dates and addresses hold", () => {
    expect(
      injected(html, {
        script: LANG_SCRIPT,
        css: elementsOf(html).find((e) => e.tag === "style")?.text ?? "",
      }),
    ).toEqual([]);
    const body = elementsOf(html).find((e) => e.tag === "body")?.text ?? "";
    expect(body).toContain(`<script>${MARKER}</script>`);
    expect(body).toContain(`"><script>window.${MARKER}=1</script>`);
  });
});
