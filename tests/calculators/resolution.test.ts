import { describe, expect, it } from "vitest";
import { resolutionRate } from "../../src/index.js";

describe("resolutionRate", () => {
  it("accepts a passage where every identity and the rate hold", () => {
    // "phải giải quyết 640 đơn (đơn mới 610, đơn cũ 30), đã giải quyết 624, còn 16, đạt 97,5%"
    const result = resolutionRate({
      received: 610,
      carriedOver: 30,
      toResolve: 640,
      resolved: 624,
      pending: 16,
      statedRate: "97,5",
    });
    expect(result.verdict).toBe("consistent");
    expect(result.findings).toEqual([]);
    expect(result).toMatchObject({ toResolve: "640", impliedPending: "16", rate: "97.5" });
  });

  it("flags new + carried over that does not give the number to resolve", () => {
    const result = resolutionRate({
      received: 610,
      carriedOver: 30,
      toResolve: 650,
      resolved: 624,
    });
    expect(result.verdict).toBe("inconsistent");
    expect(result.findings[0]?.code).toBe("RESOLUTION_INTAKE_MISMATCH");
    expect(result.findings[0]?.message.vi).toBe(
      "Số mới 610 + số kỳ trước chuyển sang 30 = 640, không bằng số phải giải quyết 650",
    );
  });

  it("flags resolved + pending that does not give the number to resolve", () => {
    const result = resolutionRate({ toResolve: 640, resolved: 624, pending: 15 });
    expect(result.findings.map((f) => f.code)).toEqual(["RESOLUTION_BALANCE_MISMATCH"]);
  });

  it("flags more resolved than there was to resolve, and jurisdiction above received", () => {
    const result = resolutionRate({ received: 300, underJurisdiction: 320, resolved: 330 });
    expect(result.findings.map((f) => f.code)).toEqual([
      "RESOLUTION_JURISDICTION_EXCEEDS_RECEIVED",
      "RESOLUTION_RESOLVED_EXCEEDS",
    ]);
  });

  it("names the wrong base when the rate was divided by the number received", () => {
    const result = resolutionRate({
      received: 1480,
      underJurisdiction: 1150,
      resolved: 1104,
      statedRate: "74,6",
    });
    expect(result.verdict).toBe("wrong-base");
    expect(result.rate).toBe("96");
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.code).toBe("RESOLUTION_WRONG_BASE");
    expect(result.findings[0]?.message.vi).toBe(
      "Tỷ lệ ghi 74,6% là 1.104/1.480 ≈ 74,59%, tính trên số tiếp nhận; tính đúng trên số phải giải quyết thuộc thẩm quyền: 1.104/1.150 = 96,00%",
    );
    expect(result.findings[0]?.computed.rightRate).toBe("96");
  });

  it("names the reverse mistake for a rate of everything received", () => {
    const result = resolutionRate({
      received: 1480,
      underJurisdiction: 1150,
      resolved: 1104,
      statedRate: "96",
      rateOf: "received",
    });
    expect(result.verdict).toBe("wrong-base");
    expect(result.findings[0]?.data?.wrongBase).toBe("jurisdiction");
  });

  it("reports a plainly wrong rate and a lenient one", () => {
    expect(resolutionRate({ toResolve: 19, resolved: 17, statedRate: "91" }).verdict).toBe(
      "inconsistent",
    );
    const truncated = resolutionRate({ toResolve: 19, resolved: 17, statedRate: "89,4" });
    expect(truncated.verdict).toBe("consistent-with-warnings");
    expect(truncated.rateVerdict).toBe("consistent-if-truncated");
  });

  it("notes when every received case is taken as the body's own", () => {
    const result = resolutionRate({ received: 200, resolved: 150, statedRate: "75" });
    expect(result.verdict).toBe("consistent");
    expect(result.findings.map((f) => f.code)).toEqual(["RESOLUTION_ASSUMED_BASE"]);
  });

  it("flags a rate of nothing to resolve without dividing by zero", () => {
    const result = resolutionRate({ toResolve: 0, resolved: 0, statedRate: "100" });
    expect(result.findings[0]?.code).toBe("PERCENT_ZERO_BASE");
    expect(result.rate).toBeNull();
  });
});
