import { extname } from "node:path";
import { InputError } from "./errors.js";
import { type Text, text } from "./i18n.js";
import { type Origin, type ReadOptions, readFileBytes, readReportBytes } from "./readers/index.js";
import { decodeText } from "./readers/text.js";

/** A report read from disk or standard input: its text, and where each offset came from. */
export interface InputFile {
  /** The path as the user gave it (or as found in a directory); "-" for standard input. */
  readonly name: string;
  /** The decoded text (Word and PDF text extracted, legacy encodings converted to Unicode). */
  readonly text: string;
  /** Where an offset of `text` stands in the original: paragraph and table cell, page, or line. */
  readonly origin: (offset: number) => Origin;
  /** Notices about the reading (a legacy encoding converted, a misnamed file read by its content). */
  readonly notices: readonly Text[];
}

export {
  byCodePoint,
  type ExpandedInput,
  type ExpandedInputs,
  expandInputs,
} from "./walk.js";
export { InputError };

/**
 * Decodes a structured report's bytes as text: UTF-8 (a BOM is fine, as in a text report) or
 * UTF-16 with a BOM; anything else is refused with a message that says what to do.
 *
 * @param name - the file's name, for the message
 * @param bytes - its content
 * @returns the text, without its BOM
 * @throws InputError when the bytes are not Unicode text
 */
export function decodeJsonText(name: string, bytes: Uint8Array): string {
  const decoded = (() => {
    try {
      return decodeText(name, bytes);
    } catch {
      return undefined;
    }
  })();
  if (!decoded || decoded.eightBit)
    throw new InputError(
      text(
        "không phải văn bản UTF-8 (hãy chuyển sang UTF-8 trước)",
        "not UTF-8 text (convert it to UTF-8 first)",
      ),
      {
        file: name,
        code: "NOT_TEXT",
      },
    );
  return decoded.text;
}

/** Options of {@link readInput}. */
export interface ReadInputOptions extends ReadOptions {
  /** Refuse what is not a regular file when it is opened (files found in a folder). */
  readonly regularOnly?: boolean;
  /** The name standard input is known by (`--stdin-filename`): a `.json` name is a structured report. */
  readonly stdinFilename?: string | undefined;
}

/**
 * Reads one input: a file (text, .docx, .doc or .pdf, told apart by content), or standard input
 * for "-". A structured report (.json) is read as Unicode text. An input with no text at all gets
 * a notice (it is not "no findings": nothing was audited).
 *
 * @param name - a path or "-"
 * @param stdin - standard input, read only for "-"
 * @param options - the limit on unpacked size, whether only a regular file may be read, and the
 *   name of standard input
 * @returns the decoded input
 * @throws InputError when it cannot be read (a `ReportReadError` for damaged, protected or
 *   scanned documents)
 */
export async function readInput(
  name: string,
  stdin: AsyncIterable<Uint8Array>,
  options: ReadInputOptions = {},
): Promise<InputFile> {
  let bytes: Uint8Array;
  const stdinName = options.stdinFilename;
  if (name === "-") {
    const chunks: Uint8Array[] = [];
    for await (const chunk of stdin) chunks.push(chunk);
    bytes = Buffer.concat(chunks);
  } else bytes = readFileBytes(name, options.regularOnly === true);
  const shown = name === "-" ? (stdinName ?? "standard input") : name;
  if (extname(name === "-" ? (stdinName ?? "") : name).toLowerCase() === ".json") {
    const text = decodeJsonText(shown, bytes);
    return { name, text, origin: () => ({ kind: "text", line: 1 }), notices: [] };
  }
  const read = await readReportBytes(shown, bytes, options);
  const notices = [...read.notices];
  if (read.text.trim() === "")
    notices.push(
      name === "-" && stdinName === undefined
        ? text(
            "đầu vào chuẩn rỗng: không có gì được kiểm tra",
            "standard input is empty: nothing was audited",
          )
        : text(
            "tệp không có chữ: không có gì được kiểm tra",
            "the file has no text: nothing was audited",
          ),
    );
  return { name, text: read.text, origin: read.origin, notices };
}
