import { describe, expect, it } from "vitest";
import { auditText } from "../../src/index.js";
import { renderIndex } from "../../src/render/index.js";
import { SAMPLE } from "./fixtures.js";
import { walk, withoutCode } from "./html-tools.js";

const sample = auditText(SAMPLE).stats;
const small = auditText(
  "Xã có 300 hộ; hộ nghèo 15 hộ, chiếm 6%. Đã giải quyết 120/150 đơn (đạt 85%).",
).stats;

describe("renderIndex", () => {
  const html = renderIndex([
    { file: "mau.txt", href: "mau.html", stats: sample, reportDate: "2024-09-12" },
    { file: "xa-a.txt", href: "reports/xa-a.html", stats: small },
  ]);

  it("links every report page, with its date and counts", () => {
    expect(walk(withoutCode(html)).problems).toEqual([]);
    expect(html).toContain('<a href="mau.html">mau.txt</a>');
    expect(html).toContain('<a href="reports/xa-a.html">xa-a.txt</a>');
    expect(html).toContain("2024-09-12");
    const row = /<a href="mau.html">[\s\S]*?<\/tr>/.exec(html)?.[0] ?? "";
    const numbers = [...row.matchAll(/<td class="n[^"]*">(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual([
      sample.errors,
      sample.warnings,
      sample.infos,
      sample.consistent,
      sample.claims,
    ]);
  });

  it("draws each report's findings as a bar, widths by class (no style attribute)", () => {
    const most = Math.max(...[sample, small].map((s) => s.errors + s.warnings + s.infos));
    const bar =
      /<a href="reports\/xa-a.html">[\s\S]*?<span class="bar" aria-hidden="true">(.*?)<\/span><\/td>/.exec(
        html,
      )?.[1];
    expect(bar).toBe(
      `<span class="seg s-error w${Math.round((100 * small.errors) / most)}"></span>`,
    );
    expect(html).not.toContain("style=");
  });

  it("totals the reports", () => {
    const foot = /<tfoot>[\s\S]*?<\/tfoot>/.exec(html)?.[0] ?? "";
    const numbers = [...foot.matchAll(/<td class="n">(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual([
      sample.errors + small.errors,
      sample.warnings + small.warnings,
      sample.infos + small.infos,
      sample.consistent + small.consistent,
      sample.claims + small.claims,
    ]);
    expect(small.errors).toBe(2);
    expect(html).toMatch(/data-count="s-error">[\s\S]*?<span class="n">(\d+)</);
    expect(/data-count="s-error">[\s\S]*?<span class="n">(\d+)</.exec(html)?.[1]).toBe(
      String(sample.errors + small.errors),
    );
  });

  it("opens in the language asked for, both embedded", () => {
    expect(html).toMatch(/<html lang="vi" data-lang="vi"/);
    const en = renderIndex([], { lang: "en", title: "Quý III" });
    expect(en).toMatch(/<html lang="en" data-lang="en"/);
    expect(en).toContain("<title>Quý III</title>");
    expect(en).toContain(
      '<span class="vi" lang="vi">Lỗi</span><span class="en" lang="en">Errors</span>',
    );
  });

  it("escapes names, and links by relative paths only", () => {
    const evil = renderIndex([
      { file: "<script>x</script>.txt", href: 'a.html" onmouseover="x', stats: small },
      { file: "b.txt", href: " javascript:alert(1)", stats: small, reportDate: "<b>" },
      { file: "c.txt", href: "/etc/passwd", stats: small },
    ]);
    expect(evil.match(/<script>/g)).toHaveLength(1);
    expect(evil).toContain("&lt;script&gt;x&lt;/script&gt;.txt");
    // The quote and the spaces are part of the file's name: encoded, they stay in the path.
    expect(evil).toContain('<a href="a.html%22%20onmouseover%3D%22x">');
    expect(evil).toContain('<a href="%20javascript%3Aalert(1)">b.txt</a>');
    expect(evil).not.toContain("javascript:");
    expect(evil).not.toContain("<b>");
    // An absolute path is no relative file path: the name is listed without a link.
    expect(evil).toContain("<td>c.txt</td>");
    expect(walk(withoutCode(evil)).problems).toEqual([]);
  });

  it("links names with #, %, ?, spaces and Vietnamese letters to their files", () => {
    const page = renderIndex([
      { file: "x", href: "báo cáo #3 (50% ?).html", stats: small },
      { file: "y", href: "quý III/xã Đông.html", stats: small },
    ]);
    expect(page).toContain('<a href="b%C3%A1o%20c%C3%A1o%20%233%20(50%25%20%3F).html">x</a>');
    expect(page).toContain('<a href="qu%C3%BD%20III/x%C3%A3%20%C4%90%C3%B4ng.html">y</a>');
  });
});
