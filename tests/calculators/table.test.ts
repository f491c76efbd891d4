import { describe, expect, it } from "vitest";
import { BaocaoError, checkTable } from "../../src/index.js";

describe("checkTable", () => {
  const rows = [
    [12, 30, 45],
    [15, 41, 52],
    [9, null, 38],
  ];

  it("accepts a table whose rows, columns and grand total add up", () => {
    const result = checkTable({
      rows,
      totalRow: [36, 71, 135],
      totalColumn: [87, 108, 47],
      grandTotal: 242,
    });
    expect(result.verdict).toBe("consistent");
    expect(result.rowSums).toEqual(["87", "108", "47"]);
    expect(result.columnSums).toEqual(["36", "71", "135"]);
    expect(result.grandSum).toBe("242");
  });

  it("names the row, the column and the grand total that do not add up", () => {
    const result = checkTable({
      rows,
      totalRow: [36, 72, 135],
      totalColumn: [87, 108, 48],
      grandTotal: 244,
      rowLabels: ["2018", "2019", "2020"],
      columnLabels: ["Số đoàn", "Số cuộc", "Số đơn vị"],
    });
    expect(result.verdict).toBe("inconsistent");
    expect(result.findings.map((f) => f.code)).toEqual([
      "TABLE_ROW_TOTAL",
      "TABLE_COLUMN_TOTAL",
      "TABLE_GRAND_TOTAL",
    ]);
    expect(result.findings[0]?.message.vi).toBe(
      "Dòng 3 (2020): các ô cộng lại 47, ô tổng ghi 48 (chênh 1)",
    );
    expect(result.findings[1]?.data).toEqual({ column: 1 });
  });

  it("treats blank cells as nothing and skips blank totals", () => {
    const result = checkTable({
      rows: [
        [5, "", "-"],
        [undefined, 3],
      ],
      totalRow: [5, null, 0],
    });
    expect(result.verdict).toBe("consistent");
  });

  it("checks 'n (x%)' cells against their row total", () => {
    const result = checkTable({
      rows: [
        [
          { count: 45, percent: "37,5" },
          { count: 75, percent: "62,5" },
        ],
        [
          { count: 17, percent: "89,4" },
          { count: 2, percent: "10,6" },
        ],
      ],
      totalColumn: [120, 19],
    });
    expect(result.verdict).toBe("consistent-with-warnings");
    expect(result.findings.map((f) => f.code)).toEqual([
      "PERCENT_ONLY_IF_TRUNCATED",
      "PERCENT_COMPLEMENT",
    ]);
    expect(result.findings[0]?.message.vi).toMatch(/^Dòng 2, cột 1: 17\/19/);
    expect(result.findings[0]?.data).toMatchObject({ row: 1, column: 0 });
  });

  it("checks percentages against another column of the row", () => {
    // received | under jurisdiction | resolved (x%) | pending (x%)
    const result = checkTable({
      rows: [[980, 640, { count: 624, percent: "97,5" }, { count: 16, percent: "2,6" }]],
      percentOf: { column: 1 },
    });
    expect(result.findings.map((f) => [f.code, f.data?.column])).toEqual([
      ["PERCENT_INCONSISTENT", 3],
    ]);
  });

  it("notes a percentage whose base is blank, and flags one of a zero base", () => {
    const blank = checkTable({ rows: [[{ count: 3, percent: "50" }]] });
    expect(blank.findings[0]?.code).toBe("TABLE_PERCENT_NO_BASE");
    expect(blank.verdict).toBe("consistent");
    const zero = checkTable({ rows: [[{ count: 0, percent: "0" }]], totalColumn: [0] });
    expect(zero.findings[0]?.code).toBe("PERCENT_ZERO_BASE");
  });

  it("refuses a total column longer than the rows and a bad base column", () => {
    expect(() => checkTable({ rows: [[1]], totalColumn: [1, 2] })).toThrow(BaocaoError);
    expect(() => checkTable({ rows: [[1]], percentOf: { column: 3 } })).toThrow(BaocaoError);
  });
});
