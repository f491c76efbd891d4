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

// Horizontal white space that real text carries besides the plain space. Each is one UTF-16
// unit, so replacing it by a space keeps every offset.
const ODD_SPACE = /[\t\r\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/u;
// Not before a combining mark: such a space starts a segment of its own, normalised as it is.
const ODD_SPACES = /[\t\r\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff](?!\p{M})/gu;
const MARK = /\p{M}/u;

function isOddSpace(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0x0d ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// Every combining mark is at U+0300 or above: the test is skipped for ASCII and Latin-1.
const isMarkAt = (text: string, i: number): boolean =>
  text.charCodeAt(i) >= 0x300 && MARK.test(text[i] ?? "");

/**
 * Builds the matching view of a text. When the text is already NFC (the usual case) the view is
 * the text itself, odd spaces replaced in place, and offsets map one to one.
 *
 * @internal
 * @param original - the text as the caller gave it
 * @returns the view
 */
export function createTextView(original: string): TextView {
  if (original.normalize("NFC") === original) {
    const text = ODD_SPACE.test(original) ? original.replace(ODD_SPACES, " ") : original;
    return { text, toOriginal: (start, end) => ({ start, end }) };
  }
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    // A segment is one code point and the combining marks after it: NFC never composes across
    // segments for Vietnamese, so normalising segment by segment keeps the offset map exact.
    let j = i + ((original.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
    while (j < original.length && isMarkAt(original, j)) j += 1;
    const piece =
      j === i + 1 && isOddSpace(original.charCodeAt(i))
        ? " "
        : j === i + 1 && original.charCodeAt(i) < 0x300
          ? (original[i] ?? "")
          : original.slice(i, j).normalize("NFC");
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
