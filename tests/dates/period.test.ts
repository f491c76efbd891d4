import { describe, expect, it } from "vitest";
import { parsePeriod, safeParsePeriod } from "../../src/index.js";

describe("parsePeriod", () => {
  it.each([
    ["giai đoạn 2021 – 2025", "range", "2021-01-01", "2025-12-31", "year"],
    ["giai đoạn 2021-2025", "range", "2021-01-01", "2025-12-31", "year"],
    ["nhiệm kỳ 2021 - 2026", "range", "2021-01-01", "2026-12-31", "year"],
    ["(2016 – 2020)", "range", "2016-01-01", "2020-12-31", "year"],
    ["từ tháng 02/2019 đến hết tháng 9/2021", "from-to", "2019-02-01", "2021-09-30", "month"],
    ["từ ngày 01/3/2019 đến ngày 28/02/2021", "from-to", "2019-03-01", "2021-02-28", "day"],
    ["Từ năm 2016 đến tháng 4/2021", "from-to", "2016-01-01", "2021-04-30", "year"],
    ["6 tháng đầu năm 2021", "first-months", "2021-01-01", "2021-06-30", "month"],
    ["3 tháng cuối năm 2019", "last-months", "2019-10-01", "2019-12-31", "month"],
    ["quý III/2020", "quarter", "2020-07-01", "2020-09-30", "month"],
    ["quý 1 năm 2022", "quarter", "2022-01-01", "2022-03-31", "month"],
  ])("%s", (text, kind, startDay, endDay, precision) => {
    expect(parsePeriod(text)).toMatchObject({ kind, startDay, endDay, precision, open: false });
  });

  it("reads 'tính đến' as a period with no start", () => {
    const p = parsePeriod("tính đến ngày 30/6/2021");
    expect(p).toMatchObject({ kind: "until", endDay: "2021-06-30" });
    expect(p.startDay).toBeUndefined();
    expect(parsePeriod("đến hết năm 2020").endDay).toBe("2020-12-31");
  });

  it("closes an open period at the report date", () => {
    expect(parsePeriod("từ năm 2016 đến nay", { reportDate: "2021-05-20" })).toMatchObject({
      kind: "since",
      open: true,
      startDay: "2016-01-01",
      endDay: "2021-05-20",
    });
    expect(parsePeriod("từ 2016 đến hiện nay", { reportDate: "ngày 20/5/2021" }).endDay).toBe(
      "2021-05-20",
    );
    expect(parsePeriod("từ năm 2016 đến nay").endDay).toBeUndefined();
  });

  it.each([
    ["", "PERIOD_EMPTY"],
    ["năm ngoái", "PERIOD_UNKNOWN_SHAPE"],
    ["giai đoạn 2025 – 2021", "PERIOD_REVERSED"],
    ["từ ngày 31/02/2020 đến nay", "DATE_INVALID"],
  ])("%j → %s", (text, code) => {
    const result = safeParsePeriod(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });
});
