import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BaocaoError, checkBreakdownTree, checkTotal } from "../../src/index.js";

describe("checkTotal", () => {
  it("accepts parts that add up (gồm)", () => {
    // "tiếp nhận 1.240 đơn, gồm cấp huyện 415, cấp xã 760 và cơ quan khác 65"
    const result = checkTotal({ total: 1240, parts: [415, 760, 65], exhaustive: true });
    expect(result).toEqual({ verdict: "consistent", findings: [], sum: "1240", difference: "0" });
  });

  it("makes an exhaustive breakdown that falls short an error", () => {
    const result = checkTotal({ total: 1240, parts: [415, 760], exhaustive: true });
    expect(result.verdict).toBe("falls-short");
    expect(result.difference).toBe("65");
    expect(result.findings[0]?.code).toBe("TOTAL_SHORT");
    expect(result.findings[0]?.severity).toBe("error");
    expect(result.findings[0]?.message.vi).toBe(
      "Các phần liệt kê đầy đủ (gồm) 415 + 760 = 1.175, thiếu 65 so với tổng số 1.240",
    );
  });

  it("makes a partial breakdown (trong đó) that falls short a note", () => {
    const result = checkTotal({ total: 1240, parts: [415, 760], exhaustive: false });
    expect(result.verdict).toBe("falls-short");
    expect(result.findings[0]?.code).toBe("TOTAL_PARTIAL");
    expect(result.findings[0]?.severity).toBe("info");
  });

  it("makes parts that exceed the total an error either way", () => {
    for (const exhaustive of [true, false]) {
      const result = checkTotal({ total: 1240, parts: [415, 760, 75], exhaustive });
      expect(result.verdict).toBe("exceeds");
      expect(result.difference).toBe("-10");
      expect(result.findings[0]?.code).toBe("TOTAL_EXCEEDED");
      expect(result.findings[0]?.message.en).toBe(
        "The parts 415 + 760 + 75 = 1250 exceed the total 1240 by 10",
      );
    }
  });

  it("adds decimal amounts exactly and honours a tolerance", () => {
    // "tổng kinh phí 3.520,7 triệu đồng, trong đó ngân sách tỉnh 1.200,4, ngân sách huyện 2.320,3"
    expect(
      checkTotal({ total: "3520.7", parts: ["1200.4", "2320.3"], exhaustive: true }).verdict,
    ).toBe("consistent");
    expect(
      checkTotal({
        total: "3520.7",
        parts: ["1200.4", "2320.2"],
        exhaustive: true,
        tolerance: "0.1",
      }).verdict,
    ).toBe("consistent");
  });

  it("shortens a long list of parts in messages", () => {
    const parts = Array.from({ length: 10 }, () => 1);
    const result = checkTotal({ total: 11, parts, exhaustive: true });
    expect(result.findings[0]?.message.vi).toContain("+ … (10 phần)");
  });

  it("refuses negative parts", () => {
    expect(() => checkTotal({ total: 10, parts: [-1, 11], exhaustive: true })).toThrow(BaocaoError);
  });

  it("sums of random parts always check", () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { maxLength: 20 }),
        fc.boolean(),
        (parts, exhaustive) => {
          const total = parts.reduce((a, b) => a + b, 0n);
          const result = checkTotal({ total, parts, exhaustive });
          expect(result.verdict).toBe("consistent");
          expect(result.sum).toBe(total.toString());
          const over = checkTotal({ total: total + 1n, parts, exhaustive });
          expect(over.verdict).toBe("falls-short");
          expect(over.findings[0]?.severity).toBe(exhaustive ? "error" : "info");
        },
      ),
    );
  });
});

describe("checkBreakdownTree", () => {
  const tree = {
    label: "toàn huyện",
    value: 1120,
    exhaustive: true,
    children: [
      {
        label: "cấp huyện",
        value: 430,
        children: [
          { label: "khiếu nại", value: 22 },
          { label: "tố cáo", value: 18 },
          { label: "kiến nghị, phản ánh", value: 390 },
        ],
      },
      {
        label: "cấp xã",
        value: 690,
        exhaustive: true,
        children: [
          { label: "khiếu nại", value: 9 },
          { label: "kiến nghị, phản ánh", value: 671 },
        ],
      },
    ],
  } as const;

  it("checks every level and names the failing node", () => {
    const result = checkBreakdownTree(tree);
    expect(result.verdict).toBe("inconsistent");
    expect(result.nodes.map((n) => [n.path.join("/"), n.verdict])).toEqual([
      ["toàn huyện", "consistent"],
      ["toàn huyện/cấp huyện", "consistent"],
      ["toàn huyện/cấp xã", "falls-short"],
    ]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.message.vi).toMatch(/^toàn huyện › cấp xã: /);
    expect(result.findings[0]?.data?.path).toEqual(["toàn huyện", "cấp xã"]);
  });

  it("is incomplete when only partial breakdowns fall short", () => {
    const result = checkBreakdownTree({
      value: 100,
      children: [{ value: 40 }, { value: 50, children: [{ value: 20 }] }],
    });
    expect(result.verdict).toBe("incomplete");
    expect(result.findings.map((f) => f.code)).toEqual(["TOTAL_PARTIAL", "TOTAL_PARTIAL"]);
    expect(result.nodes[1]?.path).toEqual(["1", "2"]);
  });

  it("is consistent for a leaf alone", () => {
    expect(checkBreakdownTree({ value: 5 })).toEqual({
      verdict: "consistent",
      findings: [],
      nodes: [],
    });
  });
});
