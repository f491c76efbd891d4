import { describe, expect, it } from "vitest";
import { CHECK_GROUPS, groupOfCode, withChecks } from "../../src/app/checks.js";
import { auditText } from "../../src/index.js";

// A text with a wrong percentage, a citation with a spacing slip and a wrong unit count.
const TEXT = [
  "Huyện Tân Lộc, ngày 10 tháng 6 năm 2024",
  "Thực hiện Kế hoạch số 36 - KH/HU của Huyện ủy, xã đã giải quyết 47/52 đơn (đạt 91,4%).",
  "Huyện có 12 đơn vị hành chính cấp xã, trong đó có 10 xã và 03 thị trấn.",
].join("\n");

describe("withChecks", () => {
  const result = auditText(TEXT);
  const origins = result.findings.map(() => null);
  const codes = (r: typeof result) => r.findings.map((f) => f.code);

  it("keeps everything when no group is off", () => {
    const shown = withChecks(result, origins, new Set());
    expect(shown.result).toBe(result);
    expect(shown.origins).toEqual(origins);
  });

  it("takes a group's findings and claims out, and counts again", () => {
    const groups = new Set(result.findings.map((f) => groupOfCode(f.code)));
    expect(groups.size).toBeGreaterThanOrEqual(2);
    for (const group of CHECK_GROUPS) {
      const shown = withChecks(result, origins, new Set([group]));
      expect(codes(shown.result)).toEqual(codes(result).filter((c) => groupOfCode(c) !== group));
      expect(shown.origins).toHaveLength(shown.result.findings.length);
      const { stats } = shown.result;
      expect(stats.errors + stats.warnings + stats.infos).toBe(shown.result.findings.length);
      expect(stats.claims).toBe(shown.result.claims.length);
      for (const claim of shown.result.claims)
        for (const f of claim.findings) expect(groupOfCode(f.code)).not.toBe(group);
    }
  });

  it("keeps findings shared between claims and the result the same objects", () => {
    const shown = withChecks(result, origins, new Set(["references"]));
    const listed = new Set(shown.result.findings);
    for (const claim of shown.result.claims)
      for (const f of claim.findings) expect(listed.has(f)).toBe(true);
  });

  it("leaves the result it was given as it was", () => {
    const before = JSON.stringify(result);
    withChecks(result, origins, new Set(CHECK_GROUPS));
    expect(JSON.stringify(result)).toBe(before);
  });
});
