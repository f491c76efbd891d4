import { describe, expect, it } from "vitest";
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
});
