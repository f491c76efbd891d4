/** An input that cannot be read: printed as one line, exit status 2. */
export class InputError extends Error {
  override readonly name: string = "InputError";
  /** The file it concerns, when there is one (the message then starts with it). */
  readonly file: string | undefined;
  /** The reason alone, without the file's name: what the file's entry in the output says. */
  readonly reason: string;
  /** A stable code for the file's entry in the JSON output (`READ_FAILED`, `INVALID_JSON`, …). */
  readonly code: string;

  constructor(reason: string, options: { readonly file?: string; readonly code?: string } = {}) {
    super(options.file === undefined ? reason : `${options.file}: ${reason}`);
    this.file = options.file;
    this.reason = reason;
    this.code = options.code ?? "READ_FAILED";
  }
}

/** An output that cannot be written (`--out` onto an input, a folder, a full disk): exit status 2. */
export class OutputError extends Error {
  override readonly name = "OutputError";
}
