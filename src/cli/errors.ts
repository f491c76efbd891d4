import { type Lang, same, type Text } from "./i18n.js";

/** An input that cannot be read: printed as one line, exit status 2. */
export class InputError extends Error {
  override readonly name: string = "InputError";
  /** The file it concerns, when there is one (the message then starts with it). */
  readonly file: string | undefined;
  /** The reason alone, without the file's name, in English (`message` adds the file). */
  readonly reason: string;
  /** The reason in both languages: what the file's entry in the output says, in `--lang`. */
  readonly text: Text;
  /** A stable code for the file's entry in the JSON output (`READ_FAILED`, `INVALID_JSON`, …). */
  readonly code: string;

  constructor(
    reason: Text | string,
    options: { readonly file?: string; readonly code?: string } = {},
  ) {
    const text = typeof reason === "string" ? same(reason) : reason;
    super(options.file === undefined ? text.en : `${options.file}: ${text.en}`);
    this.file = options.file;
    this.reason = text.en;
    this.text = text;
    this.code = options.code ?? "READ_FAILED";
  }

  /**
   * The one line to print, in a language.
   *
   * @param lang - the language of the run
   * @returns the file's name (when there is one) and the reason
   */
  say(lang: Lang): string {
    return this.file === undefined ? this.text[lang] : `${this.file}: ${this.text[lang]}`;
  }
}

/** An output that cannot be written (`--out` onto an input, a folder, a full disk): exit status 2. */
export class OutputError extends Error {
  override readonly name = "OutputError";
  /** The line in both languages. */
  readonly text: Text;

  constructor(text: Text | string) {
    const both = typeof text === "string" ? same(text) : text;
    super(both.en);
    this.text = both;
  }
}
