/**
 * One invented report, given as structure, so each test can write it as .txt, .docx and .pdf
 * and expect the same findings from each.
 */

/** A block of the report: a paragraph, a heading, a table (first row is the header), or a page break (PDF only). */
export type Block =
  | { readonly kind: "page-break" }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "table"; readonly rows: readonly (readonly string[])[] };

/** The report's footnotes: number → text (the mark "¹" stands in the paragraph that cites it). */
export const FOOTNOTES: ReadonlyMap<number, string> = new Map([
  [1, "Không kể 12 đơn trùng lặp, đơn nặc danh đã được lưu theo quy định."],
]);

/** The report: four planted mistakes (a percentage, a breakdown, a table total, a cell share). */
export const REPORT: readonly Block[] = [
  { kind: "paragraph", text: "ỦY BAN NHÂN DÂN HUYỆN AN BÌNH" },
  { kind: "heading", text: "BÁO CÁO" },
  {
    kind: "paragraph",
    text: "Kết quả công tác tiếp công dân, giải quyết đơn thư năm 2023",
  },
  { kind: "paragraph", text: "An Bình, ngày 15 tháng 12 năm 2023" },
  { kind: "heading", text: "I. KẾT QUẢ THỰC HIỆN" },
  {
    kind: "paragraph",
    text: "Trong năm, Ủy ban nhân dân huyện đã tiếp nhận 150 đơn¹, đã giải quyết 120/150 đơn (đạt 85%). Số đơn còn lại đang được xem xét theo thẩm quyền.",
  },
  {
    kind: "paragraph",
    text: "Đã tổ chức 48 cuộc tiếp công dân, gồm: tiếp định kỳ 30 cuộc, tiếp đột xuất 16 cuộc.",
  },
  { kind: "paragraph", text: "Kết quả giải quyết đơn của các xã, thị trấn như sau:" },
  {
    kind: "table",
    rows: [
      ["Đơn vị", "Số đơn", "Đã giải quyết"],
      ["Xã An Phú", "40", "32 (80%)"],
      ["Xã An Lạc", "60", "45 (75%)"],
      ["Thị trấn An Bình", "50", "44 (85%)"],
      ["Cộng", "150", "120 (80%)"],
    ],
  },
  { kind: "heading", text: "II. PHƯƠNG HƯỚNG NĂM 2024" },
  {
    kind: "paragraph",
    text: "Phấn đấu giải quyết 95% số đơn thuộc thẩm quyền, không để phát sinh điểm nóng.",
  },
];

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** A footnote number in superscript digits. */
export function superscript(n: number): string {
  return [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join("");
}

/** The report as plain text: tab-separated table rows, footnotes as "¹ …" lines at the end. */
export function reportText(blocks: readonly Block[] = REPORT): string {
  const lines = blocks.flatMap((b) =>
    b.kind === "table" ? b.rows.map((r) => r.join("\t")) : b.kind === "page-break" ? [] : [b.text],
  );
  for (const [n, text] of FOOTNOTES) lines.push(`${superscript(n)} ${text}`);
  return `${lines.join("\n")}\n`;
}
