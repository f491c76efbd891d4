/**
 * A matching view of a text: NFC, every horizontal space (NBSP, tab, `\r`, thin spaces) as a
 * plain space, line breaks kept as `\n`. Scanners match on the view and map offsets back, so
 * tokens always point into the caller's original string (which may be NFD or contain NBSP/CRLF).
 *
 * @internal
 */
export interface TextView {
  /** The normalised text the scanners match on. */
  readonly text: string;
  /**
   * Maps a half-open range of the view back to the original text.
   *
   * @param start - first view offset
   * @param end - view offset past the last character
   * @returns the original `[start, end)`
   */
  toOriginal(start: number, end: number): { start: number; end: number };
}

// Horizontal white space that real text carries besides the plain space.
const ODD_SPACE = /[\t\r\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/u;
const ODD_SPACE_CHAR = /^[\t\r\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]$/u;

/**
 * Builds the matching view of a text. When the text is already NFC with plain spaces (the usual
 * case) the view is the text itself and offsets map one to one.
 *
 * @internal
 * @param original - the text as the caller gave it
 * @returns the view
 */
export function createTextView(original: string): TextView {
  if (!ODD_SPACE.test(original) && original.normalize("NFC") === original) {
    return { text: original, toOriginal: (start, end) => ({ start, end }) };
  }
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    // A segment is one code point and the combining marks after it: NFC never composes across
    // segments for Vietnamese, so normalising segment by segment keeps the offset map exact.
    let j = i + ((original.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
    while (j < original.length && /\p{M}/u.test(original[j] ?? "")) j += 1;
    const raw = original.slice(i, j);
    const piece = ODD_SPACE_CHAR.test(raw) ? " " : raw.normalize("NFC");
    for (let k = 0; k < piece.length; k += 1) {
      starts.push(i);
      ends.push(j);
    }
    parts.push(piece);
    i = j;
  }
  const text = parts.join("");
  return {
    text,
    toOriginal(start, end) {
      const from = start >= starts.length ? original.length : (starts[start] ?? 0);
      const to = end <= 0 ? 0 : end > ends.length ? original.length : (ends[end - 1] ?? 0);
      return { start: from, end: Math.max(from, to) };
    },
  };
}
