import { upperBound } from "./search.js";

/**
 * A place in a text: half-open UTF-16 offsets `[start, end)`, the 1-based line and column of
 * `start`, and the excerpt `text.slice(start, end)`.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly excerpt: string;
}

/**
 * Maps offsets of one text to lines and columns in O(log lines) per lookup. Build it once per
 * text and share it: every recogniser that makes spans uses the same index.
 */
export interface LineIndex {
  /** The text the index was built for. */
  readonly text: string;
  /**
   * Makes a span for `[start, end)` of the text.
   *
   * @param start - first offset
   * @param end - offset past the last character
   * @returns the span with line, column and excerpt
   */
  span(start: number, end: number): Span;
  /**
   * The 1-based line and column of an offset.
   *
   * @param offset - an offset in the text
   * @returns `{ line, column }`
   */
  position(offset: number): { line: number; column: number };
}

/**
 * Builds a {@link LineIndex} over a text (lines end at `\n`; a `\r` before it belongs to the line).
 *
 * @param text - the whole text
 * @returns the index
 * @example
 * ```ts
 * import { createLineIndex } from "baocao";
 *
 * const index = createLineIndex("một\nhai ba");
 * index.span(8, 10); // { start: 8, end: 10, line: 2, column: 5, excerpt: "ba" }
 * ```
 */
export function createLineIndex(text: string): LineIndex {
  const starts: number[] = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  const position = (offset: number): { line: number; column: number } => {
    const at = Math.max(0, Math.min(offset, text.length));
    // The last line starting at or before the offset (the first starts at 0).
    const lo = upperBound(starts, at, (s) => s) - 1;
    return { line: lo + 1, column: at - (starts[lo] ?? 0) + 1 };
  };
  return {
    text,
    position,
    span(start, end) {
      const { line, column } = position(start);
      return { start, end, line, column, excerpt: text.slice(start, end) };
    },
  };
}
