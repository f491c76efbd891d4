import { describe, expect, it } from "vitest";
import { checkDates, scanDates } from "../../src/index.js";

const codes = (text: string, reportDate?: string) =>
  checkDates(text, reportDate === undefined ? {} : { reportDate }).map((f) => f.code);

describe("checkDates", () => {
  it("flags results counted past the report date", () => {
    const [f] = checkDates("Tính đến ngày 31/12/2021, toàn tỉnh giảm 120 biên chế.", {
      reportDate: "2021-10-05",
    });
    expect(f?.code).toBe("DATE_PERIOD_ENDS_AFTER_REPORT");
    expect(f?.computed).toEqual({ periodEnd: "2021-12-31", reportDate: "2021-10-05" });
    expect(f?.span?.excerpt).toBe("Tính đến ngày 31/12/2021");
  });

  it("does not flag a programme's span or an open period", () => {
    expect(codes("Chương trình giai đoạn 2021 – 2025; từ năm 2016 đến nay.", "2021-10-05")).toEqual(
      [],
    );
  });

  it("reads the report date from the text when none is given", () => {
    const text =
      "Ba Vì, ngày 05 tháng 10 năm 2021\nTừ tháng 01/2021 đến hết tháng 12/2021 đã tiếp 300 lượt.";
    expect(codes(text)).toEqual(["DATE_PERIOD_ENDS_AFTER_REPORT"]);
  });

  it("checks a stated length against the period it names", () => {
    expect(codes("Sau 05 năm (2015 – 2021), kết quả khá.")).toEqual(["DATE_LENGTH_MISMATCH"]);
    expect(codes("Sau 05 năm (2016 – 2020), kết quả khá.")).toEqual([]);
    expect(codes("giai đoạn 2016-2020 (5 năm)")).toEqual([]);
    expect(codes("trong 4 năm, từ tháng 01/2015 đến hết tháng 6/2020")).toEqual([
      "DATE_LENGTH_MISMATCH",
    ]);
    expect(codes("trong 5 năm, từ tháng 01/2015 đến hết tháng 6/2020")).toEqual([]);
    expect(codes("5 năm. Giai đoạn 2011 - 2020")).toEqual([]);
  });

  it("flags impossible dates and reversed periods", () => {
    expect(codes("ký ngày 31/4/2021; giai đoạn 2025 - 2021")).toEqual([
      "DATE_INVALID",
      "PERIOD_REVERSED",
    ]);
  });

  it("uses the caller's scan, and no report date when told there is none", () => {
    const text =
      "Sông Lô, ngày 15 tháng 8 năm 2020\nTính đến ngày 31/12/2020, sau 4 năm (2016 – 2020).";
    const reportDate = "2020-08-15";
    const scan = scanDates(text, { reportDate });
    expect(checkDates(text, { reportDate, scan })).toEqual(checkDates(text, { reportDate }));
    // The header's date is the report's unless the caller says the report has none.
    expect(checkDates(text).map((f) => f.code)).toEqual([
      "DATE_PERIOD_ENDS_AFTER_REPORT",
      "DATE_LENGTH_MISMATCH",
    ]);
    const plain = scanDates(text);
    expect(checkDates(text, { reportDate: null, scan: plain }).map((f) => f.code)).toEqual([
      "DATE_LENGTH_MISMATCH",
    ]);
    expect(checkDates(text, { reportDate: null })).toEqual(
      checkDates(text, { reportDate: null, scan: plain }),
    );
  });
});

describe("checkDates: a year typed with two digits swapped", () => {
  it("warns of a year decades from the text's others that is one of them mistyped", () => {
    const text = "Doanh thu tháng 3/2105 ước đạt 42 tỷ đồng; quý I năm 2015 đạt 118 tỷ đồng.";
    const found = checkDates(text, { reportDate: null });
    expect(found.map((f) => f.code)).toEqual(["DATE_YEAR_SLIP"]);
    expect(found[0]?.computed).toEqual({ likelyYear: "2015" });
    expect(found[0]?.span?.excerpt).toBe("tháng 3/2105");
  });

  it("names the first year written that the slip can be, among many dates", () => {
    // 2105 is a swap of 2015 and of 1205: the year written first is named.
    const dates = "Ngày 2/3/2015 họp. ".repeat(500);
    const slip = "Ngày 4/5/2105 xong.";
    const first = checkDates(`Ngày 1/1/1205 lập. ${dates}${slip}`, { reportDate: null });
    expect(first.map((f) => [f.code, f.computed])).toEqual([
      ["DATE_YEAR_SLIP", { likelyYear: "1205" }],
    ]);
    const second = checkDates(`${dates}Ngày 1/1/1205 lập. ${slip}`, { reportDate: null });
    expect(second.map((f) => f.computed)).toEqual([{ likelyYear: "2015" }]);
  });

  it("says nothing of a year written twice, near another year, or not a swap of one", () => {
    const twice = "Tầm nhìn đến năm 2105 … mục tiêu năm 2105; kế hoạch năm 2015.";
    expect(checkDates(twice, { reportDate: null })).toEqual([]);
    const near = "Quy hoạch giai đoạn 2021 – 2030, tầm nhìn đến năm 2050; năm 2025 đạt 12 xã.";
    expect(checkDates(near, { reportDate: null })).toEqual([]);
    const far = "Năm 1945 và năm 2024.";
    expect(checkDates(far, { reportDate: null })).toEqual([]);
  });
});
