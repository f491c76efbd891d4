import { describe, expect, it } from "vitest";
import { auditText } from "../../../src/index.js";
import { alarms, claimsOf } from "./helpers.js";

// What is left: a total, what was done of it, and the rest (issue #17, shape 9).
describe("the remainder rule", () => {
  const text =
    "Trong năm, Ban tiếp nhận 480 vụ việc; đã giải quyết 455 vụ việc, còn 25 vụ việc đang xem xét.";

  it("checks the rest against the total less what was done", () => {
    expect(claimsOf(text, "resolution")).toEqual([
      "consistent [resolved=455 toResolve=480 pending=25]",
    ]);
    expect(alarms(text.replace("còn 25", "còn 28"))).toEqual([
      "RESOLUTION_BALANCE_MISMATCH «480 vụ việc; đã giải quyết 455 vụ việc, còn 28 vụ việc»",
    ]);
  });

  it("reads the total sentences before, past brackets and changes", () => {
    const before =
      "Năm 2024 xã nhận 1.284 đơn (đơn cũ 84 đơn), tăng 96 đơn. Qua phân loại, có 367 đơn thuộc thẩm quyền. Số còn lại 917 đơn là đơn trùng, đơn nặc danh.";
    expect(alarms(before)).toEqual([]);
    expect(claimsOf(before, "resolution")).toEqual([
      "consistent [resolved=367 toResolve=1.284 pending=917]",
    ]);
    // The words do not say what the two figures are: only a swap of two digits is reported.
    expect(alarms(before.replace("917 đơn", "971 đơn"))).toEqual([
      "RESOLUTION_BALANCE_MISMATCH «1.284 đơn (đơn cũ 84 đơn), tăng 96 đơn. Qua phân loại, có 367 đơn thuộc thẩm quyền. Số còn lại 971 đơn»",
    ]);
    expect(alarms(before.replace("917 đơn", "930 đơn"))).toEqual([]);
  });

  it("needs two counts of what the rest counts before it", () => {
    expect(
      claimsOf("Toàn xã có 12 thôn, đã đạt chuẩn 9 thôn, còn 3 hộ nghèo.", "resolution"),
    ).toEqual([]);
  });

  it("reads the rest of a fraction in the bracket after it, when the bracket says those are not done", () => {
    const text =
      "Đến nay 37/40 thôn đã hoàn thành kê khai, đạt 92,5% (có 3 thôn chưa kê khai do ngập lụt).";
    expect(alarms(text)).toEqual([]);
    expect(claimsOf(text, "resolution")).toEqual([
      "consistent [resolved=37 toResolve=40 pending=3]",
    ]);
    expect(alarms(text.replace("có 3 thôn", "có 6 thôn"))).toEqual([
      "RESOLUTION_BALANCE_MISMATCH «37/40 thôn đã hoàn thành kê khai, đạt 92,5% (có 6 thôn»",
    ]);
    // Fewer than the rest may be some of it only (the others still in hand).
    expect(alarms(text.replace("có 3 thôn", "có 2 thôn"))).toEqual([]);
  });

  it("reports fewer than the rest only when two swapped digits give it", () => {
    const text =
      "Cục đã thi hành xong 1.200/1.563 việc (còn 363 việc hoãn thi hành theo đề nghị của đương sự).";
    expect(alarms(text)).toEqual([]);
    expect(auditText(text.replace("còn 363", "còn 336")).findings.map((f) => f.severity)).toEqual([
      "warning",
    ]);
    expect(alarms(text.replace("còn 363", "còn 300"))).toEqual([]);
  });

  it("leaves a bracket that names no items not done", () => {
    const text = "Đã cấp 37/40 thôn đạt chuẩn (có 6 thôn đạt chuẩn nâng cao).";
    expect(claimsOf(text, "resolution")).toEqual([]);
    expect(alarms(text)).toEqual([]);
  });

  it("takes the total named 'Tổng số' past a part of it, when the done part is named as done", () => {
    const text =
      "Tổng số phải xử lý là 2.460 hồ sơ, trong đó: có đủ điều kiện 1.980 hồ sơ; chưa đủ điều kiện 480 hồ sơ. Trong số đủ điều kiện, đã giải quyết xong 1.512 hồ sơ; số hồ sơ chuyển kỳ sau 948 hồ sơ.";
    expect(claimsOf(text, "resolution")).toEqual([
      "consistent [resolved=1.512 toResolve=2.460 pending=948]",
    ]);
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace("kỳ sau 948", "kỳ sau 950"))).toEqual([
      expect.stringMatching(/^RESOLUTION_BALANCE_MISMATCH «2\.460 hồ sơ/),
    ]);
  });
});
