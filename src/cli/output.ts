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
  if (options.mode === "extract") {
    const data = extractReport(result, { source: file });
    return { ...base, output: JSON.stringify(data, null, 2) };
  }
  switch (options.format) {
    case "json":
      return { ...base, output: JSON.stringify(jsonObject(audited, options.lang), null, 2) };
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
 * JSON of several files' objects as `JSON.stringify(array, null, 2)` would write it: one object
 * as it stands, several in an array (each object's lines indented; strings in JSON hold no line
 * break, so indenting every line is exact).
 *
 * @param objects - each file's object as indented JSON
 * @returns the JSON text with a final line break
 */
export function joinJson(objects: readonly string[]): string {
  if (objects.length === 1) return `${objects[0]}\n`;
  if (objects.length === 0) return "[]\n";
  return `[\n${objects.map((o) => `  ${o.replace(/\n/g, "\n  ")}`).join(",\n")}\n]\n`;
}

/** Where each finding stands in a Word or PDF file, in both languages (nothing for text files). */
function placesOf(f: AuditedFile): (Message | null)[] {
  return (f.origins ?? []).map((o) =>
    o && o.kind !== "text" ? { vi: formatOrigin(o, "vi"), en: formatOrigin(o, "en") } : null,
  );
}
