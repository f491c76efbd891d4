import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditText } from "../../src/index.js";

// The shipped sample report has one planted mistake of each kind; each must be found where it is.
const text = readFileSync(new URL("../../examples/sample-report.txt", import.meta.url), "utf8");
const result = auditText(text);
const at = (code: string) =>
  result.findings.filter((f) => f.code === code).map((f) => f.span?.excerpt);

describe("the sample report", () => {
  it("is dated from its header", () => {
    expect(result.reportDate?.iso).toBe("2024-09-12");
  });

  it.each([
    [
      "UNIT_COUNT_BREAKDOWN_MISMATCH",
      "21 đơn vị hành chính cấp xã, trong đó có 19 xã và 03 thị trấn",
    ],
    ["UNIT_COVERAGE_EXCEEDS_TOTAL", "22/21 xã, thị trấn"],
    ["REF_DATE_CONTRADICTS_REGISTRY", "04/2015/NĐ-CP"],
    ["REF_SPACING", "36 - KH/HU"],
    [
      "RESOLUTION_BALANCE_MISMATCH",
      "phải giải quyết 540 đơn (đơn mới 512, đơn cũ 28), đã giải quyết xong 521 đơn, còn 21 đơn",
    ],
    ["PERCENT_INCONSISTENT", "318/405 vụ việc (đạt 78,9%"],
    ["PERCENT_QUALIFIER_FAILS", "đạt trên 61,5% (1.033/1.684"],
    ["UNIT_RANK_COUNT_MISMATCH", "thứ 27/64"],
    ["DATE_PERIOD_ENDS_AFTER_REPORT", "Tính đến ngày 31/12/2024"],
    [
      "CHANGE_AMOUNT_MISMATCH",
      "giảm từ 186 xuống còn 171 người (giảm 14 người), tương đương 8,06%",
    ],
    ["REF_DATED_AFTER_REPORT", "1502/QĐ-UBND"],
    ["TOTAL_SHORT", "45 mô hình"],
    ["PERCENT_UNREACHABLE", "28 đại biểu được mời, số đại biểu tham dự đạt 82,15%"],
    ["TABLE_COLUMN_TOTAL", "135"],
  ])("finds %s at «%s»", (code, excerpt) => {
    expect(at(code)).toContain(excerpt);
  });

  it("recomputes the consistent claims without a finding", () => {
    const consistent = result.claims
      .filter((c) => c.status === "consistent")
      .map((c) => c.span.excerpt);
    expect(consistent).toEqual(
      expect.arrayContaining([
        "1.183 hộ, chiếm 4,8%",
        "1.684 thủ tục hành chính (cấp huyện 1.198, cấp xã 486 TTHC",
        "đạt 98,73% (6.831/6.919 hồ sơ",
        "52",
      ]),
    );
  });

  it("stays silent on the look-alikes (05/08 tiêu chí, tỷ lệ 1/500, ngày 15/11/2019, 100% các xã)", () => {
    const line = text.split("\n").findIndex((l) => l.includes("05/08 tiêu chí")) + 1;
    const flagged = result.findings
      .filter((f) => f.span?.line === line)
      .map((f) => f.span?.excerpt);
    expect(flagged.every((e) => !/05\/08|1\/500|15\/11\/2019/.test(e ?? ""))).toBe(true);
    expect(result.findings.some((f) => f.span?.excerpt.includes("100%"))).toBe(false);
  });
});
