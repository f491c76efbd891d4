import { text } from "../i18n.js";
import { ReportReadError } from "./errors.js";

// The one place the readers load their optional packages (mammoth, word-extractor, unpdf). The
// browser app's build puts its own module in this one's place (src/app/optional.ts), handing
// over the packages bundled into its worker.

/**
 * Loads an optional dependency when a file needs it, or says how to install it. The name is a
 * variable so bundlers leave the import to run time: the CLI starts without these packages.
 *
 * @param path - the file being read, for the message
 * @param name - the package
 * @param format - the format it reads, for the message
 * @returns the module (its CommonJS export when it has one)
 */
export async function loadOptional<T>(path: string, name: string, format: string): Promise<T> {
  try {
    const loaded = (await import(name)) as { default?: unknown };
    return (loaded.default ?? loaded) as T;
  } catch {
    throw new ReportReadError(
      "READER_MISSING",
      path,
      text(
        `đọc tệp ${format} cần gói tùy chọn ${name} (npm install ${name})`,
        `reading ${format} files needs the optional package ${name} (npm install ${name})`,
      ),
    );
  }
}
