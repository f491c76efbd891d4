import { describe, expect, it } from "vitest";
import { alarms, claimsOf } from "./helpers.js";

// A change whose value before stands in a bracket naming its period (issue #17, shape 7).
describe("the periods rule", () => {
  it("checks the change and its percentage against the value in the bracket", () => {
    const text =
      "Sản lượng cá nuôi của xã đạt 2.150 tấn, so với năm 2024 (2.000 tấn) tăng 150 tấn, tăng 7,5%.";
    expect(claimsOf(text, "change")).toEqual([
      "consistent [before=2.000 after=2.150 change=150 percent=7,5%]",
    ]);
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace("tăng 7,5%", "tăng 5,7%"))).toHaveLength(1);
    expect(alarms(text.replace("(2.000 tấn)", "(2.010 tấn)"))).not.toEqual([]);
  });

  it("reads the bracket after the change: 'tăng 45 đơn (năm trước tiếp nhận 300 đơn)'", () => {
    const text =
      "Ban tiếp công dân nhận 345 đơn, so với cùng kỳ tăng 45 đơn (cùng kỳ năm trước tiếp nhận 300 đơn).";
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace("tăng 45 đơn", "tăng 54 đơn"))).toHaveLength(1);
  });

  it("reads rates before and after as a change in points", () => {
    const text =
      "Tỷ lệ trẻ được tiêm đủ mũi đạt 97,2%, tăng 1,4% so với năm 2024 (năm 2024 là 95,8%).";
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace("tăng 1,4%", "tăng 4,1%"))).toHaveLength(1);
  });

  it("passes over a bracket that names no period", () => {
    expect(
      alarms("Toàn huyện có 412 hộ nghèo (trong đó 90 hộ dân tộc thiểu số), giảm 38 hộ."),
    ).toEqual([]);
  });

  it("reads the value before named by its period at the end of a 'so với' clause", () => {
    const text =
      "Số hồ sơ năm 2024 chuyển sang năm 2025 là 3.240 hồ sơ, so với số hồ sơ năm 2023 chuyển sang năm 2024 (2.700 hồ sơ) tăng 540 hồ sơ (tăng 20,00%).";
    expect(claimsOf(text, "change")).toEqual([
      "consistent [before=2.700 after=3.240 change=540 percent=20,00%]",
    ]);
    expect(alarms(text.replace("540 hồ sơ", "450 hồ sơ")).length).toBeGreaterThan(0);
    expect(alarms(text.replace("20,00%", "20,03%")).length).toBeGreaterThan(0);
  });

  it("reads 'cao hơn' and 'thấp hơn' as the change, not as a bound on it", () => {
    const text =
      "Tỷ lệ hộ dùng nước sạch đạt 8,4%; thấp hơn 1,2% so với năm 2023 (năm 2023 là 9,6%).";
    expect(claimsOf(text, "change")).toEqual(["consistent [before=9,6% after=8,4% change=1,2%]"]);
    expect(alarms(text.replace("1,2%", "2,1%"))).toEqual([
      expect.stringMatching(/^CHANGE_AMOUNT_MISMATCH/),
    ]);
  });
});
