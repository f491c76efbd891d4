import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BaocaoError, checkAverage } from "../../src/index.js";

describe("checkAverage", () => {
  it("accepts an average the total and count round to, half up at the decimals written", () => {
    expect(checkAverage({ total: 1150, count: 36, stated: "31,9" })).toMatchObject({
      verdict: "consistent",
      findings: [],
      rounded: "31.9",
    });
    expect(checkAverage({ total: 1150, count: 36, stated: "32" }).verdict).toBe("consistent");
  });

  it("flags an average off the quotient, saying what was recomputed", () => {
    const result = checkAverage({ total: 1150, count: 36, stated: "3,2" });
    expect(result.verdict).toBe("inconsistent");
    expect(result.findings[0]?.code).toBe("AVERAGE_INCONSISTENT");
    expect(result.findings[0]?.message.vi).toBe(
      "Bình quân tính lại: 1.150/36 ≈ 31,94, làm tròn là 31,9; số bình quân ghi 3,2 không khớp (chênh khoảng 28,74)",
    );
    expect(result.findings[0]?.inputs).toEqual({
      total: "1150",
      count: "36",
      scale: "1",
      stated: "3,2",
    });
  });

  it("warns when only truncation gives the average", () => {
    const result = checkAverage({ total: 1150, count: 36, stated: "31" });
    expect(result.verdict).toBe("consistent-if-truncated");
    expect(result.findings[0]?.code).toBe("AVERAGE_ONLY_IF_TRUNCATED");
    expect(result.findings[0]?.severity).toBe("warning");
  });

  it("recomputes in the average's unit: millions against đồng, tạ against tấn", () => {
    const money = { total: "1150000000", count: 36, scale: "1000000" };
    expect(checkAverage({ ...money, stated: "31,9" }).verdict).toBe("consistent");
    expect(checkAverage({ ...money, stated: "3,19" }).verdict).toBe("inconsistent");
    expect(checkAverage({ total: 2126, count: 412, stated: "51,6", scale: "0.1" }).verdict).toBe(
      "consistent",
    );
  });

  it("gives a rounded or qualified total the range its digits allow", () => {
    // 2,3 tỷ is 2,25 to 2,35 tỷ: 39,47 to 41,23 triệu over 57.
    const coarse = { total: "2300000000", count: 57, scale: "1000000", totalStep: "100000000" };
    expect(checkAverage({ ...coarse, stated: "41" }).verdict).toBe("consistent");
    expect(checkAverage({ ...coarse, stated: "42" }).findings[0]?.message.vi).toContain(
      "bình quân trong khoảng 39,47 đến 41,23",
    );
    // "hơn 9 tỷ": 9 to 10 tỷ, 30 to 33,3 triệu over 300.
    const over = { total: "9000000000", count: 300, scale: "1000000", totalStep: "1000000000" };
    expect(checkAverage({ ...over, stated: "32", totalBound: "over" }).verdict).toBe("consistent");
    expect(checkAverage({ ...over, stated: "29", totalBound: "over" }).verdict).toBe(
      "inconsistent",
    );
    expect(checkAverage({ ...over, stated: "29", totalBound: "under" }).verdict).toBe("consistent");
  });

  it("refuses a count or scale of 0 and negative figures", () => {
    expect(() => checkAverage({ total: 10, count: 0, stated: "1" })).toThrow(BaocaoError);
    expect(() => checkAverage({ total: 10, count: 2, stated: "5", scale: 0 })).toThrow(BaocaoError);
    expect(() => checkAverage({ total: -10, count: 2, stated: "5" })).toThrow(BaocaoError);
  });

  it("holds for every average written as the quotient rounded half up", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 3 }),
        (total, count, decimals) => {
          const stated = { value: roundHalfUp(total, count, decimals), decimals };
          expect(checkAverage({ total, count, stated }).verdict).toBe("consistent");
        },
      ),
    );
  });
});

/** total/count rounded half up at `decimals`, with bigints (no float). */
function roundHalfUp(total: number, count: number, decimals: number): string {
  const scale = 10n ** BigInt(decimals);
  const n = BigInt(total) * scale * 2n + BigInt(count);
  const q = n / (2n * BigInt(count));
  const text = q.toString().padStart(decimals + 1, "0");
  return decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
}
