import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { administrativeUnitSchema, findProvince } from "../../src/index.js";
import {
  checkUnitsAgainstRegistry,
  dataWarnings,
  predecessorsOf,
  successorsOf,
  type UnitStructure,
  unitsOn,
} from "../../src/units/registry/index.js";

const on = (day: string): UnitStructure => {
  const structure = unitsOn(day);
  if (structure === undefined) throw new Error(`no structure on ${day}`);
  return structure;
};
const one = (structure: UnitStructure, name: string, within?: string) => {
  const hits = structure.find(name, within === undefined ? {} : { within });
  expect(hits, name).toHaveLength(1);
  const [hit] = hits;
  if (hit === undefined) throw new Error(name);
  return hit;
};

describe("unitsOn: counts agree with the published table", () => {
  // The README of the shared unit data publishes these numbers; here they are computed.
  it("1/3/2025: 63 provinces, 696 districts, 10,035 communes", () => {
    const { counts } = on("2025-03-01");
    expect(counts.byLevel).toEqual({ province: 63, district: 696, commune: 10035 });
    expect([counts.byType.xã, counts.byType.phường, counts.byType["thị trấn"]]).toEqual([
      7692, 1726, 617,
    ]);
  });

  it("1/7/2025: 34 provinces (28 tỉnh, 6 thành phố), 3,321 communes", () => {
    const { counts } = on("2025-07-01");
    expect(counts.byLevel).toEqual({ province: 34, commune: 3321 });
    expect([counts.byType.tỉnh, counts.byType["thành phố trực thuộc trung ương"]]).toEqual([28, 6]);
    expect([counts.byType.xã, counts.byType.phường, counts.byType["đặc khu"]]).toEqual([
      2621, 687, 13,
    ]);
  });

  it("30/4/2026: 27 tỉnh, 7 thành phố, 2,611 xã, 697 phường, 13 đặc khu", () => {
    const { counts } = on("2026-04-30");
    expect([counts.byType.tỉnh, counts.byType["thành phố trực thuộc trung ương"]]).toEqual([27, 7]);
    expect([counts.byType.xã, counts.byType.phường, counts.byType["đặc khu"]]).toEqual([
      2611, 697, 13,
    ]);
    expect(counts.byLevel.commune).toBe(3321);
  });

  it("answers each snapshot until the next and nothing before the first", () => {
    expect(unitsOn("2025-02-28")).toBeUndefined();
    expect(on("2025-06-30").effective).toBe("2025-03-01");
    expect(on("2026-04-29").effective).toBe("2025-07-01");
    expect(on("2030-01-01").effective).toBe("2026-04-30");
  });
});

describe("unitsOn: lookups", () => {
  const before = on("2025-05-01");
  const after = on("2025-08-01");

  it("finds by code with or without leading zeros", () => {
    expect(before.byCode("253")?.name).toBe("Sông Lô");
    expect(before.byCode("1")?.name).toBe("Hà Nội");
    expect(after.byCode(" 00004 ")?.name).toBe("Ba Đình");
    expect(after.byCode("00004")?.type).toBe("phường");
  });

  it("finds by name across spellings and abbreviations", () => {
    const songLo = "253";
    for (const s of [
      "huyện Sông Lô",
      "H. Sông Lô",
      "HUYỆN SÔNG LÔ",
      "huyen song lo",
      "Sông Lô".normalize("NFD"),
    ]) {
      expect(
        before.find(s, { level: "district" }).map((u) => u.code),
        s,
      ).toEqual([songLo]);
    }
    const tamSon = one(before, "TT. Tam Sơn", songLo);
    expect(tamSon.type).toBe("thị trấn");
    expect(one(before, "X. Đức Bác").parent).toBe(songLo);
    expect(one(before, "Q. Hoàn Kiếm").type).toBe("quận");
    expect(one(after, "P. Ba Đình").code).toBe("00004");
    expect(one(after, "TP. Hồ Chí Minh").level).toBe("province");
  });

  it("treats both tone placements and NFD alike", () => {
    const a = after.find("Phường Yên Hoà");
    const b = after.find("phường yên hòa".normalize("NFD"));
    expect(a.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });

  it("narrows by the unit searched within", () => {
    const all = before.find("xã Tân Lập");
    const inSongLo = before.find("xã Tân Lập", { within: "253" });
    expect(all.length).toBeGreaterThan(1);
    expect(inSongLo).toHaveLength(1);
  });

  it("counts the units under a unit", () => {
    expect(before.countsWithin("253").byType).toEqual({ xã: 13, "thị trấn": 1 });
    expect(before.childrenOf("253")).toHaveLength(14);
    const ducBac = one(before, "xã Đức Bác");
    expect(before.ancestorsOf(ducBac).map((u) => u.code)).toEqual(["253", "26"]);
  });

  it("reads the lower-case type of the 2026 source and never throws on odd input", () => {
    expect(one(on("2026-05-01"), "xã Bắc Sơn", "20").type).toBe("xã");
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        after.find(s);
        after.byCode(s);
      }),
    );
  });
});

describe("successorsOf / predecessorsOf", () => {
  const before = on("2025-03-01");
  const after = on("2025-07-01");

  it("links communes in at least five provinces both ways", () => {
    const cases: [string, string, string][] = [
      ["Vĩnh Phúc", "xã Đức Bác", "26"],
      ["Hà Nội", "phường Trúc Bạch", "01"],
      ["Cao Bằng", "xã Quang Trung", "04"],
      ["Gia Lai", "xã Ia Mơ", "64"],
      ["Hà Giang", "Phó Bảng", "02"],
      ["Bình Phước", "Lộc Ninh", "70"],
    ];
    for (const [, name, province] of cases) {
      const [old] = before.find(name, { within: province, level: "commune" });
      expect(old, name).toBeDefined();
      if (old === undefined) continue;
      const next = successorsOf(old);
      expect(next.length, name).toBeGreaterThan(0);
      for (const link of next) {
        expect(link.unit?.level).toBe("commune");
        if (link.unit === undefined) continue;
        const back = predecessorsOf(link.unit).find((p) => p.code === old.code);
        expect(back?.whole, name).toBe(link.whole);
        const newProvince = findProvince(province, { date: "2025-07-01" });
        expect(link.unit.parent).toBe(newProvince?.code);
      }
    }
  });

  it("records whole and partial transfers", () => {
    const baDinh = one(after, "Phường Ba Đình");
    const links = predecessorsOf(baDinh);
    expect(links.filter((l) => l.whole).map((l) => l.code)).toEqual(["00004", "00013"]);
    expect(links.some((l) => !l.whole)).toBe(true);
  });

  it("maps the island districts to their special zones", () => {
    const conDao = one(after, "đặc khu Côn Đảo");
    const [from] = predecessorsOf(conDao);
    expect(from?.unit).toMatchObject({ level: "district", name: "Côn Đảo" });
    if (from?.unit)
      expect(successorsOf(from.unit)).toEqual([{ code: conDao.code, unit: conDao, whole: true }]);
  });

  it("uses the list's codes where the mapping's differ", () => {
    expect(predecessorsOf(one(after, "xã Ia Mơ", "52")).length).toBeGreaterThan(0);
    expect(predecessorsOf(one(after, "xã Ba Chẽ", "22")).length).toBeGreaterThan(0);
  });

  it("links provinces and the 2026 changes", () => {
    const haGiang = one(before, "tỉnh Hà Giang");
    expect(successorsOf(haGiang).map((l) => l.unit?.name)).toEqual(["Tuyên Quang"]);
    const tuyenQuang = one(after, "tỉnh Tuyên Quang");
    expect(predecessorsOf(tuyenQuang).map((l) => l.unit?.name)).toEqual([
      "Hà Giang",
      "Tuyên Quang",
    ]);
    const xaLongThanh = one(after, "xã Long Thành", "75");
    const [later] = successorsOf(xaLongThanh);
    expect(later?.unit).toMatchObject({
      type: "phường",
      name: "Long Thành",
      validFrom: "2026-04-30",
    });
    if (later?.unit) expect(predecessorsOf(later.unit).map((l) => l.unit)).toEqual([xaLongThanh]);
  });

  it("gives no unit for old codes the registry lacks, without throwing", () => {
    const unknown = after.units
      .flatMap((u) => predecessorsOf(u))
      .filter((l) => l.unit === undefined);
    expect(unknown.map((l) => l.code).sort()).toHaveLength(12);
  });
});

describe("dataWarnings", () => {
  it("reports every quirk of the sources once", () => {
    const byCode = dataWarnings()
      .map((w) => w.code)
      .sort();
    expect(byCode).toEqual([
      "UNIT_DATA_CODE_MISMATCH",
      "UNIT_DATA_CODE_MISMATCH",
      "UNIT_DATA_LOWER_CASE_TYPE",
      "UNIT_DATA_NAME_SPELLING",
      "UNIT_DATA_NO_COMMUNE_LEVEL",
      "UNIT_DATA_UNKNOWN_OLD_CODE",
    ]);
    const mismatch = dataWarnings().filter((w) => w.code === "UNIT_DATA_CODE_MISMATCH");
    expect(mismatch.map((w) => [w.data?.mappingCode, w.data?.listCode])).toEqual([
      ["06970", "06978"],
      ["23737", "23938"],
    ]);
    expect(
      dataWarnings().find((w) => w.code === "UNIT_DATA_UNKNOWN_OLD_CODE")?.data?.codes,
    ).toHaveLength(12);
  });
});

describe("registry records", () => {
  it("all pass the unit schema and have unique codes per snapshot", () => {
    for (const day of ["2025-03-01", "2025-07-01", "2026-04-30"]) {
      const { units } = on(day);
      const codes = units.map((u) => u.code);
      expect(new Set(codes).size, day).toBe(codes.length);
      fc.assert(
        fc.property(fc.constantFrom(...units), (unit) => {
          expect(administrativeUnitSchema.safeParse(unit).success).toBe(true);
        }),
      );
    }
    const bad = ["2025-03-01", "2025-07-01", "2026-04-30"].flatMap((d) =>
      on(d).units.filter((u) => !administrativeUnitSchema.safeParse(u).success),
    );
    expect(bad).toEqual([]);
  });
});

describe("checkUnitsAgainstRegistry", () => {
  it("flags a count that contradicts the registry on the report date", () => {
    const text = "Huyện Sông Lô có 17 đơn vị hành chính cấp xã, gồm 16 xã và 01 thị trấn.";
    const findings = checkUnitsAgainstRegistry(text, { reportDate: "2025-05-15" });
    expect(findings.map((f) => [f.code, f.computed.registryCount])).toEqual([
      ["UNIT_REGISTRY_COUNT_MISMATCH", "14"],
      ["UNIT_REGISTRY_COUNT_MISMATCH", "13"],
    ]);
    const right = "Huyện Sông Lô có 14 đơn vị hành chính cấp xã, gồm 13 xã và 01 thị trấn.";
    expect(checkUnitsAgainstRegistry(right, { reportDate: "2025-05-15" })).toEqual([]);
  });

  it("flags a commune that was not in the named district or province", () => {
    const text = "Đoàn làm việc tại xã Đức Bác, huyện Sông Lô và xã Hoàng Sơn, huyện Sông Lô.";
    const findings = checkUnitsAgainstRegistry(text, { reportDate: "2025-04-01" });
    expect(findings.map((f) => [f.code, f.span?.excerpt])).toEqual([
      ["UNIT_REGISTRY_UNKNOWN_UNIT", "xã Hoàng Sơn"],
    ]);
    const later = checkUnitsAgainstRegistry("Xã Đức Bác, tỉnh Gia Lai", {
      reportDate: "2025-09-01",
    });
    expect(later.map((f) => f.code)).toEqual(["UNIT_REGISTRY_UNKNOWN_UNIT"]);
  });

  it("uses the report's own unit when no district follows the commune", () => {
    const text = "UBND HUYỆN SÔNG LÔ\n\nBÁO CÁO\n\nXã Tam Sơn và xã Đức Bác hoàn thành kế hoạch.";
    const [f] = checkUnitsAgainstRegistry(text, { reportDate: "2025-04-01" });
    expect(f?.code).toBe("UNIT_REGISTRY_UNKNOWN_UNIT");
    expect(f?.message.en).toContain("Thị trấn Tam Sơn");
  });

  it("checks the 2025 arrangement's before/after counts for a province", () => {
    const province = findProvince("Gia Lai", { date: "2025-07-01" });
    const after = province ? on("2025-07-01").countsWithin(province).byLevel.commune : 0;
    const text = `Sau sắp xếp, tỉnh Gia Lai giảm từ 300 xuống còn ${after} đơn vị hành chính cấp xã.`;
    const [f] = checkUnitsAgainstRegistry(text, { reportDate: "2025-09-01" });
    expect(f?.code).toBe("UNIT_REGISTRY_MERGER_MISMATCH");
    const before = f?.computed.registryBefore ?? "";
    const right = `Sau sắp xếp, tỉnh Gia Lai giảm từ ${before} xuống còn ${after} đơn vị hành chính cấp xã.`;
    expect(checkUnitsAgainstRegistry(right, { reportDate: "2025-09-01" })).toEqual([]);
  });

  it("says once that an older report cannot be checked, and nothing else", () => {
    const text = "Huyện Sông Lô có 17 đơn vị hành chính; xã Không Có, huyện Sông Lô.";
    const findings = checkUnitsAgainstRegistry(text, { reportDate: "2020-08-01" });
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ["UNIT_REGISTRY_BEFORE_DATA", "info"],
    ]);
    expect(checkUnitsAgainstRegistry(text)).toEqual([]);
  });
});
