import type { Dirent, Stats } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { InputError } from "./errors.js";
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
  readonly notices: readonly string[];
}

export { InputError };

/** One input of a run, as the command line and the folder walk give it. */
export type ExpandedInput =
  | {
      readonly kind: "file";
      /** The path as given, or as found in a folder; "-" for standard input. */
      readonly name: string;
      /** Found in a folder: read only if it still is a regular file when opened. */
      readonly walked: boolean;
    }
  | {
      /** A folder that cannot be searched: its entry in the output gives the reason. */
      readonly kind: "failed";
      readonly name: string;
      readonly code: string;
      readonly reason: string;
    };

/** The inputs of a run, and what was left out of the folders searched. */
export interface ExpandedInputs {
  readonly inputs: readonly ExpandedInput[];
  /** Entries of a folder that were not read (a named pipe, a device, a socket), one line each. */
  readonly notices: readonly string[];
}

const TEXT_EXTENSIONS = new Set([".txt", ".md", ".docx", ".doc", ".pdf"]);

/**
 * Orders names by Unicode code point, whatever the machine's locale: the order of files (and so of
 * the output) is the same everywhere. UTF-8 bytes sort in code point order.
 *
 * @param a - a name
 * @param b - another
 * @returns negative, zero or positive
 */
export function byCodePoint(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

/**
 * Expands the paths given on the command line into the report files to read: files as given,
 * directories recursively (.txt, .md, .docx, .doc, .pdf, by code point), "-" for standard input.
 * In folders only regular files are read: a named pipe, a device or a socket (or a link to one) is
 * named in a notice and never opened; a subfolder that cannot be read is an input of its own,
 * failed, so the others are still audited.
 *
 * @param paths - paths as given
 * @returns the inputs in a stable order, and the notices
 * @throws InputError when a path does not exist or a directory holds no report
 */
export async function expandInputs(paths: readonly string[]): Promise<ExpandedInputs> {
  const inputs: ExpandedInput[] = [];
  const notices: string[] = [];
  for (const path of paths) {
    if (path === "-") {
      inputs.push({ kind: "file", name: path, walked: false });
      continue;
    }
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new InputError("no such file or directory", { file: path });
    if (!info.isDirectory()) {
      inputs.push({ kind: "file", name: path, walked: false });
      continue;
    }
    const found: ExpandedInput[] = [];
    await walk(path, found, notices);
    if (found.length === 0)
      throw new InputError("no report (.txt, .md, .docx, .doc, .pdf) in this directory", {
        file: path,
      });
    inputs.push(...found);
  }
  return { inputs, notices };
}

async function walk(dir: string, out: ExpandedInput[], notices: string[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    out.push({
      kind: "failed",
      name: dir,
      code: "READ_FAILED",
      reason: `cannot read this folder (${code})`,
    });
    return;
  }
  for (const entry of entries.sort((a, b) => byCodePoint(a.name, b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      await walk(path, out, notices);
      continue;
    }
    if (!TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase())) continue;
    // A link is read when it leads to a regular file; what it leads to is checked, not the link.
    const info = entry.isSymbolicLink() ? await stat(path).catch(() => undefined) : undefined;
    if (entry.isFile() || info?.isFile()) out.push({ kind: "file", name: path, walked: true });
    else if (!info?.isDirectory())
      notices.push(`${path}: not read: ${kindOf(entry, info)}, not a regular file`);
  }
}

function kindOf(entry: Dirent, target: Stats | undefined): string {
  const of = target ?? entry;
  if (entry.isSymbolicLink() && !target) return "a link that leads nowhere";
  const what = of.isFIFO()
    ? "a named pipe (FIFO)"
    : of.isCharacterDevice() || of.isBlockDevice()
      ? "a device"
      : of.isSocket()
        ? "a socket"
        : "a special file";
  return entry.isSymbolicLink() ? `a link to ${what}` : what;
}

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
    throw new InputError("not UTF-8 text (convert it to UTF-8 first)", {
      file: name,
      code: "NOT_TEXT",
    });
  return decoded.text;
}

/** Options of {@link readInput}. */
export interface ReadInputOptions extends ReadOptions {
  /** Refuse what is not a regular file when it is opened (files found in a folder). */
  readonly regularOnly?: boolean;
}

/**
 * Reads one input: a file (text, .docx, .doc or .pdf, told apart by content), or standard input
 * for "-". A structured report (.json) is read as Unicode text. An input with no text at all gets
 * a notice (it is not "no findings": nothing was audited).
 *
 * @param name - a path or "-"
 * @param stdin - standard input, read only for "-"
 * @param options - the limit on unpacked size, and whether only a regular file may be read
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
  if (name === "-") {
    const chunks: Uint8Array[] = [];
    for await (const chunk of stdin) chunks.push(chunk);
    bytes = Buffer.concat(chunks);
  } else bytes = readFileBytes(name, options.regularOnly === true);
  if (name !== "-" && extname(name).toLowerCase() === ".json") {
    const text = decodeJsonText(name, bytes);
    return { name, text, origin: () => ({ kind: "text", line: 1 }), notices: [] };
  }
  const read = await readReportBytes(name === "-" ? "standard input" : name, bytes, options);
  const notices = [...read.notices];
  if (read.text.trim() === "")
    notices.push(
      `${name === "-" ? "standard input is empty" : "the file has no text"}: nothing was audited`,
    );
  return { name, text: read.text, origin: read.origin, notices };
}
