import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AdministrativeUnit, checkUnitClaims, safeLoadUnits } from "../../src/index.js";

describe("checkUnitClaims on one very long line", () => {
  it("gathers 150 000 coverage claims without spreading them into one call", () => {
    const text = "Đã phủ 15/14 xã; ".repeat(150_000);
    const findings = checkUnitClaims(text);
    expect(findings).toHaveLength(150_000);
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set(["UNIT_COVERAGE_EXCEEDS_TOTAL"]));
    expect(findings.at(-1)?.span?.start).toBe(text.lastIndexOf("15/14"));
  }, 120_000);
});

describe("safeLoadUnits: records sharing a code", () => {
  const day = fc
    .integer({ min: 0, max: 40 })
    .map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10));
  const period = fc
    .tuple(fc.option(day, { nil: undefined }), fc.option(day, { nil: undefined }))
    .map(([a, b]) => (a !== undefined && b !== undefined && b < a ? [b, a] : [a, b]));
  const record = fc.tuple(fc.constantFrom("00001", "00002", "00003"), period).map(
    ([code, [validFrom, validTo]]): AdministrativeUnit => ({
      code,
      name: "Đức Bác",
      type: "xã",
      level: "commune",
      ...(validFrom === undefined ? {} : { validFrom }),
      ...(validTo === undefined ? {} : { validTo }),
    }),
  );
  // The definition, pair by pair: a record is refused when it overlaps one before it.
  const overlaps = (a: AdministrativeUnit, b: AdministrativeUnit): boolean =>
    (a.validFrom ?? "") <= (b.validTo ?? "\uffff") &&
    (b.validFrom ?? "") <= (a.validTo ?? "\uffff");
  const refusedPairwise = (units: readonly AdministrativeUnit[]): number[] =>
    units.flatMap((u, i) =>
      units.slice(0, i).some((v) => v.code === u.code && overlaps(u, v)) ? [i] : [],
    );

  it("refuses exactly the records that overlap an earlier one with their code, naming one", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 12 }), (units) => {
        const result = safeLoadUnits(units);
        const issues = result.ok ? [] : result.error.issues;
        expect(issues.map((i) => i.path[0])).toEqual(refusedPairwise(units));
        for (const issue of issues) {
          const i = issue.path[0] as number;
          const j = Number(/record (\d+)/.exec(issue.message)?.[1]);
          expect(j).toBeLessThan(i);
          expect(units[j]?.code).toBe(units[i]?.code);
          expect(overlaps(units[i] as AdministrativeUnit, units[j] as AdministrativeUnit)).toBe(
            true,
          );
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it("checks 20 000 versions of one code, apart and all overlapping", () => {
    const units = Array.from({ length: 20_000 }, (_, i) => {
      const d = new Date(Date.UTC(1900, 0, 1 + 2 * i)).toISOString().slice(0, 10);
      return {
        code: "07225",
        name: "Đức Bác",
        type: "xã",
        level: "commune",
        validFrom: d,
        validTo: d,
      };
    });
    expect(safeLoadUnits(units).ok).toBe(true);
    const overlapping = units.map((u) => ({ ...u, validTo: "2999-12-31" }));
    const result = safeLoadUnits(overlapping);
    expect(result.ok ? 0 : result.error.issues.length).toBe(19_999);
  });
});
