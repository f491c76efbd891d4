import { describe, expect, it } from "vitest";
import { BaocaoError, checkRank } from "../../src/index.js";

describe("checkRank", () => {
  it("accepts a rank within the count in force", () => {
    expect(checkRank({ rank: 41, of: 63, date: "2018", expectedOf: 63 })).toEqual({
      verdict: "consistent",
      findings: [],
      rank: "41",
      of: "63",
    });
  });
  it("flags a rank beyond the count", () => {
    const result = checkRank({ rank: 64, of: 63 });
    expect(result.findings[0]?.code).toBe("RANK_EXCEEDS_COUNT");
    expect(result.findings[0]?.message.vi).toBe(
      "Xếp thứ 64/63: thứ hạng lớn hơn tổng số đơn vị được xếp hạng",
    );
  });
  it("flags a count that is not the number of units in force", () => {
    const result = checkRank({ rank: 20, of: 63, date: "12/2025", expectedOf: 34 });
    expect(result.verdict).toBe("inconsistent");
    expect(result.findings[0]?.code).toBe("RANK_COUNT_MISMATCH");
    expect(result.findings[0]?.message.en).toBe(
      "Ranked 20 of 63 (12/2025): there were 34 units at that date, not 63",
    );
  });
  it("refuses a rank that is not a whole number from 1", () => {
    expect(() => checkRank({ rank: 0, of: 63 })).toThrow(BaocaoError);
    expect(() => checkRank({ rank: "2.5", of: 63 })).toThrow(BaocaoError);
  });
});
