import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditText } from "../../src/index.js";
import { escapeText, html, markupOf, textOf, visibleName } from "../../src/render/html.js";
import { renderHtml, renderIndex } from "../../src/render/index.js";
import { elementsOf, textOfFirst } from "./dom.js";
import { reportTextHtml, walk } from "./html-tools.js";

const INVISIBLE = /(?![\t\n\r])[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u;

describe("html", () => {
  it("escapes every value, whatever its type, and lets only its own fragments in", () => {
    const throwing = {
      toString() {
        throw new Error("no");
      },
    };
    const page = html`<p title="${'"x"'}">${"<b>"} ${12} ${{ toString: () => "<i>" }} ${Symbol("<s>")} ${throwing} ${null} ${[html`<br>`, "<br>"]}</p>`;
    expect(markupOf(page)).toBe(
      '<p title="&quot;x&quot;">&lt;b&gt; 12 &lt;i&gt; Symbol(&lt;s&gt;)   <br>&lt;br&gt;</p>',
    );
    // A look-alike of a fragment (as JSON or a hand-built object could hold) is text.
    expect(markupOf(html`${{ html: "<b>" }}`)).toBe("[object Object]");
  });

  it("writes invisible characters out: marked in an element, plain in an attribute", () => {
    expect(markupOf(html`<p title="${"a\u202Eb"}">${"a\u202Eb"}</p>`)).toBe(
      '<p title="a⟨U+202E⟩b">a<span class="ctl">⟨U+202E⟩</span>b</p>',
    );
    // The title's text is shown as it is: no span there either.
    expect(markupOf(html`<title>${"a\u202Eb"}</title><p>${"\u202E"}</p>`)).toBe(
      '<title>a⟨U+202E⟩b</title><p><span class="ctl">⟨U+202E⟩</span></p>',
    );
    expect(visibleName("\u2066")).toBe("⟨U+2066⟩");
    expect(visibleName("\u{E0041}")).toBe("⟨U+E0041⟩");
    expect(escapeText("tab\tand\nbreak\r", true)).toBe("tab\tand\nbreak\r");
    expect(escapeText("\u0000\u200B\uFEFF\uD800", false)).toBe("⟨U+0000⟩⟨U+200B⟩⟨U+FEFF⟩⟨U+D800⟩");
    expect(textOf(undefined)).toBe("");
  });

  it("leaves no invisible character and no markup of the text, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.boolean(), (text, marked) => {
        const out = escapeText(text, marked);
        expect(out).not.toMatch(INVISIBLE);
        const tags = out.match(/<[^>]*>/g) ?? [];
        expect(tags.every((t) => t === '<span class="ctl">' || t === "</span>")).toBe(true);
        expect(marked || tags.length === 0).toBe(true);
      }),
    );
  });
});

describe("the pages show bidirectional and invisible characters, never obey them", () => {
  const text =
    "Danh sách\u202E 21 đơn \u202C kèm theo\u2067 tệp \u2069.\nĐã giải quyết 120/1\u200B50 đơn; đã giải quyết 120/150 đơn (đạt 85%).";
  const result = auditText(text);
  const file = "bao-cao-\u202Etxt.exe";
  const page = renderHtml(result, text, { file, lang: "en" });

  it("in the report's text, each in a marked span, the rest as written", () => {
    const shown = walk(reportTextHtml(page)).text;
    const expected = text.replace(new RegExp(INVISIBLE.source, "gu"), visibleName);
    expect(shown).toBe(expected);
    expect(reportTextHtml(page)).toContain('<span class="ctl">⟨U+202E⟩</span>');
    expect(reportTextHtml(page)).toContain('1<span class="ctl">⟨U+200B⟩</span>50');
    // Marks still stand around their claims, after the controls.
    expect(result.claims.some((c) => c.status === "error")).toBe(true);
    for (const c of result.claims) expect(page).toContain(`id="m-${c.id}"`);
  });

  it("in the file name, the title of either language, and nowhere as the character itself", () => {
    expect(textOfFirst(page, "title")).toBe("Arithmetic audit · bao-cao-⟨U+202E⟩txt.exe");
    const root = elementsOf(page).find((e) => e.tag === "html");
    expect(root?.attrs["data-title-vi"]).toBe("Kết quả kiểm tra số liệu · bao-cao-⟨U+202E⟩txt.exe");
    expect(page).toContain('<dd>bao-cao-<span class="ctl">⟨U+202E⟩</span>txt.exe</dd>');
    expect(page).not.toMatch(INVISIBLE);
  });

  it("in the index's names, and in its links only percent-encoded", () => {
    const index = renderIndex([{ file, href: `${file}.html`, stats: result.stats }]);
    expect(index).toContain('<a href="bao-cao-%E2%80%AEtxt.exe.html">');
    expect(index).toContain('bao-cao-<span class="ctl">⟨U+202E⟩</span>txt.exe</a>');
    expect(index).not.toMatch(INVISIBLE);
  });
});
