import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { type Origin, readReport, readReportBytes } from "./readers/index.js";

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

import { InputError } from "./errors.js";

export { InputError };

const TEXT_EXTENSIONS = new Set([".txt", ".md", ".docx", ".doc", ".pdf"]);

/**
 * Expands the paths given on the command line into the report files to read: files as given,
 * directories recursively (.txt and .md, sorted), "-" for standard input.
 *
 * @param paths - paths as given
 * @returns the files to read, in a stable order
 * @throws InputError when a path does not exist or a directory holds no report
 */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (path === "-") {
      files.push(path);
      continue;
    }
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new InputError(`${path}: no such file or directory`);
    if (info.isDirectory()) {
      const found = await walk(path);
      if (found.length === 0)
        throw new InputError(`${path}: no report (.txt, .md, .docx, .doc, .pdf) in this directory`);
      files.push(...found);
    } else {
      files.push(path);
    }
  }
  return files;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
  }
  return out;
}

/**
 * Decodes bytes as UTF-8, refusing anything else with a message that says what to do.
 *
 * @param name - the file's name, for the message
 * @param bytes - its content
 * @returns the text
 * @throws InputError when the bytes are not UTF-8
 */
export function decodeUtf8(name: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${name}: not UTF-8 text (convert it to UTF-8 first)`);
  }
}

/**
 * Reads one input: a file (text, .docx, .doc or .pdf, told apart by content), or standard input
 * for "-". A structured report (.json) is read as plain UTF-8 text.
 *
 * @param name - a path or "-"
 * @param stdin - standard input, read only for "-"
 * @returns the decoded input
 * @throws InputError when it cannot be read (a `ReportReadError` for damaged, protected or
 *   scanned documents)
 */
export async function readInput(
  name: string,
  stdin: AsyncIterable<Uint8Array>,
): Promise<InputFile> {
  if (name === "-") {
    const chunks: Uint8Array[] = [];
    for await (const chunk of stdin) chunks.push(chunk);
    const read = await readReportBytes("standard input", Buffer.concat(chunks));
    return { name, text: read.text, origin: read.origin, notices: read.notices };
  }
  if (extname(name).toLowerCase() === ".json") {
    const bytes = await readFile(name).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(`${name}: cannot read (${error.code ?? error.message})`);
    });
    const text = decodeUtf8(name, bytes);
    return { name, text, origin: () => ({ kind: "text", line: 1 }), notices: [] };
  }
  const read = await readReport(name);
  return { name, text: read.text, origin: read.origin, notices: read.notices };
}
