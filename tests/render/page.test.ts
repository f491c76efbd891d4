import { describe, expect, it } from "vitest";
import { auditText } from "../../src/index.js";
import { renderHtml } from "../../src/render/index.js";
import { claimAt, resultOf, SAMPLE } from "./fixtures.js";
import { reportTextHtml, unescapeHtml, walk, withoutCode } from "./html-tools.js";

const sampleResult = auditText(SAMPLE);
const sampleHtml = renderHtml(sampleResult, SAMPLE, { file: "examples/sample-report.txt" });

/** The opening tag of a claim's first mark. */
function firstMarkTag(html: string, id: string): string {
  const tag = new RegExp(`<mark [^>]*id="m-${id}"[^>]*>`).exec(html)?.[0];
  if (!tag) throw new Error(`no mark for ${id}`);
  return tag;
}

/** The detail section of a claim. */
function detailOf(html: string, id: string): string {
  const start = html.indexOf(`<section class="detail`, html.indexOf(`id="d-${id}"`) - 200);
  const end = html.indexOf("</section>", start);
  return html.slice(start, end);
}

describe("renderHtml: the sample report", () => {
  it("is one well-formed document", () => {
    expect(sampleHtml.startsWith("<!doctype html>")).toBe(true);
    expect(walk(withoutCode(sampleHtml)).problems).toEqual([]);
    expect(sampleHtml.match(/<script>/g)).toHaveLength(1);
    expect(sampleHtml.match(/<style>/g)).toHaveLength(1);
  });

  it("shows the text exactly as given, tables aside", () => {
    const shown = walk(reportTextHtml(sampleHtml)).text;
    // Tabs become cell borders and the line breaks of table rows become row borders.
    const tableFree = SAMPLE.replace(/(?:^[^\n]*\t[^\n]*\n?)+/gm, (rows) =>
      rows.replace(/[\t\n]/g, ""),
    );
    expect(shown.replace(/\n/g, "")).toBe(tableFree.replace(/\n/g, ""));
    expect(shown).toContain("Nơi nhận:\n- Thường trực Huyện ủy;");
  });

  it("marks every claim once, with its id, status and kind, around its own text", () => {
    const page = walk(reportTextHtml(sampleHtml));
    expect(sampleResult.claims.length).toBeGreaterThan(20);
    for (const claim of sampleResult.claims) {
      expect(page.firsts.get(claim.id), claim.id).toBe(1);
      const tag = firstMarkTag(sampleHtml, claim.id);
      expect(tag).toContain(`data-claim-id="${claim.id}"`);
      expect(tag).toContain(`data-status="${claim.status}"`);
      expect(tag).toContain(`data-kind="${claim.kind}"`);
      expect(tag).toContain('tabindex="0"');
      const shown = page.claimText.get(claim.id) ?? "";
      // Inside a table a claim may lose only the tabs and row breaks the table draws as borders.
      expect(shown).toBe(claim.span.excerpt.replace(/[\t\n]/g, claim.kind === "table" ? "" : "$&"));
    }
    expect(page.order).toEqual(sampleResult.claims.map((c) => c.id));
  });

  it("places every finding inside the mark of its claim", () => {
    const page = walk(reportTextHtml(sampleHtml));
    for (const claim of sampleResult.claims) {
      for (const f of claim.findings) {
        expect(page.claimText.get(claim.id)).toContain(f.span?.excerpt);
      }
    }
  });

  it("holds a recomputation for every claim: explanation, figures, findings, both languages", () => {
    for (const claim of sampleResult.claims) {
      const detail = detailOf(sampleHtml, claim.id);
      expect(detail).toContain(`data-status="${claim.status}"`);
      expect(unescapeHtml(detail)).toContain(claim.explanation.vi);
      expect(unescapeHtml(detail)).toContain(claim.explanation.en);
      for (const figure of claim.figures) expect(unescapeHtml(detail)).toContain(figure.text);
      for (const f of claim.findings) {
        expect(detail).toContain(`<code>${f.code}</code>`);
        expect(unescapeHtml(detail)).toContain(f.message.vi);
        expect(unescapeHtml(detail)).toContain(f.message.en);
      }
    }
  });

  it("shows exact values in each language's way of writing numbers", () => {
    // 1.033/1.684: the whole 1684 reads "1.684" in Vietnamese and "1684" in English.
    const claim = sampleResult.claims.find((c) => c.figures.some((f) => f.value === "1684"));
    const detail = detailOf(sampleHtml, claim?.id ?? "");
    expect(detail).toContain(
      '<span class="vi" lang="vi">1.684</span><span class="en" lang="en">1684</span>',
    );
  });

  it("lights up a claim's figures, even one written outside the claim", () => {
    const share = sampleResult.claims.find((c) => c.kind === "share");
    const whole = share?.figures.find((f) => f.role === "whole");
    expect(whole && whole.span.start < (share?.span.start ?? 0)).toBe(true);
    const figs = /data-figs="([^"]*)"/.exec(detailOf(sampleHtml, share?.id ?? ""))?.[1] ?? "";
    const ids = figs.split(" ");
    expect(ids).toHaveLength(share?.figures.length ?? -1);
    const texts = ids.map((id) =>
      unescapeHtml(
        new RegExp(`<span class="fig" data-fig="${id}">([^<]*)</span>`).exec(sampleHtml)?.[1] ?? "",
      ),
    );
    expect(texts).toEqual(share?.figures.map((f) => f.text));
  });

  it("sums up: counts by severity equal the result's", () => {
    const count = (cls: string) =>
      Number(
        new RegExp(`data-count="${cls}">[\\s\\S]*?<span class="n">(\\d+)</span>`).exec(
          sampleHtml,
        )?.[1],
      );
    const { stats } = sampleResult;
    expect(count("s-error")).toBe(stats.errors);
    expect(count("s-warning")).toBe(stats.warnings);
    expect(count("s-info")).toBe(stats.infos);
    expect(count("s-consistent")).toBe(stats.consistent);
    expect(count("total")).toBe(stats.claims);
    expect(stats.errors).toBeGreaterThan(5);
  });

  it("lists every finding, linked to its claim's mark, in text order", () => {
    const list = /<ol class="findings">([\s\S]*?)<\/ol>/.exec(sampleHtml)?.[1] ?? "";
    const links = [...list.matchAll(/<a href="#m-(c\d+)" data-claim-id="\1">/g)].map((m) => m[1]);
    const expected = sampleResult.claims.flatMap((c) => c.findings.map(() => c.id));
    expect(links).toEqual(expected);
    expect(links).toHaveLength(sampleResult.findings.length);
  });

  it("charts findings by section, sections in text order", () => {
    const chart = /<ol class="chart">([\s\S]*?)<\/ol>/.exec(sampleHtml)?.[1] ?? "";
    const names = [...chart.matchAll(/<span class="sec">([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(names.slice(0, 3)).toEqual([
      "I. ĐẶC ĐIỂM TÌNH HÌNH",
      "1. Tuyên truyền, quán triệt",
      "2. Tiếp công dân, giải quyết đơn thư",
    ]);
    const tallies = [...chart.matchAll(/<span class="tally s-(\w+)">.*?<\/span>(\d+)<\/span>/g)];
    const total = (s: string) =>
      tallies.filter((t) => t[1] === s).reduce((n, t) => n + Number(t[2]), 0);
    expect(total("error")).toBe(sampleResult.stats.errors);
    expect(total("warning")).toBe(sampleResult.stats.warnings);
    expect(total("info")).toBe(sampleResult.stats.infos);
  });

  it("states the report date and the reporting unit in both languages", () => {
    expect(sampleHtml).toContain("ngày 12 tháng 9 năm 2024");
    expect(sampleHtml).toContain("12 September 2024");
    expect(sampleHtml).toContain("UBND huyện Đông Sơn Hà");
    expect(sampleHtml).toContain("examples/sample-report.txt");
  });

  it("draws tab-separated lines as a table, marks in their cells", () => {
    const text = walk(reportTextHtml(sampleHtml));
    expect(text.problems).toEqual([]);
    expect(sampleHtml).toContain('<th scope="col">Năm</th>');
    const table = sampleResult.claims.find((c) => c.kind === "table" && c.status === "error");
    expect(sampleHtml).toMatch(new RegExp(`<td class="num"><mark [^>]*id="m-${table?.id}"`));
  });

  it("documents its keys on the page", () => {
    for (const key of ["n", "p", "j", "k", "Tab", "Enter", "Esc", "l"]) {
      expect(sampleHtml).toContain(`<kbd>${key}</kbd>`);
    }
  });
});

describe("renderHtml: languages", () => {
  it("carries both languages and opens in the one asked for (Vietnamese by default)", () => {
    expect(sampleHtml).toMatch(/<html lang="vi" data-lang="vi"/);
    const en = renderHtml(sampleResult, SAMPLE, { lang: "en" });
    expect(en).toMatch(/<html lang="en" data-lang="en"/);
    expect(en).toContain("<title>Arithmetic audit</title>");
    expect(sampleHtml).toContain(
      "<title>Kết quả kiểm tra số liệu · examples/sample-report.txt</title>",
    );
    for (const f of sampleResult.findings) {
      expect(unescapeHtml(en)).toContain(f.message.vi);
      expect(unescapeHtml(en)).toContain(f.message.en);
    }
    // Every Vietnamese span has its English twin.
    expect(en.match(/class="vi" lang="vi"/g)?.length).toBe(
      en.match(/class="en" lang="en"/g)?.length,
    );
  });

  it("takes a title as given, in both languages", () => {
    const html = renderHtml(sampleResult, SAMPLE, { title: "Báo cáo của xã A", lang: "en" });
    expect(html).toContain("<title>Báo cáo của xã A</title>");
    expect(html).toContain('data-title-vi="Báo cáo của xã A" data-title-en="Báo cáo của xã A"');
  });
});

describe("renderHtml: safety", () => {
  const hostile =
    'Xã ghi <script>alert("x")</script> và <img src=x onerror=alert(1)> & "trích" \'dẫn\'; đã giải quyết 120/150 đơn (đạt 85%).';
  const result = auditText(hostile);
  const html = renderHtml(result, hostile, {
    file: '<b>"bao-cao".txt</b>',
    title: "</title><script>alert(2)</script>",
  });

  it("escapes everything the report, the file name and the title contain", () => {
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain(
      "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;trích&quot; &#39;dẫn&#39;",
    );
    expect(html).toContain("&lt;b&gt;&quot;bao-cao&quot;.txt&lt;/b&gt;");
    expect(walk(withoutCode(html)).problems).toEqual([]);
    expect(walk(reportTextHtml(html)).text).toBe(hostile);
  });

  it("still marks claims that stand beside markup", () => {
    expect(result.claims.some((c) => c.status === "error")).toBe(true);
    for (const c of result.claims) expect(html).toContain(`id="m-${c.id}"`);
  });

  it("escapes messages and data of findings", () => {
    const text = "Tổng số 12 đơn.";
    const claim = claimAt(text, "c1", 7, 13, ["error"]);
    const evil = {
      ...claim,
      findings: claim.findings.map((f) => ({
        ...f,
        code: 'X"><script>',
        message: { vi: "<i>vi</i>", en: "<i>en</i>" },
        inputs: { "<k>": "<v>" },
        computed: { sum: "</dd>" },
        data: { candidateBases: ["<1>"], source: "javascript:alert(1)" },
      })),
    };
    const page = renderHtml(resultOf(text, [evil]), text);
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page).not.toContain("<i>");
    expect(page).toContain("&lt;i&gt;vi&lt;/i&gt;");
    expect(page).not.toContain('href="javascript');
    expect(walk(withoutCode(page)).problems).toEqual([]);
  });

  it("refers to nothing outside itself", () => {
    for (const page of [html, sampleHtml]) {
      // Text is escaped, so every '<' left in the markup opens a tag of the page's own.
      const markup = withoutCode(page);
      expect(markup).not.toMatch(/<(?:link|img|iframe|object|embed|video|audio|source|base)\b/i);
      expect(markup).not.toMatch(/<[^>]*\s(?:src|srcset|action|poster|background)\s*=/i);
      expect(markup).not.toMatch(/<[^>]*\shref="(?!#)/);
      // No style loads anything (the script's URL.createObjectURL makes the download, not a load).
      const css = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? "";
      expect(`${markup}${css}`).not.toMatch(/@import|url\(/i);
      expect(page).toContain("default-src 'none'");
    }
    // The only addresses are sources of the registry, shown as text.
    const sources = sampleResult.findings
      .map((f) => f.data?.source)
      .filter((s): s is string => typeof s === "string");
    expect(sources.length).toBeGreaterThan(0);
    let rest = sampleHtml;
    for (const s of sources) rest = rest.split(s).join("");
    expect(rest).not.toMatch(/https?:/);
  });
});

describe("renderHtml: places in the original document", () => {
  it("shows each finding's place with the finding, in the list and in its claim's panel", () => {
    const places = sampleResult.findings.map((_, i) =>
      i === 0
        ? { vi: "đoạn 7, bảng 1, hàng 2, cột 3", en: "paragraph 7, table 1, row 2, column 3" }
        : null,
    );
    const html = renderHtml(sampleResult, SAMPLE, { places });
    const first = sampleResult.findings[0];
    const claim = sampleResult.claims.find((c) => c.findings.includes(first as never));
    expect(claim).toBeDefined();
    expect(html.match(/paragraph 7, table 1, row 2, column 3/g)).toHaveLength(2);
    expect(detailOf(html, claim?.id ?? "")).toContain("đoạn 7, bảng 1, hàng 2, cột 3");
    expect(walk(withoutCode(html)).problems).toEqual([]);
  });

  it("shows none without places, and ignores places that are not messages", () => {
    expect(sampleHtml).not.toContain('class="origin"');
    const odd = renderHtml(sampleResult, SAMPLE, {
      places: sampleResult.findings.map(() => ({ vi: 3, en: null }) as never),
    });
    expect(odd).not.toContain('class="origin"');
  });
});
