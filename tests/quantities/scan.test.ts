import { describe, expect, it } from "vitest";
import { findNumbers, type QuantityToken } from "../../src/index.js";

const raws = (text: string): string[] => findNumbers(text).map((t) => t.raw);
const only = (text: string): QuantityToken => {
  const tokens = findNumbers(text);
  expect(tokens).toHaveLength(1);
  return tokens[0] as QuantityToken;
};

describe("findNumbers", () => {
  it("finds each figure with its unit, qualifier, lead and exact offsets", () => {
    const text = "Năm nay xã tiếp nhận 1.264 đơn, đã giải quyết 1.198 đơn, đạt trên 94,7%.";
    const tokens = findNumbers(text);
    expect(tokens.map((t) => t.raw)).toEqual(["1.264", "1.198", "94,7"]);
    const [received, , rate] = tokens;
    expect(received).toMatchObject({ numberStart: 21, numberEnd: 26, decimals: 0, percent: false });
    expect(received?.value.toString()).toBe("1264");
    expect(received?.unit).toMatchObject({ text: "đơn", canonical: "đơn", start: 27, end: 30 });
    expect(text.slice(rate?.start, rate?.end)).toBe("đạt trên 94,7%");
    expect(rate?.lead?.kind).toBe("reached");
    expect(rate?.qualifier?.kind).toBe("over");
    expect(rate?.percent).toBe(true);
    expect(rate?.unit?.canonical).toBe("%");
    expect(rate?.value.toString()).toBe("94.7");
  });

  it("reads a sentence-final dot as the end of the sentence", () => {
    const t = only("Tổng số hộ là 2.418.");
    expect(t.raw).toBe("2.418");
    expect(t.value.toString()).toBe("2418");
  });

  it("keeps leading zeros and decimals as written", () => {
    const [a, b] = findNumbers("xảy ra 03 vụ việc, tỷ lệ 12,50%");
    expect(a).toMatchObject({ raw: "03", leadingZero: true });
    expect(a?.unit?.canonical).toBe("vụ việc");
    expect(b).toMatchObject({ raw: "12,50", decimals: 2, percent: true });
  });

  it("gives each number of a fraction, date or reference its own token", () => {
    const text = "giao đất 41/45 trường hợp theo Nghị định 12/2019/NĐ-CP ngày 05/3/2019";
    const tokens = findNumbers(text);
    expect(tokens.map((t) => t.raw)).toEqual(["41", "45", "12", "2019", "05", "3", "2019"]);
    expect(text.slice(tokens[0]?.numberEnd, tokens[1]?.numberStart)).toBe("/");
    expect(tokens[1]?.unit?.canonical).toBe("trường hợp");
  });

  it("ignores digits glued to letters", () => {
    expect(raws("Luật số 77/2015/QH13, mã UBTVQH11, TTg5, 22c/NQ-CP, PAR2019")).toEqual([
      "77",
      "2015",
    ]);
  });

  it("reads the exponent of m2 as part of the unit, not as a figure", () => {
    const t = only("diện tích 325 m2 đất");
    expect(t.unit?.canonical).toBe("m²");
    expect(t.end).toBe(16);
  });

  it("skips section numbers and other invalid groupings without throwing", () => {
    expect(raws("1.2. Kết quả\n4.2 Tồn tại\n3.1.4. Kiến nghị")).toEqual([]);
    expect(raws("mục 2.5 có 12 đơn")).toEqual(["12"]);
    expect(raws("doanh thu 1,250.75 USD")).toEqual([]);
  });

  it("reads a dot-decimal percentage as a decimal with an ambiguity note", () => {
    const t = only("tỷ lệ 58.3% số hộ");
    expect(t.value.toString()).toBe("58.3");
    expect(t.decimals).toBe(1);
    expect(t.ambiguity?.code).toBe("NUMBER_DOT_DECIMAL");
    expect(t.raw).toBe("58.3");
  });

  it("flags a thousands dot with three decimals, listing both readings", () => {
    const t = only("thu hồi 3.104,725 m² đất");
    expect(t.value.toString()).toBe("3104.725");
    expect(t.ambiguity?.readings.map(String)).toEqual(["3104.725", "3104725"]);
  });

  it("reads magnitudes and money", () => {
    const [people, budget, small] = findNumbers(
      "dân số trên 21 vạn người; chi 6.120,45 tỷ đồng và 845,2 tr.đ",
    );
    expect(people?.value.toString()).toBe("210000");
    expect(people?.qualifier?.kind).toBe("over");
    expect(budget?.value.toFixed()).toBe("6120450000000");
    expect(budget?.numeral.toString()).toBe("6120.45");
    expect(small?.value.toFixed()).toBe("845200000");
    expect(small?.unit?.canonical).toBe("đồng");
    expect(small?.magnitude?.canonical).toBe("triệu");
  });

  it("does not take 'tỷ lệ' after a year for a magnitude", () => {
    const t = only("năm 2019 tỷ lệ hộ nghèo giảm");
    expect(t.value.toString()).toBe("2019");
    expect(t.magnitude).toBeUndefined();
  });

  it("reads signs, but not range dashes", () => {
    expect(findNumbers("giảm 12 vụ (-4,8%)").map((t) => t.value.toString())).toEqual([
      "12",
      "-4.8",
    ]);
    expect(findNumbers("giai đoạn 2016-2020").map((t) => t.value.toString())).toEqual([
      "2016",
      "2020",
    ]);
    expect(findNumbers("từ 20% - 30%").map((t) => t.value.toString())).toEqual(["20", "30"]);
  });

  it("reads '=' as an equivalence lead", () => {
    const [, , rate] = findNumbers("(212/250 hồ sơ = 84,8%)");
    expect(rate?.lead).toMatchObject({ kind: "equivalent", text: "=" });
  });

  it("never lets a qualifier reach back into the previous figure", () => {
    const [first, second] = findNumbers("12 hơn 5 người");
    expect(first?.end).toBe(2);
    expect(second?.qualifier?.kind).toBe("over");
    expect(second?.start).toBe(3);
  });

  it("keeps offsets in the original string for NFD, CRLF, BOM and no-break spaces", () => {
    const nfc = "\ufeffChiếm khoảng 95\u00a0%;\r\nđạt 7\u202f400 lượt người.";
    for (const text of [nfc, nfc.normalize("NFD")]) {
      const tokens = findNumbers(text);
      expect(tokens.map((t) => t.raw)).toEqual(["95", "7\u202f400"]);
      for (const t of tokens) expect(text.slice(t.numberStart, t.numberEnd)).toBe(t.raw);
      expect(tokens[0]?.qualifier?.kind).toBe("about");
      expect(tokens[0]?.lead?.kind).toBe("accounts-for");
      expect(tokens[0]?.percent).toBe(true);
      expect(tokens[1]?.value.toString()).toBe("7400");
      expect(tokens[1]?.unit?.canonical).toBe("lượt người");
      expect(tokens[1]?.lead?.kind).toBe("reached");
      expect(text.slice(tokens[1]?.start, tokens[1]?.end).normalize("NFC")).toBe(
        "đạt 7\u202f400 lượt người",
      );
    }
  });

  it("reads a table row cell by cell", () => {
    const tokens = findNumbers("Xã Đông\t318\t301 (94,65%)\t17 (5,35%)");
    expect(tokens.map((t) => t.raw)).toEqual(["318", "301", "94,65", "17", "5,35"]);
    expect(tokens.filter((t) => t.percent).map((t) => t.raw)).toEqual(["94,65", "5,35"]);
  });

  it("returns no tokens for text without figures and for non-strings", () => {
    expect(findNumbers("")).toEqual([]);
    expect(findNumbers("Không có số liệu.")).toEqual([]);
    expect(findNumbers(undefined as unknown as string)).toEqual([]);
  });

  it("finishes on pathological input: long runs of digits and dots, a 1 MB line", () => {
    const dots = "1.".repeat(50_000);
    expect(findNumbers(dots)).toEqual([]);
    const grouped = `1${".234".repeat(25_000)}`;
    const [big] = findNumbers(grouped);
    expect(big?.raw.length).toBe(grouped.length);
    const line = "trên 5 hộ ".repeat(100_000);
    expect(line.length).toBeGreaterThanOrEqual(1_000_000);
    const tokens = findNumbers(line);
    expect(tokens).toHaveLength(100_000);
    expect(tokens.at(-1)?.qualifier?.kind).toBe("over");
    expect(findNumbers("9".repeat(1_000_000))).toHaveLength(1);
    expect(findNumbers(" ".repeat(1_000_000))).toEqual([]);
  });
});

describe("findNumbers: amounts in descending magnitudes", () => {
  it("reads '… tỷ … triệu … nghìn đồng' as one figure, exact, in its first magnitude", () => {
    const text = "Đã thu 2.046 tỷ 318 triệu 705 nghìn đồng, chi 15 tỷ 200 triệu đồng.";
    const [income, spent, ...rest] = findNumbers(text);
    expect(rest).toEqual([]);
    expect(income?.value.toFixed()).toBe("2046318705000");
    expect(income?.numeral.toFixed()).toBe("2046.318705");
    expect(income?.decimals).toBe(6);
    expect(income?.unit?.canonical).toBe("đồng");
    expect(text.slice(income?.start, income?.end)).toBe("2.046 tỷ 318 triệu 705 nghìn đồng");
    expect(spent?.value.toFixed()).toBe("15200000000");
    expect(spent?.decimals).toBe(3);
  });

  it("keeps apart figures a comma, a larger magnitude or a unit without magnitude separates", () => {
    const values = (text: string) => findNumbers(text).map((t) => t.value.toFixed());
    expect(values("3 triệu, 200 nghìn đồng")).toEqual(["3000000", "200000"]);
    expect(values("5 tỷ 300 hộ")).toEqual(["5000000000", "300"]);
    expect(values("4 nghìn 2 triệu")).toEqual(["4000", "2000000"]);
    expect(values("1 tỷ 2.500 triệu")).toEqual(["1000000000", "2500000000"]);
  });
});
