import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import { text } from "../i18n.js";
import { ReportReadError } from "./errors.js";
import { type ReadOptions, type ReadReport, readReportBytes } from "./read-bytes.js";

export { READER_CODES, type ReaderCode } from "./codes.js";
export { ReportReadError } from "./errors.js";
export {
  formatOrigin,
  type Origin,
  type PdfOrigin,
  type TextOrigin,
  type WordOrigin,
} from "./origin.js";
export {
  DEFAULT_MAX_UNPACKED_BYTES,
  type ReadOptions,
  type ReadReport,
  type ReportFormat,
  readReportBytes,
} from "./read-bytes.js";

/**
 * Reads a file's bytes in one synchronous read (a report is read whole anyway, and on a worker
 * thread blocking costs nothing; the promise-based readFile takes several reads and turns of the
 * event loop).
 *
 * @param path - the file
 * @param regularOnly - refuse anything but a regular file, without blocking on it (a named pipe
 *   with no writer, a device such as /dev/zero): for files found in a folder
 * @returns the bytes
 * @throws ReportReadError (READ_FAILED, NOT_REGULAR_FILE)
 */
export function readFileBytes(path: string, regularOnly = false): Uint8Array {
  let fd: number | undefined;
  try {
    // Opening a named pipe blocks until a writer comes, unless non-blocking.
    fd = openSync(path, regularOnly ? constants.O_RDONLY | constants.O_NONBLOCK : "r");
    if (regularOnly && !fstatSync(fd).isFile())
      throw new ReportReadError(
        "NOT_REGULAR_FILE",
        path,
        text("không phải tệp thường: không đọc", "not a regular file: not read"),
      );
    return readFileSync(fd);
  } catch (error) {
    if (error instanceof ReportReadError) throw error;
    const e = error as NodeJS.ErrnoException;
    const why = e.code ?? e.message;
    throw new ReportReadError(
      "READ_FAILED",
      path,
      text(`không đọc được (${why})`, `cannot read (${why})`),
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Reads a report file, choosing the reader by content (PK zip with word/ → .docx, OLE with a
 * WordDocument stream → .doc, %PDF → PDF, otherwise text), converting TCVN3/VNI text to
 * Unicode. Optional packages (mammoth, word-extractor, unpdf) load only for their format.
 *
 * @param path - the file
 * @param options - the limit on unpacked size
 * @returns the text, an origin for every offset, and notices
 * @throws ReportReadError (an InputError) with a one-line message for a file it cannot read
 */
export async function readReport(path: string, options: ReadOptions = {}): Promise<ReadReport> {
  return readReportBytes(path, readFileBytes(path), options);
}
