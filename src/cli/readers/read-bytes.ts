import { convertLegacy, LEGACY_ENCODING_NAMES } from "baocao";
import { same, type Text, text } from "../i18n.js";
import { readDoc } from "./doc.js";
import { readDocx } from "./docx.js";
import { ReportReadError } from "./errors.js";
import type { Origin, OriginText } from "./origin.js";
import { readPdf } from "./pdf.js";
import { isEncryptedOffice, promisedFormat, type Sniffed, sniff } from "./sniff.js";
import { decodeText, textOrigins } from "./text.js";

// Reading a report from its bytes, without touching the file system: the command line and the
// browser app (src/app) read every file through this one function.

/** The format a report was read as. */
export type ReportFormat = "text" | "docx" | "doc" | "pdf";

/** A report read from disk, ready for `auditText`. */
export interface ReadReport {
  /** The report's text in Unicode: Word tables as tab-separated rows, footnotes as "¹ …" lines. */
  readonly text: string;
  /**
   * Where an offset of `text` came from in the original file.
   *
   * @param offset - an offset in `text` (a finding's span start)
   * @returns paragraph (and cell) for Word, page for PDF, line for text
   */
  readonly origin: (offset: number) => Origin;
  /** Sentences for the reader: a legacy encoding converted, a misnamed file, pages without text. */
  readonly notices: readonly Text[];
  /** The format the content was read as (whatever the file's name says). */
  readonly format: ReportFormat;
  /** The legacy encoding found and converted, if any. */
  readonly encoding: "tcvn3" | "vni" | undefined;
}

const FORMAT_NAME: Record<ReportFormat, Text> = {
  text: text("văn bản", "text"),
  docx: same("Word .docx"),
  doc: same("Word .doc"),
  pdf: same("PDF"),
};

/** The default limit on what a .docx or .pdf may unpack to: 200 MB (see docs/formats.md). */
export const DEFAULT_MAX_UNPACKED_BYTES = 200_000_000;

/** Options of {@link readReport} and {@link readReportBytes}. */
export interface ReadOptions {
  /**
   * The most a .docx's parts or a PDF's compressed streams may unpack to, in bytes (default
   * {@link DEFAULT_MAX_UNPACKED_BYTES}): a zip or Flate bomb is refused with `TOO_LARGE_UNPACKED`
   * before it is unpacked.
   */
  readonly maxUnpackedBytes?: number;
}

/**
 * Reads a report from its bytes (standard input, or a file already read): as {@link readReport}.
 *
 * @param name - the file's name (its extension is checked against the content)
 * @param bytes - the content
 * @param options - the limit on unpacked size
 * @returns the text, an origin for every offset, and notices
 * @throws ReportReadError for content it cannot read
 */
export async function readReportBytes(
  name: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ReadReport> {
  const limit = options.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_BYTES;
  const found = sniff(bytes);
  const promised = promisedFormat(name);
  const notices: Text[] = [];
  const format = formatOf(name, bytes, found, promised);
  if (format !== promised && !(found === "text" && promised === "text"))
    notices.push(
      text(
        `${name} mang tên tệp ${FORMAT_NAME[promised].vi} nhưng chứa ${FORMAT_NAME[format].vi}: đọc như ${FORMAT_NAME[format].vi}`,
        `${name} is named as ${FORMAT_NAME[promised].en} but holds ${FORMAT_NAME[format].en}: read as ${FORMAT_NAME[format].en}`,
      ),
    );
  let read: OriginText;
  let eightBit = false;
  if (format === "docx") read = await readDocx(name, bytes, limit);
  else if (format === "doc") read = await readDoc(name, bytes);
  else if (format === "pdf") {
    const pdf = await readPdf(name, bytes, limit);
    read = pdf;
    if (pdf.emptyPages.length > 0)
      notices.push(
        text(
          `đã bỏ qua các trang không có chữ (bản quét?): ${pdf.emptyPages.join(", ")} trên ${pdf.pages}`,
          `pages without text (scanned?) were skipped: ${pdf.emptyPages.join(", ")} of ${pdf.pages}`,
        ),
      );
  } else {
    const decoded = decodeText(name, bytes);
    eightBit = decoded.eightBit;
    read = textOrigins(decoded.text);
  }
  const converted = convertLegacy(read.text);
  if (eightBit && converted.encoding === "unicode")
    throw new ReportReadError(
      "NOT_TEXT",
      name,
      text(
        "không phải văn bản UTF-8, cũng không thấy bảng mã tiếng Việt cũ (TCVN3, VNI): hãy chuyển sang UTF-8 trước",
        "not UTF-8 text, and no Vietnamese legacy encoding (TCVN3, VNI) found: convert it to UTF-8 first",
      ),
    );
  const encoding = converted.encoding === "unicode" ? undefined : converted.encoding;
  if (encoding)
    notices.push(
      text(
        `văn bản theo bảng mã ${LEGACY_ENCODING_NAMES[encoding]} đã được chuyển sang Unicode (${converted.converted} chữ)${encoding === "tcvn3" ? "; hãy kiểm tra chữ hoa trong tên riêng (TCVN3 không có chữ hoa có dấu)" : ""}`,
        `text in the ${LEGACY_ENCODING_NAMES[encoding]} encoding was converted to Unicode (${converted.converted} letters)${encoding === "tcvn3" ? "; check capitals in names (TCVN3 has no capital toned letters)" : ""}`,
      ),
    );
  return {
    text: converted.text,
    origin: (offset) => read.origin(converted.toSource(offset)),
    notices,
    format,
    encoding,
  };
}

function formatOf(
  name: string,
  bytes: Uint8Array,
  found: Sniffed,
  promised: ReportFormat,
): ReportFormat {
  switch (found) {
    case "docx":
    case "doc":
    case "pdf":
      return found;
    case "empty":
      if (promised !== "text")
        throw new ReportReadError(
          "EMPTY_FILE",
          name,
          text(
            `tệp rỗng, không phải tài liệu ${FORMAT_NAME[promised].vi}`,
            `empty file, not a ${FORMAT_NAME[promised].en} document`,
          ),
        );
      return "text";
    case "zip":
      throw new ReportReadError(
        "UNSUPPORTED_FORMAT",
        name,
        text(
          "tệp nén zip nhưng không phải tài liệu Word .docx (bảng tính, tệp OpenDocument hay tệp nén khác?): hãy lưu báo cáo dạng .docx, .pdf hoặc .txt",
          "a zip archive but not a Word .docx document (a spreadsheet, an OpenDocument file or another archive?): save the report as .docx, .pdf or .txt",
        ),
      );
    case "ole":
      if (isEncryptedOffice(bytes))
        throw new ReportReadError(
          "PASSWORD_PROTECTED",
          name,
          text(
            "tài liệu Office có mật khẩu: hãy gỡ mật khẩu trong Word rồi lưu lại",
            "password-protected Office document: remove the password in Word and save again",
          ),
        );
      throw new ReportReadError(
        "UNSUPPORTED_FORMAT",
        name,
        text(
          "tệp Office nhưng không phải tài liệu Word (tệp Excel .xls?): hãy lưu báo cáo dạng .docx, .pdf hoặc .txt",
          "an Office file but not a Word document (an Excel .xls?): save the report as .docx, .pdf or .txt",
        ),
      );
    case "binary":
      throw new ReportReadError(
        promised === "text" ? "NOT_TEXT" : "CORRUPT_FILE",
        name,
        promised === "text"
          ? text(
              "không phải tệp văn bản (nội dung nhị phân); baocao đọc .txt, .md, .docx, .doc và .pdf",
              "not a text file (binary content); baocao reads .txt, .md, .docx, .doc and .pdf",
            )
          : text(
              `không phải tệp ${FORMAT_NAME[promised].vi} (nội dung không bắt đầu như vậy): tệp bị hỏng hoặc thuộc loại khác`,
              `not a ${FORMAT_NAME[promised].en} file (its content does not start as one): the file is damaged or of another kind`,
            ),
      );
    default:
      return "text";
  }
}
