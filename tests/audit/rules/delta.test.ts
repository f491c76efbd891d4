import { describe, expect, it } from "vitest";
import { alarms, claimsOf } from "./helpers.js";

// A change written as its delta and percentage, against the figure written before it.
describe("the delta rule", () => {
  it("checks parallel changes against the figures of the sentence before (issue #17, shape 1)", () => {
    const text =
      "Năm 2024, huyện Đông Sơn Hà cấp mới 1.140 giấy phép kinh doanh hộ cá thể và cấp đổi 210 giấy phép. So với năm 2023, cấp mới tăng 140 giấy phép (14%), cấp đổi giảm 30 giấy phép (-15,2%).";
    expect(claimsOf(text, "change")).toEqual([
      "info [after=1.140 change=140 percent=14%]",
      "error [after=210 change=30 percent=-15,2%]",
    ]);
  });

  it("reads 'tăng p%, tương ứng tăng N'", () => {
    expect(
      alarms("Thu ngân sách xã đạt 9.360 triệu đồng, tăng 17%, tương ứng tăng 1.360 triệu đồng."),
    ).toEqual([]);
    expect(
      alarms("Thu ngân sách xã đạt 9.360 triệu đồng, tăng 17%, tương ứng tăng 1.630 triệu đồng."),
    ).toHaveLength(1);
  });

  it("reads the percentage before its delta: 'giảm 6,25% (giảm 3 hộ)'", () => {
    expect(claimsOf("Năm nay toàn xã còn 45 hộ nghèo, giảm 6,25% (giảm 3 hộ).", "change")).toEqual([
      "info [after=45 change=3 percent=6,25%]",
    ]);
    expect(alarms("Năm nay toàn xã còn 45 hộ nghèo, giảm 6,52% (giảm 3 hộ).")).toHaveLength(1);
  });

  it("pairs each delta with its figure by the words they share, whatever their order", () => {
    const text =
      "Trong quý, trên địa bàn xảy ra 30 vụ cháy, làm chết 4 người và bị thương 16 người. So với cùng kỳ, số người bị thương giảm 4 người (giảm 20%), số người chết giảm 1 người (giảm 20%).";
    expect(alarms(text)).toEqual([]);
    const slip = text.replace(
      "bị thương giảm 4 người (giảm 20%)",
      "bị thương giảm 4 người (giảm 25%)",
    );
    expect(alarms(slip)).toHaveLength(1);
  });

  it("continues a list of changes that states its direction once", () => {
    const text =
      "Cả tháng có 208 hồ sơ, 52 lượt tư vấn và 90 lượt hòa giải. So với tháng trước, tăng cả 3 chỉ tiêu: tăng 8 hồ sơ (4%), 4 lượt tư vấn (8,33%) và 15 lượt hòa giải (20%).";
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace("(8,33%)", "(8,38%)"))).toHaveLength(1);
  });

  it("leaves a change alone when its figure cannot be told apart", () => {
    // Two figures of people, no words to pair them by, and one change: which one changed?
    const text = "Đoàn có 40 người và 25 người dự. So với năm trước, tăng 5 người (20%).";
    expect(claimsOf(text, "change")).toEqual([]);
  });

  it("does not read a figure with a change percentage as a delta", () => {
    expect(
      claimsOf("Các cấp ủy đã kỷ luật 48 đảng viên, giảm 4% so với năm trước.", "change"),
    ).toEqual([]);
  });

  it("reads a change percentage written with a dot for the decimal mark", () => {
    const text = "Năm nay cấp 2.142 thẻ (tăng 42 thẻ, 2.0% so với năm trước).";
    expect(claimsOf(text, "change")).toEqual(["info [after=2.142 change=42 percent=2.0%]"]);
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace("2.0%", "0.2%"))).toEqual([
      "PERCENT_INCONSISTENT «tăng 42 thẻ, 0.2%»",
    ]);
  });
});
