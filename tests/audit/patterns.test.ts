import { describe, expect, it } from "vitest";
import { auditText } from "../../src/index.js";

const codes = (text: string) => auditText(text).findings.map((f) => f.code);
const kinds = (text: string) => auditText(text).claims.map((c) => `${c.kind}:${c.status}`);

describe("fractions with percentages", () => {
  it("accepts a share that rounds half up", () => {
    expect(kinds("Xã đã giải quyết 47/52 đơn, đạt 90,4%.")).toEqual(["percentage:consistent"]);
  });

  it("flags a share no rounding reproduces, pointing at the claim", () => {
    const result = auditText("Phường đã giải quyết 47/52 đơn (đạt 91,4%).");
    expect(result.findings.map((f) => f.code)).toEqual(["PERCENT_INCONSISTENT"]);
    expect(result.findings[0]?.span?.excerpt).toBe("47/52 đơn (đạt 91,4%");
  });

  it("warns when only truncation gives the stated figure", () => {
    expect(codes("Đã số hóa 13/14 hồ sơ = 92,8%.")).toEqual(["PERCENT_ONLY_IF_TRUNCATED"]);
  });

  it("judges a qualified claim on the exact value", () => {
    expect(codes("Rút ngắn thời hạn cho trên 40,5% (81/200) thủ tục.")).toEqual([
      "PERCENT_QUALIFIER_FAILS",
    ]);
    expect(codes("Rút ngắn thời hạn cho trên 40,5% (82/200) thủ tục.")).toEqual([]);
  });

  it("names a number of the passage that would make a wrong share consistent", () => {
    const result = auditText(
      "Toàn tỉnh có 612 thủ tục; mức độ 4 có 153/620 thủ tục = 25,0%, mức độ 3 có 459 thủ tục.",
    );
    const finding = result.findings.find((f) => f.code === "PERCENT_INCONSISTENT");
    expect(finding?.data?.candidateBases).toContain("612");
  });

  it("stays silent on fractions that are not shares", () => {
    const text =
      "Quy hoạch tỷ lệ 1/500 được duyệt ngày 15/11/2019; 14/14 xã đạt 05/08 tiêu chí; xem trang 3/12.";
    expect(auditText(text).claims.filter((c) => c.kind === "percentage")).toEqual([]);
  });
});

describe("shares of a total named nearby", () => {
  it("uses the nearest larger figure of the same unit as the base", () => {
    expect(kinds("Toàn xã có 3.200 hộ; hộ nghèo còn 96 hộ, chiếm 3%.")).toEqual([
      "share:consistent",
    ]);
    expect(codes("Toàn xã có 3.200 hộ; hộ nghèo còn 96 hộ, chiếm 3,2%.")).toEqual([
      "PERCENT_INCONSISTENT",
    ]);
  });

  it("finds a target stated elsewhere in the paragraph", () => {
    const result = auditText("Đã hỗ trợ 45 hộ = 90% kế hoạch. Kế hoạch năm là 50 hộ.");
    expect(result.claims.map((c) => c.status)).toEqual(["consistent"]);
  });

  it("flags a share that no whole number can produce (GRIM)", () => {
    expect(codes("Lớp học có 27 học viên tham gia, tỷ lệ hoàn thành đạt 81,45%.")).toEqual([
      "PERCENT_UNREACHABLE",
    ]);
  });

  it("leaves a share of an unknown base alone when some base could give it", () => {
    expect(auditText("Đã giải quyết 38 đơn, đạt 95%.").claims).toEqual([]);
  });

  it("reads a change against last year as a change, not a share", () => {
    expect(kinds("Năm nay xảy ra 84 vụ, giảm 12 vụ (12,5%) so với cùng kỳ.")).toEqual([
      "change:info",
    ]);
  });
});

describe("totals with breakdowns", () => {
  it("checks an exhaustive list (gồm) and a partial one (trong đó)", () => {
    expect(codes("Tiếp nhận 610 đơn, gồm: cấp huyện 210 đơn, cấp xã 390 đơn.")).toEqual([
      "TOTAL_SHORT",
    ]);
    expect(codes("Tiếp nhận 610 đơn, trong đó cấp huyện 210 đơn, cấp xã 390 đơn.")).toEqual([
      "TOTAL_PARTIAL",
    ]);
    expect(codes("Tiếp nhận 610 đơn, trong đó cấp huyện 230 đơn, cấp xã 390 đơn.")).toEqual([
      "TOTAL_EXCEEDED",
    ]);
    expect(kinds("Tiếp nhận 600 đơn, gồm: cấp huyện 210 đơn, cấp xã 390 đơn.")).toEqual([
      "breakdown:consistent",
    ]);
  });

  it("reads a bracketed list with the unit only on its last part", () => {
    expect(kinds("Tổ chức 95 cuộc (cấp tỉnh 5, cấp huyện 30 và cấp xã 60 cuộc).")).toEqual([
      "breakdown:consistent",
    ]);
  });

  it("checks nested breakdowns at every level", () => {
    const text =
      "Nhận 300 đơn, trong đó cấp huyện 120 đơn (trong đó: khiếu nại 20 đơn, tố cáo 110 đơn), cấp xã 180 đơn.";
    expect(codes(text)).toEqual(["TOTAL_EXCEEDED"]);
  });

  it("reads a breakdown given in a footnote", () => {
    const text = "Xây dựng 40 mô hình¹ điển hình.\n¹ Gồm: cấp huyện 15 mô hình, cấp xã 24 mô hình.";
    expect(codes(text)).toEqual(["TOTAL_SHORT"]);
  });

  it("ignores parts of another unit and lists that run into the next clause", () => {
    expect(auditText("Có 12 xã, trong đó 3 xã đạt chuẩn với 400 hộ.").claims).toEqual([]);
    expect(
      auditText("Nhận 500 đơn, trong đó cấp xã 300 đơn, đã giải quyết 450 đơn.").findings,
    ).toEqual([]);
  });

  it("does not read a fraction in brackets as a list", () => {
    expect(auditText("Giảm 40 đơn vị sự nghiệp (210/250).").claims).toEqual([]);
  });
});

describe("resolution and change", () => {
  it("checks to resolve = new + carried over = resolved + pending", () => {
    expect(
      kinds(
        "Phường phải giải quyết 64 đơn (đơn mới 60, đơn cũ 4), đã giải quyết xong 61 đơn, còn 3 đơn.",
      ),
    ).toEqual(["resolution:consistent", "breakdown:consistent"]);
    expect(codes("Phường phải giải quyết 64 đơn, đã giải quyết 60 đơn, còn 3 đơn.")).toEqual([
      "RESOLUTION_BALANCE_MISMATCH",
    ]);
  });

  it("names a rate computed on the cases received instead of those under jurisdiction", () => {
    const result = auditText(
      "Tiếp nhận 250 đơn, thuộc thẩm quyền 200 đơn, đã giải quyết 190 đơn, đạt 76%.",
    );
    expect(result.findings.map((f) => f.code)).toEqual(["RESOLUTION_WRONG_BASE"]);
    expect(result.findings[0]?.message.en).toMatch(/190\/200 = 95/);
  });

  it("checks before, after, change and percentage together", () => {
    expect(
      kinds("Biên chế giảm từ 250 xuống còn 230 người (giảm 20 người), tương đương 8%."),
    ).toEqual(["change:consistent"]);
    expect(codes("Biên chế giảm từ 250 xuống còn 230 người, tương đương 9%.")).toEqual([
      "PERCENT_INCONSISTENT",
    ]);
  });

  it("derives the base a change is measured against when the text never writes it", () => {
    expect(codes("Năm nay xảy ra 90 vụ, tăng 10 vụ (14,5%) so với cùng kỳ.")).toEqual([
      "CHANGE_IMPLIED_BASE",
      "PERCENT_INCONSISTENT",
    ]);
  });
});

describe("tables", () => {
  const table = ["Năm\tSố cuộc\tSố người", "2022\t10\t120", "2023\t12\t130", "Cộng\t22\t260"].join(
    "\n",
  );

  it("checks each column against its total row", () => {
    const result = auditText(table);
    expect(result.claims.map((c) => `${c.kind}:${c.status}`)).toEqual([
      "table:consistent",
      "table:error",
    ]);
    expect(result.findings[0]?.span?.excerpt).toBe("260");
  });

  it("checks n (x%) cells against the nearest count before them", () => {
    const text = "Tiếp nhận\tThuộc thẩm quyền\tĐã giải quyết\tTồn\n900\t400\t380 (95%)\t20 (5,5%)";
    expect(codes(text)).toEqual(["PERCENT_INCONSISTENT"]);
  });
});

describe("citations and dates", () => {
  const header = "Hà Tĩnh, ngày 10 tháng 3 năm 2021\n";

  it("reads the report date from the header", () => {
    expect(auditText(`${header}Nội dung.`).reportDate?.iso).toBe("2021-03-10");
  });

  it("flags a document dated after the report and a date the registry contradicts", () => {
    const text = `${header}Thực hiện Kế hoạch số 15/KH-UBND ngày 02/4/2021 và Kết luận số 114-KL/TW ngày 14/8/2015.`;
    expect(codes(text).sort()).toEqual(["REF_DATED_AFTER_REPORT", "REF_DATE_CONTRADICTS_REGISTRY"]);
  });

  it("warns about a period that ends after the report", () => {
    expect(codes(`${header}Tính đến ngày 30/6/2021, đã cấp 1.200 thẻ.`)).toEqual([
      "DATE_PERIOD_ENDS_AFTER_REPORT",
    ]);
  });

  it("keeps the numbers of dates and references out of claims", () => {
    const text = `${header}Theo Nghị định số 04/2015/NĐ-CP ngày 09/01/2015, đạt 100%.`;
    expect(auditText(text).claims.filter((c) => c.kind !== "citation")).toEqual([]);
  });
});

describe("input forms", () => {
  const text = "Xã đã giải quyết 47/52 đơn (đạt 91,4%).";

  it.each([
    ["NFD", text.normalize("NFD")],
    ["CRLF and a BOM", `\uFEFFDòng đầu.\r\n${text}\r\n`],
    ["no-break spaces", text.replace(/ /g, "\u00a0")],
  ])("finds the same claim in %s text, placed on the caller's own text", (_name, input) => {
    const [finding] = auditText(input).findings;
    expect(finding?.code).toBe("PERCENT_INCONSISTENT");
    const span = finding?.span;
    expect(
      span &&
        input
          .slice(span.start, span.end)
          .normalize("NFC")
          .replace(/\u00a0/g, " "),
    ).toBe("47/52 đơn (đạt 91,4%");
  });

  it("leaves the caller's text unchanged", () => {
    const input = text.normalize("NFD");
    const copy = `${input}`;
    auditText(input);
    expect(input).toBe(copy);
  });
});

describe("the rounding officials are assumed to use", () => {
  it("counts the chosen mode as consistent and half up as lenient", () => {
    const text = "Đã số hóa 13/14 hồ sơ = 92,8%.";
    expect(auditText(text).findings.map((f) => f.severity)).toEqual(["warning"]);
    expect(auditText(text, { rounding: "truncate" }).findings).toEqual([]);
    expect(
      auditText("Đã số hóa 13/14 hồ sơ = 92,9%.", { rounding: "truncate" }).findings.map(
        (f) => f.severity,
      ),
    ).toEqual(["warning"]);
  });
});

describe("a table with a total row and n (x%) cells", () => {
  it("judges each cell's share against its row, never against the column total", () => {
    const text = [
      "Đơn vị\tThuộc thẩm quyền\tĐã giải quyết",
      "Xã A\t50\t44 (88%)",
      "Xã B\t70\t63 (90%)",
      "Cộng\t120\t107",
    ].join("\n");
    expect(auditText(text).findings.map((f) => f.code)).toEqual([]);
  });
});

describe("the reportDate option", () => {
  const text =
    "Trong 6 tháng đầu năm 2020 (từ ngày 01/01/2020 đến ngày 30/6/2020), xã đã giải quyết 47/52 đơn, đạt 90,4%.";

  it("dates a report whose text has no date, and periods are held to it", () => {
    expect(auditText(text).reportDate).toBeUndefined();
    expect(auditText(text).findings).toEqual([]);
    const early = auditText(text, { reportDate: "2020-06-01" });
    expect(early.reportDate?.iso).toBe("2020-06-01");
    expect(early.findings.map((f) => f.code)).toContain("DATE_PERIOD_ENDS_AFTER_REPORT");
    expect(auditText(text, { reportDate: "2020-07-15" }).findings).toEqual([]);
  });

  it("takes precedence over the date in the header", () => {
    const dated = `Đông Sơn Hà, ngày 15 tháng 7 năm 2020\n${text}`;
    expect(auditText(dated).reportDate?.iso).toBe("2020-07-15");
    expect(auditText(dated, { reportDate: "2020-06-01" }).reportDate?.iso).toBe("2020-06-01");
  });

  it.each([
    ["2020-02-30", "DATE_INVALID"],
    ["01/06/2020", "DATE_UNKNOWN_SHAPE"],
    ["2020-6-1", "DATE_UNKNOWN_SHAPE"],
  ])("refuses %s with %s, the input kept", (reportDate, code) => {
    expect(() => auditText(text, { reportDate })).toThrow(
      expect.objectContaining({ name: "BaocaoError", code, input: reportDate }),
    );
  });
});
