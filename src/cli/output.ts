import {
  type Acceptance,
  type AcceptedFinding,
  extractReport,
  type Message,
  renderHtml,
} from "baocao";
import type { FailOn, OutputFormat } from "./args.js";
import { annotationPath, githubAnnotations, githubFailure } from "./format-github.js";
import { failedObject, indentedJson, jsonObject } from "./format-json.js";
import { type JunitCounts, junitFailure, junitSuite } from "./format-junit.js";
import { sarifPart } from "./format-sarif.js";
import { failedBlock, textBlock } from "./format-text.js";
import type { Lang, Text } from "./i18n.js";
import { formatOrigin } from "./readers/index.js";
import type { FileCounts, ReviewedFile } from "./review.js";

/** How each file's part of the output is written. */
export interface OutputOptions {
  /** `audit` writes findings; `extract` the structured form (JSON). */
  readonly mode: "audit" | "extract";
  /** Every format the run writes: each file renders its part of each. */
  readonly formats: readonly OutputFormat[];
  readonly lang: Lang;
  /** Colour in the text output. */
  readonly color: boolean;
  /** The severity that fails the run (JUnit fails the same findings). */
  readonly failOn: FailOn;
  /** The working directory, for SARIF's relative URIs (worker threads share it). */
  readonly cwd: string;
  /**
   * Write GitHub Actions annotations, with paths relative to this folder (GITHUB_WORKSPACE);
   * undefined: none.
   */
  readonly annotationBase?: string | undefined;
  /** extract: several files, each report an element of an array. */
  readonly several?: boolean;
  /**
   * The acceptance file read, for the HTML pages: each page shows its entries as accepted and
   * downloads them all again (other files' too) with what the validator accepts there.
   */
  readonly acceptance?: Acceptance | undefined;
}

/**
 * One file's part of each output, written where the file was audited (on a worker thread for a
 * batch): only these strings and the counts cross back to the main thread, never the result.
 */
export interface RenderedFile {
  readonly file: string;
  /** The file's name relative to the folder audited (acceptance key, page name). */
  readonly key: string;
  readonly counts: FileCounts;
  /** The report's date (ISO), for the HTML index. */
  readonly reportDate: string | null;
  /**
   * By format: text, the file's block (ending in a blank line); json (and extract), the file's
   * object as indented JSON; html, the whole page; sarif, its results; junit, its testsuite.
   */
  readonly outputs: Readonly<Partial<Record<OutputFormat, string>>>;
  /** JUnit's counts of this file's suite. */
  readonly junit?: JunitCounts;
  /** The codes of the findings listed, for SARIF's rules. */
  readonly codes: readonly string[];
  /** GitHub Actions annotations, one line each ("" when none were asked for). */
  readonly annotations: string;
  /** Accepted entries of this file that no finding matched. */
  readonly stale: readonly AcceptedFinding[];
  /** An acceptance entry per finding (for `--accept`). */
  readonly entries: readonly AcceptedFinding[];
}

/** A file that could not be read or audited: its entry in the output gives the reason. */
export interface FailedFile {
  readonly file: string;
  /** The file's name relative to the folder audited. */
  readonly key: string;
  /** A stable code (`READ_FAILED`, `NO_TEXT_LAYER`, `TOO_LARGE_UNPACKED`, `AUDIT_FAILED`…). */
  readonly code: string;
  /** Why, in one line, without the file's name, in both languages. */
  readonly reason: Text;
}

/** What became of one input: its part of the output, or why there is none. */
export type FileOutcome =
  | { readonly ok: true; readonly rendered: RenderedFile }
  | { readonly ok: false; readonly failed: FailedFile };

/**
 * The parts of the output for a file that could not be read: in text its name and the reason; in
 * JSON an object with `error: { code, message }` and empty findings (so `files` keeps one element
 * per input); in JUnit a suite in error; in SARIF nothing (the invocation's notifications list
 * it); for extract the file and the error. HTML has none: the index lists it.
 *
 * @param failed - the file and the reason
 * @param options - mode, formats and language
 * @returns the file's part of each output
 */
export function renderFailure(
  failed: FailedFile,
  options: OutputOptions,
): { outputs: Partial<Record<OutputFormat, string>>; junit?: JunitCounts; annotations: string } {
  const { lang } = options;
  const annotations =
    options.annotationBase === undefined
      ? ""
      : githubFailure(
          failed,
          lang,
          annotationPath(failed.file, options.annotationBase, options.cwd),
        );
  if (options.mode === "extract") {
    const error = { code: failed.code, message: failed.reason[lang] };
    return {
      outputs: { json: indentedJson({ file: failed.file, error }, options.several ? 1 : 0) },
      annotations,
    };
  }
  const outputs: Partial<Record<OutputFormat, string>> = {};
  let junit: JunitCounts | undefined;
  for (const format of options.formats) {
    if (format === "text") outputs.text = failedBlock(failed.file, failed.reason, lang);
    else if (format === "json") outputs.json = indentedJson(failedObject(failed, lang), 2);
    else if (format === "junit") {
      const suite = junitFailure(failed, lang);
      outputs.junit = suite.xml;
      junit = suite.counts;
    } else outputs[format] = "";
  }
  return { outputs, ...(junit ? { junit } : {}), annotations };
}

/**
 * Writes one reviewed file's part of every output of the run.
 *
 * @param f - the reviewed file
 * @param options - mode, formats, language and colour
 * @returns the file's outputs and the counts the summary and exit status need
 */
export function renderFile(f: ReviewedFile, options: OutputOptions): RenderedFile {
  const { lang } = options;
  const base = {
    file: f.file,
    key: f.key,
    counts: f.counts,
    reportDate: f.result.reportDate?.iso ?? null,
    codes: [...new Set(f.result.findings.map((x) => x.code))],
    annotations:
      options.annotationBase === undefined
        ? ""
        : githubAnnotations(f, lang, annotationPath(f.file, options.annotationBase, options.cwd)),
    stale: f.stale,
    entries: f.entries,
  };
  if (options.mode === "extract") {
    const report = extractReport(f.result, { source: f.file });
    return { ...base, outputs: { json: indentedJson(report, options.several ? 1 : 0) } };
  }
  const outputs: Partial<Record<OutputFormat, string>> = {};
  let junit: JunitCounts | undefined;
  for (const format of options.formats) {
    if (format === "text") outputs.text = textBlock(f, options);
    else if (format === "json") outputs.json = indentedJson(jsonObject(f, lang), 2);
    else if (format === "sarif") outputs.sarif = sarifPart(f, lang, options.cwd);
    else if (format === "junit") {
      const suite = junitSuite(f, lang, options.failOn);
      outputs.junit = suite.xml;
      junit = suite.counts;
    } else
      outputs.html = renderHtml(f.result, f.text ?? "", {
        lang,
        file: f.file,
        places: placesOf(f),
        // Keyed as the CLI keys the file, so what is accepted in the page is accepted here.
        acceptance: {
          file: f.key,
          ...(options.acceptance ? { accepted: options.acceptance } : {}),
        },
      });
  }
  return { ...base, outputs, ...(junit ? { junit } : {}) };
}

/**
 * extract's output from each file's part: one report as it stands, several (written with
 * `several`, so already indented) in an array.
 *
 * @param parts - each file's JSON
 * @param several - whether the parts were written as elements of an array
 * @returns the JSON text with a final line break
 */
export function joinExtracted(parts: readonly string[], several: boolean): string {
  if (!several) return `${parts[0] ?? "null"}\n`;
  return parts.length === 0 ? "[]\n" : `[\n${parts.join(",\n")}\n]\n`;
}

/** Where each finding stands in a Word or PDF file, in both languages (nothing for text files). */
function placesOf(f: ReviewedFile): (Message | null)[] {
  return (f.origins ?? []).map((o) =>
    o && o.kind !== "text" ? { vi: formatOrigin(o, "vi"), en: formatOrigin(o, "en") } : null,
  );
}
