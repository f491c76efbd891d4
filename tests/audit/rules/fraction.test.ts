import { describe, expect, it } from "vitest";
import { alarms, claimsOf } from "./helpers.js";

// Fractions with their rate, in invented sentences.
describe("the fraction rule", () => {
  it("reads a rate after the words naming the fraction's members, when a lead verb leads it", () => {
    const text =
      "Toàn huyện có 412/420 chi bộ thuộc đảng bộ cơ sở tổ chức sinh hoạt chuyên đề, đạt 98,1%.";
    expect(claimsOf(text, "percentage")).toEqual(["consistent [part=412 whole=420 stated=98,1%]"]);
    expect(alarms(text.replace("98,1%", "91,8%"))).toEqual([
      expect.stringMatching(/^PERCENT_INCONSISTENT «412\/420/),
    ]);
  });

  it("reads a rate after 'chiếm' whose '%' was left out, and no figure with a unit", () => {
    // 17/24 = 70,833…%: "70,83" is the rate with its sign left out.
    const text =
      "Trong quý, lĩnh vực môi trường có 17/24 lượt tiếp dân chiếm 70,83(chủ yếu là kiến nghị).";
    expect(claimsOf(text, "percentage")).toEqual(["consistent [part=17 whole=24 stated=70,83]"]);
    expect(alarms(text.replace("70,83", "70,38"))).toEqual([
      expect.stringMatching(/^PERCENT_INCONSISTENT «17\/24/u),
    ]);
    expect(claimsOf(text.replace("70,83(", "70,83 ha ("), "percentage")).toEqual([]);
    expect(claimsOf(text.replace("70,83(", "70 ("), "percentage")).toEqual([]);
  });

  it("reads a fraction written in words: 'N … trên tổng số M'", () => {
    const text = "Xã đã khám sức khỏe cho 318 thanh niên trên tổng số 450 lệnh gọi, đạt 70,7%.";
    expect(claimsOf(text, "percentage")).toEqual(["consistent [part=318 whole=450 stated=70,7%]"]);
    expect(alarms(text.replace("70,7%", "77,0%")).length).toBe(1);
  });

  it("judges a rate written with 'trên' on the exact value, and leaves a members' threshold alone", () => {
    const over = "Đảng bộ có 3.120/3.790 đảng viên dự đánh giá, tỷ lệ trên 82,3%.";
    expect(alarms(over)).toEqual([]);
    expect(alarms(over.replace("82,3%", "83,2%"))).toEqual([
      expect.stringMatching(/^PERCENT_QUALIFIER_FAILS/),
    ]);
    // Every commune keeps its own rate under the threshold: no rate of 12/12.
    const threshold = "Có 12/12 xã, thị trấn đạt tỷ lệ dưới 5%.";
    expect(alarms(threshold)).toEqual([]);
    expect(claimsOf(threshold, "percentage")).toEqual([]);
  });

  it("takes 'chiếm p% so với tổng …' as the share of the fraction's whole, not a comparison", () => {
    const text = "Số đảng viên nữ hiện có 245/1.830 đảng viên, chiếm 13,39% so với tổng đảng viên.";
    expect(claimsOf(text, "percentage")).toEqual([
      "consistent [part=245 whole=1.830 stated=13,39%]",
    ]);
    expect(alarms(text.replace("13,39%", "13,93%")).length).toBe(1);
  });

  it("reads a fraction whose part carries its own breakdown before the slash", () => {
    const text = "Đã giải quyết 148 đơn (131 khiếu nại, 17 tố cáo)/163 đơn, đạt tỷ lệ 90,80%.";
    expect(claimsOf(text, "percentage")).toEqual(["consistent [part=148 whole=163 stated=90,80%]"]);
    expect(alarms(text.replace("90,80%", "90,08%"))).toEqual([
      expect.stringMatching(/^PERCENT_INCONSISTENT «148 đơn \(131/),
    ]);
  });
});
