import { describe, expect, it } from "vitest";
import { auditText, type Claim, checkIndicatorClaim, createLineIndex } from "../../src/index.js";

/** The codes of the indicator findings of a text, in order. */
const indicatorCodes = (text: string) =>
  auditText(text)
    .findings.filter((f) => f.code.startsWith("INDICATOR_"))
    .map((f) => f.code);

describe("INDICATOR_WRONG_BASE", () => {
  it("warns when a resolution rate is a share of the petitions received, naming the right base", () => {
    const result = auditText("Xã tiếp nhận 150 đơn; đã giải quyết 120 đơn, đạt 80%.");
    const finding = result.findings.find((f) => f.code === "INDICATOR_WRONG_BASE");
    expect(finding?.severity).toBe("warning");
    expect(finding?.span?.excerpt).toBe("150");
    expect(finding?.message.en).toMatch(/right base is petitions \(all kinds\) to resolve under/);
    expect(finding?.message.vi).toMatch(/mẫu số đúng là số đơn thư/);
    expect(finding?.data).toMatchObject({ indicator: "petitions.resolution-rate" });
    expect(result.claims[0]?.status).toBe("warning");
  });

  it("says nothing when the base is the petitions under jurisdiction", () => {
    expect(
      indicatorCodes("Xã có 140 đơn thuộc thẩm quyền; đã giải quyết 119 đơn, đạt 85%."),
    ).toEqual([]);
  });

  it("leaves both figures in one sentence to the resolution check", () => {
    const codes = auditText(
      "Tiếp nhận 150 đơn, thuộc thẩm quyền 140 đơn, đã giải quyết 120 đơn, đạt 80%.",
    ).findings.map((f) => f.code);
    expect(codes).toEqual(["RESOLUTION_WRONG_BASE"]);
  });

  it("warns on an on-time rate of files computed on the files received", () => {
    expect(
      indicatorCodes("Trong năm tiếp nhận 4.000 hồ sơ; giải quyết đúng hạn 3.800 hồ sơ, đạt 95%."),
    ).toEqual(["INDICATOR_WRONG_BASE"]);
    expect(
      indicatorCodes(
        "Trong năm đã giải quyết 4.000 hồ sơ; giải quyết đúng hạn 3.800 hồ sơ, đạt 95%.",
      ),
    ).toEqual([]);
  });

  it("warns on a new-rural share of communes and towns, not of communes alone", () => {
    expect(
      indicatorCodes("Toàn huyện có 20 xã, thị trấn; 12 xã đạt chuẩn nông thôn mới, chiếm 60%."),
    ).toEqual(["INDICATOR_WRONG_BASE"]);
    expect(
      indicatorCodes("Toàn huyện có 18 xã; 12 xã đạt chuẩn nông thôn mới, chiếm 66,67%."),
    ).toEqual([]);
  });

  it("leaves a poverty rate of persons rather than households to the share's own error", () => {
    // The households are the base in reach, so the share is an error that names the persons
    // as the base that would fit; no indicator warning is added on top (issue #17).
    const text = "Toàn xã có 2.000 hộ, dân số 8.000 khẩu; hộ nghèo 80 hộ, chiếm 1%.";
    expect(indicatorCodes(text)).toEqual([]);
    const finding = auditText(text).findings.find((f) => f.code === "PERCENT_INCONSISTENT");
    expect(finding?.data?.candidateBases).toEqual(["8000"]);
  });

  it("reads a table's base from its column header", () => {
    const table = (header: string) =>
      [`Tổng số đơn\t${header}\tĐã giải quyết`, "300\t200\t190 (95%)"].join("\n");
    expect(indicatorCodes(table("Thuộc thẩm quyền"))).toEqual([]);
    expect(indicatorCodes(table("Đơn tiếp nhận trong kỳ"))).toEqual(["INDICATOR_WRONG_BASE"]);
  });
});

describe("INDICATOR_ABOVE_RANGE and INDICATOR_BELOW_RANGE", () => {
  it("is an error for a resolution rate over 100 %, though the fraction gives it", () => {
    const result = auditText("Huyện đã giải quyết 63/60 đơn thư, đạt 105%.");
    expect(result.findings.map((f) => f.code)).toEqual(["INDICATOR_ABOVE_RANGE"]);
    expect(result.findings[0]?.span?.excerpt).toBe("105%");
    expect(result.claims[0]?.status).toBe("error");
  });

  it("leaves a share of a plan or target alone", () => {
    expect(indicatorCodes("Tinh giản 42/40 biên chế, đạt 105% chỉ tiêu giao.")).toEqual([]);
    expect(indicatorCodes("Hòa giải thành 63/60 vụ việc, đạt 105% so với kế hoạch.")).toEqual([]);
    expect(indicatorCodes("Hòa giải thành 63/60 vụ việc, đạt 105%.")).toEqual([
      "INDICATOR_ABOVE_RANGE",
    ]);
  });

  it("checks the values of a change between two shares", () => {
    const text = "Tỷ lệ hộ nghèo giảm từ 5,2% xuống còn 104,1%.";
    const index = createLineIndex(text);
    const claim: Claim = {
      id: "c1",
      kind: "change",
      span: index.span(14, 44),
      section: undefined,
      figures: [
        { role: "before", text: "5,2%", value: "5.2", span: index.span(25, 29) },
        { role: "after", text: "104,1%", value: "104.1", span: index.span(38, 44) },
      ] as unknown as Claim["figures"],
      status: "consistent",
      findings: [],
      explanation: { vi: "", en: "" },
    };
    expect(checkIndicatorClaim(claim, "poverty.rate", text).map((f) => f.code)).toEqual([
      "INDICATOR_ABOVE_RANGE",
    ]);
    const below = { ...claim, figures: [{ ...claim.figures[0], value: "-1", text: "-1%" }] };
    expect(checkIndicatorClaim(below as Claim, "poverty.rate", text).map((f) => f.code)).toEqual([
      "INDICATOR_BELOW_RANGE",
    ]);
    expect(checkIndicatorClaim(claim, "no.such-indicator", text)).toEqual([]);
  });
});

describe("INDICATOR_COUNT_NOT_WHOLE", () => {
  it("is an error for a count of visits written with decimals", () => {
    const result = auditText(
      "Huyện tiếp công dân 1.250,5 lượt, trong đó cấp huyện 450,5 lượt, cấp xã 800 lượt.",
    );
    const finding = result.findings.find((f) => f.code === "INDICATOR_COUNT_NOT_WHOLE");
    expect(finding?.severity).toBe("error");
    expect(finding?.span?.excerpt).toBe("1.250,5");
  });

  it("says nothing about whole counts", () => {
    expect(
      indicatorCodes(
        "Huyện tiếp công dân 1.250 lượt, trong đó cấp huyện 450 lượt, cấp xã 800 lượt.",
      ),
    ).toEqual([]);
  });
});

describe("the real reports stay as a careful reader finds them", () => {
  it("adds no indicator finding to the sample report", () => {
    const sample = new URL("../../examples/sample-report.txt", import.meta.url);
    return import("node:fs").then(({ readFileSync }) => {
      const result = auditText(readFileSync(sample, "utf8"));
      expect(result.findings.filter((f) => f.code.startsWith("INDICATOR_"))).toEqual([]);
      expect(result.claims.filter((c) => c.indicator).length).toBeGreaterThanOrEqual(10);
    });
  });
});
