import type { AuditResult, Severity } from "baocao";
import { createColors } from "picocolors";
import { counted, english, type Lang, type Text } from "./i18n.js";
import { formatOrigin, type Origin } from "./readers/index.js";
import type { FileCounts, ReviewedFile } from "./review.js";
import { visible } from "./visible.js";

/** One audited input: its name, its result, and the text it was read from (absent for JSON input). */
export interface AuditedFile {
  readonly file: string;
  readonly result: AuditResult;
  readonly text?: string;
  /** For each finding, where it stands in the original document (paragraph, cell, page, line). */
  readonly origins?: readonly (Origin | null)[];
  /** Notices about reading the file (encoding converted, misnamed file, no report date). */
  readonly notices?: readonly Text[];
  /** The input held no text: nothing was audited (a notice says so, not "no findings"). */
  readonly empty?: boolean;
}

/** A severity's one name in each language: the same word in the list, the summary and `--fail-on`. */
export const SEVERITY_LABEL: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  vi: { error: "lỗi", warning: "cảnh báo", info: "thông tin" },
  en: { error: "error", warning: "warning", info: "info" },
};

/** How the text output is written. */
export interface TextOptions {
  readonly lang: Lang;
  /** Colour (picocolors), decided from --color, NO_COLOR, FORCE_COLOR and the terminal. */
  readonly color: boolean;
}

/**
 * One file's block of the readable report: its name and date, notices, each finding (with
 * line:column, severity, code, the recomputation and the excerpt), then how many accepted findings
 * were hidden (or shown, with `--show-accepted`) and the accepted entries that no longer occur,
 * and a blank line. Text from the
 * report or the file system is shown with its control characters escaped, so it cannot drive the
 * terminal.
 *
 * @param f - the reviewed file
 * @param options - language and colour
 * @returns the block, ending in a blank line
 */
export function textBlock(f: ReviewedFile, options: TextOptions): string {
  const { lang } = options;
  const c = createColors(options.color);
  const paint: Record<Severity, (s: string) => string> = {
    error: c.red,
    warning: c.yellow,
    info: c.cyan,
  };
  const out: string[] = [];
  const { file, result } = f;
  const date = result.reportDate
    ? ` (${lang === "vi" ? "ngày" : "dated"} ${result.reportDate.iso})`
    : "";
  out.push(c.bold(`${visible(file)}${date}`));
  const note = lang === "vi" ? "lưu ý" : "note";
  for (const notice of f.notices ?? []) out.push(c.dim(`  ${note}: ${visible(notice[lang])}`));
  if (
    result.findings.length === 0 &&
    !f.empty &&
    f.counts.unlisted === 0 &&
    f.counts.accepted === 0
  )
    out.push(`  ${lang === "vi" ? "không có phát hiện" : "no findings"}`);
  result.findings.forEach((x, i) => {
    const where = x.span ? `${x.span.line}:${x.span.column}` : "-";
    const label = SEVERITY_LABEL[lang][x.severity];
    const mark = f.acceptedFlags[i] ? c.dim(lang === "vi" ? " (đã chấp nhận)" : " (accepted)") : "";
    out.push(
      `  ${where.padEnd(8)} ${paint[x.severity](label.padEnd(9))} ${x.code}${mark}  ${visible(x.message[lang])}`,
    );
    const origin = f.origins?.[i];
    const place = origin && origin.kind !== "text" ? ` (${formatOrigin(origin, lang)})` : "";
    if (x.span) out.push(c.dim(`           « ${excerpt(x.span.excerpt)} »${place}`));
  });
  out.push(...hiddenLines(f, lang).map((line) => c.dim(`  ${line}`)));
  if (f.stale.length > 0) {
    const n = f.stale.reduce((sum, s) => sum + (s.count ?? 1), 0);
    out.push(
      c.dim(
        lang === "vi"
          ? `  ${n} phát hiện đã chấp nhận không còn xuất hiện (cũ; --accept sẽ bỏ):`
          : `  ${english(n, "accepted finding")} no longer ${n === 1 ? "occurs" : "occur"} (stale; --accept drops ${n === 1 ? "it" : "them"}):`,
      ),
    );
    for (const s of f.stale)
      out.push(c.dim(`    ${s.code}${s.excerpt ? `  « ${excerpt(s.excerpt)} »` : ""}`));
  }
  return `${out.join("\n")}\n\n`;
}

/**
 * The lines that say what became of the accepted findings and what was not listed. Without
 * `--show-accepted` the accepted findings are hidden and the line says so; with it they are
 * listed, marked, and the line says how many were shown (those below `--min-severity` stay unlisted).
 */
function hiddenLines(f: ReviewedFile, lang: Lang): string[] {
  const { counts } = f;
  const lines: string[] = [];
  const shown = f.acceptedFlags.filter(Boolean).length;
  const hidden = counts.accepted - shown;
  if (shown > 0)
    lines.push(
      lang === "vi"
        ? `${shown} phát hiện đã chấp nhận được hiển thị`
        : `${english(shown, "accepted finding")} shown`,
    );
  if (hidden > 0 && f.showAccepted)
    lines.push(
      lang === "vi"
        ? `${hidden} phát hiện đã chấp nhận dưới --min-severity không được liệt kê`
        : `${english(hidden, "accepted finding")} below --min-severity not listed`,
    );
  else if (hidden > 0) {
    const alone = counts.unlisted === 0 && counts.error + counts.warning + counts.info === 0;
    lines.push(
      lang === "vi"
        ? `${alone ? "" : "cùng "}${hidden} phát hiện đã chấp nhận được ẩn (--show-accepted để xem)`
        : `${alone ? "" : "and "}${english(hidden, "accepted finding")} hidden (--show-accepted shows them)`,
    );
  }
  if (counts.unlisted > 0)
    lines.push(
      lang === "vi"
        ? `${counts.unlisted} phát hiện dưới --min-severity không được liệt kê`
        : `${english(counts.unlisted, "finding")} below --min-severity not listed`,
    );
  return lines;
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
export function failedBlock(file: string, reason: Text, lang: Lang): string {
  return `${visible(file)}\n  ${lang === "vi" ? "không đọc được" : "not read"}: ${visible(reason[lang])}\n\n`;
}

/**
 * The summary line: counts by severity (with English plurals right: "1 error", "2 warnings"),
 * claims checked, files (and those that could not be read), and what review hid: accepted
 * findings, findings below the minimum severity, stale acceptances.
 *
 * @param counts - each audited file's counts
 * @param lang - language
 * @param unread - files that could not be read
 * @param stale - accepted entries that no longer occur, in all
 * @returns one line
 */
export function summary(counts: readonly FileCounts[], lang: Lang, unread = 0, stale = 0): string {
  const sum = (key: keyof FileCounts) => counts.reduce((n, s) => n + s[key], 0);
  const files = counts.length + unread;
  const severities = [
    counted(sum("error"), SEVERITY_LABEL.vi.error, "error"),
    counted(sum("warning"), SEVERITY_LABEL.vi.warning, "warning"),
    counted(sum("info"), SEVERITY_LABEL.vi.info, "info", "info"),
  ]
    .map((t) => t[lang])
    .join(", ");
  const claims = sum("claims");
  const consistent = sum("consistent");
  const review: string[] = [];
  const accepted = sum("accepted");
  const unlisted = sum("unlisted");
  if (lang === "vi") {
    if (accepted > 0) review.push(`${accepted} đã chấp nhận`);
    if (unlisted > 0) review.push(`${unlisted} không liệt kê`);
    if (stale > 0) review.push(`${stale} chấp nhận cũ`);
    const notRead = unread === 0 ? "" : ` (${unread} tệp không đọc được)`;
    return `${severities}; ${claims} nhận định đã kiểm tra (${consistent} khớp) trong ${files} tệp${notRead}${review.length ? `; ${review.join(", ")}` : ""}`;
  }
  if (accepted > 0) review.push(`${accepted} accepted`);
  if (unlisted > 0) review.push(`${unlisted} not listed`);
  if (stale > 0) review.push(`${stale} stale`);
  const notRead = unread === 0 ? "" : ` (${unread} not read)`;
  return `${severities}; ${english(claims, "claim")} checked (${consistent} consistent) in ${english(files, "file")}${notRead}${review.length ? `; ${review.join(", ")}` : ""}`;
}
