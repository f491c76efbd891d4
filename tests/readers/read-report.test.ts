import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/cli/inputs.js";
import {
  formatOrigin,
  type Origin,
  type ReadReport,
  ReportReadError,
  readReport,
  readReportBytes,
} from "../../src/cli/readers/index.js";
import { auditText, encodeTcvn3, encodeVni } from "../../src/index.js";
import { encryptedPdf, oleWith } from "./make-bad.js";
import { makeDocx } from "./make-docx.js";
import { canPrintPdf, printPdfs, reportHtml, SCANNED_HTML } from "./make-pdf.js";
import { type Block, REPORT, reportText } from "./report-fixture.js";

const dir = mkdtempSync(join(tmpdir(), "baocao-readers-"));
const file = (name: string, bytes: Buffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

/** The report with filler paragraphs and a page break before its table. */
const LONG: readonly Block[] = [
  ...REPORT.slice(0, 8),
  ...Array.from({ length: 6 }, (_, i) => ({
    kind: "paragraph" as const,
    text: `Nội dung thứ ${i + 1}: công tác phối hợp giữa các cơ quan, đoàn thể được duy trì thường xuyên, nề nếp, đúng quy chế.`,
  })),
  { kind: "page-break" },
  ...REPORT.slice(8),
];

/** Finding codes and excerpts, positions aside: what must not depend on the format. */
const findings = (text: string) =>
  auditText(text).findings.map((f) => `${f.code} «${f.span?.excerpt ?? ""}»`);

const originOf = (read: ReadReport, excerpt: string): Origin => {
  const finding = auditText(read.text).findings.find((f) => f.span?.excerpt === excerpt);
  expect(finding, excerpt).toBeDefined();
  return read.origin(finding?.span?.start ?? -1);
};

const expected = findings(reportText());

describe("the fixture report", () => {
  it("has its four planted mistakes", () => {
    expect(expected).toEqual(
      expect.arrayContaining([
        "PERCENT_INCONSISTENT «120/150 đơn (đạt 85%»",
        expect.stringMatching(/^TOTAL_SHORT «48 cuộc/),
        "PERCENT_INCONSISTENT «44 (85%»",
        "TABLE_COLUMN_TOTAL «120»",
      ]),
    );
  });
});

describe("text files", () => {
  it("read as they are, with the line of each finding", async () => {
    const read = await readReport(file("report.txt", reportText()));
    expect(read.format).toBe("text");
    expect(read.notices).toEqual([]);
    expect(findings(read.text)).toEqual(expected);
    expect(originOf(read, "44 (85%")).toEqual({ kind: "text", line: 12 });
  });

  it("read UTF-16 with a byte-order mark", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(reportText(), "utf16le")]);
    const read = await readReportBytes("report.txt", bytes);
    expect(findings(read.text)).toEqual(expected);
  });
});

describe(".docx (mammoth)", () => {
  let read: ReadReport;
  beforeAll(async () => {
    read = await readReport(file("report.docx", await makeDocx()));
  });

  it("gives the same findings as the text", () => {
    expect(read.format).toBe("docx");
    expect(findings(read.text)).toEqual(expected);
  });

  it("keeps the table as tab-separated rows with its Cộng row", () => {
    const lines = read.text.split("\n");
    expect(lines).toContain("Đơn vị\tSố đơn\tĐã giải quyết");
    expect(lines).toContain("Cộng\t150\t120 (80%)");
  });

  it("keeps the footnote mark in the text and the footnote as a line", () => {
    expect(read.text).toContain("tiếp nhận 150 đơn¹, đã giải quyết");
    expect(read.text.split("\n")).toContain(
      "¹ Không kể 12 đơn trùng lặp, đơn nặc danh đã được lưu theo quy định.",
    );
  });

  it("points each finding at its paragraph, and table findings at their cell", () => {
    expect(originOf(read, "120/150 đơn (đạt 85%")).toEqual({ kind: "word", paragraph: 6 });
    const cell = originOf(read, "44 (85%");
    expect(cell).toMatchObject({ kind: "word", cell: { table: 1, row: 4, column: 3 } });
    expect(formatOrigin(cell, "vi")).toMatch(/^đoạn \d+, bảng 1, hàng 4, cột 3$/);
    expect(originOf(read, "120")).toMatchObject({ cell: { table: 1, row: 5, column: 3 } });
  });

  it("points a footnote's text at the paragraph citing it", () => {
    const at = read.text.indexOf("Không kể 12 đơn");
    expect(read.origin(at)).toEqual({ kind: "word", paragraph: 6, footnote: 1 });
    expect(formatOrigin(read.origin(at), "en")).toBe("paragraph 6, footnote 1");
  });

  it("keeps empty cells, so columns stay aligned", async () => {
    const blocks: Block[] = [
      {
        kind: "table",
        rows: [
          ["Xã", "", "12"],
          ["Cộng", "", "12"],
        ],
      },
    ];
    const sparse = await readReportBytes("sparse.docx", await makeDocx(blocks));
    expect(sparse.text.split("\n")).toEqual(["Xã\t\t12", "Cộng\t\t12"]);
  });
});

describe.skipIf(!canPrintPdf)(".pdf (unpdf), printed by Chromium", () => {
  let report: ReadReport;
  let long: ReadReport;
  let scanned: Buffer;
  beforeAll(async () => {
    const [one, two, scan] = await printPdfs([reportHtml(), reportHtml(LONG), SCANNED_HTML]);
    if (!one || !two || !scan) throw new Error("Chromium printed no PDF");
    report = await readReport(file("report.pdf", one));
    long = await readReport(file("long.pdf", two));
    scanned = scan;
  }, 120_000);

  it("gives the same findings as the text", () => {
    expect(report.format).toBe("pdf");
    expect(findings(report.text)).toEqual(expected);
  });

  it("rebuilds table rows, wrapped paragraphs and raised footnote marks", () => {
    const lines = report.text.split("\n");
    expect(lines).toContain("Cộng\t150\t120 (80%)");
    expect(lines).toContain(
      "Trong năm, Ủy ban nhân dân huyện đã tiếp nhận 150 đơn¹, đã giải quyết 120/150 đơn (đạt 85%). Số đơn còn lại đang được xem xét theo thẩm quyền.",
    );
    expect(lines).toContain("¹ Không kể 12 đơn trùng lặp, đơn nặc danh đã được lưu theo quy định.");
  });

  it("points findings at their page", () => {
    expect(originOf(long, "120/150 đơn (đạt 85%")).toEqual({ kind: "pdf", page: 1 });
    expect(originOf(long, "44 (85%")).toEqual({ kind: "pdf", page: 2 });
    expect(findings(long.text)).toEqual(findings(reportText(LONG)));
  });

  it("refuses a PDF without text: OCR is not supported", async () => {
    const error = await readReportBytes("scan.pdf", scanned).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportReadError);
    expect(error).toMatchObject({ code: "NO_TEXT_LAYER" });
    expect((error as Error).message).toMatch(/OCR is not supported/);
  });

  it("reads a PDF named .txt by its content, and says so", async () => {
    const misnamed = await readReportBytes(
      "report.txt",
      await import("node:fs").then((fs) => fs.readFileSync(join(dir, "report.pdf"))),
    );
    expect(misnamed.format).toBe("pdf");
    expect(misnamed.notices[0]?.en).toMatch(/named as text but holds PDF/);
    expect(findings(misnamed.text)).toEqual(expected);
  });
});

describe("legacy encodings", () => {
  it("converts a TCVN3 text file (8-bit bytes) and says so", async () => {
    const read = await readReport(
      file("tcvn3.txt", Buffer.from(encodeTcvn3(reportText()), "latin1")),
    );
    expect(read.encoding).toBe("tcvn3");
    expect(read.notices.map((n) => n.en)).toEqual([
      expect.stringMatching(/TCVN3 \(ABC\) encoding was converted/),
    ]);
    expect(findings(read.text)).toEqual(expected);
    expect(originOf(read, "44 (85%")).toEqual({ kind: "text", line: 12 });
  });

  it("reads Windows-1252 punctuation of an 8-bit file (curly quotes, dashes)", async () => {
    const line = Buffer.from(encodeTcvn3("Về việc thực hiện chủ đề: "), "latin1");
    const bytes = Buffer.concat([
      line,
      Buffer.from([0x93]),
      Buffer.from("D©n vËn khÐo", "latin1"),
      Buffer.from([0x94, 0x20, 0x96, 0x20]),
      Buffer.from("n¨m 2024", "latin1"),
    ]);
    const read = await readReportBytes("quotes.txt", bytes);
    expect(read.text).toBe("Về việc thực hiện chủ đề: “Dân vận khéo” – năm 2024");
  });

  it("converts a VNI Word document, cells and all", async () => {
    const vni = (s: string) => encodeVni(s);
    const blocks = REPORT.map(
      (b): Block =>
        b.kind === "table"
          ? { kind: "table", rows: b.rows.map((r) => r.map(vni)) }
          : b.kind === "page-break"
            ? b
            : { ...b, text: vni(b.text) },
    );
    const read = await readReportBytes("vni.docx", await makeDocx(blocks));
    expect(read.encoding).toBe("vni");
    expect(read.notices[0]?.en).toMatch(/VNI encoding was converted/);
    // The footnote is still Unicode in this file: only the body was typed in VNI.
    expect(findings(read.text)).toEqual(expected);
    expect(originOf(read, "44 (85%")).toMatchObject({ cell: { table: 1, row: 4, column: 3 } });
    expect(originOf(read, "120/150 đơn (đạt 85%")).toEqual({ kind: "word", paragraph: 6 });
  });
});

describe("files whose name lies about their content", () => {
  it("reads a .docx named .pdf as Word, with a notice", async () => {
    const read = await readReportBytes("report.pdf", await makeDocx());
    expect(read.format).toBe("docx");
    expect(read.notices).toEqual([
      {
        en: "report.pdf is named as PDF but holds Word .docx: read as Word .docx",
        vi: "report.pdf mang tên tệp PDF nhưng chứa Word .docx: đọc như Word .docx",
      },
    ]);
    expect(findings(read.text)).toEqual(expected);
  });

  it("reads text named .docx as text, with a notice", async () => {
    const read = await readReportBytes("report.docx", Buffer.from(reportText()));
    expect(read.format).toBe("text");
    expect(read.notices[0]?.en).toMatch(/named as Word \.docx but holds text/);
  });
});

describe("files that cannot be read: one typed error, one line", () => {
  const zipWithout = async () => {
    const zip = new JSZip();
    zip.file("content.xml", "<office:document/>");
    return zip.generateAsync({ type: "nodebuffer" });
  };
  it.each([
    [
      "damaged .docx",
      "a.docx",
      () => Buffer.from("PK\u0003\u0004word/document.xml and then nothing"),
    ],
    ["damaged .pdf", "a.pdf", () => Buffer.from("%PDF-1.7\nnot really\n%%EOF")],
    ["damaged .doc", "a.doc", () => oleWith("WordDocument")],
    ["binary named .pdf", "a.pdf", () => Buffer.from([1, 2, 0, 0, 5, 6])],
  ])("%s is CORRUPT_FILE", async (_name, path, bytes) => {
    await expect(readReportBytes(path, bytes())).rejects.toMatchObject({ code: "CORRUPT_FILE" });
  });

  it.each([
    ["password-protected PDF", "a.pdf", () => encryptedPdf()],
    ["password-protected .docx", "a.docx", () => oleWith("EncryptionInfo", "EncryptedPackage")],
  ])("%s is PASSWORD_PROTECTED", async (_name, path, bytes) => {
    const error = await readReportBytes(path, bytes()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "PASSWORD_PROTECTED" });
    expect((error as Error).message).toMatch(/password/);
  });

  it("an OpenDocument zip or an Excel file is UNSUPPORTED_FORMAT", async () => {
    await expect(readReportBytes("a.docx", await zipWithout())).rejects.toMatchObject({
      code: "UNSUPPORTED_FORMAT",
    });
    await expect(readReportBytes("a.doc", oleWith("Workbook"))).rejects.toMatchObject({
      code: "UNSUPPORTED_FORMAT",
    });
  });

  it("an empty .pdf is EMPTY_FILE, but an empty .txt is an empty report", async () => {
    await expect(readReportBytes("a.pdf", Buffer.alloc(0))).rejects.toMatchObject({
      code: "EMPTY_FILE",
    });
    expect((await readReportBytes("a.txt", Buffer.alloc(0))).text).toBe("");
  });

  it("8-bit text that is no Vietnamese legacy encoding, or binary, is NOT_TEXT", async () => {
    const latin1 = Buffer.from("La préfecture a reçu 245 pétitions en été.", "latin1");
    await expect(readReportBytes("a.txt", latin1)).rejects.toMatchObject({ code: "NOT_TEXT" });
    await expect(
      readReportBytes("a.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])),
    ).rejects.toMatchObject({
      code: "NOT_TEXT",
    });
  });

  it("a missing file is READ_FAILED", async () => {
    await expect(readReport(join(dir, "absent.docx"))).rejects.toMatchObject({
      code: "READ_FAILED",
    });
  });

  it("every error is an InputError with a one-line message naming the file", async () => {
    for (const [path, bytes] of [
      ["x.docx", Buffer.from("PK\u0003\u0004word/")],
      ["x.pdf", encryptedPdf()],
      ["x.doc", oleWith("WordDocument")],
    ] as const) {
      const error = await readReportBytes(path, bytes).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect(error).toBeInstanceOf(ReportReadError);
      expect((error as Error).message.startsWith(`${path}: `)).toBe(true);
      expect((error as Error).message).not.toContain("\n");
    }
  });
});
