import { describe, expect, it } from "vitest";
import { alarms, claimsOf } from "./helpers.js";

// Tables laid out with spaces (text copied from a PDF): relations read from the figures.
const HOUSEHOLDS = [
  "Số hộ sản xuất phân theo ngành",
  "2021 2022 2023 2024",
  "TỔNG SỐ 4820 4975 5110 5232",
  "Phân theo khu vực",
  "Thị trấn 1210 1264 1302 1345",
  "Các xã 3610 3711 3808 3887",
  "Phân theo ngành",
  "Nông nghiệp 2950 2981 3004 3021",
  "Trồng trọt 2100 2115 2122 2130",
  "Chăn nuôi 850 866 882 891",
  "Phi nông nghiệp 1870 1994 2106 2211",
].join("\n");

describe("the aligned-table rule", () => {
  it("finds each way a total row is divided, and the subtotals inside one of them", () => {
    expect(alarms(HOUSEHOLDS)).toEqual([]);
    const claims = claimsOf(HOUSEHOLDS, "table");
    // Per column: total by area, total by trade, and farming by its two parts.
    expect(claims).toHaveLength(12);
    expect(claims[0]).toBe("consistent [total=4820 part=1210 part=3610]");
    expect(claims).toContain("consistent [total=4820 part=2950 part=1870]");
    expect(claims).toContain("consistent [total=2950 part=2100 part=850]");
  });

  it("points at the one cell that breaks a relation the other columns keep", () => {
    const slip = HOUSEHOLDS.replace("Các xã 3610 3711 3808 3887", "Các xã 3610 3711 3880 3887");
    expect(alarms(slip)).toEqual(["TOTAL_EXCEEDED «5110»"]);
    const total = HOUSEHOLDS.replace("TỔNG SỐ 4820 4975 5110 5232", "TỔNG SỐ 4820 4957 5110 5232");
    expect(alarms(total).length).toBeGreaterThan(0);
    expect(alarms(total).every((a) => a.endsWith("«4957»"))).toBe(true);
  });

  it("says nothing of a column that adds up nowhere (a ratio written without its sign)", () => {
    const text = [
      "Kế hoạch Thực hiện Năm trước Cùng kỳ So sánh",
      "Toàn huyện 5400 5130 4870 4600 105,3",
      "Khối huyện 2100 2050 1900 1800 107,9",
      "Khối xã 3300 3080 2970 2800 103,7",
    ].join("\n");
    expect(alarms(text)).toEqual([]);
    expect(claimsOf(text, "table")).toHaveLength(4);
  });

  it("reads a column that is the difference of two before it, row by row", () => {
    const rows = [
      "2019 15,2 6,1 9,1",
      "2020 14,8 6,4 8,4",
      "2021 14,1 7,0 7,1",
      "2022 13,9 6,6 7,3",
    ];
    const text = ["Sinh Chết Tăng tự nhiên", ...rows].join("\n");
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace("14,1 7,0 7,1", "14,1 7,0 1,7"))).toEqual([
      "TOTAL_SHORT «14,1 7,0 1,7»",
    ]);
  });

  it("reads a column of percentages against the count column that gives them", () => {
    const text = [
      "Tiếp nhận Đã giải quyết Đúng hạn %",
      "Quý I 420 400 380 95%",
      "Quý II 515 500 460 92%",
      "Quý III 388 375 330 88%",
    ].join("\n");
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace("460 92%", "460 29%"))).toEqual(["PERCENT_INCONSISTENT «460 29%»"]);
  });

  it("takes no running text for a table", () => {
    expect(
      claimsOf("Năm 2024 xã có 12 thôn 3 tổ.\nToàn xã có 1.203 hộ 4.870 khẩu.", "table"),
    ).toEqual([]);
  });

  it("passes over a part's own 'of which' row, and reads a slip against the rest", () => {
    const text = [
      "Cơ cấu chi ngân sách xã (%)",
      "2022 2023 2024 2025",
      "Tổng chi 100,00 100,00 100,00 100,00",
      "Chi đầu tư 35,20 38,75 41,10 40,05",
      "Trong đó: chi xây dựng trường học 12,40 13,05 15,30 14,00",
      "Chi thường xuyên 64,80 61,25 58,90 59,95",
    ].join("\n");
    expect(alarms(text)).toEqual([]);
    expect(claimsOf(text, "table")).toContain("consistent [total=100,00 part=35,20 part=64,80]");
    expect(alarms(text.replace("61,25", "61,52"))).toEqual(["TOTAL_EXCEEDED «100,00»"]);
  });

  it("leaves alone a column of indices that only looks like the others", () => {
    const text = [
      "2023 2024 Chỉ số",
      "Toàn tỉnh 5210,4 5630,2 108,1",
      "Khu vực nhà nước 1405,2 1498,6 106,6",
      "Khu vực ngoài nhà nước 3805,2 4131,6 108,6",
    ].join("\n");
    expect(alarms(text)).toEqual([]);
  });
});

describe("the aligned-table rule: columns", () => {
  // Invented: a district's output in millions of dong, total first, then its sectors, the second
  // of which has its "of which" column beside it.
  const OUTPUT = [
    "Giá trị sản xuất phân theo ngành",
    "Tổng số Nông nghiệp Công nghiệp và xây dựng Trong đó: Công nghiệp Dịch vụ",
    "Triệu đồng",
    "2021 812.640 231.405 402.117 351.960 179.118",
    "2022 857.313 229.870 441.205 389.632 186.238",
    "2023 903.551 236.014 467.890 410.345 199.647",
    "2024 951.087 240.331 494.306 433.701 216.450",
  ];
  const table = OUTPUT.join("\n");

  it("passes over an 'of which' column inside the part before it", () => {
    expect(alarms(table)).toEqual([]);
    expect(claimsOf(table, "table")).toContain(
      "consistent [total=812.640 part=231.405 part=402.117 part=179.118]",
    );
    const slip = table.replace("857.313", "857.331");
    expect(alarms(slip)).toEqual([expect.stringMatching(/^TOTAL_SHORT «857\.331/)]);
  });

  it("lets whole figures in millions miss their sum by half a unit each, and only then", () => {
    // 2024 written one million short of its parts' sum (951.087): rounding, not a slip.
    const rounded = table.replace("951.087", "951.086");
    expect(alarms(rounded)).toEqual([]);
    // Without the unit line the figures are counts, which add up exactly.
    const counts = rounded.replace("Triệu đồng\n", "");
    expect(alarms(counts)).toEqual([expect.stringMatching(/^TOTAL_EXCEEDED «951\.086/)]);
  });

  it("reports a slip against two agreeing rows only when it is one keystroke from the sum", () => {
    const rows = [
      "Kết quả giải quyết hồ sơ",
      "Tổng Đã giải quyết Đang giải quyết",
      "Cấp tỉnh 4.215 3.980 235",
      "Cấp huyện 7.406 7.122 284",
      "Cấp xã 12.530 12.388 142",
    ].join("\n");
    expect(alarms(rows)).toEqual([]);
    expect(alarms(rows.replace("7.406", "7.460"))).toEqual([
      expect.stringMatching(/^TOTAL_SHORT «7\.460/),
    ]);
    // A row far from its sum may be another kind of row: nothing is said.
    expect(alarms(rows.replace("7.406", "9.000"))).toEqual([]);
  });

  it("reads a row of counts and percentages whose 'N 100%' pair is the whole of the others", () => {
    const row = [
      "Hồ sơ tiếp nhận theo hình thức",
      "Tổng % Trực tuyến % Bưu chính % Trực tiếp %",
      "Số hồ sơ cấp huyện 4120 100% 2884 70% 824 20% 412 10%",
    ].join("\n");
    expect(alarms(row)).toEqual([]);
    expect(claimsOf(row, "table")).toEqual([
      "consistent [part=2884 whole=4120 stated=70%]",
      "consistent [part=824 whole=4120 stated=20%]",
      "consistent [part=412 whole=4120 stated=10%]",
    ]);
    expect(alarms(row.replace("824 20%", "824 22%"))).toEqual([
      expect.stringMatching(/^PERCENT_INCONSISTENT «824 22%/),
    ]);
  });

  it("leaves a row whose percentages fit its 100% count no better than by one pair", () => {
    // Percentages of wholes the row does not write: one pair fits at most, nothing is said.
    const row = "Xã Hòa Bình 60 100% 45 90% 30 40% 12 25%";
    expect(claimsOf(row, "table")).toEqual([]);
    expect(alarms(row)).toEqual([]);
  });
});
