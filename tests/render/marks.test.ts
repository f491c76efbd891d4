import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AuditResult, Claim } from "../../src/index.js";
import { auditText } from "../../src/index.js";
import { renderHtml } from "../../src/render/index.js";
import { claimAt, resultOf } from "./fixtures.js";
import { reportTextHtml, walk, withoutCode } from "./html-tools.js";

function marksOf(text: string, claims: readonly Claim[]) {
  const html = renderHtml(resultOf(text, claims), text);
  return { html, page: walk(reportTextHtml(html)) };
}

describe("marks: nesting, crossing, sharing a place", () => {
  const text = "Huyện phải giải quyết 540 đơn (đơn mới 512, đơn cũ 28), đã giải quyết 521 đơn.";

  it("nests a claim inside another: the outer one is drawn lower under the text", () => {
    const outer = claimAt(text, "c1", 6, 78, ["error"]);
    const inner = claimAt(text, "c2", 22, 54);
    const { html, page } = marksOf(text, [outer, inner]);
    expect(page.problems).toEqual([]);
    expect(page.claimText.get("c1")).toBe(text.slice(6, 78));
    expect(page.claimText.get("c2")).toBe(text.slice(22, 54));
    expect(html).toMatch(/<mark [^>]*data-claim-id="c1"[^>]*data-level="1"/);
    expect(html).toMatch(/<mark [^>]*data-claim-id="c2"[^>]*data-level="0"/);
    expect(reportTextHtml(html)).not.toMatch(/class="[^"]* cont"/);
  });

  it("splits crossing claims, each reachable from its one focusable first mark", () => {
    const a = claimAt(text, "c1", 6, 40, ["warning"]);
    const b = claimAt(text, "c2", 22, 78, ["info"]);
    const { html, page } = marksOf(text, [a, b]);
    expect(page.problems).toEqual([]);
    expect(page.claimText.get("c1")).toBe(text.slice(6, 40));
    expect(page.claimText.get("c2")).toBe(text.slice(22, 78));
    expect(page.firsts.get("c1")).toBe(1);
    expect(page.firsts.get("c2")).toBe(1);
    expect(html).toMatch(/<mark class="claim s-info cont" data-claim-id="c2"/);
    // Continuations take no focus of their own.
    expect(html.match(/<mark class="claim[^"]* cont"[^>]*tabindex/g)).toBeNull();
  });

  it("keeps two claims over the same words both reachable (nested, outer first)", () => {
    const a = claimAt(text, "c1", 22, 29, ["error"]);
    const b = claimAt(text, "c2", 22, 29, ["warning"]);
    const { html, page } = marksOf(text, [a, b]);
    expect(page.order).toEqual(["c1", "c2"]);
    expect(page.claimText.get("c1")).toBe("540 đơn");
    expect(page.claimText.get("c2")).toBe("540 đơn");
    expect(html).toMatch(
      /<mark [^>]*id="m-c1"[^>]*><mark [^>]*id="m-c2"[^>]*>540 đơn<\/mark><\/mark>/,
    );
  });

  it("draws an empty claim as a mark of its own, still selectable", () => {
    const empty = claimAt(text, "c1", 10, 10, ["error"]);
    const { html, page } = marksOf(text, [empty]);
    expect(page.firsts.get("c1")).toBe(1);
    expect(html).toMatch(/<mark [^>]*id="m-c1"[^>]*><\/mark>/);
    expect(page.text).toBe(text);
  });

  it("draws a claim on a table's tab (a cell border) at the next cell", () => {
    const table = "Năm\tSố đơn\n2023\t12\n2024\t15\n";
    const onTab = claimAt(table, "c1", 3, 4, ["warning"]);
    const { html, page } = marksOf(table, [onTab]);
    expect(page.firsts.get("c1")).toBe(1);
    expect(page.problems).toEqual([]);
    expect(html).toContain("<table>");
  });

  it("runs a claim across table cells as one fragment per cell", () => {
    const table = "Tổng\tĐã giải quyết\n480\t462 (96,3%)\n";
    const from = table.indexOf("480");
    const row = claimAt(table, "c1", from, table.length - 1, ["error"]);
    const { page } = marksOf(table, [row]);
    expect(page.firsts.get("c1")).toBe(1);
    expect(page.claimText.get("c1")).toBe("480462 (96,3%)");
  });

  it("keeps real overlapping claims apart: a resolution crossing a percentage", () => {
    const t =
      "Năm 2023, toàn xã tiếp nhận 250 đơn, thuộc thẩm quyền 200 đơn; đã giải quyết 190/250 đơn (đạt 95%).";
    const result = auditText(t);
    const html = renderHtml(result, t);
    const page = walk(reportTextHtml(html));
    expect(result.claims.length).toBeGreaterThanOrEqual(2);
    for (const c of result.claims) {
      expect(page.firsts.get(c.id)).toBe(1);
      expect(page.claimText.get(c.id)).toBe(c.span.excerpt);
    }
    // The percentage is wrong on 250 and right on 200: the page names that base.
    expect(html).toContain("data-candidateBases");
    expect(html).toMatch(/data-candidateBases[\s\S]{0,400}200/);
  });
});

/** Random claims over a text: spans anywhere (also reversed, empty or past the end). */
const claimsFor = (text: string) =>
  fc.array(
    fc.record({
      a: fc.integer({ min: -3, max: text.length + 3 }),
      b: fc.integer({ min: -3, max: text.length + 3 }),
      sev: fc.constantFrom<("error" | "warning" | "info")[]>([], ["error"], ["warning"], ["info"]),
    }),
    { maxLength: 12 },
  );

const textArb = fc.string({
  unit: fc.constantFrom("a", "ă", "1", ".", " ", "\n", "<", "&", '"', "\t", "\r", "đ", "%"),
  maxLength: 80,
});

describe("marks: properties", () => {
  it("every claim is marked once, the markup balances and the text is kept", () => {
    fc.assert(
      fc.property(
        textArb
          .filter((t) => !t.includes("\t"))
          .chain((t) => fc.tuple(fc.constant(t), claimsFor(t))),
        ([text, specs]) => {
          const claims = specs.map((s, i) => {
            const start = Math.max(0, Math.min(s.a, s.b, text.length));
            const end = Math.max(start, Math.min(Math.max(s.a, s.b), text.length));
            return claimAt(text, `c${i + 1}`, start, end, s.sev);
          });
          const { html, page } = marksOf(text, claims);
          expect(walk(withoutCode(html)).problems).toEqual([]);
          expect(page.text.replace(/\r\n?/g, "\n")).toBe(text.replace(/\r\n?/g, "\n"));
          for (const c of claims) {
            expect(page.firsts.get(c.id)).toBe(1);
            expect(page.claimText.get(c.id) ?? "").toBe(text.slice(c.span.start, c.span.end));
          }
        },
      ),
    );
  });

  it("with tables, every claim is still marked exactly once and the markup balances", () => {
    fc.assert(
      fc.property(
        textArb.chain((t) => fc.tuple(fc.constant(t), claimsFor(t))),
        ([text, specs]) => {
          const claims = specs.map((s, i) => {
            const start = Math.max(0, Math.min(s.a, s.b, text.length));
            const end = Math.max(start, Math.min(Math.max(s.a, s.b), text.length));
            return claimAt(text, `c${i + 1}`, start, end, s.sev);
          });
          const { html, page } = marksOf(text, claims);
          expect(walk(withoutCode(html)).problems).toEqual([]);
          for (const c of claims) expect(page.firsts.get(c.id)).toBe(1);
        },
      ),
    );
  });

  it("never throws, whatever the text and the result say", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (a, b) => {
        const result = auditText(a);
        // A result of one text drawn over another: spans out of place, never an exception.
        const html = renderHtml(result, b, { lang: "en" });
        expect(walk(withoutCode(html)).problems).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it("survives broken spans and odd claim ids", () => {
    const text = "Đã giải quyết 120/150 đơn.";
    const base = claimAt(text, "c1", 0, 5, ["error"]);
    const broken: Claim[] = [
      { ...base, id: 'x" onclick="alert(1)', span: { ...base.span, start: Number.NaN, end: 3 } },
      { ...base, id: "c1", span: { ...base.span, start: 90, end: -4 } },
      { ...base, id: "c1", span: { ...base.span, start: 2, end: Number.POSITIVE_INFINITY } },
    ];
    const result: AuditResult = resultOf(text, broken);
    const html = renderHtml(result, text);
    const page = walk(reportTextHtml(html));
    expect(page.problems).toEqual([]);
    // NaN reads as the start, an end past the text as its end, a reversed span as empty.
    expect(page.order).toEqual(["k1", "k3", "c1"]);
    expect(page.claimText.get("k3")).toBe(text.slice(2));
    expect(page.claimText.get("c1")).toBe("");
    expect(html).not.toContain('onclick="');
    expect(renderHtml(result, undefined as unknown as string)).toContain("<!doctype html>");
  });
});
