import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatEn, formatVi, show } from "../../src/calculators/messages.js";
import {
  type BreakdownNode,
  checkBreakdownTree,
  checkTable,
  checkTotal,
  Decimal,
  formatNumber,
  isBaocaoError,
} from "../../src/index.js";

// Inputs far larger than a report holds: they must be computed (linear time, no call-stack
// overflow), not crash. Speed goals live in `npm run bench`; the timeouts here only stop a run
// that has gone quadratic.

/** Thousands grouping written the plain way, one group at a time, to compare against. */
function grouped(digits: string): string {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3)
    groups.push(digits.slice(Math.max(0, end - 3), end));
  return groups.reverse().join(".");
}

describe("thousands grouping in messages and formatNumber", () => {
  it("groups any integer as the plain method does", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{0,200}$/), fc.boolean(), (digits, negative) => {
        const value = new Decimal(`${negative ? "-" : ""}${digits}`);
        const sign = negative ? "-" : "";
        expect(formatVi(value)).toBe(`${sign}${grouped(digits)}`);
        expect(show(value).vi).toBe(`${sign}${grouped(digits)}`);
        expect(formatNumber(value)).toBe(`${sign}${grouped(digits)}`);
        expect(formatEn(value)).toBe(`${sign}${digits}`);
      }),
    );
  });

  it("formats a numeral of a million digits, alone and in a calculator's message", () => {
    const digits = `1${"0".repeat(999_999)}`;
    const expected = grouped(digits);
    expect(formatNumber(digits)).toBe(expected);
    const result = checkTotal({ total: digits, parts: ["1"], exhaustive: true });
    expect(result.findings[0]?.code).toBe("TOTAL_SHORT");
    expect(result.findings[0]?.message.vi).toContain(`tổng số ${expected}`);
  }, 120_000);
});

describe("checkTable with 200 000 rows", () => {
  it("counts the columns without spreading every row into one call", () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => (i === 7 ? [1, 2] : [1]));
    const result = checkTable({ rows, totalRow: [200_000, 3] });
    expect(result.columnSums).toEqual(["200000", "2"]);
    expect(result.findings.map((f) => f.code)).toEqual(["TABLE_COLUMN_TOTAL"]);
  });
});

describe("checkBreakdownTree on deep and wide trees", () => {
  const chain = (levels: number): BreakdownNode => {
    let node: BreakdownNode = { label: "lá", value: 1 };
    for (let i = 0; i < levels; i += 1) node = { label: `cấp ${i}`, value: 1, children: [node] };
    return node;
  };

  it("walks 900 levels without recursion, root first, each node with its path", () => {
    const result = checkBreakdownTree(chain(900));
    expect(result.verdict).toBe("consistent");
    expect(result.nodes).toHaveLength(900);
    expect(result.nodes[0]?.path).toEqual(["cấp 899"]);
    expect(result.nodes[899]?.path).toHaveLength(900);
  });

  it("refuses a tree nested past 1000 levels with CALC_TOO_DEEP, not a stack overflow", () => {
    let thrown: unknown;
    try {
      checkBreakdownTree(chain(20_000));
    } catch (error) {
      thrown = error;
    }
    expect(isBaocaoError(thrown) && thrown.code).toBe("CALC_TOO_DEEP");
  });

  it("checks a node of 200 000 parts", () => {
    const children = Array.from({ length: 200_000 }, () => ({ value: 1 }));
    const result = checkBreakdownTree({ value: 200_001, exhaustive: true, children });
    expect(result.findings.map((f) => f.code)).toEqual(["TOTAL_SHORT"]);
  });

  it("visits nodes in the same order as a recursive walk", () => {
    const node: fc.Arbitrary<BreakdownNode> = fc.letrec<{ node: BreakdownNode }>((tie) => ({
      node: fc.record(
        {
          label: fc.constantFrom("a", "b", "c"),
          value: fc.integer({ min: 0, max: 9 }),
          children: fc.array(tie("node"), { maxLength: 3 }),
        },
        { requiredKeys: ["value"] },
      ),
    })).node;
    const paths = (root: BreakdownNode): string[] => {
      const out: string[] = [];
      const walk = (n: BreakdownNode, path: string[]) => {
        if ((n.children ?? []).length > 0) out.push(path.join("/"));
        n.children?.forEach((c, i) => {
          walk(c, [...path, c.label ?? String(i + 1)]);
        });
      };
      walk(root, [root.label ?? "1"]);
      return out;
    };
    fc.assert(
      fc.property(node, (root) => {
        expect(checkBreakdownTree(root).nodes.map((n) => n.path.join("/"))).toEqual(paths(root));
      }),
    );
  });
});
