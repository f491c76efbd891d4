import fc from "fast-check";
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

  it("gives what the full rewrite gives on any mix of Vietnamese letters (its fast path is exact)", () => {
    // The rewrite without the NFC shortcut, as it was written first.
    const TONE = "\u0300\u0301\u0303\u0309\u0323";
    const full = new RegExp(
      `(^|[^qQ])([oO])([aAeE])([${TONE}])(?![\\p{L}\\p{M}])|(^|[^qQ])([uU])([yY])([${TONE}])(?![\\p{L}\\p{M}])`,
      "gu",
    );
    const reference = (text: string) =>
      text
        .normalize("NFD")
        .replace(full, (...g: string[]) =>
          g[2] !== undefined ? `${g[1]}${g[2]}${g[4]}${g[3]}` : `${g[5]}${g[6]}${g[8]}${g[7]}`,
        )
        .normalize("NFC");
    const letters = [..."oOuUqQaAeEyYâăêh n,.", ..."àáảãạèéẻẽẹỳýỷỹỵÀÉỲ", ...TONE];
    const text = fc.array(fc.constantFrom(...letters), { maxLength: 12 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(text, fc.boolean(), (t, nfd) => {
        const input = nfd ? t.normalize("NFD") : t;
        expect(canonicalToneMarks(input)).toBe(reference(input));
      }),
      { numRuns: 3_000 },
    );
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
