import { mkdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { renderIndex } from "baocao";
import { parseCommandLine, UsageError } from "./args.js";
import { summary } from "./format-text.js";
import { HELP } from "./help.js";
import { expandInputs, InputError, readInput } from "./inputs.js";
import { joinJson, type OutputOptions, type RenderedFile } from "./output.js";
import { auditFiles } from "./parallel.js";
import { createProgress, shouldShowProgress } from "./progress.js";
import { VERSION } from "./version.js";

/** Where the CLI reads and writes: the process's streams, or a test's. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: AsyncIterable<Uint8Array>;
  /** Whether standard output is a terminal (colours by default only then). */
  readonly isTTY: boolean;
  /** Whether standard error is a terminal (a progress bar is drawn there only then). Default false. */
  readonly stderrIsTTY?: boolean;
  /** Environment variables the CLI consults (`CI`, `TERM`). Default: none. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Width of the terminal, for the progress bar (default 80). */
  readonly columns?: number;
}

/**
 * Runs `baocao` with the given arguments and returns the exit status: 0 clean, 1 findings at or
 * above `--fail-on`, 2 a usage or input error (one line on standard error, no stack trace).
 *
 * @param argv - arguments after the program name
 * @param io - streams
 * @returns the exit status
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const command = parseCommandLine(argv, io.isTTY);
    if (command.name === "version") {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (command.name === "help") {
      io.stdout(HELP);
      return 0;
    }
    if (command.name === "convert") {
      const input = await readInput(command.input, io.stdin);
      for (const notice of input.notices) io.stderr(`baocao: ${notice}\n`);
      if (input.notices.length === 0) io.stderr("baocao: the text is already Unicode\n");
      await emit(io, command.out, input.text);
      return 0;
    }
    const names = await expandInputs(command.inputs);
    const showProgress =
      command.progress &&
      shouldShowProgress({
        stderrIsTTY: io.stderrIsTTY ?? false,
        stdoutIsTTY: io.isTTY,
        toFile: command.out !== undefined,
        env: io.env ?? {},
        files: names.length,
      });
    const progress = showProgress
      ? createProgress({ write: io.stderr, ...(io.columns ? { columns: io.columns } : {}) })
      : undefined;
    const output: OutputOptions = {
      mode: command.name,
      format: command.format,
      lang: command.lang,
      color: command.color && !command.out,
      several: names.length > 1,
    };
    let files: RenderedFile[];
    try {
      files = await auditFiles(
        names,
        {
          settings: {
            rounding: command.rounding,
            reportDate: command.reportDate,
            registry: command.registry,
          },
          stdin: io.stdin,
          output,
          ...(command.jobs !== undefined ? { threads: command.jobs } : {}),
        },
        progress ? (done, total, file) => progress.update(done, total, file) : undefined,
      );
    } finally {
      progress?.finish();
    }
    const outputs = files.map((f) => f.output);
    if (command.name === "extract") {
      await emit(io, command.out, joinJson(outputs, output.several === true));
      return 0;
    }
    if (command.format === "html") await writeHtml(io, files, command.out, command.lang);
    else if (command.format === "json")
      await emit(io, command.out, joinJson(outputs, output.several === true));
    else {
      const stats = files.map((f) => f.stats);
      await emit(io, command.out, `${outputs.join("")}${summary(stats, command.lang)}\n`);
    }
    return failed(files, command.failOn) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr(`baocao: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`baocao: internal error: ${message} (please report it with the input)\n`);
    return 2;
  }
}

async function emit(io: CliIO, out: string | undefined, text: string): Promise<void> {
  if (out) await writeFile(out, text);
  else io.stdout(text);
}

/**
 * Writes HTML pages: one page to --out (or standard output) for one report; for several reports,
 * or when --out is a directory, one page per report and an index.html in that directory.
 */
async function writeHtml(
  io: CliIO,
  files: readonly RenderedFile[],
  out: string | undefined,
  lang: "vi" | "en",
): Promise<void> {
  const isDir = out !== undefined && (out.endsWith("/") || (await isDirectory(out)));
  const [only] = files;
  if (only && files.length === 1 && !isDir) {
    await emit(io, out, only.output);
    return;
  }
  if (!out)
    throw new UsageError("several reports as HTML need --out DIR (one page each and an index)");
  await mkdir(out, { recursive: true });
  const used = new Set<string>();
  const pages = [];
  for (const f of files) {
    let href = `${f.file.replace(/^[./\\]+/, "").replace(/[/\\:]+/g, "__") || "stdin"}.html`;
    while (used.has(href)) href = `_${href}`;
    used.add(href);
    await writeFile(join(out, href), f.output);
    pages.push({
      file: f.file,
      href,
      stats: f.stats,
      ...(f.reportDate ? { reportDate: f.reportDate } : {}),
    });
  }
  await writeFile(join(out, "index.html"), renderIndex(pages, { lang }));
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

function failed(files: readonly RenderedFile[], failOn: "error" | "warning" | "never"): boolean {
  if (failOn === "never") return false;
  return files.some((f) => f.stats.errors > 0 || (failOn === "warning" && f.stats.warnings > 0));
}
