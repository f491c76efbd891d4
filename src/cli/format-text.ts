import type { AuditResult, AuditStats, Severity } from "baocao";
import { formatOrigin, type Origin } from "./readers/index.js";
import { visible } from "./visible.js";

/** One audited input: its name, its result, and the text it was read from (absent for JSON input). */
export interface AuditedFile {
  readonly file: string;
  readonly result: AuditResult;
  readonly text?: string;
  /** For each finding, where it stands in the original document (paragraph, cell, page, line). */
  readonly origins?: readonly (Origin | null)[];
  /** Notices about reading the file (encoding converted, misnamed file). */
  readonly notices?: readonly string[];
  /** The input held no text: nothing was audited (a notice says so, not "no findings"). */
  readonly empty?: boolean;
}

const LABEL: Record<"vi" | "en", Record<Severity, string>> = {
  vi: { error: "lỗi", warning: "cảnh báo", info: "ghi chú" },
  en: { error: "error", warning: "warning", info: "note" },
};
const COLOR: Record<Severity, string> = {
  error: "\u001b[31m",
  warning: "\u001b[33m",
  info: "\u001b[36m",
};
const RESET = "\u001b[0m";
const DIM = "\u001b[2m";

/**
 * The readable report: findings grouped by file, each with line:column, severity, code, the
 * recomputation in plain words and the excerpt; then one summary line. Control characters of the
 * report and of file names are shown escaped (see {@link visible}), never written raw.
 *
 * @param files - audited inputs
 * @param options - language and colour
 * @returns the text to print
 */
export function formatText(
  files: readonly AuditedFile[],
  options: { lang: "vi" | "en"; color: boolean },
): string {
  return `${files.map((f) => textBlock(f, options)).join("")}${summary(
    files.map((f) => f.result.stats),
    options.lang,
  )}\n`;
}

/**
 * One file's block of the readable report: its name and date, notices, each finding, and a
 * blank line. Text from the report or the file system is shown with its control characters
 * escaped, so it cannot drive the terminal.
 *
 * @param f - the audited file
 * @param options - language and colour
 * @returns the block, ending in a blank line
 */
export function textBlock(f: AuditedFile, options: { lang: "vi" | "en"; color: boolean }): string {
  const { lang, color } = options;
  const paint = (code: string, text: string) => (color ? `${code}${text}${RESET}` : text);
  const out: string[] = [];
  const { file, result } = f;
  const date = result.reportDate
    ? ` (${lang === "vi" ? "ngày" : "dated"} ${result.reportDate.iso})`
    : "";
  out.push(paint("\u001b[1m", `${visible(file)}${date}`));
  for (const notice of f.notices ?? [])
    out.push(paint(DIM, `  ${lang === "vi" ? "lưu ý" : "note"}: ${visible(notice)}`));
  if (result.findings.length === 0 && !f.empty)
    out.push(`  ${lang === "vi" ? "không có phát hiện" : "no findings"}`);
  result.findings.forEach((x, i) => {
    const where = x.span ? `${x.span.line}:${x.span.column}` : "-";
    const label = LABEL[lang][x.severity];
    out.push(
      `  ${where.padEnd(8)} ${paint(COLOR[x.severity], label.padEnd(9))} ${x.code}  ${visible(x.message[lang])}`,
    );
    const origin = f.origins?.[i];
    const place = origin && origin.kind !== "text" ? ` (${formatOrigin(origin, lang)})` : "";
    if (x.span) out.push(paint(DIM, `           « ${excerpt(x.span.excerpt)} »${place}`));
  });
  return `${out.join("\n")}\n\n`;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return visible(flat.length > 100 ? `${flat.slice(0, 97)}…` : flat);
}

/**
 * The block of a file that could not be read: its name and the reason, and a blank line.
 *
 * @param file - the file's name
 * @param reason - why it could not be read, in one line
 * @param lang - language
 * @returns the block
 */
export function failedBlock(file: string, reason: string, lang: "vi" | "en"): string {
  return `${visible(file)}\n  ${lang === "vi" ? "không đọc được" : "not read"}: ${visible(reason)}\n\n`;
}

/**
 * The summary line: counts by severity, claims checked, files (and those that could not be read).
 *
 * @param stats - each audited file's counts
 * @param lang - language
 * @param unread - files that could not be read
 * @returns one line
 */
export function summary(stats: readonly AuditStats[], lang: "vi" | "en", unread = 0): string {
  const sum = (key: "errors" | "warnings" | "infos" | "claims" | "consistent") =>
    stats.reduce((n, s) => n + s[key], 0);
  const files = stats.length + unread;
  const notRead =
    unread === 0 ? "" : lang === "vi" ? ` (${unread} tệp không đọc được)` : ` (${unread} not read)`;
  return lang === "vi"
    ? `${sum("errors")} lỗi, ${sum("warnings")} cảnh báo, ${sum("infos")} ghi chú; ${sum("claims")} nhận định đã kiểm tra (${sum("consistent")} khớp) trong ${files} tệp${notRead}`
    : `${sum("errors")} errors, ${sum("warnings")} warnings, ${sum("infos")} notes; ${sum("claims")} claims checked (${sum("consistent")} consistent) in ${files} file${files === 1 ? "" : "s"}${notRead}`;
}
