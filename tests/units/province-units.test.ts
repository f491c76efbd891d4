import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type AdministrativeUnit,
  findProvince,
  PROVINCE_SNAPSHOTS,
  PROVINCE_UNITS,
  provinceCountOn,
  provincesOn,
} from "../../src/index.js";
import { PROVINCE_RECORDS } from "../../src/units/data/provinces.js";

// PROVINCE_UNITS as it was before the units' origins (formedFrom) moved apart from the records
// the audit reads, written out one unit a line.
const before = JSON.parse(
  readFileSync(new URL("./fixtures/province-units.json", import.meta.url), "utf8"),
) as AdministrativeUnit[];

describe("the province list, with the units' origins kept apart", () => {
  it("PROVINCE_UNITS is the list as it was, fields and their order", () => {
    expect(PROVINCE_UNITS).toStrictEqual(before);
    expect(PROVINCE_UNITS.map((u) => JSON.stringify(u))).toEqual(
      before.map((u) => JSON.stringify(u)),
    );
    expect(PROVINCE_UNITS.filter((u) => u.formedFrom !== undefined)).toHaveLength(35);
  });

  it("the records the audit reads are the same units without their origins", () => {
    expect(PROVINCE_RECORDS).toHaveLength(before.length);
    PROVINCE_RECORDS.forEach((record, n) => {
      const { formedFrom: _, ...unit } = before[n] as AdministrativeUnit;
      expect(record).toStrictEqual(unit);
    });
  });

  it("counts from the records agree with the full list on every snapshot day and around it", () => {
    const days = PROVINCE_SNAPSHOTS.flatMap((s) => [
      s.effective,
      `${s.effective.slice(0, 4)}-12-31`,
    ]);
    for (const day of ["2020-01-01", "2025-06-30", ...days]) {
      expect(provinceCountOn(day), day).toBe(provincesOn(day).length);
    }
  });

  it("provincesOn and findProvince give units with their origins", () => {
    expect(provincesOn("2026-01-01").every((u) => (u.formedFrom?.length ?? 0) > 0)).toBe(true);
    expect(findProvince("TP. Huế", { date: "2026-01-01" })?.formedFrom).toEqual(
      before.find((u) => u.code === "46" && u.validFrom === "2025-07-01")?.formedFrom,
    );
  });
});
