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
import { type FailedFile, type FileOutcome, type OutputOptions, renderFile } from "./output.js";

/** One file for a worker to read, audit and write its part of the output for. */
export interface AuditTask {
  /** The path as the user gave it (never "-": standard input is read by the main thread). */
  readonly file: string;
  /** Found in a folder: read only if it is still a regular file when opened. */
  readonly walked?: boolean;
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
  /** The most a .docx or .pdf may unpack to, in bytes (default 200 MB). */
  readonly maxUnpackedBytes?: number | undefined;
}

/**
 * What a worker sends back: the file's part of the output and its counts (a string and a few
 * numbers: cheap to send, and the main thread never holds every result at once), or why it
 * could not be audited, with a code. Errors travel as data because an Error's class does not
 * survive the trip.
 */
export type AuditReply = FileOutcome;

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
 * @param settings - the rounding officials are assumed to use, the report date, the limit on
 *   unpacked size
 * @param walked - found in a folder: read only if it is a regular file
 * @returns the audited file
 * @throws InputError when the input cannot be read, or a structured report is not valid
 */
export async function auditInput(
  name: string,
  stdin: AsyncIterable<Uint8Array>,
  settings: AuditSettings,
  walked = false,
): Promise<AuditedFile> {
  const { rounding, reportDate } = settings;
  const input = await readInput(name, stdin, {
    regularOnly: walked,
    ...(settings.maxUnpackedBytes === undefined
      ? {}
      : { maxUnpackedBytes: settings.maxUnpackedBytes }),
  });
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
    if (error instanceof BaocaoError)
      throw new InputError(error.message, { file, code: "OPTION_REFUSED" });
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
  const empty = input.text.trim() === "";
  return { file, text: input.text, result, origins, notices, ...(empty ? { empty } : {}) };
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
      `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      { file, code: "INVALID_JSON" },
    );
  }
  try {
    return auditReport(data, { rounding });
  } catch (error) {
    if (error instanceof ReportDataError) {
      throw new InputError(
        `${error.issues.length} schema error(s): ${error.issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("; ")}`,
        { file, code: "INVALID_REPORT_DATA" },
      );
    }
    throw error;
  }
}

/**
 * Reads, audits and renders one input, with its failure turned into data: an unreadable input
 * keeps its code and reason; anything else thrown (a bug in the audit) becomes `AUDIT_FAILED`,
 * so the other files of a batch are still audited.
 *
 * @param name - a path, or "-" for standard input
 * @param stdin - standard input, read only for "-"
 * @param settings - rounding, report date, registry, limit on unpacked size
 * @param output - how the file's output is written
 * @param walked - found in a folder: read only if it is a regular file
 * @returns the reply
 */
export async function replyFor(
  name: string,
  stdin: AsyncIterable<Uint8Array>,
  settings: AuditSettings,
  output: OutputOptions,
  walked = false,
): Promise<AuditReply> {
  const file = name === "-" ? "<stdin>" : name;
  try {
    return {
      ok: true,
      rendered: renderFile(await auditInput(name, stdin, settings, walked), output),
    };
  } catch (error) {
    return { ok: false, failed: failureOf(file, error) };
  }
}

/**
 * A file's failure as data: its code and one-line reason.
 *
 * @param file - the file's name as shown
 * @param error - what was thrown
 * @returns the failure
 */
export function failureOf(file: string, error: unknown): FailedFile {
  if (error instanceof InputError) return { file, code: error.code, reason: error.reason };
  const message = error instanceof Error ? error.message : String(error);
  return {
    file,
    code: "AUDIT_FAILED",
    reason: `internal error: ${message.split("\n")[0]} (please report it with the file)`,
  };
}

/**
 * What the worker pool calls on a worker thread (the default export of `dist/cli-worker.js`):
 * reads, audits and renders one file.
 *
 * @param task - the file and the audit options
 * @returns the audited file, or the reason it failed
 */
export default function auditFileTask(task: AuditTask): Promise<AuditReply> {
  return replyFor(task.file, NO_STDIN, task.settings, task.output, task.walked === true);
}
