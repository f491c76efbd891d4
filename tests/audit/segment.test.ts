import { describe, expect, it } from "vitest";
import { prepareText } from "../../src/audit/prepare.js";
import { segment } from "../../src/audit/segment.js";
import { alarms } from "./rules/helpers.js";

describe("prepareText", () => {
  it("maps NFD input back to the caller's offsets", () => {
    const original = "Xã Hoà Bình có 120 hộ".normalize("NFD");
    const prepared = prepareText(original);
    expect(prepared.text).toBe("Xã Hoà Bình có 120 hộ");
    const at = prepared.text.indexOf("120");
    expect(original.slice(prepared.toOriginal(at), prepared.toOriginal(at + 3))).toBe("120");
  });

  it("drops a BOM and turns no-break spaces into spaces without moving offsets", () => {
    const original = "\uFEFF1.200\u00a0hộ";
    const prepared = prepareText(original);
    expect(prepared.text).toBe("1.200 hộ");
    expect(prepared.toOriginal(0)).toBe(1);
  });

  it("joins a figure and its unit wrapped onto the next line, keeping offsets", () => {
    const original =
      "Sản lượng chè búp đạt 41,7 nghìn\r\ntấn, diện tích 212\nha; Tổng số\n12\nCộng";
    const prepared = prepareText(original);
    expect(prepared.text).toBe(
      "Sản lượng chè búp đạt 41,7 nghìn  tấn, diện tích 212 ha; Tổng số\n12\nCộng",
    );
    expect(prepared.toOriginal(prepared.text.indexOf("tấn"))).toBe(original.indexOf("tấn"));
  });

  it("reads a breakdown whose parts' units are wrapped onto the next line", () => {
    const text =
      "Sản lượng chè đạt 52,4 nghìn tấn; trong đó, chè búp tươi đạt 47,9 nghìn\ntấn; chè khô đạt 4,5\nnghìn tấn.";
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace("52,4", "54,2"))).toHaveLength(1);
  });

  it("leaves the caller's string unchanged", () => {
    const original = "Hoà".normalize("NFD");
    const copy = `${original}`;
    prepareText(original);
    expect(original).toBe(copy);
  });
});

describe("segment", () => {
  const text = [
    "I. TÌNH HÌNH CHUNG",
    "Xã tiếp nhận 40 đơn. Đã giải quyết 38 đơn, đạt 95%. TP. Hải Dương có 12 phường.",
    "Năm\tSố đơn\tĐã giải quyết",
    "2024\t20\t19 (95%)",
    "Cộng\t20\t19",
    "¹ Số liệu đến hết tháng 6.",
  ].join("\r\n");
  const seg = segment(text);

  it("finds headings, paragraphs, tables and footnotes", () => {
    expect(seg.paragraphs.map((p) => p.kind)).toEqual(["heading", "text", "footnote"]);
    expect(seg.tables).toHaveLength(1);
    expect(seg.tables[0]?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["Năm", "Số đơn", "Đã giải quyết"],
      ["2024", "20", "19 (95%)"],
      ["Cộng", "20", "19"],
    ]);
    expect(seg.footnotes.get("1")).toBe(2);
    expect(seg.paragraphs[1]?.section).toBe("I. TÌNH HÌNH CHUNG");
  });

  it("splits sentences at full stops but not inside numbers or after TP.", () => {
    const inParagraph = seg.sentences
      .filter((s) => s.paragraph === 1)
      .map((s) => text.slice(s.start, s.end));
    expect(inParagraph).toEqual([
      "Xã tiếp nhận 40 đơn.",
      "Đã giải quyết 38 đơn, đạt 95%.",
      "TP. Hải Dương có 12 phường.",
    ]);
  });

  it("cell offsets point at the cell text", () => {
    const cell = seg.tables[0]?.rows[1]?.cells[2];
    expect(cell && text.slice(cell.start, cell.end)).toBe("19 (95%)");
  });

  it("joins lines wrapped mid-sentence into one paragraph, split into sentences over all of them", () => {
    const wrapped = [
      "Xã tiếp nhận 40 đơn,",
      "trong đó 12 đơn khiếu nại. Đã giải quyết",
      "thêm 38 đơn, đạt 95%. Còn 2 đơn",
      "đang xem xét.",
      "",
      "Năm sau tiếp tục.",
    ].join("\r\n");
    const parts = segment(wrapped);
    expect(parts.paragraphs.map((p) => wrapped.slice(p.start, p.end))).toEqual([
      "Xã tiếp nhận 40 đơn,\r\ntrong đó 12 đơn khiếu nại. Đã giải quyết\r\nthêm 38 đơn, đạt 95%. Còn 2 đơn\r\nđang xem xét.",
      "Năm sau tiếp tục.",
    ]);
    expect(parts.sentences.map((s) => [s.paragraph, wrapped.slice(s.start, s.end)])).toEqual([
      [0, "Xã tiếp nhận 40 đơn,\r\ntrong đó 12 đơn khiếu nại."],
      [0, "Đã giải quyết\r\nthêm 38 đơn, đạt 95%."],
      [0, "Còn 2 đơn\r\nđang xem xét."],
      [1, "Năm sau tiếp tục."],
    ]);
  });

  it("joins a share written on the line after its label's colon or on a '- Tỷ lệ:' line", () => {
    const lines = [
      "Diện tích trồng chè: 120 ha – Tỷ lệ:",
      "40 %",
      "Diện tích trồng cà phê: 180 ha",
      "- Tỷ lệ: 60%",
      "Kết quả:",
      "12 hồ sơ đã được duyệt.",
      "- Hồ sơ trả lại: 3",
    ].join("\n");
    const parts = segment(lines);
    expect(parts.paragraphs.map((p) => lines.slice(p.start, p.end))).toEqual([
      "Diện tích trồng chè: 120 ha – Tỷ lệ:\n40 %",
      "Diện tích trồng cà phê: 180 ha\n- Tỷ lệ: 60%",
      "Kết quả:",
      "12 hồ sơ đã được duyệt.",
      "- Hồ sơ trả lại: 3",
    ]);
  });

  it("reads a paragraph of 20 000 wrapped lines as one sentence", () => {
    const long = "tiếp nhận 12 đơn trong đó 3 đơn\n".repeat(20_000);
    const parts = segment(long);
    expect(parts.paragraphs).toHaveLength(1);
    expect(parts.sentences).toEqual([{ start: 0, end: long.length - 1, paragraph: 0 }]);
  });
});
