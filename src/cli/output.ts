import { type AuditStats, extractReport, type Message, renderHtml } from "baocao";
import type { OutputFormat } from "./args.js";
import { jsonObject } from "./format-json.js";
import { type AuditedFile, failedBlock, textBlock } from "./format-text.js";
import { formatOrigin } from "./readers/index.js";

/** How each file's part of the output is written. */
export interface OutputOptions {
  /** `audit` writes findings; `extract` the structured form (JSON). */
  readonly mode: "audit" | "extract";
  readonly format: OutputFormat;
  readonly lang: "vi" | "en";
  /** Colour in the text output. */
  readonly color: boolean;
  /**
   * Several files are written: each JSON object is an element of an array, its lines indented
   * as `JSON.stringify(array, null, 2)` indents them (done here, on the worker, not on the main
   * thread at the end).
   */
  readonly several?: boolean;
}

/**
 * One file's part of the output, written where the file was audited (on a worker thread for a
 * batch): only this string and the counts cross back to the main thread, never the whole result.
 */
export interface RenderedFile {
  readonly file: string;
  readonly stats: AuditStats;
  /** The report's date (ISO), for the HTML index. */
  readonly reportDate: string | null;
  /**
   * text: the file's block of findings (ending in a blank line); json and extract: the file's
   * object as indented JSON; html: the whole page.
   */
  readonly output: string;
}

/** A file that could not be read or audited: its entry in the output gives the reason. */
export interface FailedFile {
  readonly file: string;
  /** A stable code (`READ_FAILED`, `NO_TEXT_LAYER`, `TOO_LARGE_UNPACKED`, `AUDIT_FAILED`…). */
  readonly code: string;
  /** Why, in one line, without the file's name. */
  readonly reason: string;
}

/** What became of one input: its part of the output, or why there is none. */
export type FileOutcome =
  | { readonly ok: true; readonly rendered: RenderedFile }
  | { readonly ok: false; readonly failed: FailedFile };

/**
 * The part of the output for a file that could not be read: in text its name and the reason; in
 * JSON an object with the file, `error: { code, message }`, and empty findings and claims (so a
 * batch's array keeps one element per input); for extract the file and the error.
 *
 * @param failed - the file and the reason
 * @param options - mode, format and language
 * @returns the file's part of the output (HTML has none: the index lists it)
 */
export function renderFailure(failed: FailedFile, options: OutputOptions): string {
  const error = { code: failed.code, message: failed.reason };
  if (options.mode === "extract") return json({ file: failed.file, error }, options);
  if (options.format === "json")
    return json(
      {
        file: failed.file,
        error,
        reportDate: null,
        notices: [],
        findings: [],
        claims: [],
        stats: null,
      },
      options,
    );
  return options.format === "text" ? failedBlock(failed.file, failed.reason, options.lang) : "";
}

function json(data: unknown, options: OutputOptions): string {
  const text = JSON.stringify(data, null, 2);
  // JSON strings hold no line break: indenting every line indents the object exactly.
  return options.several ? `  ${text.replace(/\n/g, "\n  ")}` : text;
}

/**
 * Writes one audited file's part of the output.
 *
 * @param audited - the audited file
 * @param options - mode, format, language and colour
 * @returns the file's output and the counts the summary and exit status need
 */
export function renderFile(audited: AuditedFile, options: OutputOptions): RenderedFile {
  const { file, result } = audited;
  const base = { file, stats: result.stats, reportDate: result.reportDate?.iso ?? null };
  if (options.mode === "extract") {
    return { ...base, output: json(extractReport(result, { source: file }), options) };
  }
  switch (options.format) {
    case "json":
      return { ...base, output: json(jsonObject(audited, options.lang), options) };
    case "html":
      return {
        ...base,
        output: renderHtml(result, audited.text ?? "", {
          lang: options.lang,
          file,
          places: placesOf(audited),
        }),
      };
    default:
      return { ...base, output: textBlock(audited, options) };
  }
}

/**
 * The JSON output from each file's part: one object as it stands, several (written with
 * `several`, so already indented) in an array, as `JSON.stringify(array, null, 2)` writes it.
 *
 * @param parts - each file's JSON, as {@link renderFile} wrote it
 * @param several - whether the parts were written as elements of an array
 * @returns the JSON text with a final line break
 */
export function joinJson(parts: readonly string[], several: boolean): string {
  if (!several) return `${parts[0] ?? "null"}\n`;
  return parts.length === 0 ? "[]\n" : `[\n${parts.join(",\n")}\n]\n`;
}

/** Where each finding stands in a Word or PDF file, in both languages (nothing for text files). */
function placesOf(f: AuditedFile): (Message | null)[] {
  return (f.origins ?? []).map((o) =>
    o && o.kind !== "text" ? { vi: formatOrigin(o, "vi"), en: formatOrigin(o, "en") } : null,
  );
}
