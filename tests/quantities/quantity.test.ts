import { describe, expect, it } from "vitest";
import {
  parsePercent,
  parseQuantity,
  safeParsePercent,
  safeParseQuantity,
} from "../../src/index.js";

describe("parseQuantity", () => {
  it("reads a word magnitude, a unit and a qualifier", () => {
    const q = parseQuantity("trên 12 vạn người");
    expect(q.numeral.toString()).toBe("12");
    expect(q.value.toString()).toBe("120000");
    expect(q.magnitude).toMatchObject({ word: "vạn", canonical: "vạn", start: 8, end: 11 });
    expect(q.magnitude?.factor.toString()).toBe("10000");
    expect(q.unit).toMatchObject({ text: "người", canonical: "người", kind: "count" });
    expect(q.qualifier).toEqual({ kind: "over", text: "trên", start: 0, end: 4 });
    expect(q.start).toBe(0);
    expect(q.end).toBe(17);
  });

  it("reads money in tỷ đồng exactly", () => {
    const q = parseQuantity("4.518,73 tỷ đồng");
    expect(q.numeral.toString()).toBe("4518.73");
    expect(q.value.toFixed()).toBe("4518730000000");
    expect(q.decimals).toBe(2);
    expect(q.magnitude?.canonical).toBe("tỷ");
    expect(q.unit?.canonical).toBe("đồng");
  });

  it.each([
    ["2.305,4 tr.đ", "2305400000", "tr."],
    ["2.305,4 tr đồng", "2305400000", "tr"],
    ["2.305,4 triệu đồng", "2305400000", "triệu"],
    ["18 nghìn đảng viên", "18000", "nghìn"],
    ["7 ngàn hộ", "7000", "ngàn"],
    ["1,2 nghìn tỷ đồng", "1200000000000", "nghìn tỷ"],
    ["3 tỉ đồng", "3000000000", "tỉ"],
  ])("%s is worth %s (magnitude written %j)", (text, expected, word) => {
    const q = parseQuantity(text);
    expect(q.value.toFixed()).toBe(expected);
    expect(q.magnitude?.word).toBe(word);
  });

  it("matches multiword units longest first", () => {
    expect(parseQuantity("215 lượt người").unit?.canonical).toBe("lượt người");
    expect(parseQuantity("215 lượt").unit?.canonical).toBe("lượt");
    expect(parseQuantity("04 vụ việc").unit?.canonical).toBe("vụ việc");
    expect(parseQuantity("31 đơn thư").unit?.canonical).toBe("đơn thư");
    expect(parseQuantity("19 đơn vị hành chính").unit?.canonical).toBe("đơn vị hành chính");
    expect(parseQuantity("640 TTHC").unit).toMatchObject({
      text: "TTHC",
      canonical: "thủ tục hành chính",
    });
    expect(parseQuantity("4.215,6 m2").unit?.canonical).toBe("m²");
    expect(parseQuantity("38 ha").unit?.canonical).toBe("ha");
  });

  it("reads lead verbs before a qualifier", () => {
    const q = parseQuantity("đạt trên 92%");
    expect(q.lead).toEqual({ kind: "reached", text: "đạt", start: 0, end: 3 });
    expect(q.qualifier).toEqual({ kind: "over", text: "trên", start: 4, end: 8 });
    expect(q.percent).toBe(true);
    expect(parseQuantity("chiếm 7,5%").lead?.kind).toBe("accounts-for");
    expect(parseQuantity("tương đương 41 hộ").lead?.kind).toBe("equivalent");
    expect(parseQuantity("tương ứng 41 hộ").lead?.kind).toBe("equivalent");
    expect(parseQuantity("bằng 93,4%").lead?.kind).toBe("equivalent");
  });

  it.each([
    ["hơn 40 hộ", "over"],
    ["vượt 15%", "over"],
    ["dưới 3%", "under"],
    ["gần 700 lượt", "nearly"],
    ["gần như 100%", "nearly"],
    ["xấp xỉ 12%", "nearly"],
    ["khoảng 60 người", "about"],
    ["chừng 60 người", "about"],
    ["ước 60 người", "about"],
    ["ước tính 60 người", "about"],
    ["ước đạt 60 người", "about"],
    ["trên dưới 60 người", "about"],
    ["tối thiểu 20%", "at-least"],
    ["tối thiểu từ 20%", "at-least"],
    ["ít nhất 20%", "at-least"],
    ["không dưới 20%", "at-least"],
    ["tối đa 5 ngày", "at-most"],
    ["không quá 5 ngày", "at-most"],
    ["không vượt quá 5 ngày", "at-most"],
  ])("%s has a qualifier of kind %s", (text, kind) => {
    expect(parseQuantity(text).qualifier?.kind).toBe(kind);
  });

  it("matches words written in NFD and in capitals", () => {
    const q = parseQuantity("Không Vượt Quá 5 ngày".normalize("NFD"));
    expect(q.qualifier?.kind).toBe("at-most");
    expect(q.unit?.canonical).toBe("ngày");
    expect(parseQuantity("KHOẢNG 9 THÔN").unit?.canonical).toBe("thôn");
  });

  it("reports unknown words before and after the number", () => {
    const before = safeParseQuantity("có lẽ 12 hộ");
    expect(before.ok ? "ok" : [before.error.code, before.error.offset, before.error.end]).toEqual([
      "QUANTITY_UNEXPECTED_TEXT",
      0,
      6,
    ]);
    const after = safeParseQuantity("12 con mèo");
    expect(after.ok ? "ok" : [after.error.code, after.error.offset]).toEqual([
      "QUANTITY_UNKNOWN_UNIT",
      2,
    ]);
    const none = safeParseQuantity("không có");
    expect(none.ok ? "ok" : none.error.code).toBe("NUMBER_EMPTY");
    const bad = safeParseQuantity("trên 1.25 hộ");
    expect(bad.ok ? "ok" : [bad.error.code, bad.error.offset]).toEqual(["NUMBER_BAD_GROUPING", 7]);
  });

  it("does not read 'tỷ lệ' (rate) as a magnitude", () => {
    expect(safeParseQuantity("2 tỷ lệ").ok).toBe(false);
  });
});

describe("parsePercent", () => {
  it.each([
    ["84,9%", "84.9", 1],
    ["84,9 %", "84.9", 1],
    ["84,9\u00a0%", "84.9", 1],
    ["80%", "80", 0],
    ["12,50%", "12.5", 2],
    ["-4,2%", "-4.2", 1],
  ])("reads %j as %s with %i decimals", (text, value, decimals) => {
    const p = parsePercent(text);
    expect(p.value.toString()).toBe(value);
    expect(p.decimals).toBe(decimals);
  });

  it("keeps the qualifier and lead", () => {
    const p = parsePercent("chiếm khoảng 95%");
    expect(p.qualifier?.kind).toBe("about");
    expect(p.lead?.kind).toBe("accounts-for");
    expect(p.raw).toBe("95");
  });

  it("reads a dot used as the decimal mark, flagging it", () => {
    const p = parsePercent("71.4%");
    expect(p.value.toString()).toBe("71.4");
    expect(p.decimals).toBe(1);
    expect(p.ambiguity?.code).toBe("NUMBER_DOT_DECIMAL");
  });

  it("flags a percentage whose thousands dot may be a decimal dot", () => {
    const p = parsePercent("1.250%");
    expect(p.value.toString()).toBe("1250");
    expect(p.ambiguity?.code).toBe("NUMBER_AMBIGUOUS");
    expect(p.ambiguity?.readings.map(String)).toEqual(["1250", "1.25"]);
  });

  it("requires the percent sign", () => {
    const bare = safeParsePercent("84,9");
    expect(bare.ok ? "ok" : [bare.error.code, bare.error.offset]).toEqual([
      "PERCENT_MISSING_SIGN",
      4,
    ]);
    const counted = safeParsePercent("84 hộ");
    expect(counted.ok ? "ok" : [counted.error.code, counted.error.offset]).toEqual([
      "PERCENT_MISSING_SIGN",
      3,
    ]);
    expect(() => parsePercent("84")).toThrow(/%/);
  });
});
