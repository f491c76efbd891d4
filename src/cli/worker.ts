import { extname } from "node:path";
import {
  type AuditResult,
  auditReport,
  auditText,
  BaocaoError,
  type Finding,
  ReportDataError,
  type RoundingMode,
} from "baocao";
import type { AuditedFile } from "./format-text.js";
import { InputError, readInput } from "./inputs.js";
import { type OutputOptions, type RenderedFile, renderFile } from "./output.js";

/** One file for a worker to read, audit and write its part of the output for. */
export interface AuditTask {
  /** The path as the user gave it (never "-": standard input is read by the main thread). */
  readonly file: string;
  readonly settings: AuditSettings;
  readonly output: OutputOptions;
}

/** How every file of a run is audited. */
export interface AuditSettings {
  /** The rounding officials are assumed to use. */
  readonly rounding: RoundingMode;
  /** The report date (ISO), used instead of the one in a text report's header. */
  readonly reportDate?: string | undefined;
  /** Also check the units a report names against the commune registry (`baocao/units`). */
  readonly registry?: boolean | undefined;
}

/**
 * What a worker sends back: the file's part of the output and its counts (a string and a few
 * numbers: cheap to send, and the main thread never holds every result at once), or why it
 * could not be audited. Errors travel as data because an Error's class
 * does not survive the trip, and the CLI must tell an unreadable input (exit 2, one line) from a
 * bug.
 */
export type AuditReply =
  | { readonly ok: true; readonly rendered: RenderedFile }
  | { readonly ok: false; readonly inputError: boolean; readonly message: string };

const NO_STDIN: AsyncIterable<Uint8Array> = {
  async *[Symbol.asyncIterator]() {},
};

/**
 * Reads one input and audits it, as `baocao audit` does for each file: a structured report
 * (.json) by its relations, any other report by its text, with where each finding stands in the
 * original document and the notices of reading it.
 *
 * @param name - a path, or "-" for standard input
 * @param stdin - standard input, read only for "-"
 * @param settings - the rounding officials are assumed to use, and the report date
 * @returns the audited file
 * @throws InputError when the input cannot be read, or a structured report is not valid
 */
export async function auditInput(
  name: string,
  stdin: AsyncIterable<Uint8Array>,
  settings: AuditSettings,
): Promise<AuditedFile> {
  const { rounding, reportDate } = settings;
  const input = await readInput(name, stdin);
  const file = name === "-" ? "<stdin>" : name;
  if (extname(name).toLowerCase() === ".json") {
    const ignored = [
      ...(reportDate ? ["--report-date"] : []),
      ...(settings.registry ? ["--registry"] : []),
    ];
    const notices = ignored.length
      ? [`${ignored.join(" and ")} apply to text reports, not to a structured report (.json)`]
      : [];
    return { file, result: auditStructured(file, input.text, rounding), notices };
  }
  let result: AuditResult;
  try {
    result = auditText(input.text, { rounding, ...(reportDate ? { reportDate } : {}) });
  } catch (error) {
    // An option the library refuses (the command line checks them first): one line, exit 2.
    if (error instanceof BaocaoError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
  const notices = [...input.notices];
  if (settings.registry) {
    const day = result.reportDate?.day === undefined ? undefined : result.reportDate.iso;
    if (day === undefined) {
      notices.push(
        "no report date: its units were not checked against the registry (give --report-date)",
      );
    } else {
      // Loaded only here: the registry data is large, and most audits do not ask for it.
      const { checkUnitsAgainstRegistry } = await import("baocao/units");
      result = withFindings(result, checkUnitsAgainstRegistry(input.text, { reportDate: day }));
    }
  }
  // Where each finding stands in the original document (paragraph and cell, page, line).
  const origins = result.findings.map((f) => (f.span ? input.origin(f.span.start) : null));
  return { file, text: input.text, result, origins, notices };
}

/** The result with more findings of the whole text (none on a claim), in text order, recounted. */
function withFindings(result: AuditResult, more: readonly Finding[]): AuditResult {
  if (more.length === 0) return result;
  const at = (f: Finding) => f.span?.start ?? Number.POSITIVE_INFINITY;
  const findings = [...result.findings, ...more].sort((a, b) => at(a) - at(b));
  const count = (severity: Finding["severity"]) =>
    more.filter((f) => f.severity === severity).length;
  const { stats } = result;
  return {
    ...result,
    findings,
    stats: {
      ...stats,
      errors: stats.errors + count("error"),
      warnings: stats.warnings + count("warning"),
      infos: stats.infos + count("info"),
    },
  };
}

/** A structured report (JSON) audited by its relations; bad JSON is an input error. */
function auditStructured(file: string, text: string, rounding: RoundingMode): AuditResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  try {
    return auditReport(data, { rounding });
  } catch (error) {
    if (error instanceof ReportDataError) {
      throw new InputError(
        `${file}: ${error.issues.length} schema error(s): ${error.issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("; ")}`,
      );
    }
    throw error;
  }
}

/**
 * Reads, audits and renders one input, with its failure turned into data.
 *
 * @param name - a path, or "-" for standard input
 * @param stdin - standard input, read only for "-"
 * @param settings - the rounding officials are assumed to use, and the report date
 * @param output - how the file's output is written
 * @returns the reply
 */
export async function replyFor(
  name: string,
  stdin: AsyncIterable<Uint8Array>,
  settings: AuditSettings,
  output: OutputOptions,
): Promise<AuditReply> {
  try {
    return { ok: true, rendered: renderFile(await auditInput(name, stdin, settings), output) };
  } catch (error) {
    return {
      ok: false,
      inputError: error instanceof InputError,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * What the worker pool calls on a worker thread (the default export of `dist/cli-worker.js`):
 * reads, audits and renders one file.
 *
 * @param task - the file and the audit options
 * @returns the audited file, or the reason it failed
 */
export default function auditFileTask(task: AuditTask): Promise<AuditReply> {
  return replyFor(task.file, NO_STDIN, task.settings, task.output);
}
