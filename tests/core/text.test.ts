import { describe, expect, it } from "vitest";
import { canonicalToneMarks, createLineIndex, foldDiacritics, matchKey } from "../../src/index.js";

describe("canonicalToneMarks", () => {
  it.each([
    ["Hoà Bình", "Hòa Bình"],
    ["Thuỷ Nguyên", "Thủy Nguyên"],
    ["Thuỵ Khuê", "Thụy Khuê"],
    ["khoẻ", "khỏe"],
    ["HOÀ", "HÒA"],
  ])("treats %s and %s as one", (a, b) => {
    expect(canonicalToneMarks(a)).toBe(canonicalToneMarks(b));
  });

  it("leaves syllables with a final consonant and qu- alone", () => {
    expect(canonicalToneMarks("hoàng")).toBe("hoàng");
    expect(canonicalToneMarks("quý")).toBe("quý");
    expect(canonicalToneMarks("Quỳnh")).toBe("Quỳnh");
  });

  it("equates NFC and NFD", () => {
    expect(canonicalToneMarks("Hoà".normalize("NFD"))).toBe(canonicalToneMarks("Hòa"));
  });
});

describe("matchKey and foldDiacritics", () => {
  it("matchKey keeps diacritics but folds case, spaces and tone placement", () => {
    expect(matchKey(" Xã  Hoà  Bình")).toBe(matchKey("xã hòa bình"));
    expect(matchKey("Hà")).not.toBe(matchKey("Hạ"));
  });
  it("foldDiacritics drops every mark", () => {
    expect(foldDiacritics("Đắk  Nông")).toBe("dak nong");
  });
});

describe("createLineIndex", () => {
  it("gives 1-based lines and columns and the excerpt", () => {
    const index = createLineIndex("dòng một\r\ndòng hai\n\nba");
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.span(10, 14)).toEqual({ start: 10, end: 14, line: 2, column: 1, excerpt: "dòng" });
    expect(index.position(20)).toEqual({ line: 4, column: 1 });
  });
});
