import { stat } from "node:fs/promises";
import { join } from "node:path";
import { type AuditStats, renderIndex } from "baocao";
import { type Command, parseCommandLine, UsageError } from "./args.js";
import { OutputError } from "./errors.js";
import { summary } from "./format-text.js";
import { HELP } from "./help.js";
import { type ExpandedInput, expandInputs, InputError, readInput } from "./inputs.js";
import {
  type FailedFile,
  type FileOutcome,
  joinJson,
  type OutputOptions,
  renderFailure,
} from "./output.js";
import { auditFiles } from "./parallel.js";
import { createProgress, shouldShowProgress } from "./progress.js";
import { VERSION } from "./version.js";
import { errorLine, visible } from "./visible.js";
import { fileIdentity, refuseOutputsOntoInputs, writeOutput } from "./write.js";

/** Where the CLI reads and writes: the process's streams, or a test's. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: AsyncIterable<Uint8Array>;
  /**
   * Standard input's file ({@link fileIdentity}) when it is one (`< report.txt`), so that `--out`
   * cannot overwrite it. Default: none.
   */
  readonly stdinIdentity?: string | undefined;
  /** Whether standard output is a terminal (colours by default only then). */
  readonly isTTY: boolean;
  /** Whether standard error is a terminal (a progress bar is drawn there only then). Default false. */
  readonly stderrIsTTY?: boolean;
  /** Environment variables the CLI consults (`CI`, `TERM`). Default: none. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Width of the terminal, for the progress bar (default 80). */
  readonly columns?: number;
}

type AuditCommand = Extract<Command, { name: "audit" | "extract" }>;

/** Where a run's output goes, decided (and checked) before any file is read. */
type OutputPlan =
  | { readonly kind: "stream"; readonly out: string | undefined }
  | { readonly kind: "pages"; readonly dir: string; readonly hrefs: readonly (string | null)[] };

/**
 * Runs `baocao` with the given arguments and returns the exit status: 0 clean, 1 findings at or
 * above `--fail-on`, 2 a usage error, an input that could not be read (after the others are
 * audited and written) or an output that could not be written (one line on standard error each,
 * no stack trace).
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
      const { input: name, out } = command;
      if (out) await checkOutputs([out], [{ kind: "file", name, walked: false }], io);
      const input = await readInput(name, io.stdin, limitOf(command.maxUnpackedBytes));
      for (const notice of input.notices) io.stderr(errorLine(notice));
      if (input.notices.length === 0) io.stderr("baocao: the text is already Unicode\n");
      await emit(io, out, input.text);
      return 0;
    }
    return await audit(command, io);
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof InputError ||
      error instanceof OutputError
    ) {
      io.stderr(errorLine(error.message));
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(errorLine(`internal error: ${message} (please report it with the input)`));
    return 2;
  }
}

async function audit(command: AuditCommand, io: CliIO): Promise<number> {
  const { inputs, notices } = await expandInputs(command.inputs);
  for (const notice of notices) io.stderr(errorLine(notice));
  const plan = await planOutput(command, inputs);
  await checkOutputs(plan.kind === "pages" ? pagePaths(plan) : [plan.out], inputs, io);
  const toAudit = inputs.flatMap((i) => (i.kind === "file" ? [i] : []));
  const showProgress =
    command.progress &&
    shouldShowProgress({
      stderrIsTTY: io.stderrIsTTY ?? false,
      stdoutIsTTY: io.isTTY,
      toFile: command.out !== undefined,
      env: io.env ?? {},
      files: toAudit.length,
    });
  const progress = showProgress
    ? createProgress({ write: io.stderr, ...(io.columns ? { columns: io.columns } : {}) })
    : undefined;
  const output: OutputOptions = {
    mode: command.name,
    format: command.format,
    lang: command.lang,
    color: command.color && !command.out,
    several: inputs.length > 1,
  };
  let audited: FileOutcome[];
  try {
    audited = await auditFiles(
      toAudit,
      {
        settings: {
          rounding: command.rounding,
          reportDate: command.reportDate,
          registry: command.registry,
          maxUnpackedBytes: command.maxUnpackedBytes,
        },
        stdin: io.stdin,
        output,
        ...(command.jobs !== undefined ? { threads: command.jobs } : {}),
      },
      progress ? (done, total, file) => progress.update(done, total, visible(file)) : undefined,
    );
  } finally {
    progress?.finish();
  }
  // Every input in its place: the files audited, and the folders that could not be searched.
  let next = 0;
  const outcomes = inputs.map((input): FileOutcome => {
    if (input.kind === "failed")
      return { ok: false, failed: { file: input.name, code: input.code, reason: input.reason } };
    return audited[next++] as FileOutcome;
  });
  if (plan.kind === "pages") await writePages(plan, outcomes, command.lang);
  else await emit(io, plan.out, joined(outcomes, command, output));
  const failures = outcomes.flatMap((o) => (o.ok ? [] : [o.failed]));
  for (const f of failures) io.stderr(errorLine(`${f.file}: ${f.reason}`));
  if (failures.length > 0) return 2;
  return command.name === "audit" && failed(outcomes, command.failOn) ? 1 : 0;
}

/** The whole output of a run written to one stream or file: text, JSON, or one HTML page. */
function joined(
  outcomes: readonly FileOutcome[],
  command: AuditCommand,
  output: OutputOptions,
): string {
  const parts = outcomes.map((o) => (o.ok ? o.rendered.output : renderFailure(o.failed, output)));
  if (command.name === "extract" || command.format === "json")
    return joinJson(parts, output.several === true);
  if (command.format === "html") {
    const [only] = outcomes;
    // One report: its page; one that could not be read: an index saying why.
    return only?.ok
      ? only.rendered.output
      : renderIndex(indexEntries(outcomes, []), { lang: command.lang });
  }
  const stats = outcomes.flatMap((o) => (o.ok ? [o.rendered.stats] : []));
  return `${parts.join("")}${summary(stats, command.lang, outcomes.length - stats.length)}\n`;
}

/**
 * HTML for several reports, or for --out naming a folder: a page per report and an index.html
 * in that folder. Checked before any file is read: an HTML run of several reports needs --out.
 */
async function planOutput(
  command: AuditCommand,
  inputs: readonly ExpandedInput[],
): Promise<OutputPlan> {
  const { out } = command;
  const folder = out !== undefined && (out.endsWith("/") || (await isDirectory(out)));
  if (command.name === "audit" && command.format === "html" && (inputs.length > 1 || folder)) {
    if (out === undefined)
      throw new UsageError("several reports as HTML need --out DIR (one page each and an index)");
    return { kind: "pages", dir: out, hrefs: pageNames(inputs) };
  }
  if (folder)
    throw new OutputError(
      `cannot write ${out}: it is a folder (give a file name; a folder is for --format html)`,
    );
  return { kind: "stream", out };
}

/** Each input's page in the folder (null for a folder that could not be searched). */
function pageNames(inputs: readonly ExpandedInput[]): (string | null)[] {
  const used = new Set<string>();
  return inputs.map((input) => {
    if (input.kind === "failed") return null;
    const name = input.name === "-" ? "<stdin>" : input.name;
    let href = `${name.replace(/^[./\\]+/, "").replace(/[/\\:]+/g, "__") || "stdin"}.html`;
    while (used.has(href)) href = `_${href}`;
    used.add(href);
    return href;
  });
}

function pagePaths(plan: Extract<OutputPlan, { kind: "pages" }>): string[] {
  return [
    ...plan.hrefs.flatMap((href) => (href === null ? [] : [join(plan.dir, href)])),
    join(plan.dir, "index.html"),
  ];
}

/** Refuses, before any file is read, to write onto an input (by device and inode). */
async function checkOutputs(
  outputs: readonly (string | undefined)[],
  inputs: readonly ExpandedInput[],
  io: CliIO,
): Promise<void> {
  const paths = outputs.filter((o): o is string => o !== undefined);
  if (paths.length === 0) return;
  const identities = new Map<string, string>();
  const readsStdin = inputs.some((i) => i.kind === "file" && i.name === "-");
  if (readsStdin && io.stdinIdentity !== undefined)
    identities.set(io.stdinIdentity, "standard input");
  for (const input of inputs) {
    if (input.kind !== "file" || input.name === "-") continue;
    const info = await stat(input.name).catch(() => undefined);
    if (info) identities.set(fileIdentity(info), input.name);
  }
  await refuseOutputsOntoInputs(paths, identities);
}

async function emit(io: CliIO, out: string | undefined, text: string): Promise<void> {
  if (out) await writeOutput(out, text);
  else io.stdout(text);
}

const NO_STATS: AuditStats = {
  claims: 0,
  consistent: 0,
  errors: 0,
  warnings: 0,
  infos: 0,
  characters: 0,
};

function indexEntries(outcomes: readonly FileOutcome[], hrefs: readonly (string | null)[]) {
  return outcomes.map((o, i) =>
    o.ok
      ? {
          file: o.rendered.file,
          href: hrefs[i] ?? "",
          stats: o.rendered.stats,
          ...(o.rendered.reportDate ? { reportDate: o.rendered.reportDate } : {}),
        }
      : unreadEntry(o.failed),
  );
}

function unreadEntry(failed: FailedFile) {
  return { file: failed.file, href: "", stats: NO_STATS, error: failed.reason };
}

/** Writes a page per report and the index, each written whole (see {@link writeOutput}). */
async function writePages(
  plan: Extract<OutputPlan, { kind: "pages" }>,
  outcomes: readonly FileOutcome[],
  lang: "vi" | "en",
): Promise<void> {
  for (const [i, o] of outcomes.entries()) {
    const href = plan.hrefs[i];
    if (o.ok && href) await writeOutput(join(plan.dir, href), o.rendered.output);
  }
  await writeOutput(
    join(plan.dir, "index.html"),
    renderIndex(indexEntries(outcomes, plan.hrefs), { lang }),
  );
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

function limitOf(bytes: number | undefined): { maxUnpackedBytes?: number } {
  return bytes === undefined ? {} : { maxUnpackedBytes: bytes };
}

function failed(outcomes: readonly FileOutcome[], failOn: "error" | "warning" | "never"): boolean {
  if (failOn === "never") return false;
  return outcomes.some(
    (o) =>
      o.ok &&
      (o.rendered.stats.errors > 0 || (failOn === "warning" && o.rendered.stats.warnings > 0)),
  );
}
