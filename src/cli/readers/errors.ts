import { InputError } from "../errors.js";
import { type Text, text } from "../i18n.js";
import type { ReaderCode } from "./codes.js";

/**
 * A report file that cannot be read, with a stable code and a message for the person who gave
 * it. It is an {@link InputError}: the file's entry in the output gives the reason, standard error
 * one line, and the command exits with 2 once the other files are done.
 */
export class ReportReadError extends InputError {
  declare readonly code: ReaderCode;
  readonly path: string;

  constructor(code: ReaderCode, path: string, message: Text) {
    super(message, { file: path, code });
    this.path = path;
  }
}

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
