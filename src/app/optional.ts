import { ReportReadError } from "../cli/readers/errors.js";

// The app's stand-in for src/cli/readers/optional.ts (its build swaps the module): the Word and
// PDF packages are not imported at run time but bundled, each into a script that the page puts
// in front of the worker's own when such a file is dropped, and that leaves the package here.

/** Where the bundled packages leave themselves (src/app/packages/*.ts). */
export const PACKAGES = "__baocaoPackages";

/**
 * The package bundled into the worker, or the reason it is not there.
 *
 * @param path - the file being read, for the message
 * @param name - the package (mammoth, unpdf)
 * @param format - the format it reads, for the message
 * @returns the module
 */
export async function loadOptional<T>(path: string, name: string, format: string): Promise<T> {
  const packages = (globalThis as Record<string, unknown>)[PACKAGES] as
    | Record<string, unknown>
    | undefined;
  const found = packages?.[name];
  if (found !== undefined) return found as T;
  if (name === "word-extractor")
    throw new ReportReadError("UNSUPPORTED_FORMAT", path, {
      vi: "trình duyệt không đọc được tệp Word 97–2003 (.doc): hãy mở tệp bằng Word và lưu thành .docx (Tệp › Lưu thành › Tài liệu Word), rồi thả tệp .docx vào đây",
      en: "a Word 97–2003 (.doc) file cannot be read in the browser: open it in Word and save it as .docx (File › Save As › Word Document), then drop the .docx",
    });
  throw new ReportReadError("READER_MISSING", path, {
    vi: `đọc tệp ${format} cần ${name}, trang này chưa nạp`,
    en: `reading ${format} files needs ${name}, which this page did not load`,
  });
}
