import { describe, expect, it } from "vitest";
import { findDates, findPeriods, findReportDate, scanDates } from "../../src/index.js";

describe("findDates", () => {
  it("returns every date-like span, bare ones included", () => {
    const text =
      "Từ 01/4/2012 xã có 12/14 thôn đạt chuẩn; ngày 15/11/2019 và tháng 6/2020, năm 2021 tiếp tục.";
    expect(findDates(text).map((t) => t.raw)).toEqual([
      "01/4/2012",
      "ngày 15/11/2019",
      "tháng 6/2020",
      "năm 2021",
    ]);
  });

  it("never takes a fraction or a count for a date", () => {
    expect(findDates("đạt 05/08 tiêu chí, 14/14 xã, 66/70 hộ, tỷ lệ 1/500")).toEqual([]);
  });

  it("keeps a day-month pair only after 'ngày'", () => {
    const tokens = findDates("họp ngày 10/5 và ngày 3 tháng 9; còn 10/5 hộ");
    expect(tokens.map((t) => [t.raw, t.yearless])).toEqual([
      ["ngày 10/5", { day: 10, month: 5 }],
      ["ngày 3 tháng 9", { day: 3, month: 9 }],
    ]);
  });

  it("marks an impossible date", () => {
    const [t] = findDates("ký ngày 31/02/2020");
    expect(t?.invalid).toEqual({ year: 2020, month: 2, day: 31 });
    expect(t?.date).toBeUndefined();
  });

  it("includes the dates inside periods", () => {
    expect(
      findDates("giai đoạn 2016 – 2020 và từ tháng 01/2015 đến nay").map((t) => t.raw),
    ).toEqual(["2016", "2020", "tháng 01/2015"]);
  });

  it("maps offsets back through NFD, NBSP and CRLF", () => {
    const text = "Dòng một\r\nký ngày\u00a015 tháng 11 năm 2019 xong".normalize("NFD");
    const [t] = findDates(text);
    expect(t && text.slice(t.start, t.end)).toBe("ngày\u00a015 tháng 11 năm 2019".normalize("NFD"));
    expect(t?.date?.iso).toBe("2019-11-15");
  });
});

describe("findPeriods and stated lengths", () => {
  it("finds periods in text order", () => {
    const text = "6 tháng đầu năm 2021, tính đến ngày 30/6/2021, giai đoạn 2016-2020";
    expect(findPeriods(text).map((p) => p.period.kind)).toEqual(["first-months", "until", "range"]);
  });

  it("reads stated lengths in years", () => {
    expect(scanDates("sau 05 năm thực hiện, 3 năm liền").lengths.map((l) => l.years)).toEqual([
      5, 3,
    ]);
  });
});

describe("findReportDate", () => {
  it("reads the header line", () => {
    const r = findReportDate(
      "ỦY BAN NHÂN DÂN\nSố: 12/BC-UBND\nTam Đảo, ngày 02 tháng 11 năm 2021\nBÁO CÁO",
    );
    expect(r).toMatchObject({
      source: "header",
      date: { iso: "2021-11-02" },
      raw: "ngày 02 tháng 11 năm 2021",
    });
  });

  it("reads an appendix line, then a mention", () => {
    expect(
      findReportDate("Phụ lục (kèm theo Báo cáo số 88-BC/HU, ngày 03/9/2021 của Huyện ủy)"),
    ).toMatchObject({
      source: "attachment",
      date: { iso: "2021-09-03" },
    });
    expect(findReportDate("Báo cáo số 88 -BC/HU, ngày 03/9/2021")?.source).toBe("mention");
  });

  it("returns undefined without one", () => {
    expect(findReportDate("Kết quả 5 năm thực hiện nghị quyết")).toBeUndefined();
  });
});
