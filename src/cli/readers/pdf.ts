import { text } from "../i18n.js";
import { ReportReadError } from "./errors.js";
import { loadOptional } from "./optional.js";
import { joinLines, type Origin, type OriginText } from "./origin.js";
import { checkPdfUnpacked } from "./pdf-limit.js";

/** A run of text on a page, in PDF units (y grows upwards). */
interface Run {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** A line of a page, rebuilt from its runs. */
interface Line {
  readonly text: string;
  readonly page: number;
  readonly left: number;
  readonly right: number;
  readonly y: number;
  readonly size: number;
  readonly tabs: boolean;
  /** Width of the line's first word, to tell whether it would have fitted on the line before. */
  readonly firstWord: number;
}

/** What a PDF gave: its text, and its pages that had none. */
export interface PdfText extends OriginText {
  readonly pages: number;
  readonly emptyPages: readonly number[];
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const PAGE_NUMBER =
  /^\s*(?:[-–]\s*)?\d{1,4}(?:\s*[-–])?\s*$|^\s*(?:trang|page)\s+\d+(?:\s*\/\s*\d+)?\s*$/i;
const LIST_START = /^\s*(?:[IVXLC]{1,6}\.|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|[•+*])\s/u;
/** A dash starting a line: a bullet, unless the line before ran on without punctuation. */
const DASH_START = /^\s*[-–]\s/u;

/**
 * Reads a PDF's text layer with unpdf (PDF.js): lines rebuilt from the positions of the text, a
 * wide gap inside a line (a table's columns) as a tab, raised small digits as footnote marks
 * ("¹"), wrapped lines joined back into their paragraph, page numbers left out.
 *
 * Its compressed streams are checked first against `maxUnpackedBytes` (a Flate bomb is refused
 * before PDF.js decodes it).
 *
 * @param path - the file, for messages
 * @param bytes - its content
 * @param maxUnpackedBytes - the most its compressed streams may unpack to
 * @returns the text with the page of each offset
 * @throws ReportReadError for a damaged or password-protected PDF, one without text (a scan), or
 *   one that unpacks to more than the limit
 */
export async function readPdf(
  path: string,
  bytes: Uint8Array,
  maxUnpackedBytes: number,
): Promise<PdfText> {
  const unpdf = await loadOptional<typeof import("unpdf")>(path, "unpdf", ".pdf");
  await checkPdfUnpacked(path, bytes, maxUnpackedBytes);
  let document: Awaited<ReturnType<typeof unpdf.getDocumentProxy>>;
  try {
    document = await unpdf.getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0,
      // A picture is decoded only for a Type 3 font's glyph: none larger than the limit (RGBA).
      maxImageSize: Math.max(1, Math.floor(maxUnpackedBytes / 4)),
    });
  } catch (error) {
    throw pdfError(path, error);
  }
  const lines: Line[] = [];
  const emptyPages: number[] = [];
  const pages = document.numPages;
  try {
    for (let page = 1; page <= document.numPages; page++) {
      const content = await (await document.getPage(page)).getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str.trim() === "") continue;
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height;
        runs.push({ str: item.str, x, y, width: item.width, size });
      }
      const pageLines = dropPageNumbers(buildLines(runs, page));
      if (pageLines.length === 0) emptyPages.push(page);
      lines.push(...pageLines);
    }
  } catch (error) {
    throw pdfError(path, error);
  } finally {
    await document.destroy().catch(() => undefined);
  }
  if (lines.every((l) => l.text.trim() === ""))
    throw new ReportReadError(
      "NO_TEXT_LAYER",
      path,
      text(
        "tệp PDF này không có lớp chữ (bản quét?): chưa hỗ trợ nhận dạng chữ (OCR); hãy xuất báo cáo từ trình soạn thảo văn bản",
        "this PDF has no text layer (a scanned document?): OCR is not supported; export the report from its word processor instead",
      ),
    );
  return { ...joinParagraphs(lines), pages, emptyPages };
}

function pdfError(path: string, error: unknown): ReportReadError {
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException" || /password/i.test(message))
    return new ReportReadError(
      "PASSWORD_PROTECTED",
      path,
      text(
        "tệp PDF có mật khẩu: hãy gỡ mật khẩu (hoặc in ra một tệp PDF mới) rồi thử lại",
        "password-protected PDF: remove the password (or print it to a new PDF) and try again",
      ),
    );
  return new ReportReadError(
    "CORRUPT_FILE",
    path,
    text(
      `tệp PDF bị hỏng, không đọc được (${message})`,
      `damaged PDF, cannot be read (${message})`,
    ),
  );
}

/** Groups a page's runs into lines by baseline, then writes each line left to right. */
function buildLines(runs: readonly Run[], page: number): Line[] {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Run[][] = [];
  let group: Run[] = [];
  let base: Run | undefined;
  for (const run of sorted) {
    // A raised footnote mark sits within the line's height: same line.
    if (base && Math.abs(base.y - run.y) <= 0.6 * Math.max(base.size, run.size)) {
      group.push(run);
      if (run.size > base.size) base = run;
      continue;
    }
    if (group.length > 0) groups.push(group);
    group = [run];
    base = run;
  }
  if (group.length > 0) groups.push(group);
  return groups.map((g) => writeLine(g, page));
}

function writeLine(runs: readonly Run[], page: number): Line {
  const ordered = [...runs].sort((p, q) => p.x - q.x);
  const main = ordered.reduce((m, r) => (r.size > m.size ? r : m));
  let text = "";
  let end: number | undefined;
  let tabs = false;
  for (const run of ordered) {
    let str = run.str;
    const raised = run.size < 0.85 * main.size && run.y - main.y > 0.15 * main.size;
    if (raised && /^\s*\d{1,3}\s*$/.test(str))
      str = [...str.trim()].map((digit) => SUPERSCRIPT[Number(digit)] ?? digit).join("");
    if (end !== undefined) {
      const gap = run.x - end;
      if (gap > 1.0 * main.size) {
        text = text.trimEnd();
        text += "\t";
        str = str.trimStart();
        tabs = true;
      } else if (gap > 0.12 * main.size && !/\s$/.test(text) && !/^\s/.test(str)) text += " ";
    }
    text += str;
    end = run.x + run.width;
  }
  const first = ordered[0];
  const word = first ? (first.str.trimStart().split(/\s/)[0] ?? "") : "";
  const firstWord =
    first && first.str.length > 0 ? (first.width * word.length) / first.str.length : 0;
  return {
    text: text.trim(),
    page,
    left: first?.x ?? 0,
    right: end ?? 0,
    y: main.y,
    size: main.size,
    tabs,
    firstWord,
  };
}

/** Leaves out a page number standing alone as the first or last line of a page. */
function dropPageNumbers(lines: readonly Line[]): Line[] {
  const out = [...lines];
  if (out.length > 1 && PAGE_NUMBER.test(out.at(-1)?.text ?? "")) out.pop();
  if (out.length > 1 && PAGE_NUMBER.test(out[0]?.text ?? "")) out.shift();
  return out;
}

/** Joins wrapped lines back into paragraphs; table rows and short lines end a paragraph. */
function joinParagraphs(lines: readonly Line[]): OriginText {
  const rightEdge = new Map<number, number>();
  for (const l of lines)
    if (!l.tabs) rightEdge.set(l.page, Math.max(rightEdge.get(l.page) ?? 0, l.right));
  const out: { text: string; origin: Origin }[][] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const origin: Origin = { kind: "pdf", page: line.page };
    if (previous && continues(previous, line, rightEdge.get(previous.page) ?? previous.right)) {
      // "114-" at a line's end then "KL/TW": a code broken at its hyphen joins without a space.
      const glue = /\S[-–/]$/u.test(previous.text) ? "" : " ";
      out.at(-1)?.push({ text: `${glue}${line.text}`, origin });
    } else out.push([{ text: line.text, origin }]);
    previous = line;
  }
  return joinLines(out, { kind: "pdf", page: 1 });
}

function continues(a: Line, b: Line, rightEdge: number): boolean {
  if (a.tabs || b.tabs || a.text === "" || b.text === "") return false;
  if (Math.abs(a.size - b.size) > 0.15 * a.size) return false;
  if (LIST_START.test(b.text) || /^[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(b.text)) return false;
  if (DASH_START.test(b.text) && /[.;:!?]$/u.test(a.text)) return false;
  // Wrapped: the next line's first word would not have fitted at the end of this one.
  if (a.right + 0.3 * a.size + b.firstWord < rightEdge - 0.5 * a.size) return false;
  if (a.page === b.page) return a.y - b.y > 0 && a.y - b.y <= 1.8 * a.size;
  return /^[\p{Ll}\d]/u.test(b.text);
}
