// How the report's text is laid out on the page: runs of tab-separated lines become tables,
// section headings are set in bold, everything else keeps its line breaks and spaces as written.

/** A stretch of the text `[from, to)` rendered as one run of markup. */
export interface TextRange {
  readonly from: number;
  readonly to: number;
}

/** One block of the laid-out text. */
export type Block =
  | { readonly type: "prose"; readonly parts: readonly ProsePart[] }
  | { readonly type: "table"; readonly rows: readonly (readonly TextRange[])[] };

/** A part of a prose block: plain text, or a heading line. */
export interface ProsePart extends TextRange {
  readonly heading: boolean;
}

interface Line {
  readonly start: number;
  /** End of the content, before `\r\n` or `\n`. */
  readonly end: number;
  /** Offset past the line break (the next line's start). */
  readonly next: number;
}

// "I. ĐẶC ĐIỂM", "2. Tiếp công dân", "4.2. Kết quả": short numbered lines.
const HEADING = /^[ \t]*(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3})\.[ \t]+\S/u;
const HEADING_MAX = 140;

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const br = text.indexOf("\n", start);
    const stop = br === -1 ? text.length : br;
    const end = stop > start && text[stop - 1] === "\r" ? stop - 1 : stop;
    lines.push({ start, end, next: br === -1 ? text.length + 1 : br + 1 });
    if (br === -1) break;
    start = br + 1;
  }
  return lines;
}

const isTabLine = (text: string, line: Line): boolean => {
  const content = text.slice(line.start, line.end);
  return content.includes("\t") && content.trim() !== "";
};

/** Cells of a line, split at tabs (the tabs themselves become cell borders). */
function cellsOf(text: string, line: Line): TextRange[] {
  const cells: TextRange[] = [];
  let from = line.start;
  for (let i = line.start; i < line.end; i += 1) {
    if (text[i] === "\t") {
      cells.push({ from, to: i });
      from = i + 1;
    }
  }
  cells.push({ from, to: line.end });
  return cells;
}

function proseBlock(text: string, lines: readonly Line[], from: number, to: number): Block {
  const parts: ProsePart[] = [];
  let cursor = from;
  for (const line of lines) {
    if (line.end <= from || line.start >= to) continue;
    const content = text.slice(line.start, line.end);
    if (content.length > HEADING_MAX || !HEADING.test(content)) continue;
    if (line.start > cursor) parts.push({ from: cursor, to: line.start, heading: false });
    parts.push({ from: line.start, to: Math.min(line.end, to), heading: true });
    cursor = Math.min(line.end, to);
  }
  if (cursor < to) parts.push({ from: cursor, to, heading: false });
  return { type: "prose", parts };
}

/** The end of a prose stretch before a table, without the line break the table replaces. */
function trimBreak(text: string, from: number, to: number): number {
  let end = to;
  if (end > from && text[end - 1] === "\n") end -= 1;
  if (end > from && text[end - 1] === "\r") end -= 1;
  return end;
}

/**
 * Lays out a text: two or more consecutive lines containing tabs form a table; the rest is prose.
 *
 * @param text - the report's text
 * @returns the blocks in text order
 */
export function layoutText(text: string): Block[] {
  const lines = linesOf(text);
  const blocks: Block[] = [];
  let proseFrom = 0;
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && isTabLine(text, lines[j] as Line)) j += 1;
    if (j - i >= 2) {
      const first = lines[i] as Line;
      const last = lines[j - 1] as Line;
      const proseTo = trimBreak(text, proseFrom, first.start);
      if (proseTo > proseFrom) blocks.push(proseBlock(text, lines, proseFrom, proseTo));
      blocks.push({
        type: "table",
        rows: lines.slice(i, j).map((line) => cellsOf(text, line)),
      });
      proseFrom = Math.min(last.next, text.length);
      i = j;
    } else {
      i = Math.max(j, i + 1);
    }
  }
  if (proseFrom < text.length) blocks.push(proseBlock(text, lines, proseFrom, text.length));
  // An empty text still has a place to draw the claims of a result.
  if (blocks.length === 0)
    blocks.push({ type: "prose", parts: [{ from: 0, to: 0, heading: false }] });
  return blocks;
}

/** The ranges of a layout in text order (prose parts and table cells). */
export function rangesOf(blocks: readonly Block[]): TextRange[] {
  return blocks.flatMap((b): readonly TextRange[] =>
    b.type === "prose" ? b.parts : b.rows.flat(),
  );
}
