import { readFileSync } from "node:fs";
import { convertLegacy, LEGACY_ENCODING_NAMES } from "baocao";
import { readDoc } from "./doc.js";
import { readDocx } from "./docx.js";
import { ReportReadError } from "./errors.js";
import type { Origin, OriginText } from "./origin.js";
import { readPdf } from "./pdf.js";
import { isEncryptedOffice, promisedFormat, type Sniffed, sniff } from "./sniff.js";
import { decodeText, textOrigins } from "./text.js";

export { READER_CODES, type ReaderCode } from "./codes.js";
export { ReportReadError } from "./errors.js";
export {
  formatOrigin,
  type Origin,
  type PdfOrigin,
  type TextOrigin,
  type WordOrigin,
} from "./origin.js";

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
  readonly notices: readonly string[];
  /** The format the content was read as (whatever the file's name says). */
  readonly format: ReportFormat;
  /** The legacy encoding found and converted, if any. */
  readonly encoding: "tcvn3" | "vni" | undefined;
}

const FORMAT_NAME: Record<ReportFormat, string> = {
  text: "text",
  docx: "Word .docx",
  doc: "Word .doc",
  pdf: "PDF",
};

/**
 * Reads a report file, choosing the reader by content (PK zip with word/ → .docx, OLE with a
 * WordDocument stream → .doc, %PDF → PDF, otherwise text), converting TCVN3/VNI text to
 * Unicode. Optional packages (mammoth, word-extractor, unpdf) load only for their format.
 *
 * @param path - the file
 * @returns the text, an origin for every offset, and notices
 * @throws ReportReadError (an InputError) with a one-line message for a file it cannot read
 */
export async function readReport(path: string): Promise<ReadReport> {
  // One synchronous read: a report is read whole anyway, and on a worker thread blocking costs
  // nothing; the promise-based readFile takes several reads and turns of the event loop.
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new ReportReadError("READ_FAILED", path, `cannot read (${e.code ?? e.message})`);
  }
  return readReportBytes(path, bytes);
}

/**
 * Reads a report from its bytes (standard input, or a file already read): as {@link readReport}.
 *
 * @param name - the file's name (its extension is checked against the content)
 * @param bytes - the content
 * @returns the text, an origin for every offset, and notices
 * @throws ReportReadError for content it cannot read
 */
export async function readReportBytes(name: string, bytes: Uint8Array): Promise<ReadReport> {
  const found = sniff(bytes);
  const promised = promisedFormat(name);
  const notices: string[] = [];
  const format = formatOf(name, bytes, found, promised);
  if (format !== promised && !(found === "text" && promised === "text"))
    notices.push(
      `${name} is named as ${FORMAT_NAME[promised]} but holds ${FORMAT_NAME[format]}: read as ${FORMAT_NAME[format]}`,
    );
  let read: OriginText;
  let eightBit = false;
  if (format === "docx") read = await readDocx(name, bytes);
  else if (format === "doc") read = await readDoc(name, bytes);
  else if (format === "pdf") {
    const pdf = await readPdf(name, bytes);
    read = pdf;
    if (pdf.emptyPages.length > 0)
      notices.push(
        `pages without text (scanned?) were skipped: ${pdf.emptyPages.join(", ")} of ${pdf.pages}`,
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
      "not UTF-8 text, and no Vietnamese legacy encoding (TCVN3, VNI) found: convert it to UTF-8 first",
    );
  const encoding = converted.encoding === "unicode" ? undefined : converted.encoding;
  if (encoding)
    notices.push(
      `text in the ${LEGACY_ENCODING_NAMES[encoding]} encoding was converted to Unicode (${converted.converted} letters)${encoding === "tcvn3" ? "; check capitals in names (TCVN3 has no capital toned letters)" : ""}`,
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
          `empty file, not a ${FORMAT_NAME[promised]} document`,
        );
      return "text";
    case "zip":
      throw new ReportReadError(
        "UNSUPPORTED_FORMAT",
        name,
        "a zip archive but not a Word .docx document (a spreadsheet, an OpenDocument file or another archive?): save the report as .docx, .pdf or .txt",
      );
    case "ole":
      if (isEncryptedOffice(bytes))
        throw new ReportReadError(
          "PASSWORD_PROTECTED",
          name,
          "password-protected Office document: remove the password in Word and save again",
        );
      throw new ReportReadError(
        "UNSUPPORTED_FORMAT",
        name,
        "an Office file but not a Word document (an Excel .xls?): save the report as .docx, .pdf or .txt",
      );
    case "binary":
      throw new ReportReadError(
        promised === "text" ? "NOT_TEXT" : "CORRUPT_FILE",
        name,
        promised === "text"
          ? "not a text file (binary content); baocao reads .txt, .md, .docx, .doc and .pdf"
          : `not a ${FORMAT_NAME[promised]} file (its content does not start as one): the file is damaged or of another kind`,
      );
    default:
      return "text";
  }
}
