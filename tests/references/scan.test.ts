import { describe, expect, it } from "vitest";
import { findDocumentRefs, scanDocumentRefs } from "../../src/index.js";

const codes = (text: string) => findDocumentRefs(text).map((r) => r.findings.map((f) => f.code));

describe("findDocumentRefs: citations and their parts", () => {
  const text =
    "Thực hiện Nghị quyết số 42-NQ/TW, ngày 05/9/2017 của Bộ Chính trị (khóa XII) về đất đai; " +
    "Ủy ban nhân dân huyện ban hành Kế hoạch số 118/KH-UBND ngày 2 tháng 3 năm 2018.";
  const found = findDocumentRefs(text);

  it("finds each reference with its offsets and raw text", () => {
    expect(found.map((r) => r.raw)).toEqual(["42-NQ/TW", "118/KH-UBND"]);
    for (const r of found) expect(text.slice(r.start, r.end)).toBe(r.raw);
  });

  it("reads kind word, date, body and term with their spans", () => {
    const [first, second] = found;
    expect(first?.kind?.text).toBe("Nghị quyết");
    expect(first?.date?.text).toBe("ngày 05/9/2017");
    expect(first?.date?.date.iso).toBe("2017-09-05");
    expect(first?.body?.text).toBe("Bộ Chính trị");
    expect(first?.term?.text).toBe("khóa XII");
    expect(first?.ref.term).toBe("XII");
    for (const p of [first?.kind, first?.date, first?.body, first?.term]) {
      expect(p && text.slice(p.start, p.end)).toBe(p?.text);
    }
    expect(second?.ref).toMatchObject({ kind: "Kế hoạch", date: { iso: "2018-03-02" } });
    expect(first?.span.line).toBe(1);
    expect(text.slice(first?.citation.start, first?.citation.end)).toBe(
      "Nghị quyết số 42-NQ/TW, ngày 05/9/2017 của Bộ Chính trị (khóa XII",
    );
  });

  it("accepts 'khoá' and a date written without 'ngày' after a comma", () => {
    const [r] = findDocumentRefs("Số 310-QĐ/HU, 17/6/2019 của Huyện ủy khoá XXI");
    expect(r?.ref.date?.iso).toBe("2019-06-17");
    expect(r?.ref.term).toBe("XXI");
  });

  it("keeps the body short of the clause that follows", () => {
    const [r] = findDocumentRefs(
      "Công văn số 77/UBND-VX ngày 01/02/2021 của UBND tỉnh Lào Cai về việc rà soát hộ nghèo",
    );
    expect(r?.ref.body).toBe("UBND tỉnh Lào Cai");
    expect(r?.ref.family).toBe("letter");
  });

  it("gives the same date to neither of two references when only the second has one", () => {
    const refs = findDocumentRefs("Quyết định 61-QĐ/TW, Quyết định 62-QĐ/TW, ngày 10/10/2016");
    expect(refs.map((r) => r.ref.date?.iso)).toEqual([undefined, "2016-10-10"]);
  });
});

describe("findDocumentRefs: messy forms and their findings", () => {
  it.each([
    ["Kết luận số 15 - KL/TW", ["REF_SPACING"]],
    ["Kết luận số 15 –KL/TW", ["REF_SPACING", "REF_DASH"]],
    ["Kết luận số 15—KL/TW", ["REF_DASH"]],
    ["Số 21 -CT/TU, ngày 09/5/2016", ["REF_SPACING"]],
    ["Kế hoạch 301-KH-TU ngày 12/4/2019", ["REF_SLASH_LOST"]],
    ["Nghị quyết số 33/NQ-TW", ["REF_PARTY_IN_STATE_SHAPE"]],
    ["Chỉ thị số 13-CT/UBND", ["REF_STATE_IN_PARTY_SHAPE"]],
    ["Pháp lệnh số 10/2009/PL-BTVQH 12", ["REF_SPACING", "REF_UNKNOWN_ISSUER"]],
    ["Nghị định số 19/NĐ-CP", ["REF_NORMATIVE_WITHOUT_YEAR"]],
    ["Chỉ thị số 05-KL/TW", ["REF_KIND_MISMATCH"]],
    ["Kế hoạch số 12-KHH/HU", ["REF_UNKNOWN_TYPE"]],
    ["Kế hoạch số 12-KH/HUU", ["REF_UNKNOWN_ISSUER"]],
    ["Bản án số 31/2018/HSST", ["REF_CODE_FORM"]],
    ["Kết luận số 114-KL/TW ngày 30/02/2015", ["REF_DATE_INVALID"]],
    ["Nghị quyết số 12/NQ-HĐND ngày 8/12/20114", ["REF_DATE_INVALID"]],
    ["Nghị quyết số 12/NQ-HĐND, ngày 08.12.201411 của HĐND", ["REF_DATE_INVALID"]],
    ["Nghị quyết số 12/NQ-HĐND ngày 8/12/2014", []],
    ["Quy định số 124-QĐ/TW", []],
    ["Quy định số 205-QĐ/TW ngày 23/9/2019", ["REF_KIND_MISMATCH"]],
    ["Văn bản số 3001/UBND-KT", []],
    ["Công văn số 3001/UBND-KT", []],
    ["Quyết định số 3001/UBND-KT", ["REF_KIND_MISMATCH"]],
  ])("%s → %j", (text, expected) => {
    expect(codes(text)).toEqual([expected]);
  });

  it("names a date typed with a five-digit year, and reads the issuing body after it", () => {
    const [ref] = findDocumentRefs(
      "Nghị quyết số 12/NQ-HĐND ngày 8/12/20114 của HĐND huyện Đông Sơn.",
    );
    const bad = ref?.findings.find((f) => f.code === "REF_DATE_INVALID");
    expect(bad?.span?.excerpt).toBe("ngày 8/12/20114");
    expect(bad?.message.en).toMatch(/more than four digits/);
    expect(ref?.date).toBeUndefined();
    expect(ref?.body?.text).toMatch(/^HĐND huyện Đông Sơn/);
  });

  it("suggests the nearest known code", () => {
    const [pl] = findDocumentRefs("Pháp lệnh số 10/2009/PL-BTVQH 12");
    const unknown = pl?.findings.find((f) => f.code === "REF_UNKNOWN_ISSUER");
    expect(unknown?.data).toEqual({ suggestion: "UBTVQH12" });
    expect(unknown?.severity).toBe("warning");
    const [kh] = findDocumentRefs("Kế hoạch số 12-KHH/HU");
    expect(kh?.findings[0]?.data).toEqual({ suggestion: "KH" });
  });

  it("leaves an unknown code without a near neighbour as an info note", () => {
    const [r] = findDocumentRefs("Kế hoạch số 12/KH-XYZQW");
    expect(r?.findings.map((f) => [f.code, f.severity])).toEqual([["REF_UNKNOWN_ISSUER", "info"]]);
  });

  it("places each finding at the reference", () => {
    const text = "Dòng một.\nThực hiện Kế hoạch 301-KH-TU.";
    const [r] = findDocumentRefs(text);
    expect(r?.findings[0]?.span).toMatchObject({ line: 2, excerpt: "301-KH-TU" });
  });
});

describe("findDocumentRefs: no false hits", () => {
  it.each([
    "đã giao đất cho 58/64 trường hợp",
    "17/17 xã, 14/14 thôn, 05/08 tiêu chí",
    "ngày 14/7/2015 và 01/4/2009",
    "xem trang 12-14, tỷ lệ 1/500",
    "giai đoạn 2016-2020, nhiệm kỳ 2020 – 2025",
    "Mức độ 3 (412/617 thủ tục = 66,77%)",
    "COVID-19, F0/F1, KT-XH",
    "Số... 512..... ĐẾN",
  ])("%s", (text) => {
    expect(findDocumentRefs(text)).toEqual([]);
  });

  it("does not take a lost-slash shape with unknown codes", () => {
    expect(findDocumentRefs("mã 12-AB-CD")).toEqual([]);
  });
});

describe("findDocumentRefs: offsets into the original string", () => {
  it("handles NFD, NBSP and CRLF", () => {
    const text =
      "Dòng đầu\r\nThực hiện Kết\u00a0luận số\u00a0114 –KL/TW, ngày\u00a014/7/2015 của Ban Bí thư khóa XI".normalize(
        "NFD",
      );
    const [r] = findDocumentRefs(text);
    expect(r?.raw).toBe("114 –KL/TW");
    expect(text.slice(r?.start, r?.end)).toBe("114 –KL/TW");
    expect(r?.kind && text.slice(r.kind.start, r.kind.end)).toBe("Kết\u00a0luận".normalize("NFD"));
    expect(r?.date?.date.iso).toBe("2015-07-14");
    expect(r?.term && text.slice(r.term.start, r.term.end)).toBe("khóa XI".normalize("NFD"));
    expect(r?.span.line).toBe(2);
    expect(r?.ref.body).toBe("Ban Bí thư");
  });
});

describe("scanDocumentRefs: number-only citations", () => {
  it("keeps numbers cited without a symbol after a kind word", () => {
    const scan = scanDocumentRefs(
      "Thực hiện Quyết định số 217 và Đề án số 01 của Tỉnh ủy; có số 05 vụ việc.",
    );
    expect(scan.numberOnly.map((c) => [c.kindWord, c.raw])).toEqual([
      ["Quyết định", "217"],
      ["Đề án", "01"],
    ]);
    expect(scan.numberOnly[0]?.findings[0]?.code).toBe("REF_NUMBER_ONLY");
    expect(scan.refs).toEqual([]);
  });
});

describe("local issuer abbreviations", () => {
  it("suggests no central code for a short local one", () => {
    const [r] = findDocumentRefs("Báo cáo số 57/BC-TTT ngày 10/3/2023 của Thanh tra tỉnh");
    const unknown = r?.findings.find((f) => f.code === "REF_UNKNOWN_ISSUER");
    expect(unknown?.severity).toBe("info");
    expect(unknown?.data).toBeUndefined();
  });
});
