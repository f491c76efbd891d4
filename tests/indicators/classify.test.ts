import { describe, expect, it } from "vitest";
import { auditText, classifyClaim, createCatalogue } from "../../src/index.js";

/** Each claim's kind and indicator, in text order. */
const labels = (text: string) =>
  auditText(text).claims.map((c) => `${c.kind}:${c.indicator ?? "-"}`);

describe("claims the words clearly identify", () => {
  it.each([
    ["Toàn xã có 2.000 hộ; hộ nghèo còn 70 hộ, chiếm 3,5%.", "share:poverty.rate"],
    ["Toàn xã có 2.000 hộ; hộ cận nghèo 90 hộ, chiếm 4,5%.", "share:poverty.near-poor-rate"],
    [
      "Năm 2024, xã đã giải quyết 57/60 đơn khiếu nại, đạt 95%.",
      "percentage:complaints.resolution-rate",
    ],
    ["Huyện đã giải quyết 38/40 đơn tố cáo, đạt 95%.", "percentage:denunciations.resolution-rate"],
    [
      "Các tổ hòa giải đã hòa giải thành 180/200 vụ việc, đạt 90%.",
      "percentage:mediation.success-rate",
    ],
    [
      "Cung cấp dịch vụ công trực tuyến mức độ 4 cho 300/1.200 thủ tục, đạt 25%.",
      "percentage:procedures.online-level-4",
    ],
    [
      "Có 640 thủ tục được cung cấp trực tuyến mức độ 3, 4, đạt 53,33% (640/1.200).",
      "percentage:procedures.online-level-3-4",
    ],
    [
      "Hồ sơ giải quyết đúng hạn đạt 97,5% (3.900/4.000 hồ sơ).",
      "percentage:procedures.files-on-time",
    ],
    ["Hồ sơ giải quyết quá hạn 100/4.000 hồ sơ, chiếm 2,5%.", "percentage:procedures.files-late"],
    [
      "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92% (46.000/50.000 người).",
      "percentage:health-insurance.coverage",
    ],
    [
      "Toàn huyện có 18 xã; đã có 12 xã đạt chuẩn nông thôn mới, chiếm 66,67%.",
      "share:new-rural.communes-share",
    ],
    [
      "Huyện tiếp công dân 1.250 lượt, trong đó cấp huyện 450 lượt, cấp xã 800 lượt.",
      "breakdown:reception.visits",
    ],
    [
      "Trong năm, các cơ quan đã tổ chức 36 cuộc đối thoại (cấp huyện 6, cấp xã 30 cuộc).",
      "breakdown:dialogues.held",
    ],
    [
      "Đã xây dựng 120 mô hình “Dân vận khéo”, gồm: lĩnh vực kinh tế 70 mô hình, lĩnh vực văn hóa 50 mô hình.",
      "breakdown:mobilisation.models",
    ],
    [
      "Giai đoạn 2016-2020 tinh giản 60 biên chế công chức, trong đó cấp tỉnh 40 biên chế, cấp huyện 20 biên chế.",
      "breakdown:staff.cuts.civil-servants",
    ],
    [
      "Tiến hành 14 cuộc thanh tra (thanh tra hành chính 9 cuộc, thanh tra chuyên ngành 5 cuộc).",
      "breakdown:inspections.conducted",
    ],
    ["Sáp nhập 24 thôn, gồm: xã A 10 thôn, xã B 14 thôn.", "breakdown:units.merged"],
    [
      "Mặt trận tổ chức 15 hội nghị phản biện xã hội (cấp huyện 3, cấp xã 12 hội nghị).",
      "breakdown:social-criticism.conferences",
    ],
    [
      "Ủy ban Mặt trận tổ chức 42 cuộc giám sát (cấp huyện 7, cấp xã 35 cuộc).",
      "breakdown:supervision.conducted",
    ],
    [
      "Tiếp nhận 240 vụ việc hòa giải, trong đó hòa giải thành 200 vụ việc, hòa giải không thành 40 vụ việc.",
      "breakdown:mediation.cases",
    ],
  ])("%s", (text, expected) => {
    expect(labels(text)).toEqual([expected]);
  });

  it("reads the tone marks either way (hoà giải, hòa giải)", () => {
    expect(labels("Đã hoà giải thành 45/50 vụ việc, đạt 90%.")).toEqual([
      "percentage:mediation.success-rate",
    ]);
  });

  it("labels a resolution passage by the kind of its cases", () => {
    const text =
      "Năm 2023, huyện phải giải quyết 84 đơn khiếu nại (đơn mới 80, đơn cũ 4), đã giải quyết 80 đơn, còn 4 đơn.";
    const claim = auditText(text).claims.find((c) => c.kind === "resolution");
    expect(claim?.indicator).toBe("complaints.resolution-rate");
  });

  it("takes the kind from a table's caption when its headers do not name one", () => {
    const text = [
      "Đơn thư tố cáo",
      "",
      "Số đơn tiếp nhận\tSố đơn thuộc thẩm quyền\tSố đơn đã giải quyết; đạt tỷ lệ %",
      "96\t40\t38 (95%)",
    ].join("\n");
    expect(labels(text)).toEqual(["table:denunciations.resolution-rate"]);
  });

  it("reads a column header's counted noun as the unit (Số cuộc …, not Số đơn vị …)", () => {
    const text = [
      "Năm\tSố cuộc kiểm tra\tSố đơn vị được kiểm tra",
      "2022\t5\t9",
      "2023\t7\t12",
      "Cộng\t12\t21",
    ].join("\n");
    expect(labels(text)).toEqual(["table:checks.conducted", "table:-"]);
  });
});

describe("claims left without a label", () => {
  it.each([
    // Words of no indicator.
    "Đã xây dựng 40 công trình, trong đó 25 công trình giao thông, 15 công trình thủy lợi.",
    "Đạt 45/50 chỉ tiêu, chiếm 90%.",
    "Tổ chức 312 hội nghị quán triệt (cấp huyện 48, cấp xã 264 hội nghị).",
    // Two indicators joined in one phrase: neither is sure.
    "Thực hiện kiểm tra, giám sát 30 cuộc (cấp huyện 10, cấp xã 20 cuộc).",
    // Resolved files of a procedure are not petitions.
    "Đã giải quyết 470/500 hồ sơ đất đai, đạt 94%.",
    // Meetings with voters are not citizen reception, and are not counted in visits.
    "Số lượt tiếp xúc cử tri 1.200 lượt, trong đó cấp huyện 200 lượt, cấp xã 1.000 lượt.",
    // The unit of the figure belongs to no indicator the words name.
    "Tổ chức đối thoại tại 16 xã, gồm: khu vực A 10 xã, khu vực B 6 xã.",
  ])("%s", (text) => {
    const claims = auditText(text).claims;
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.filter((c) => c.indicator !== undefined)).toEqual([]);
  });

  it("keeps complaints and denunciations together generic", () => {
    expect(labels("Đã giải quyết 45/50 đơn thư khiếu nại, tố cáo, đạt 90%.")).toEqual([
      "percentage:petitions.resolution-rate",
    ]);
  });

  it("gives no label when two indicators tie (models and exemplars without a unit)", () => {
    const catalogue = createCatalogue([
      {
        id: "test.a",
        topic: "test",
        name: { vi: "A", en: "A" },
        measure: "share",
        unit: "%",
        terms: ["chương trình"],
        numerator: { vi: "a", en: "a" },
        denominator: { vi: "b", en: "b" },
        range: { min: "0", max: "100" },
      },
      {
        id: "test.b",
        topic: "test",
        name: { vi: "B", en: "B" },
        measure: "share",
        unit: "%",
        terms: ["chương trình"],
        numerator: { vi: "a", en: "a" },
        denominator: { vi: "b", en: "b" },
        range: { min: "0", max: "100" },
      },
    ]);
    const text = "Chương trình đã hoàn thành 9/10 nội dung, đạt 90%.";
    const claim = auditText(text).claims[0];
    expect(claim && classifyClaim(claim, text, catalogue)).toBeUndefined();
  });

  it("labels nothing that is not a figure claim (citations)", () => {
    const text = "Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 về giải quyết khiếu nại.";
    for (const c of auditText(text).claims) expect(c.indicator).toBeUndefined();
  });
});
