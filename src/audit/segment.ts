import { matchKey } from "../core/text.js";
import { SHARE_LINE_LEADS } from "./lexicon.js";

/** A half-open range of the prepared text. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** One cell of a tab-separated table row. */
export interface Cell extends Range {
  readonly text: string;
}

/** A line of a table: its cells in order (empty cells included). */
export interface Row extends Range {
  readonly cells: readonly Cell[];
}

/** Consecutive tab-separated lines: a table as plain text carries it. */
export interface Table extends Range {
  readonly rows: readonly Row[];
  /** The heading of the section the table stands in. */
  readonly section: string | undefined;
}

/** A sentence inside a paragraph (ends at '.', '!', '?' or the paragraph's end). */
export interface Sentence extends Range {
  /** Index of its paragraph in {@link Segments.paragraphs}. */
  readonly paragraph: number;
}

/** A line of running text (not a table row). */
export interface Paragraph extends Range {
  /** `footnote` when the line starts with a footnote mark (¹, ⁽¹⁾, (1)); `heading` for a numbered heading. */
  readonly kind: "text" | "heading" | "footnote";
  /** The footnote's number, for footnote paragraphs. */
  readonly footnote?: string;
  /** The heading of the section the paragraph stands in. */
  readonly section: string | undefined;
}

/** The structure of a report's text, found in one pass over its lines. */
export interface Segments {
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tables: readonly Table[];
  /** Footnote number → index of its paragraph. */
  readonly footnotes: ReadonlyMap<string, number>;
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const FOOTNOTE_LINE = /^\s*(?:⁽([⁰-⁹¹²³]+)⁾|([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\((\d{1,3})\))\s*(?=\S)/u;
const HEADING =
  /^\s*(?:[IVXLC]{1,6}\.|\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-zđ]\)|Phần thứ [\p{L}]+)\s+\S/u;
const ABBREVIATIONS = new Set([
  "tp",
  "tt",
  "h",
  "p",
  "x",
  "q",
  "ths",
  "ts",
  "gs",
  "pgs",
  "bs",
  "đ",
  "tr",
  "v.v",
]);

/**
 * Converts superscript digits ("¹²") to ASCII ("12").
 *
 * @param text - superscript digits
 * @returns the same number in ASCII digits
 */
export function fromSuperscript(text: string): string {
  return [...text].map((c) => String(SUPERSCRIPT.indexOf(c))).join("");
}

/**
 * Splits a prepared text into paragraphs, sentences, tables and footnotes in one pass over its
 * lines.
 *
 * @param text - the prepared text
 * @returns its segments
 */
export function segment(text: string): Segments {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const tables: Table[] = [];
  const footnotes = new Map<string, number>();
  let rows: Row[] = [];
  let section: string | undefined;
  const closeTable = () => {
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (first && last) tables.push({ start: first.start, end: last.end, rows, section });
    rows = [];
  };
  // The line before, when it was running text that a wrapped line may go on from. Its sentences
  // are split once it is closed: splitting the whole paragraph again at every wrapped line was
  // quadratic in its length (a 1 MB paragraph of short wrapped lines took minutes).
  let open: { paragraph: number; lineEnd: number } | undefined;
  const closeParagraph = () => {
    const paragraph = open && paragraphs[open.paragraph];
    if (open && paragraph)
      splitSentences(text, paragraph.start, paragraph.end, open.paragraph, sentences);
    open = undefined;
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const end = text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const line = text.slice(lineStart, end);
    if (line.includes("\t")) {
      closeParagraph();
      rows.push(splitRow(line, lineStart));
    } else {
      closeTable();
      const previous = open && paragraphs[open.paragraph];
      if (previous && open && wraps(text, previous.start, open.lineEnd, line)) {
        // A line wrapped in the middle of a sentence (text copied from PDF or the web): the
        // paragraph goes on, and its sentences are split over all its lines when it closes.
        paragraphs[open.paragraph] = { ...previous, end };
        open = { paragraph: open.paragraph, lineEnd: end };
      } else if (line.trim() === "") {
        closeParagraph();
      } else {
        closeParagraph();
        const index = paragraphs.length;
        const note = FOOTNOTE_LINE.exec(line);
        if (note) {
          const number = note[3] ?? fromSuperscript(note[1] ?? note[2] ?? "");
          footnotes.set(number, index);
          paragraphs.push({ start: lineStart, end, kind: "footnote", footnote: number, section });
        } else if (HEADING.test(line) && line.length < 300 && !/[.;]\s*\S.*[.;]/.test(line)) {
          section = line.trim().slice(0, 80);
          paragraphs.push({ start: lineStart, end, kind: "heading", section });
        } else {
          paragraphs.push({ start: lineStart, end, kind: "text", section });
        }
        if (paragraphs[index]?.kind === "text") open = { paragraph: index, lineEnd: end };
        else splitSentences(text, lineStart, end, index, sentences);
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  closeParagraph();
  closeTable();
  return { paragraphs, sentences, tables, footnotes };
}

/**
 * Whether `line` goes on from the paragraph `[from, to)` of `text` before it: the paragraph stops
 * mid-sentence (no closing mark) and the line starts with a small letter, or with a figure after
 * a word ("… – Chiếm\n61,7%"); a list item, a heading or a capital starts a paragraph of its own.
 * Only the paragraph's last character is read (reading all of it at every line was quadratic).
 */
// A line that is one figure and nothing else, a percentage or not ("90,97%", "100 %").
const LONE_FIGURE = /^\d[\d.,]*\s?%?\s*$/u;
// A line that is a dash, a lead word and a percentage ("- Tỷ lệ: 90,96%"): the lead is group 1.
const LEAD_LINE = /^[-–]\s*([^\d:%]+?)\s*:?\s*\d[\d.,]*\s?%\s*$/u;
const SHARE_LEADS = new Set(SHARE_LINE_LEADS.map(matchKey));

function wraps(text: string, from: number, to: number, line: string): boolean {
  let last = to;
  while (last > from && /\s/u.test(text[last - 1] ?? "")) last--;
  if (last === from) return false;
  // Two units: a letter outside the BMP is a surrogate pair.
  const tail = text.slice(Math.max(from, last - 2), last);
  const first = line.trimStart();
  // "Diện tích đất ở: 56,35 ha – Tỷ lệ:\n1,17%": a line holding nothing but the figure of the
  // label the line before ends with.
  if (tail.endsWith(":") && /\p{L}$/u.test(tail.slice(0, -1)) && LONE_FIGURE.test(first))
    return true;
  if (/[.!?;:…"”)\]]$/u.test(tail)) return false;
  // "Diện tích đất sản xuất: 4.318,18 ha\n- Tỷ lệ: 90,96%": the share of the line before, on a
  // line of its own that names nothing else.
  const lead = LEAD_LINE.exec(first)?.[1];
  if (lead !== undefined && SHARE_LEADS.has(matchKey(lead))) return true;
  if (/^\p{Ll}/u.test(first)) return true;
  return /^[\d%]/u.test(first) && /\p{L}$/u.test(tail) && !HEADING.test(line);
}

function splitRow(line: string, offset: number): Row {
  const cells: Cell[] = [];
  let start = 0;
  for (const part of line.split("\t")) {
    const lead = part.length - part.trimStart().length;
    const trimmed = part.trim();
    cells.push({
      start: offset + start + lead,
      end: offset + start + lead + trimmed.length,
      text: trimmed,
    });
    start += part.length + 1;
  }
  return { start: offset, end: offset + line.length, cells };
}

const BOUNDARY = /[.!?…]+(?=["”’)\]]*\s+(?:["“‘(*]*[\p{Lu}\d])|["”’)\]]*\s*$)/gu;

function splitSentences(
  text: string,
  start: number,
  end: number,
  paragraph: number,
  out: Sentence[],
): void {
  const line = text.slice(start, end);
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    const word = /([\p{L}.]+)$/u.exec(line.slice(Math.max(0, m.index - 6), m.index))?.[1];
    if (word && m[0] === "." && ABBREVIATIONS.has(word.toLowerCase())) continue;
    const stop = m.index + m[0].length;
    pushTrimmed(line, from, stop, start, paragraph, out);
    from = stop;
  }
  pushTrimmed(line, from, line.length, start, paragraph, out);
}

function pushTrimmed(
  line: string,
  from: number,
  to: number,
  offset: number,
  paragraph: number,
  out: Sentence[],
): void {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(line[a] ?? "")) a++;
  while (b > a && /\s/.test(line[b - 1] ?? "")) b--;
  if (b > a) out.push({ start: offset + a, end: offset + b, paragraph });
}
