import type { FailedFile } from "./output.js";
import type { FileCounts, ReviewedFile } from "./review.js";
import { VERSION } from "./version.js";

/** The version of the JSON output's shape (`version` in it): 2 since every run writes `files`. */
export const AUDIT_JSON_VERSION = 2;

/** The totals of a run, as the JSON output's `summary` and the text's summary line give them. */
export interface RunSummary {
  readonly files: number;
  readonly unread: number;
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly claims: number;
  readonly consistent: number;
  readonly accepted: number;
  readonly unlisted: number;
  readonly stale: number;
}

/**
 * The totals of a run.
 *
 * @param counts - each audited file's counts
 * @param unread - files that could not be read
 * @param stale - accepted entries that no longer occur
 * @returns the summary
 */
export function runSummary(
  counts: readonly FileCounts[],
  unread: number,
  stale: number,
): RunSummary {
  const sum = (key: keyof FileCounts) => counts.reduce((n, c) => n + c[key], 0);
  return {
    files: counts.length + unread,
    unread,
    error: sum("error"),
    warning: sum("warning"),
    info: sum("info"),
    claims: sum("claims"),
    consistent: sum("consistent"),
    accepted: sum("accepted"),
    unlisted: sum("unlisted"),
    stale,
  };
}

/**
 * One file's object of the JSON output, with findings flattened to `{ code, severity, message,
 * line, column, start, end, excerpt, origin, fingerprint, accepted, data }` in the chosen
 * language.
 *
 * @param f - the reviewed file
 * @param lang - language of the messages and notices
 * @returns plain data
 */
export function jsonObject(f: ReviewedFile, lang: "vi" | "en") {
  const { file, result } = f;
  return {
    file,
    key: f.key,
    error: null,
    reportDate: result.reportDate?.iso ?? null,
    notices: (f.notices ?? []).map((n) => n[lang]),
    findings: result.findings.map((x, i) => ({
      code: x.code,
      severity: x.severity,
      message: x.message[lang],
      line: x.span?.line ?? null,
      column: x.span?.column ?? null,
      start: x.span?.start ?? null,
      end: x.span?.end ?? null,
      excerpt: x.span?.excerpt ?? null,
      origin: f.origins?.[i] ?? null,
      fingerprint: f.fingerprints[i] ?? "",
      accepted: f.acceptedFlags[i] === true,
      data: { inputs: x.inputs, computed: x.computed, ...(x.data ?? {}) },
    })),
    claims: result.claims.map((c) => ({
      id: c.id,
      kind: c.kind,
      status: c.status,
      line: c.span.line,
      column: c.span.column,
      start: c.span.start,
      end: c.span.end,
      excerpt: c.span.excerpt,
      section: c.section ?? null,
      explanation: c.explanation[lang],
      indicator: c.indicator ?? null,
      figures: c.figures.map((g) => ({ role: g.role, text: g.text, value: g.value })),
    })),
    stats: f.counts,
    stale: f.stale,
  };
}

/**
 * The object of a file that could not be read: its reason as `error: { code, message }`, no
 * findings, claims or stats, so `files` keeps one element per input.
 *
 * @param failed - the file and the reason
 * @param lang - language of the message
 * @returns plain data
 */
export function failedObject(failed: FailedFile, lang: "vi" | "en") {
  return {
    file: failed.file,
    key: failed.key,
    error: { code: failed.code, message: failed.reason[lang] },
    reportDate: null,
    notices: [],
    findings: [],
    claims: [],
    stats: null,
    stale: [],
  };
}

const FILES = "@@baocao-files@@";

/**
 * A value as `JSON.stringify(value, null, 2)` writes it at a depth of nesting: every line after
 * the first indented by two spaces per level (JSON strings hold no line break, so indenting lines
 * indents the value exactly).
 *
 * @param value - plain data
 * @param depth - levels of nesting
 * @returns the JSON text
 */
export function indentedJson(value: unknown, depth: number): string {
  const pad = "  ".repeat(depth);
  return `${pad}${JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`)}`;
}

/**
 * The whole JSON output of `baocao audit`: always one object, whatever the number of files, with
 * the shape's version, the tool, the language, every file's object (written on the worker
 * threads, already indented) in `files`, and the run's `summary`. Valid against
 * `baocao/audit.schema.json`.
 *
 * @param parts - each file's object as indented JSON ({@link indentedJson} at depth 2)
 * @param lang - language of the messages
 * @param summary - the run's totals
 * @returns the JSON text with a final line break
 */
export function joinAuditJson(
  parts: readonly string[],
  lang: "vi" | "en",
  summary: RunSummary,
): string {
  const head = JSON.stringify(
    {
      $schema: "https://unpkg.com/baocao/audit.schema.json",
      version: AUDIT_JSON_VERSION,
      tool: { name: "baocao", version: VERSION },
      lang,
      files: [FILES],
      summary,
    },
    null,
    2,
  );
  const files = parts.length === 0 ? "[]" : `[\n${parts.join(",\n")}\n  ]`;
  return `${head.replace(`[\n    "${FILES}"\n  ]`, files)}\n`;
}
