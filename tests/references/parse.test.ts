import { describe, expect, it } from "vitest";
import {
  formatDocumentRef,
  isBaocaoError,
  parseDocumentRef,
  safeParseDocumentRef,
} from "../../src/index.js";

describe("parseDocumentRef and formatDocumentRef: canonical forms round-trip", () => {
  it.each([
    ["114-KL/TW", { family: "party", number: "114", type: "KL", issuers: ["TW"] }],
    ["11-QĐi/TW", { family: "party", number: "11", type: "QĐi", issuers: ["TW"] }],
    ["97-KH/BDV-BCSĐ", { family: "party", number: "97", type: "KH", issuers: ["BDV", "BCSĐ"] }],
    ["244/KH-UBND", { family: "administrative", number: "244", type: "KH", issuers: ["UBND"] }],
    ["30c/NQ-CP", { family: "administrative", number: "30c", type: "NQ", issuers: ["CP"] }],
    [
      "3262/QC-UBND-MT&ĐT",
      { family: "administrative", number: "3262", type: "QC", issuers: ["UBND", "MT&ĐT"] },
    ],
    ["5482/UBND-TH", { family: "letter", number: "5482", issuers: ["UBND"], unit: "TH" }],
    ["10078/UBND-NN3", { family: "letter", number: "10078", issuers: ["UBND"], unit: "NN3" }],
    [
      "04/2015/NĐ-CP",
      { family: "normative", number: "04", year: 2015, type: "NĐ", issuers: ["CP"] },
    ],
    [
      "34/2007/PL-UBTVQH11",
      { family: "normative", number: "34", year: 2007, type: "PL", issuers: ["UBTVQH11"] },
    ],
    [
      "403/2017/NQLT-UBTVQH14-CP-ĐCTTWMTTQVN",
      {
        family: "normative",
        number: "403",
        year: 2017,
        type: "NQLT",
        issuers: ["UBTVQH14", "CP", "ĐCTTWMTTQVN"],
      },
    ],
    ["25/2013/QH13", { family: "normative", number: "25", year: 2013, issuers: ["QH13"] }],
    ["17/2019/HS-ST", { family: "court", number: "17", year: 2019, type: "HS-ST", issuers: [] }],
  ])("%s", (text, expected) => {
    const ref = parseDocumentRef(text);
    expect(ref).toEqual(expected);
    expect(formatDocumentRef(ref)).toBe(text);
  });
});

describe("parseDocumentRef canonicalises messy forms", () => {
  it.each([
    ["114 - KL/TW", "114-KL/TW"],
    ["114 –KL/TW", "114-KL/TW"],
    ["Số 08 -CT/TU", "08-CT/TU"],
    ["224-KH-TU", "224-KH/TU"],
    ["25/NQ-TW", "25-NQ/TW"],
    ["16-CT/TTg", "16/CT-TTg"],
    ["34/2007/PL-UBTVQH 11", "34/2007/PL-UBTVQH11"],
    ["88/2016/HSPT", "88/2016/HS-PT"],
    ["16/CT-TTG", "16/CT-TTg"],
  ])("%s → %s", (text, canonical) => {
    expect(formatDocumentRef(parseDocumentRef(text))).toBe(canonical);
  });

  it("reads a whole citation: kind word, date, body and term", () => {
    const ref = parseDocumentRef(
      "Chỉ thị số 07-CT/TU, ngày 03 tháng 9 năm 2018 của Ban Thường vụ Tỉnh ủy (khoá XVI)",
    );
    expect(ref).toMatchObject({
      family: "party",
      kind: "Chỉ thị",
      date: { iso: "2018-09-03", precision: "day" },
      body: "Ban Thường vụ Tỉnh ủy",
      term: "XVI",
    });
    expect(formatDocumentRef(ref, { style: "citation" })).toBe(
      "Chỉ thị số 07-CT/TU ngày 3/9/2018 của Ban Thường vụ Tỉnh ủy (khóa XVI)",
    );
  });

  it("reads NFD input the same as NFC", () => {
    const nfd = "Kế hoạch số 41/KH-UBND".normalize("NFD");
    expect(parseDocumentRef(nfd)).toMatchObject({ kind: "Kế hoạch", type: "KH" });
  });
});

describe("safeParseDocumentRef errors", () => {
  it.each([
    ["", "REF_EMPTY"],
    ["   ", "REF_EMPTY"],
    ["66/70", "REF_UNKNOWN_SHAPE"],
    ["ngày 14/7/2015", "REF_UNKNOWN_SHAPE"],
    ["xem 12-KH/HU và các văn bản khác", "REF_UNKNOWN_SHAPE"],
  ])("%j → %s", (text, code) => {
    const result = safeParseDocumentRef(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.input).toBe(text);
    }
  });

  it("points at the text that is not part of the citation", () => {
    const result = safeParseDocumentRef("xem 12-KH/HU");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.offset).toBe(0);
  });

  it("parseDocumentRef throws a BaocaoError", () => {
    expect(() => parseDocumentRef("14/14")).toThrow();
    try {
      parseDocumentRef("14/14");
    } catch (error) {
      expect(isBaocaoError(error)).toBe(true);
    }
  });
});
