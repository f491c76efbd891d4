import { describe, expect, it } from "vitest";
import { decodeTcvn3, decodeVni, encodeTcvn3, encodeVni } from "../../src/encodings/index.js";
import { vietnameseLetters } from "../../src/encodings/letters.js";
import { TCVN3_LETTERS, TCVN3_ROWS } from "../../src/encodings/tcvn3.js";

const letters = vietnameseLetters();
const lower = letters.slice(0, 67);
const upper = letters.slice(67);
/** Upper-case letters VN3 has a code of their own for. */
const VN3_UPPER = new Set(["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"]);

describe("the Vietnamese letters", () => {
  it("are 67 in each case, all distinct and composed", () => {
    expect(letters).toHaveLength(134);
    expect(new Set(letters).size).toBe(134);
    for (const l of letters) expect(l).toBe(l.normalize("NFC"));
    expect(upper).toEqual(lower.map((l) => l.toUpperCase()));
  });
});

describe("TCVN3 table", () => {
  const codes = [
    ...TCVN3_ROWS.flatMap(([, c]) => c.filter((x) => x !== 0)),
    ...TCVN3_LETTERS.map(([, c]) => c),
  ];

  it("gives every code once, all between 0xA1 and 0xFE", () => {
    expect(codes).toHaveLength(67 + 7);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c >= 0xa1 && c <= 0xfe).toBe(true);
  });

  it("matches the standard's positions for a sample of letters", () => {
    // Byte values as TCVN 5712:1993 VN3 places them.
    expect(encodeTcvn3("á")).toBe("\u00b8");
    expect(encodeTcvn3("ư")).toBe("\u00ad");
    expect(encodeTcvn3("đ")).toBe("\u00ae");
    expect(encodeTcvn3("Đ")).toBe("\u00a7");
    expect(encodeTcvn3("ệ")).toBe("\u00d6");
    expect(encodeTcvn3("ỵ")).toBe("\u00fe");
  });

  it.each(lower)("round-trips the lower-case letter %s alone and inside a word", (letter) => {
    // Not at the start of the text: a toned letter there is taken for a capital (see below).
    const sentence = `xã ${letter} nh${letter}n`;
    expect(decodeTcvn3(encodeTcvn3(sentence)).text).toBe(sentence);
  });

  it.each(upper)("round-trips the upper-case letter %s inside a word in capitals", (letter) => {
    expect(decodeTcvn3(encodeTcvn3(`NH${letter}N`)).text).toBe(`NH${letter}N`);
    expect(decodeTcvn3(encodeTcvn3(`BÁO ${letter} TỈNH`)).text).toBe(`BÁO ${letter} TỈNH`);
  });

  it("gives upper-case toned letters the lower-case code, as the ABC capital fonts do", () => {
    for (const letter of upper) {
      if (VN3_UPPER.has(letter))
        expect(encodeTcvn3(letter)).not.toBe(encodeTcvn3(letter.toLowerCase()));
      else expect(encodeTcvn3(letter)).toBe(encodeTcvn3(letter.toLowerCase()));
    }
  });

  it("capitalises a toned letter that opens a line or a sentence", () => {
    expect(decodeTcvn3("ñy ban x· b¸o c¸o. ë th«n").text).toBe("Ủy ban xã báo cáo. Ở thôn");
    expect(decodeTcvn3("Dßng mét\n\u00f1y ban").text).toBe("Dòng một\nỦy ban");
  });

  it("cannot tell a capital inside a sentence: it stays lower case (documented)", () => {
    expect(decodeTcvn3(encodeTcvn3("gặp ông Ánh")).text).toBe("gặp ông ánh");
  });

  it("reads title-case and capital words by the words around them", () => {
    expect(decodeTcvn3("§· häp").text).toBe("Đã họp");
    expect(decodeTcvn3("KINH TÕ - X· HéI").text).toBe("KINH TẾ - XÃ HỘI");
  });

  it("leaves ASCII, digits and characters outside the table alone", () => {
    const text = "Report 2024: 120/150 (80%) - \u00b0\u00b2\u00b3";
    expect(decodeTcvn3(text).text).toBe(text);
    expect(decodeTcvn3(text).converted).toBe(0);
  });
});

describe("VNI table", () => {
  it.each(letters)("round-trips %s", (letter) => {
    expect(decodeVni(encodeVni(letter)).text).toBe(letter);
    expect(decodeVni(encodeVni(`Th${letter}ng`)).text).toBe(`Th${letter}ng`);
  });

  it("writes letters as the VNI keyboard types them", () => {
    expect(encodeVni("chào các bạn")).toBe("chaøo caùc baïn");
    expect(encodeVni("Đường")).toBe("Ñöôøng");
    expect(encodeVni("ỴÝỲ")).toBe("ÎYÙYØ");
    expect(encodeVni("ĩị")).toBe("óò");
  });

  it("uses two characters for most letters and one for đ, ơ, ư and toned i", () => {
    for (const l of letters) {
      const single = /^[đơưíìỉĩịỵ]$/i.test(l);
      expect([l, encodeVni(l).length]).toEqual([l, single ? 1 : 2]);
    }
  });

  it("reads a capital with a lower-case mark, and yï for ỵ", () => {
    expect(decodeVni("Aùo").text).toBe("Áo");
    expect(decodeVni("kyï").text).toBe("kỵ");
  });

  it("maps converted offsets back to the source", () => {
    const source = "Xaõ coù 12 ñôn";
    const decoded = decodeVni(source);
    expect(decoded.text).toBe("Xã có 12 đơn");
    const at = decoded.text.indexOf("12");
    expect(source.slice(decoded.toSource(at), decoded.toSource(at + 2))).toBe("12");
    expect(decoded.toSource(decoded.text.length)).toBe(source.length);
  });
});
