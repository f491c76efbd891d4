import { stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Acceptance, AcceptedFinding, AuditStats } from "baocao";
import { renderIndex } from "baocao";
import { entriesByFile, readAcceptance, writeAcceptance } from "./acceptance-file.js";
import {
  type Command,
  configOfArgs,
  langOfArgs,
  type OutputFormat,
  parseCommandLine,
  UsageError,
} from "./args.js";
import { loadConfig } from "./config.js";
import { OutputError } from "./errors.js";
import { joinAuditJson, runSummary } from "./format-json.js";
import { joinJunit } from "./format-junit.js";
import { joinSarif } from "./format-sarif.js";
import { summary } from "./format-text.js";
import { help } from "./help.js";
import { type Lang, text } from "./i18n.js";
import { type ExpandedInput, expandInputs, InputError, readInput } from "./inputs.js";
import {
  type FailedFile,
  type FileOutcome,
  joinExtracted,
  type OutputOptions,
  renderFailure,
} from "./output.js";
import { auditFiles } from "./parallel.js";
import { createProgress, shouldShowProgress } from "./progress.js";
import { reaches } from "./review.js";
import { type AuditCommand, resolveAudit } from "./settings.js";
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
  /**
   * Environment variables the CLI consults (`CI`, `TERM`, `NO_COLOR`, `FORCE_COLOR`,
   * `GITHUB_ACTIONS`, `GITHUB_WORKSPACE`). Default: none.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Width of the terminal, for the progress bar (default 80). */
  readonly columns?: number;
  /** The working directory: where the config file is looked for (default: the process's). */
  readonly cwd?: string;
  /** Told the run's language once it is known (for messages written after the run returns). */
  readonly onLang?: (lang: Lang) => void;
}

/** Where one output of a run goes, decided (and checked) before any file is read. */
type Sink =
  | {
      readonly kind: "stream";
      readonly format: OutputFormat;
      /** A file, or undefined for standard output. */
      readonly out: string | undefined;
    }
  | {
      readonly kind: "pages";
      readonly dir: string;
      readonly hrefs: readonly (string | null)[];
    };

/**
 * Runs `baocao` with the given arguments and returns the exit status: 0 clean, 1 findings at or
 * above `--fail-on`, 2 a usage error, an input that could not be read (after the others are
 * audited and written) or an output that could not be written (one line on standard error each,
 * in the run's language, no stack trace).
 *
 * @param argv - arguments after the program name
 * @param io - streams
 * @returns the exit status
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  let lang: Lang | undefined = langOfArgs(argv);
  const decide = async (): Promise<Lang> => {
    lang ??= await configLang(argv, cwd);
    io.onLang?.(lang);
    return lang;
  };
  try {
    const command = parseCommandLine(argv);
    if (command.name === "version") {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (command.name === "help") {
      io.stdout(help(await decide()));
      return 0;
    }
    if (command.name === "convert") return await convert(command, io, await decide());
    const resolved = await resolveAudit(command, { env: io.env ?? {}, isTTY: io.isTTY, cwd });
    lang = resolved.lang;
    io.onLang?.(lang);
    return await audit(resolved, io, cwd);
  } catch (error) {
    const said = await decide().catch((): Lang => "vi");
    if (error instanceof UsageError || error instanceof OutputError) {
      io.stderr(errorLine(error.text[said]));
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(errorLine(error.say(said)));
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      errorLine(
        said === "vi"
          ? `lỗi nội bộ: ${message} (xin báo lỗi kèm đầu vào)`
          : `internal error: ${message} (please report it with the input)`,
      ),
    );
    return 2;
  }
}

/** The config's language, for a run whose command line names none (vi when there is none). */
async function configLang(argv: readonly string[], cwd: string): Promise<Lang> {
  const loaded = await loadConfig(configOfArgs(argv), cwd).catch(() => undefined);
  return loaded?.config.lang ?? "vi";
}

async function convert(
  command: Extract<Command, { name: "convert" }>,
  io: CliIO,
  lang: Lang,
): Promise<number> {
  const { input: name, out } = command;
  if (out) await checkOutputs([out], [{ kind: "file", name, key: name, walked: false }], io);
  const input = await readInput(
    name,
    io.stdin,
    command.maxUnpackedBytes === undefined ? {} : { maxUnpackedBytes: command.maxUnpackedBytes },
  );
  for (const notice of input.notices) io.stderr(errorLine(notice[lang]));
  if (input.notices.length === 0)
    io.stderr(errorLine(lang === "vi" ? "văn bản đã là Unicode" : "the text is already Unicode"));
  await emit(io, out, input.text);
  return 0;
}

async function audit(command: AuditCommand, io: CliIO, cwd: string): Promise<number> {
  const { lang } = command;
  const { inputs, notices } = await expandInputs(command.inputs, {
    ignore: command.ignore,
    useIgnore: command.useIgnore,
    stdinFilename: command.stdinFilename,
  });
  for (const notice of notices) io.stderr(errorLine(notice[lang]));
  const sinks = await planOutputs(command, inputs);
  const written = sinks.flatMap((s) =>
    s.kind === "pages" ? pagePaths(s) : s.out === undefined ? [] : [s.out],
  );
  if (command.accept) written.push(command.acceptanceFile.path);
  await checkOutputs(written, inputs, io);
  const read =
    command.name === "audit"
      ? await readAcceptance(command.acceptanceFile.path, {
          named: command.acceptanceFile.named,
          accept: command.accept,
        })
      : undefined;
  if (read?.notice) io.stderr(errorLine(read.notice[lang]));
  const acceptance = read?.acceptance;
  const accepted = entriesByFile(acceptance);
  const toAudit = inputs.flatMap((i) =>
    i.kind === "file" ? [{ ...i, accepted: accepted.get(i.key) ?? [] }] : [],
  );
  const toStdout = sinks.some((s) => s.kind === "stream" && s.out === undefined);
  const showProgress =
    command.progress &&
    shouldShowProgress({
      stderrIsTTY: io.stderrIsTTY ?? false,
      stdoutIsTTY: io.isTTY,
      toFile: !toStdout,
      env: io.env ?? {},
      files: toAudit.length,
    });
  const progress = showProgress
    ? createProgress({ write: io.stderr, ...(io.columns ? { columns: io.columns } : {}) })
    : undefined;
  const textToStdout = sinks.some(
    (s) => s.kind === "stream" && s.format === "text" && s.out === undefined,
  );
  const output: OutputOptions = {
    mode: command.name,
    formats: [...new Set(sinks.map((s) => (s.kind === "pages" ? "html" : s.format)))],
    lang,
    color: command.color && textToStdout,
    failOn: command.failOn,
    cwd,
    annotationBase: command.annotationBase,
    several: inputs.length > 1,
    ...(sinks.some((s) => s.kind === "pages" || s.format === "html") ? { acceptance } : {}),
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
          stdinFilename: command.stdinFilename,
          codes: command.codes,
          minSeverity: command.minSeverity,
          showAccepted: command.showAccepted,
          acceptAll: command.accept,
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
      return {
        ok: false,
        failed: { file: input.name, key: input.key, code: input.code, reason: input.reason },
      };
    return audited[next++] as FileOutcome;
  });
  for (const sink of sinks) {
    if (sink.kind === "pages") await writePages(sink, outcomes, lang);
    else await emit(io, sink.out, joined(sink.format, outcomes, command, output));
  }
  const failures = outcomes.flatMap((o) => (o.ok ? [] : [o.failed]));
  io.stderr(annotationsOf(outcomes, output));
  if (command.accept) await accept(command, acceptance, outcomes, io);
  for (const f of failures) io.stderr(errorLine(`${f.file}: ${f.reason[lang]}`));
  if (failures.length > 0) return 2;
  return command.name === "audit" &&
    outcomes.some((o) => o.ok && reaches(o.rendered.counts, command.failOn))
    ? 1
    : 0;
}

/** Every annotation of the run (GitHub reads workflow commands on standard error too). */
function annotationsOf(outcomes: readonly FileOutcome[], output: OutputOptions): string {
  if (output.annotationBase === undefined) return "";
  return outcomes
    .map((o) => (o.ok ? o.rendered.annotations : renderFailure(o.failed, output).annotations))
    .join("");
}

/** `--accept`: the acceptance file rewritten with every current finding of the files audited. */
async function accept(
  command: AuditCommand,
  previous: Acceptance | undefined,
  outcomes: readonly FileOutcome[],
  io: CliIO,
): Promise<void> {
  const read = outcomes.flatMap((o) => (o.ok ? [o.rendered] : []));
  const entries: AcceptedFinding[] = read.flatMap((r) => [...r.entries]);
  const path = command.acceptanceFile.path;
  const n = await writeAcceptance(
    path,
    previous,
    read.map((r) => r.key),
    entries,
  );
  io.stderr(
    errorLine(
      command.lang === "vi"
        ? `đã ghi ${n} phát hiện được chấp nhận vào ${path}`
        : `${n} ${n === 1 ? "finding" : "findings"} accepted in ${path}`,
    ),
  );
}

/** The whole output of one format of a run, written to one stream or file. */
function joined(
  format: OutputFormat,
  outcomes: readonly FileOutcome[],
  command: AuditCommand,
  output: OutputOptions,
): string {
  const { lang } = command;
  const partOf = (o: FileOutcome): string =>
    (o.ok ? o.rendered.outputs[format] : renderFailure(o.failed, output).outputs[format]) ?? "";
  const counts = outcomes.flatMap((o) => (o.ok ? [o.rendered.counts] : []));
  const failures = outcomes.flatMap((o) => (o.ok ? [] : [o.failed]));
  const stale = outcomes.reduce(
    (n, o) => n + (o.ok ? o.rendered.stale.reduce((m, s) => m + (s.count ?? 1), 0) : 0),
    0,
  );
  if (command.name === "extract")
    return joinExtracted(outcomes.map(partOf), output.several === true);
  switch (format) {
    case "json":
      return joinAuditJson(outcomes.map(partOf), lang, runSummary(counts, failures.length, stale));
    case "sarif": {
      const codes = new Set(outcomes.flatMap((o) => (o.ok ? o.rendered.codes : [])));
      return joinSarif(outcomes.map(partOf), codes, failures, lang, output.cwd);
    }
    case "junit":
      return joinJunit(
        outcomes.map((o) => {
          const part = o.ok ? o.rendered : renderFailure(o.failed, output);
          return {
            xml: part.outputs.junit ?? "",
            counts: part.junit ?? { tests: 0, failures: 0, errors: 0 },
          };
        }),
      );
    case "html": {
      const [only] = outcomes;
      // One report: its page; one that could not be read: an index saying why.
      return only?.ok
        ? (only.rendered.outputs.html ?? "")
        : renderIndex(indexEntries(outcomes, [], lang), { lang });
    }
    default:
      return `${outcomes.map(partOf).join("")}${summary(counts, lang, failures.length, stale)}\n`;
  }
}

/**
 * Where each output goes, checked before any file is read: at most one output on standard output
 * and one per file; text, JSON, SARIF and JUnit never into a folder; HTML of several reports
 * into a folder (a page each and an index), never into a file named like a page.
 */
async function planOutputs(
  command: AuditCommand,
  inputs: readonly ExpandedInput[],
): Promise<Sink[]> {
  const sinks: Sink[] = [];
  const targets = new Set<string>();
  for (const request of command.outputs) {
    const out = request.path ?? command.out;
    const target = out ?? "-";
    if (targets.has(target))
      throw new UsageError(
        out === undefined
          ? text(
              "chỉ một định dạng được ghi ra đầu ra chuẩn: hãy cho các định dạng khác một đường dẫn (--format sarif:kq.sarif)",
              "only one format can go to standard output: give the others a path (--format sarif:out.sarif)",
            )
          : text(`hai định dạng cùng ghi vào ${out}`, `two formats would be written to ${out}`),
      );
    targets.add(target);
    sinks.push(await sinkOf(command, request.format, out, inputs));
  }
  return sinks;
}

async function sinkOf(
  command: AuditCommand,
  format: OutputFormat,
  out: string | undefined,
  inputs: readonly ExpandedInput[],
): Promise<Sink> {
  const info = out === undefined ? undefined : await stat(out).catch(() => undefined);
  const folder = out !== undefined && (/[/\\]$/.test(out) || info?.isDirectory() === true);
  if (command.name === "audit" && format === "html" && (inputs.length > 1 || folder)) {
    if (out === undefined)
      throw new UsageError(
        text(
          "nhiều báo cáo dạng HTML cần --out THƯ_MỤC (mỗi báo cáo một trang và một trang mục lục)",
          "several reports as HTML need --out DIR (one page each and an index)",
        ),
      );
    const named = info?.isFile() === true || /\.html?$/i.test(out);
    if (!folder && named)
      throw new OutputError(
        text(
          `${out} là tên tệp, nhưng ${inputs.length} báo cáo dạng HTML cần một thư mục (mỗi báo cáo một trang và index.html): hãy cho --out ${out.replace(/\.html?$/i, "")}/`,
          `${out} names a file, but ${inputs.length} reports as HTML need a folder (one page each and an index.html): give --out ${out.replace(/\.html?$/i, "")}/`,
        ),
      );
    return { kind: "pages", dir: out, hrefs: pageNames(inputs) };
  }
  if (folder)
    throw new OutputError(
      text(
        `không ghi được ${out}: đó là một thư mục (hãy cho tên tệp; thư mục dành cho --format html)`,
        `cannot write ${out}: it is a folder (give a file name; a folder is for --format html)`,
      ),
    );
  return { kind: "stream", format, out };
}

/**
 * Each input's page in the folder, named by its path relative to the folder audited (folders
 * joined by "__", so every page sits beside the index), or null for a folder that could not be
 * searched.
 */
function pageNames(inputs: readonly ExpandedInput[]): (string | null)[] {
  const used = new Set<string>();
  return inputs.map((input) => {
    if (input.kind === "failed") return null;
    const name = input.key.replace(/^[./\\]+/, "").replace(/[/\\:<>]+/g, "__") || "stdin";
    let href = `${name}${extname(name) === ".html" ? "" : ".html"}`;
    while (used.has(href)) href = `_${href}`;
    used.add(href);
    return href;
  });
}

function pagePaths(plan: Extract<Sink, { kind: "pages" }>): string[] {
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

function indexEntries(
  outcomes: readonly FileOutcome[],
  hrefs: readonly (string | null)[],
  lang: Lang,
) {
  return outcomes.map((o, i) => {
    if (!o.ok) return unreadEntry(o.failed, lang);
    const { counts } = o.rendered;
    return {
      file: o.rendered.file,
      href: hrefs[i] ?? "",
      stats: {
        claims: counts.claims,
        consistent: counts.consistent,
        errors: counts.error,
        warnings: counts.warning,
        infos: counts.info,
        characters: counts.characters,
      },
      ...(o.rendered.reportDate ? { reportDate: o.rendered.reportDate } : {}),
    };
  });
}

function unreadEntry(failed: FailedFile, lang: Lang) {
  return { file: failed.file, href: "", stats: NO_STATS, error: failed.reason[lang] };
}

/** Writes a page per report and the index, each written whole (see {@link writeOutput}). */
async function writePages(
  plan: Extract<Sink, { kind: "pages" }>,
  outcomes: readonly FileOutcome[],
  lang: Lang,
): Promise<void> {
  for (const [i, o] of outcomes.entries()) {
    const href = plan.hrefs[i];
    if (o.ok && href) await writeOutput(join(plan.dir, href), o.rendered.outputs.html ?? "");
  }
  await writeOutput(
    join(plan.dir, "index.html"),
    renderIndex(indexEntries(outcomes, plan.hrefs, lang), { lang }),
  );
}
