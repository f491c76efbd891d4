import { type AuditStats, extractReport, type Message, renderHtml } from "baocao";
import type { OutputFormat } from "./args.js";
import { jsonObject } from "./format-json.js";
import { type AuditedFile, textBlock } from "./format-text.js";
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
  const json = (data: unknown) => {
    const text = JSON.stringify(data, null, 2);
    // JSON strings hold no line break: indenting every line indents the object exactly.
    return options.several ? `  ${text.replace(/\n/g, "\n  ")}` : text;
  };
  if (options.mode === "extract") {
    return { ...base, output: json(extractReport(result, { source: file })) };
  }
  switch (options.format) {
    case "json":
      return { ...base, output: json(jsonObject(audited, options.lang)) };
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
