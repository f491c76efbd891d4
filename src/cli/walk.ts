import type { Dirent, Stats } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { extname, join, relative, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import { glob, isDynamicPattern } from "tinyglobby";
import { InputError } from "./errors.js";
import { type Text, text } from "./i18n.js";

/** One input of a run, as the command line, the folder walk and the globs give it. */
export type ExpandedInput =
  | {
      readonly kind: "file";
      /** The path as given, or as found in a folder; "-" for standard input. */
      readonly name: string;
      /**
       * The file's name relative to the folder (or the glob's folder) it was found in, or its own
       * name when given by name: what the acceptance file and the HTML pages key it by.
       */
      readonly key: string;
      /** Found in a folder or by a glob: read only if it still is a regular file when opened. */
      readonly walked: boolean;
    }
  | {
      /** A folder that cannot be searched: its entry in the output gives the reason. */
      readonly kind: "failed";
      readonly name: string;
      readonly key: string;
      readonly code: string;
      readonly reason: Text;
    };

/** The inputs of a run, and what was left out of the folders searched. */
export interface ExpandedInputs {
  readonly inputs: readonly ExpandedInput[];
  /** Entries of a folder that were not read (a named pipe, a device, a socket), one line each. */
  readonly notices: readonly Text[];
}

/** How folders and globs are searched. */
export interface WalkOptions {
  /**
   * Patterns of files and folders to leave out (`.gitignore` syntax, relative to the folder
   * searched): the config's `ignore` and `--ignore-pattern`.
   */
  readonly ignore?: readonly string[];
  /** False with `--no-ignore`: no `.baocaoignore`, no default and no given patterns. */
  readonly useIgnore?: boolean;
  /** The name standard input ("-") is known by (`--stdin-filename`). */
  readonly stdinFilename?: string | undefined;
}

/** The ignore file read at the root of every folder searched. */
export const IGNORE_FILE = ".baocaoignore";

/** Left out of every folder unless `--no-ignore`: never reports, and often huge. */
const DEFAULT_IGNORES = ["node_modules/", ".git/"];

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

/** A path relative to a folder, with `/` between folders on every system. */
function posix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

/**
 * Expands the paths given on the command line into the report files to read: files as given,
 * folders recursively (.txt, .md, .docx, .doc, .pdf, by code point, less what `.baocaoignore`
 * and the ignore patterns leave out), globs (`"reports/**\/*.docx"`, quoted so the shell leaves
 * them) by their matches, "-" for standard input. Symbolic links to files and folders are
 * followed, and each real folder is searched once (a link back up, or two links to one folder,
 * cannot repeat it). In folders only regular files are read: a named pipe, a device or a socket
 * (or a link to one) is named in a notice and never opened; a subfolder that cannot be read is an
 * input of its own, failed, so the others are still audited.
 *
 * @param paths - paths as given
 * @param options - ignore patterns and the name of standard input
 * @returns the inputs in a stable order, and the notices
 * @throws InputError when a path does not exist, a glob matches nothing, or a folder holds no report
 */
export async function expandInputs(
  paths: readonly string[],
  options: WalkOptions = {},
): Promise<ExpandedInputs> {
  const inputs: ExpandedInput[] = [];
  const notices: Text[] = [];
  const visited = new Set<string>();
  for (const path of paths) {
    if (path === "-") {
      inputs.push({
        kind: "file",
        name: path,
        key: options.stdinFilename ?? "<stdin>",
        walked: false,
      });
      continue;
    }
    const info = await stat(path).catch(() => undefined);
    if (!info && isDynamicPattern(path)) {
      inputs.push(...(await globbed(path, options)));
      continue;
    }
    if (!info)
      throw new InputError(text("không có tệp hay thư mục này", "no such file or directory"), {
        file: path,
      });
    if (!info.isDirectory()) {
      inputs.push({ kind: "file", name: path, key: lastPart(path), walked: false });
      continue;
    }
    // A folder already searched (given twice, or inside another folder given) adds nothing.
    if (visited.has(await realpath(path).catch(() => path))) continue;
    const found: ExpandedInput[] = [];
    const rules = await ignoreRules(path, options);
    await walk({ root: path, rules, out: found, notices, visited }, path);
    if (found.length === 0)
      throw new InputError(
        text(
          "thư mục này không có báo cáo nào (.txt, .md, .docx, .doc, .pdf)",
          "no report (.txt, .md, .docx, .doc, .pdf) in this directory",
        ),
        { file: path },
      );
    inputs.push(...found);
  }
  return { inputs, notices };
}

function lastPart(path: string): string {
  const parts = posix(path)
    .split("/")
    .filter((p) => p !== "" && p !== ".");
  return parts.at(-1) ?? path;
}

/** The ignore rules of a folder: defaults, its `.baocaoignore`, the given patterns. */
async function ignoreRules(root: string, options: WalkOptions): Promise<Ignore | undefined> {
  if (options.useIgnore === false) return undefined;
  const rules = ignore().add(DEFAULT_IGNORES);
  const file = await readFile(join(root, IGNORE_FILE), "utf8").catch(() => undefined);
  if (file !== undefined) rules.add(file);
  return rules.add([...(options.ignore ?? [])]);
}

interface Walk {
  readonly root: string;
  readonly rules: Ignore | undefined;
  readonly out: ExpandedInput[];
  readonly notices: Text[];
  /** Real paths of the folders searched so far in this run. */
  readonly visited: Set<string>;
}

async function walk(w: Walk, dir: string): Promise<void> {
  let entries: Dirent[];
  try {
    // A folder reached twice (a link back up, two links to one folder) is searched once.
    const real = await realpath(dir);
    if (w.visited.has(real)) return;
    w.visited.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    w.out.push({
      kind: "failed",
      name: dir,
      key: posix(relative(w.root, dir)) || lastPart(dir),
      code: "READ_FAILED",
      reason: text(`không đọc được thư mục này (${code})`, `cannot read this folder (${code})`),
    });
    return;
  }
  for (const entry of entries.sort((a, b) => byCodePoint(a.name, b.name))) {
    const path = join(dir, entry.name);
    const key = posix(relative(w.root, path));
    // A link is followed: what it leads to is checked, not the link.
    const target = entry.isSymbolicLink() ? await stat(path).catch(() => undefined) : undefined;
    if (entry.isDirectory() || target?.isDirectory()) {
      if (!w.rules?.ignores(`${key}/`)) await walk(w, path);
      continue;
    }
    if (!TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase()) || w.rules?.ignores(key)) continue;
    if (entry.isFile() || target?.isFile())
      w.out.push({ kind: "file", name: path, key, walked: true });
    else w.notices.push(notRegular(path, entry, target));
  }
}

/** The files a glob matches, keyed relative to the folder the glob starts from. */
async function globbed(pattern: string, options: WalkOptions): Promise<ExpandedInput[]> {
  const base = staticBase(pattern);
  const rules = await ignoreRules(base, options);
  const matches = await glob([pattern], {
    onlyFiles: true,
    followSymbolicLinks: true,
    expandDirectories: false,
  });
  const files = matches
    .map((name) => ({ name, key: posix(relative(base, name)) }))
    .filter((f) => !rules?.ignores(f.key))
    .sort((a, b) => byCodePoint(a.name, b.name));
  if (files.length === 0)
    throw new InputError(text("không có tệp nào khớp mẫu này", "no file matches this pattern"), {
      file: pattern,
    });
  return files.map((f) => ({ kind: "file", name: f.name, key: f.key, walked: true }));
}

/** The folders of a glob before its first pattern ("reports/2024" for "reports/2024/**\/*.txt"). */
function staticBase(pattern: string): string {
  const parts = posix(pattern).split("/");
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.join("/") || ".";
}

function notRegular(path: string, entry: Dirent, target: Stats | undefined): Text {
  const what = kindOf(entry, target);
  return text(
    `${path}: không đọc: ${what.vi}, không phải tệp thường`,
    `${path}: not read: ${what.en}, not a regular file`,
  );
}

function kindOf(entry: Dirent, target: Stats | undefined): Text {
  const of = target ?? entry;
  if (entry.isSymbolicLink() && !target)
    return text("liên kết không dẫn tới đâu", "a link that leads nowhere");
  const what = of.isFIFO()
    ? text("ống có tên (FIFO)", "a named pipe (FIFO)")
    : of.isCharacterDevice() || of.isBlockDevice()
      ? text("thiết bị", "a device")
      : of.isSocket()
        ? text("socket", "a socket")
        : text("tệp đặc biệt", "a special file");
  return entry.isSymbolicLink() ? text(`liên kết tới ${what.vi}`, `a link to ${what.en}`) : what;
}
