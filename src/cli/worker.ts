import { extname } from "node:path";
import type { AcceptedFinding } from "baocao";
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
import { join, type Text, text } from "./i18n.js";
import { InputError, readInput } from "./inputs.js";
import { type FailedFile, type FileOutcome, type OutputOptions, renderFile } from "./output.js";
import { type CodeSetting, reviewFile } from "./review.js";

/** One file for a worker to read, audit and write its part of the output for. */
export interface AuditTask {
  /** The path as the user gave it (never "-": standard input is read by the main thread). */
  readonly file: string;
  /** Found in a folder: read only if it is still a regular file when opened. */
  readonly walked?: boolean;
  /** Its name relative to the folder audited: the acceptance file's key. */
  readonly key: string;
  /** The acceptance file's entries for this file. */
  readonly accepted: readonly AcceptedFinding[];
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
  /** The name standard input is known by (`--stdin-filename`). */
  readonly stdinFilename?: string | undefined;
  /** Codes turned off or given another severity (the config's `codes`). */
  readonly codes?: Readonly<Record<string, CodeSetting>> | undefined;
  /** List only findings at or above it. */
  readonly minSeverity?: "error" | "warning" | "info" | undefined;
  /** List accepted findings too, marked. */
  readonly showAccepted?: boolean | undefined;
  /** `--accept`: every finding is accepted now. */
  readonly acceptAll?: boolean | undefined;
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
    stdinFilename: settings.stdinFilename,
    ...(settings.maxUnpackedBytes === undefined
      ? {}
      : { maxUnpackedBytes: settings.maxUnpackedBytes }),
  });
  const file = name === "-" ? (settings.stdinFilename ?? "<stdin>") : name;
  if (extname(file).toLowerCase() === ".json") {
    const ignored = [
      ...(reportDate ? ["--report-date"] : []),
      ...(settings.registry ? ["--registry"] : []),
    ].join(" & ");
    const notices = ignored
      ? [
          text(
            `${ignored} chỉ áp dụng cho báo cáo dạng văn bản, không cho báo cáo có cấu trúc (.json)`,
            `${ignored} apply to text reports, not to a structured report (.json)`,
          ),
        ]
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
  const notices: Text[] = [...input.notices];
  const empty = input.text.trim() === "";
  if (!result.reportDate && !empty) notices.push(noDate(settings.registry === true));
  if (settings.registry) {
    const day = result.reportDate?.day === undefined ? undefined : result.reportDate.iso;
    if (day === undefined) {
      if (result.reportDate)
        notices.push(
          text(
            "báo cáo không ghi ngày cụ thể: chưa đối chiếu các đơn vị hành chính với danh mục (--registry); hãy cho ngày bằng --report-date",
            "the report's date has no day: its units were not checked against the registry (--registry); give it with --report-date",
          ),
        );
    } else {
      // Loaded only here: the registry data is large, and most audits do not ask for it.
      const { checkUnitsAgainstRegistry } = await import("baocao/units");
      result = withFindings(result, checkUnitsAgainstRegistry(input.text, { reportDate: day }));
    }
  }
  // Where each finding stands in the original document (paragraph and cell, page, line).
  const origins = result.findings.map((f) => (f.span ? input.origin(f.span.start) : null));
  return { file, text: input.text, result, origins, notices, ...(empty ? { empty } : {}) };
}

/** The notice of a report with no date: what was not checked, and how to give the date. */
function noDate(registry: boolean): Text {
  return join([
    text(
      "không tìm thấy ngày của báo cáo: đã bỏ qua việc kiểm tra ngày tháng (kỳ báo cáo kết thúc sau ngày báo cáo) và trích dẫn (văn bản ban hành sau báo cáo)",
      "no date found in the report: the date and citation checks against it (periods ending after it, documents dated after it) were skipped",
    ),
    registry ? text(", cả --registry", ", and so was --registry") : "",
    text("; hãy cho ngày bằng --report-date YYYY-MM-DD", "; give it with --report-date YYYY-MM-DD"),
  ]);
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
function auditStructured(file: string, json: string, rounding: RoundingMode): AuditResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new InputError(text(`không phải JSON hợp lệ (${why})`, `not valid JSON (${why})`), {
      file,
      code: "INVALID_JSON",
    });
  }
  try {
    return auditReport(data, { rounding });
  } catch (error) {
    if (error instanceof ReportDataError) {
      const issues = error.issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("; ");
      const n = error.issues.length;
      throw new InputError(
        text(
          `${n} lỗi theo lược đồ: ${issues}`,
          `${n} schema ${n === 1 ? "error" : "errors"}: ${issues}`,
        ),
        { file, code: "INVALID_REPORT_DATA" },
      );
    }
    throw error;
  }
}

/** One input to read, audit, review and render. */
export interface FileJob {
  /** A path, or "-" for standard input. */
  readonly name: string;
  /** Found in a folder: read only if it is a regular file. */
  readonly walked: boolean;
  /** Its name relative to the folder audited: the acceptance file's key. */
  readonly key: string;
  /** The acceptance file's entries for this file. */
  readonly accepted: readonly AcceptedFinding[];
}

/**
 * Reads, audits, reviews (codes turned off, severities overridden, accepted findings, minimum
 * severity) and renders one input, with its failure turned into data: an unreadable input keeps
 * its code and reason; anything else thrown (a bug in the audit) becomes `AUDIT_FAILED`, so the
 * other files of a batch are still audited.
 *
 * @param job - the input, its key and its accepted findings
 * @param stdin - standard input, read only for "-"
 * @param settings - rounding, report date, registry, limit on unpacked size, review settings
 * @param output - how the file's output is written
 * @returns the reply
 */
export async function replyFor(
  job: FileJob,
  stdin: AsyncIterable<Uint8Array>,
  settings: AuditSettings,
  output: OutputOptions,
): Promise<AuditReply> {
  const file = job.name === "-" ? (settings.stdinFilename ?? "<stdin>") : job.name;
  try {
    const audited = await auditInput(job.name, stdin, settings, job.walked);
    const reviewed = reviewFile(audited, {
      key: job.key,
      accepted: job.accepted,
      ...(settings.codes ? { codes: settings.codes } : {}),
      ...(settings.minSeverity ? { minSeverity: settings.minSeverity } : {}),
      showAccepted: settings.showAccepted === true,
      acceptAll: settings.acceptAll === true,
    });
    return { ok: true, rendered: renderFile(reviewed, output) };
  } catch (error) {
    return { ok: false, failed: failureOf(file, job.key, error) };
  }
}

/**
 * A file's failure as data: its code and one-line reason.
 *
 * @param file - the file's name as shown
 * @param key - its name relative to the folder audited
 * @param error - what was thrown
 * @returns the failure
 */
export function failureOf(file: string, key: string, error: unknown): FailedFile {
  if (error instanceof InputError) return { file, key, code: error.code, reason: error.text };
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
  return {
    file,
    key,
    code: "AUDIT_FAILED",
    reason: text(
      `lỗi nội bộ: ${message} (xin báo lỗi kèm tệp)`,
      `internal error: ${message} (please report it with the file)`,
    ),
  };
}

/**
 * What the worker pool calls on a worker thread (the default export of `dist/cli-worker.js`):
 * reads, audits, reviews and renders one file.
 *
 * @param task - the file and the audit options
 * @returns the audited file, or the reason it failed
 */
export default function auditFileTask(task: AuditTask): Promise<AuditReply> {
  const job = {
    name: task.file,
    walked: task.walked === true,
    key: task.key,
    accepted: task.accepted,
  };
  return replyFor(job, NO_STDIN, task.settings, task.output);
}
