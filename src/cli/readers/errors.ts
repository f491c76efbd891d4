import { InputError } from "../errors.js";
import type { Text } from "../i18n.js";
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
