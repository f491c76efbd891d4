import { describe, expect, it } from "vitest";
import { auditText } from "../../../src/index.js";
import { alarms, claimsOf } from "./helpers.js";

// Averages: a total spread over a count, with its average (issue #17, shape 12).
describe("the average rule", () => {
  const loans =
    "Trong năm, hội phụ nữ xã bảo lãnh cho 64 hội viên vay tổng số 1.920 triệu đồng, bình quân 30 triệu đồng/hội viên.";

  it("divides the total by the count of the unit after the slash, in the average's magnitude", () => {
    expect(claimsOf(loans, "average")).toEqual(["consistent [total=1.920 count=64 average=30]"]);
    expect(alarms(loans)).toEqual([]);
    expect(alarms(loans.replace("bình quân 30", "bình quân 3,0"))).toEqual([
      "AVERAGE_INCONSISTENT «64 hội viên vay tổng số 1.920 triệu đồng, bình quân 3,0 triệu đồng/hội viên»",
    ]);
    expect(alarms(loans.replace("bình quân 30", "bình quân 33"))).toHaveLength(1);
  });

  it("says what it recomputed, in the average's own unit", () => {
    const [finding] = auditText(loans.replace("bình quân 30", "bình quân 32")).findings;
    expect(finding?.message.vi).toBe(
      "Bình quân tính lại: 1.920/64 = 30,00, làm tròn là 30; số bình quân ghi 32 không khớp (chênh 2,00)",
    );
    expect(finding?.message.en).toBe(
      "Average recomputed: 1920/64 = 30.00, which rounds to 30; the stated average 32 does not match (off by 2.00)",
    );
  });

  it("reads the unit after 'mỗi', and a total in another magnitude", () => {
    const each = "Dự án cấp 7,5 tỷ đồng cho 250 hộ trồng rừng, bình quân mỗi hộ 30 triệu đồng.";
    expect(claimsOf(each, "average")).toEqual(["consistent [total=7,5 count=250 average=30]"]);
    expect(alarms(each.replace("mỗi hộ 30", "mỗi hộ 36"))).toHaveLength(1);
  });

  it("reads people per household", () => {
    const people = "Thôn Đồng Tâm có 215 hộ với 817 người, trung bình 3,8 người/hộ.";
    expect(claimsOf(people, "average")).toEqual(["consistent [total=817 count=215 average=3,8]"]);
    expect(alarms(people.replace("3,8 người", "8,3 người"))).toHaveLength(1);
  });

  it("reads a yield in tạ/ha of a production in tấn, the production after it", () => {
    const crop =
      "Vụ mùa, xã cấy 412 ha lúa, năng suất bình quân đạt 51,6 tạ/ha, sản lượng 2.126 tấn.";
    expect(claimsOf(crop, "average")).toEqual(["consistent [total=2.126 count=412 average=51,6]"]);
    expect(alarms(crop.replace("51,6 tạ", "56,1 tạ"))).toHaveLength(1);
  });

  it("takes the count that stands with the total, not a part named after it", () => {
    const parts =
      "Năm 2024 tỉnh bố trí 96 tỷ đồng cho 24 dự án, trong đó 10 dự án giao thông, bình quân 4 tỷ đồng/dự án.";
    expect(claimsOf(parts, "average")).toEqual(["consistent [total=96 count=24 average=4]"]);
    const sub =
      "Quỹ giải ngân 5 tỷ đồng cho 120 hộ, trong đó 30 hộ nghèo vay 900 triệu đồng, bình quân 30 triệu đồng/hộ.";
    expect(claimsOf(sub, "average")).toEqual(["consistent [total=900 count=30 average=30]"]);
  });

  it("reads words naming the average when the total is named by them too", () => {
    const named =
      "Năm 2024 ngân hàng cho vay với tổng dư nợ 96 tỷ đồng tại 2.400 hộ, mức cho vay bình quân 40 triệu đồng/hộ.";
    expect(claimsOf(named, "average")).toEqual(["consistent [total=96 count=2.400 average=40]"]);
    expect(alarms(named.replace("bình quân 40", "bình quân 44"))).toHaveLength(1);
  });

  it("holds an average only truncation gives with a warning", () => {
    // 1.150/36 = 31,94…: "31,9" rounds, "31,95" would need more digits, "31" only truncates.
    const cut = "Năm nay xã chi 1.150 triệu đồng cho 36 hộ, bình quân 31 triệu đồng/hộ.";
    expect(claimsOf(cut, "average")).toEqual(["warning [total=1.150 count=36 average=31]"]);
    expect(alarms(cut)).toEqual([
      "AVERAGE_ONLY_IF_TRUNCATED «1.150 triệu đồng cho 36 hộ, bình quân 31 triệu đồng/hộ»",
    ]);
  });

  it("gives a total written in a larger unit, or qualified, the range its digits allow", () => {
    // 2,3 tỷ is 2,25 to 2,35 tỷ: 39,5 to 41,2 triệu for each of 57 hộ.
    const coarse = "Quỹ cho 57 hộ vay 2,3 tỷ đồng, bình quân 41 triệu đồng/hộ.";
    expect(alarms(coarse)).toEqual([]);
    expect(alarms(coarse.replace("41 triệu", "44 triệu"))).toHaveLength(1);
    // "hơn 9 tỷ" is 9 to 10 tỷ: 30 to 33,3 triệu for each of 300 hộ.
    const over = "Quỹ cho 300 hộ vay hơn 9 tỷ đồng, bình quân 32 triệu đồng/hộ.";
    expect(alarms(over)).toEqual([]);
    expect(alarms(over.replace("32 triệu", "23 triệu"))).toHaveLength(1);
  });

  it("leaves alone what is no quotient of figures written beside it", () => {
    const silent = [
      // A growth rate, not a quotient.
      "Thu ngân sách năm 2024 đạt 86 tỷ đồng, tăng bình quân 7,5%/năm.",
      // An average over a period.
      "Xã tiếp nhận 1.460 hồ sơ, bình quân 120 hồ sơ/tháng.",
      "Dư nợ 64 tỷ đồng với 1.320 hộ, bình quân 48,5 triệu đồng/hộ/năm.",
      // Another quantity named between the word and the figure.
      "Hội giải ngân 3,2 tỷ đồng cho 80 hộ, bình quân dư nợ mỗi hộ 52 triệu đồng.",
      // An average of another quantity than the total ("thu nhập" against a sum lent), before
      // or after it.
      "Xã cho 800 hộ vay 24 tỷ đồng, thu nhập bình quân 52 triệu đồng/hộ.",
      "Xã có 800 hộ, thu nhập bình quân 52 triệu đồng/hộ, tổng vốn vay 24 tỷ đồng.",
      // Items of a list, not one claim.
      "Quỹ cho 40 hộ vay 900 triệu đồng; bình quân 35 triệu đồng/hộ trong nhóm hộ khá.",
      // No count of the unit in the sentence.
      "Quỹ có 2.046 triệu đồng. Bình quân 11 triệu đồng/hộ.",
      // The total is only about.
      "Quỹ cho 186 hộ vay khoảng 2 tỷ đồng, bình quân 14 triệu đồng/hộ.",
      // A total that may be the decimals of a numeral broken after its comma (167,2).
      "Xã cấy 95 ha lúa nếp, năng suất bình quân 50 tạ/ha, sản lượng 475, 5 tấn.",
      // A qualified average.
      "Quỹ cho 186 hộ vay 2.046 triệu đồng, bình quân trên 9 triệu đồng/hộ.",
    ];
    for (const text of silent) expect(claimsOf(text, "average"), text).toEqual([]);
  });
});
