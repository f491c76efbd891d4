import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  administrativeUnitSchema,
  findProvince,
  isBaocaoError,
  loadUnits,
  PROVINCE_UNITS,
  provinceCountOn,
  provincesOn,
  safeLoadUnits,
  unitFullName,
} from "../../src/index.js";

describe("provincesOn / provinceCountOn", () => {
  it("counts 63 provinces before the reform and 34 after", () => {
    expect(provinceCountOn("2020-01-01")).toBe(63);
    expect(provinceCountOn("2025-06-30")).toBe(63);
    expect(provinceCountOn("2025-07-01")).toBe(34);
    expect(provinceCountOn("2026-01-01")).toBe(34);
    expect(provinceCountOn(new Date(2026, 4, 1))).toBe(34);
  });

  it("splits cities and provinces by the snapshot in force", () => {
    const cities = (day: string) =>
      provincesOn(day).filter((u) => u.type === "thành phố trực thuộc trung ương").length;
    expect(cities("2025-03-01")).toBe(6);
    expect(cities("2025-07-01")).toBe(6);
    expect(cities("2026-04-29")).toBe(6);
    expect(cities("2026-04-30")).toBe(7);
  });

  it("rejects a day that does not exist", () => {
    expect(() => provincesOn("2025-02-30")).toThrowError(/YYYY-MM-DD/);
    try {
      provincesOn("hôm qua");
    } catch (error) {
      expect(isBaocaoError(error) && error.code).toBe("UNIT_BAD_DATE");
    }
  });
});

describe("findProvince", () => {
  it("finds by code and by name however it is written", () => {
    const spellings = [
      "Vĩnh Phúc",
      "tỉnh Vĩnh Phúc",
      "TỈNH VĨNH PHÚC",
      "T. Vĩnh Phúc",
      "vinh phuc",
      "Tinh Vinh Phuc",
      "Vĩnh Phúc".normalize("NFD"),
      "26",
    ];
    for (const s of spellings) expect(findProvince(s)?.code, s).toBe("26");
  });

  it("treats both tone-mark placements alike", () => {
    expect(findProvince("Khánh Hoà")?.code).toBe("56");
    expect(findProvince("Khánh Hòa")?.code).toBe("56");
    expect(findProvince("Thanh Hoá", { date: "2020-05-05" })?.code).toBe("38");
  });

  it("reads city prefixes", () => {
    expect(findProvince("TP. Hồ Chí Minh")?.code).toBe("79");
    expect(findProvince("TP.Huế")?.code).toBe("46");
    expect(findProvince("Thành phố Đà Nẵng")?.code).toBe("48");
    expect(findProvince("thanh pho can tho")?.code).toBe("92");
  });

  it("resolves an old name to the unit in force on a date", () => {
    expect(findProvince("Hà Giang", { date: "2024-12-31" })?.name).toBe("Hà Giang");
    expect(findProvince("Hà Giang", { date: "2025-07-01" })?.name).toBe("Tuyên Quang");
    expect(findProvince("tinh Binh Duong", { date: "2026-01-01" })?.name).toBe("Hồ Chí Minh");
    expect(findProvince("Kon Tum", { date: "2025-08-01" })?.name).toBe("Quảng Ngãi");
    expect(findProvince("02", { date: "2026-01-01" })?.code).toBe("08");
  });

  it("follows Đồng Nai through both changes", () => {
    expect(findProvince("Đồng Nai", { date: "2025-01-01" })?.type).toBe("tỉnh");
    expect(findProvince("Bình Phước", { date: "2025-12-01" })?.type).toBe("tỉnh");
    const city = findProvince("Bình Phước", { date: "2026-05-01" });
    expect(city && unitFullName(city)).toBe("Thành phố Đồng Nai");
  });

  it("answers undefined for names that are no province", () => {
    expect(findProvince("Sông Lô")).toBeUndefined();
    expect(findProvince("")).toBeUndefined();
    expect(findProvince("99")).toBeUndefined();
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        findProvince(s);
      }),
    );
  });
});

describe("the embedded province dataset", () => {
  it("has every record pass the schema", () => {
    for (const unit of PROVINCE_UNITS) {
      expect(administrativeUnitSchema.safeParse(unit).success, unit.name).toBe(true);
    }
  });

  it("has one unit per code on any day", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2015-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
        (d) => {
          const codes = provincesOn(d).map((u) => u.code);
          expect(new Set(codes).size).toBe(codes.length);
        },
      ),
    );
  });

  it("records what each new province was formed from", () => {
    const phuTho = findProvince("Phú Thọ", { date: "2025-07-01" });
    expect(phuTho?.formedFrom?.map((f) => f.code)).toEqual(["17", "25", "26"]);
    const fromOld = PROVINCE_UNITS.filter((u) => u.validFrom === "2025-07-01").flatMap(
      (u) => u.formedFrom ?? [],
    );
    expect(new Set(fromOld.map((f) => f.code)).size).toBe(63);
  });
});

describe("loadUnits", () => {
  const hamlets = [
    { name: "Đồng Lầy", type: "thôn", level: "village", parent: "99999" },
    { code: "99998", name: "Tân Tiến", type: "xã", level: "commune", validFrom: "2025-07-01" },
  ];

  it("accepts an array, an object with units, or JSON text", () => {
    expect(loadUnits(hamlets)).toHaveLength(2);
    expect(loadUnits({ units: hamlets })).toHaveLength(2);
    expect(loadUnits(JSON.stringify(hamlets))[0]?.name).toBe("Đồng Lầy");
  });

  it("returns every issue with its path", () => {
    const result = safeLoadUnits([
      { name: "Đồng Lầy", type: "thôn", level: "commune" },
      { code: "12a", name: "", type: "làng xã", level: "village", validFrom: "2025-13-01" },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.error.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["0.level", "1.code", "1.name", "1.type", "1.validFrom"]),
    );
    expect(result.error.code).toBe("UNIT_DATASET_INVALID");
  });

  it("rejects two records with one code in overlapping periods", () => {
    const result = safeLoadUnits([
      { code: "99990", name: "A", type: "xã", level: "commune", validFrom: "2025-01-01" },
      { code: "99990", name: "B", type: "xã", level: "commune", validFrom: "2025-06-01" },
      { code: "99991", name: "C", type: "xã", level: "commune", validTo: "2025-06-30" },
      { code: "99991", name: "D", type: "phường", level: "commune", validFrom: "2025-07-01" },
    ]);
    expect(result.ok ? [] : result.error.issues.map((i) => i.path)).toEqual([[1, "code"]]);
  });

  it("throws a BaocaoError for text that is not JSON, and never throws from the safe form", () => {
    expect(() => loadUnits("{không phải JSON")).toThrowError(/not JSON/);
    fc.assert(
      fc.property(fc.anything(), (value) => {
        safeLoadUnits(value);
      }),
    );
  });
});
