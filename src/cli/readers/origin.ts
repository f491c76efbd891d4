/** Where a place of the text came from in a Word document. */
export interface WordOrigin {
  readonly kind: "word";
  /** The paragraph, counted from 1 in reading order (paragraphs inside table cells included). */
  readonly paragraph: number;
  /** The table cell the paragraph stands in, each counted from 1. */
  readonly cell?: { readonly table: number; readonly row: number; readonly column: number };
  /** For a footnote's text: its number (`paragraph` is then the paragraph that cites it). */
  readonly footnote?: number;
}

/** Where a place of the text came from in a PDF. */
export interface PdfOrigin {
  readonly kind: "pdf";
  /** The page, counted from 1. */
  readonly page: number;
}

/** Where a place of the text came from in a text file. */
export interface TextOrigin {
  readonly kind: "text";
  /** The line of the file, counted from 1. */
  readonly line: number;
}

/** A place in the original file: paragraph and cell for Word, page for PDF, line for text. */
export type Origin = WordOrigin | PdfOrigin | TextOrigin;

/**
 * Writes an origin for a person: "đoạn 12, bảng 1, hàng 3, cột 2" / "paragraph 12, table 1,
 * row 3, column 2", "trang 4" / "page 4", "dòng 7" / "line 7".
 *
 * @param origin - the origin
 * @param lang - language
 * @returns the phrase
 */
export function formatOrigin(origin: Origin, lang: "vi" | "en"): string {
  const vi = lang === "vi";
  if (origin.kind === "pdf") return `${vi ? "trang" : "page"} ${origin.page}`;
  if (origin.kind === "text") return `${vi ? "dòng" : "line"} ${origin.line}`;
  const parts = [`${vi ? "đoạn" : "paragraph"} ${origin.paragraph}`];
  if (origin.cell) {
    const { table, row, column } = origin.cell;
    parts.push(
      vi
        ? `bảng ${table}, hàng ${row}, cột ${column}`
        : `table ${table}, row ${row}, column ${column}`,
    );
  }
  if (origin.footnote !== undefined)
    parts.push(`${vi ? "chú thích" : "footnote"} ${origin.footnote}`);
  return parts.join(", ");
}

/** Text assembled piece by piece, each piece remembering where it came from. */
export interface OriginText {
  readonly text: string;
  /**
   * The origin of an offset of the text.
   *
   * @param offset - an offset in `text`
   * @returns where it came from
   */
  readonly origin: (offset: number) => Origin;
}

/**
 * Joins lines, each with its origins, into one text with a lookup from offset to origin.
 *
 * @param lines - each line as pieces of text with their origin
 * @param fallback - the origin of an empty text
 * @returns the text (lines joined by "\n") and the lookup
 */
export function joinLines(
  lines: readonly (readonly { readonly text: string; readonly origin: Origin }[])[],
  fallback: Origin,
): OriginText {
  const starts: number[] = [];
  const origins: Origin[] = [];
  let text = "";
  lines.forEach((pieces, i) => {
    if (i > 0) text += "\n";
    for (const piece of pieces) {
      starts.push(text.length);
      origins.push(piece.origin);
      text += piece.text;
    }
  });
  return { text, origin: (offset) => origins[lastAtOrBefore(starts, offset)] ?? fallback };
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
