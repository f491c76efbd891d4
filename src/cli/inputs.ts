import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";

/** A report read from disk or standard input, decoded as UTF-8. */
export interface InputFile {
  /** The path as the user gave it (or as found in a directory); "-" for standard input. */
  readonly name: string;
  /** The decoded text. */
  readonly text: string;
}

/** An input that cannot be read: printed as one line, exit status 2. */
export class InputError extends Error {
  override readonly name = "InputError";
}

const TEXT_EXTENSIONS = new Set([".txt", ".md"]);

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
        throw new InputError(`${path}: no .txt or .md report in this directory`);
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
 * Reads one input: a file, or standard input for "-".
 *
 * @param name - a path or "-"
 * @param stdin - standard input, read only for "-"
 * @returns the decoded input
 * @throws InputError when it cannot be read or is not UTF-8
 */
export async function readInput(
  name: string,
  stdin: AsyncIterable<Uint8Array>,
): Promise<InputFile> {
  if (name === "-") {
    const chunks: Uint8Array[] = [];
    for await (const chunk of stdin) chunks.push(chunk);
    return { name, text: decodeUtf8("standard input", Buffer.concat(chunks)) };
  }
  const bytes = await readFile(name).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${name}: cannot read (${error.code ?? error.message})`);
  });
  return { name, text: decodeUtf8(name, bytes) };
}
