import { describe, expect, it } from "vitest";
import { checkChange, checkRatio } from "../../src/index.js";

describe("checkChange", () => {
  it("accepts before, after, change and percentage that agree", () => {
    // "giảm từ 480 xuống còn 460, giảm 20, tương đương 4,17%"
    const result = checkChange({
      before: 480,
      after: 460,
      statedChange: 20,
      statedPercent: "4,17",
      direction: "decrease",
    });
    expect(result.verdict).toBe("consistent");
    expect(result).toMatchObject({ change: "-20", before: "480", beforeImplied: false });
    expect(result.percent?.startsWith("-4.1666")).toBe(true);
  });

  it("flags a wrong amount, a wrong percentage and a wrong direction", () => {
    const amount = checkChange({
      before: 480,
      after: 460,
      statedChange: 25,
      direction: "decrease",
    });
    expect(amount.findings[0]?.code).toBe("CHANGE_AMOUNT_MISMATCH");
    expect(amount.findings[0]?.message.vi).toBe("480 − 460 = 20; mức thay đổi ghi 25 không khớp");
    const percent = checkChange({
      before: 480,
      after: 460,
      statedPercent: "4,3",
      direction: "decrease",
    });
    expect(percent.verdict).toBe("inconsistent");
    expect(percent.findings[0]?.message.vi).toContain("(480 − 460)/480 ≈ 4,17%");
    const direction = checkChange({ before: 480, after: 500, direction: "decrease" });
    expect(direction.findings[0]?.code).toBe("CHANGE_WRONG_DIRECTION");
    const sign = checkChange({
      before: 400,
      after: 450,
      statedPercent: "-12,5",
      direction: "increase",
    });
    expect(sign.findings.map((f) => f.code)).toEqual(["CHANGE_WRONG_DIRECTION"]);
  });

  it("derives the earlier value from a fall and checks the percentage on it", () => {
    // "xảy ra 380 vụ, giảm 20 vụ (-5%) so với cùng kỳ": the base is 400
    const result = checkChange({
      after: 380,
      statedChange: 20,
      statedPercent: "-5",
      direction: "decrease",
    });
    expect(result.verdict).toBe("consistent");
    expect(result).toMatchObject({ before: "400", beforeImplied: true });
    expect(result.findings.map((f) => f.code)).toEqual(["CHANGE_IMPLIED_BASE"]);
    const wrong = checkChange({
      after: 380,
      statedChange: 20,
      statedPercent: "5,26",
      direction: "decrease",
    });
    expect(wrong.verdict).toBe("inconsistent");
  });

  it("checks growth with its absolute change (three figures that must agree)", () => {
    // "đạt 360 tỷ đồng, tăng 20%, tương ứng tăng 60 tỷ đồng": base 300
    expect(
      checkChange({ after: 360, statedChange: 60, statedPercent: "20", direction: "increase" })
        .verdict,
    ).toBe("consistent");
    expect(
      checkChange({ after: 360, statedChange: 60, statedPercent: "16,7", direction: "increase" })
        .verdict,
    ).toBe("inconsistent");
  });

  it("finds the whole-number earlier values that fit a percentage alone", () => {
    const result = checkChange({ after: 380, statedPercent: "5", direction: "decrease" });
    expect(result.beforeRange).toEqual({ min: "398", max: "402" });
    expect(result.verdict).toBe("consistent");
    const one = checkChange({ after: 380, statedPercent: "5,00", direction: "decrease" });
    expect(one).toMatchObject({ before: "400", beforeRange: { min: "400", max: "400" } });
    const rise = checkChange({ after: 360, statedPercent: "20,0", direction: "increase" });
    expect(rise.beforeRange).toEqual({ min: "300", max: "300" });
    const none = checkChange({ after: 7, statedPercent: "3,1", direction: "increase" });
    expect(none.findings[0]?.code).toBe("CHANGE_PERCENT_UNREACHABLE");
  });

  it("flags a ratio written as the change", () => {
    const result = checkChange({
      before: 1100,
      after: 1025,
      statedPercent: "93,2",
      direction: "decrease",
    });
    expect(result.findings[0]?.code).toBe("RATIO_IS_CHANGE");
  });

  it("says when nothing can be checked, and refuses a percentage of zero", () => {
    expect(checkChange({ after: 10, direction: "increase" }).verdict).toBe("unchecked");
    const zero = checkChange({ before: 0, after: 10, statedPercent: "100", direction: "increase" });
    expect(zero.findings[0]?.code).toBe("PERCENT_ZERO_BASE");
    expect(zero.percent).toBeNull();
  });
});

describe("checkRatio", () => {
  it("checks 'bằng ...% so với cùng kỳ' as current/previous", () => {
    const result = checkRatio({ current: 1025, previous: 1100, stated: "93,2" });
    expect(result.verdict).toBe("consistent");
    expect(result.rounded).toBe("93.2");
  });
  it("flags the fall written in place of the ratio", () => {
    const result = checkRatio({ current: 1025, previous: 1100, stated: "6,8" });
    expect(result.verdict).toBe("is-change");
    expect(result.findings[0]?.message.vi).toBe(
      '1.025/1.100 ≈ 93,18%; "bằng 6,8%" ghi mức giảm thay cho tỷ lệ so với kỳ trước',
    );
  });
  it("flags a wrong ratio and warns on a truncated one", () => {
    expect(checkRatio({ current: 1025, previous: 1100, stated: "93,5" }).verdict).toBe(
      "inconsistent",
    );
    expect(checkRatio({ current: 1025, previous: 1100, stated: "93,1" }).verdict).toBe(
      "consistent-if-truncated",
    );
  });
});
