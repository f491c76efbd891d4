import type { Claim } from "../audit/claim.js";
import { lowerBound } from "../core/search.js";
import type { Span } from "../core/span.js";
import { normalise, unitAfter } from "./terms.js";

/** The words around a claim that may name its indicator, normalised for matching. */
export interface ClaimWindow {
  /** The clause before the claim and the claim itself (in a table: the cell's headers and the cell). */
  readonly local: string;
  /** Where the claim starts in `local`. */
  readonly anchor: number;
  /** Wider context, nearest first: a table's headers and caption, then the section heading. */
  readonly context: readonly string[];
  /** Units written after the claim's counted figures ("đơn", "hộ"). */
  readonly units: ReadonlySet<string>;
}

const LOOKBACK = 150;
const TAIL = 40;
const COUNT_ROLES = new Set(["stated", "rate", "percent"]);
// A column header "Số cuộc kiểm tra", "Số lượng vụ, việc hòa giải" names what its cells count.
const HEADER_COUNT = /^\s*(?:tổng\s+)?số\s+(?:lượng\s+)?/u;

function isStop(text: string, i: number, percent: boolean): boolean {
  const c = text[i];
  if (c === "\n" || c === "\t" || c === ";" || c === "!" || c === "?") return true;
  if (c === "%" && percent) return true;
  // A dot between digits groups thousands ("1.353"); any other dot ends a sentence.
  return c === "." && !(/\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? ""));
}

/**
 * Where the clause holding an offset starts: after the last line break, tab, semicolon or
 * sentence end before it (and, for shares, after the last percentage: it closed the previous
 * claim), at most 150 characters back.
 *
 * @param text - the text
 * @param at - an offset
 * @param percent - whether a '%' ends a clause
 * @returns the clause's start offset
 */
export function clauseStart(text: string, at: number, percent: boolean): number {
  const floor = Math.max(0, at - LOOKBACK);
  for (let i = at - 1; i >= floor; i--) if (isStop(text, i, percent)) return i + 1;
  return floor;
}

function clauseEnd(text: string, from: number, max: number, extra: RegExp): number {
  const ceiling = Math.min(text.length, from + max);
  for (let i = from; i < ceiling; i++) {
    if (isStop(text, i, false) || extra.test(text[i] ?? "")) return i;
  }
  return ceiling;
}

/** Where a text's lines start, and which hold a tab, found once per text (the last one kept). */
interface Lines {
  readonly text: string;
  readonly starts: readonly number[];
  readonly tabbed: readonly boolean[];
  /** A tabbed line's cells and where each starts, split once when first asked for. */
  readonly rows: Map<number, { readonly cells: readonly string[]; readonly starts: number[] }>;
}

let lastLines: Lines | undefined;

function linesOf(text: string): Lines {
  if (lastLines?.text === text) return lastLines;
  const starts = [0];
  const tabbed: boolean[] = [];
  let tab = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) tab = true;
    else if (c === 10) {
      tabbed.push(tab);
      tab = false;
      starts.push(i + 1);
    }
  }
  tabbed.push(tab);
  lastLines = { text, starts, tabbed, rows: new Map() };
  return lastLines;
}

/** The line holding an offset: found by search in the text's line starts, not by scanning. */
function lineAt(
  text: string,
  at: number,
): { start: number; end: number; tabbed: boolean; index: number } {
  const lines = linesOf(text);
  const i = Math.max(0, lowerBound(lines.starts, at + 1, (s) => s) - 1);
  const start = lines.starts[i] as number;
  const next = lines.starts[i + 1];
  return {
    start,
    end: next === undefined ? text.length : next - 1,
    tabbed: lines.tabbed[i] === true,
    index: i,
  };
}

/** A tabbed line's cells and their starts, split once per line (a long row is not split per claim). */
function rowOf(
  text: string,
  line: { start: number; end: number; index: number },
): { readonly cells: readonly string[]; readonly starts: number[] } {
  const lines = linesOf(text);
  const known = lines.rows.get(line.index);
  if (known) return known;
  const cells = text.slice(line.start, line.end).split("\t");
  const starts: number[] = [];
  let at = line.start;
  for (const cell of cells) {
    starts.push(at);
    at += cell.length + 1;
  }
  const row = { cells, starts };
  lines.rows.set(line.index, row);
  return row;
}

const hasLetter = (s: string) => /\p{L}/u.test(s);

/** A cell of a table row, the cell to its left standing in for an empty (merged) header cell. */
function headerCell(cells: readonly string[], index: number): string | undefined {
  for (let i = Math.min(index, cells.length - 1); i >= 0; i--) {
    const cell = (cells[i] ?? "").trim();
    if (cell) return hasLetter(cell) ? cell : undefined;
  }
  return undefined;
}

interface TableCell {
  readonly cellStart: number;
  readonly cellText: string;
  readonly headers: readonly string[];
  readonly rowLabel: string | undefined;
  readonly caption: string | undefined;
}

/**
 * The cell holding an offset in a tab-separated table, with the header cells above it (an
 * empty header cell takes the merged cell to its left), the row's label and the table's caption.
 *
 * @param text - the text
 * @param at - an offset inside a table row
 * @returns the cell and its labels, or undefined when the line is not a table row
 */
export function tableCellAt(text: string, at: number): TableCell | undefined {
  const line = lineAt(text, at);
  if (!line.tabbed) return undefined;
  const { cells, starts } = rowOf(text, line);
  const index = Math.max(0, lowerBound(starts, at + 1, (s) => s) - 1);
  const cellStart = starts[index] as number;
  const headers: string[] = [];
  let caption: string | undefined;
  let cursor = line.start - 1;
  for (let rows = 0; cursor > 0 && rows < 12; rows++) {
    const above = lineAt(text, cursor);
    cursor = above.start - 1;
    if (!above.tabbed) {
      const content = text.slice(above.start, above.end);
      if (/\p{L}/u.test(content)) caption = content.trim();
      else if (content.trim() === "" || /^[\s\-–=_|]+$/u.test(content)) continue;
      break;
    }
    const cell = headerCell(rowOf(text, above).cells, index);
    if (cell) headers.unshift(cell);
  }
  const label = index > 0 ? (cells[0] ?? "").trim() : "";
  return {
    cellStart,
    cellText: cells[index] ?? "",
    headers,
    rowLabel: hasLetter(label) ? label : undefined,
    caption,
  };
}

function isProportion(claim: Claim): boolean {
  return ["percentage", "share", "reachability", "resolution", "table"].includes(claim.kind);
}

function countedUnits(claim: Claim, text: string): Set<string> {
  const units = new Set<string>();
  for (const figure of claim.figures) {
    if (COUNT_ROLES.has(figure.role) || figure.text.trim().endsWith("%")) continue;
    const unit = unitAfter(normalise(text.slice(figure.span.end, figure.span.end + 40)));
    if (unit) units.add(unit);
  }
  return units;
}

function firstFigure(claim: Claim): Span | undefined {
  return claim.figures[0]?.span;
}

/**
 * The words around a claim: in running text, the clause before it and the claim with a short
 * tail (for a breakdown, only up to its total and unit: the parts have labels of their own); in
 * a table, the headers of its cell, its row label and the cell.
 *
 * @param claim - a recognised claim (spans in `text`)
 * @param text - the text the claim was found in
 * @returns the window for classification
 */
export function claimWindow(claim: Claim, text: string): ClaimWindow {
  const start = Math.max(0, Math.min(claim.span.start, text.length));
  const units = countedUnits(claim, text);
  const section = claim.section ?? "";
  const cell = tableCellAt(text, start);
  if (cell) {
    const labels = [...cell.headers, ...(cell.rowLabel ? [cell.rowLabel] : [])];
    const before = labels.length > 0 ? `${labels.join("\n")}\n` : "";
    const counted = cell.headers[cell.headers.length - 1];
    const headerUnit = counted
      ? unitAfter(normalise(counted).replace(HEADER_COUNT, ""))
      : undefined;
    if (headerUnit && HEADER_COUNT.test(normalise(counted ?? ""))) units.add(headerUnit);
    return {
      local: normalise(`${before}${cell.cellText}`),
      anchor: before.length + (start - cell.cellStart),
      context: [...cell.headers]
        .reverse()
        .concat(cell.caption ?? "", section)
        .map(normalise),
      units,
    };
  }
  const from = clauseStart(text, start, isProportion(claim));
  const total = claim.kind === "breakdown" ? firstFigure(claim) : undefined;
  const end = total
    ? clauseEnd(text, total.end, 30, /[\d,(:]/u)
    : clauseEnd(text, Math.max(start, claim.span.end), TAIL, /\d/u);
  return {
    local: normalise(text.slice(from, Math.max(end, start))),
    anchor: start - from,
    context: [normalise(section)],
    units,
  };
}
