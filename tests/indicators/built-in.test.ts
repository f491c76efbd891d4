import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  auditText,
  BUILT_IN_INDICATORS,
  createCatalogue,
  defaultCatalogue,
  type Indicator,
} from "../../src/index.js";
import { coreCatalogue } from "../../src/indicators/catalogue.js";

// The built-in indicators as they were before their descriptions (numerators, sources, notes)
// moved apart from the data the audit reads, written out one indicator a line.
const before = JSON.parse(
  readFileSync(new URL("./fixtures/built-in-indicators.json", import.meta.url), "utf8"),
) as Indicator[];

const DESCRIPTIONS = ["numerator", "sources", "note"] as const;

describe("the built-in indicators, with their descriptions kept apart", () => {
  it("BUILT_IN_INDICATORS is the catalogue as it was, fields and their order", () => {
    expect(BUILT_IN_INDICATORS).toStrictEqual(before);
    expect(BUILT_IN_INDICATORS.map((i) => JSON.stringify(i))).toEqual(
      before.map((i) => JSON.stringify(i)),
    );
    expect(BUILT_IN_INDICATORS.filter((i) => i.sources !== undefined)).toHaveLength(4);
  });

  it("defaultCatalogue() gives those indicators, descriptions included", () => {
    expect(defaultCatalogue().indicators).toBe(BUILT_IN_INDICATORS);
    expect(defaultCatalogue().get("index.papi")?.sources?.length).toBeGreaterThan(0);
    expect(defaultCatalogue().get("complaints.resolution-rate")?.numerator?.en).toBe(
      "Complaints resolved",
    );
    expect(createCatalogue().indicators).toStrictEqual(before);
  });

  it("the audit's catalogue is the same indicators without their descriptions", () => {
    const core = coreCatalogue().indicators;
    expect(core.map((i) => i.id)).toEqual(before.map((i) => i.id));
    core.forEach((indicator, n) => {
      const full: Record<string, unknown> = { ...before[n] };
      for (const field of DESCRIPTIONS) delete full[field];
      expect(indicator).toStrictEqual(full);
    });
  });

  it.each([
    "Xã tiếp nhận 150 đơn; đã giải quyết 120 đơn, đạt 80%.",
    "Trong năm tiếp nhận 4.000 hồ sơ; giải quyết đúng hạn 3.800 hồ sơ, đạt 95%.",
    "Huyện đã giải quyết 63/60 đơn thư, đạt 105%.",
    "Năm 2019, chỉ số PAPI của tỉnh đạt 85,2 điểm, xếp thứ 70/63.",
  ])("auditText finds the same with the built-in catalogue given: %s", (text) => {
    const alone = auditText(text);
    expect(alone.findings.some((f) => f.code.startsWith("INDICATOR_"))).toBe(true);
    expect(alone).toEqual(auditText(text, { indicators: defaultCatalogue() }));
  });
});
