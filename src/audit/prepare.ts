/**
 * Text as the recognisers read it, with a way back to the caller's original offsets.
 */
export interface PreparedText {
  /** The caller's text, untouched. */
  readonly original: string;
  /**
   * NFC, no BOM, no-break and narrow no-break spaces as plain spaces, and a line break between a
   * figure and its unit wrapped onto the next line ("320,3 nghìn⏎tấn") as spaces.
   */
  readonly text: string;
  /**
   * Maps an offset of `text` to the offset of the same place in `original`.
   *
   * @param offset - an offset in the prepared text (0 to text.length)
   * @returns the offset in the original text
   */
  toOriginal(offset: number): number;
}

const SPACES = /[\u00a0\u202f\u2007]/g;
// A figure (and its multiplier) at a line's end, the next line going on in lower case: text
// wrapped by a PDF or a narrow column, whose unit ("ha", "nghìn tấn") stands on the next line.
const WRAPPED_UNIT = /(\d(?: +(?:nghìn|ngàn|triệu|tỷ))? *)(\r?\n)(?=\p{Ll})/gu;

/** Spaces for no-break spaces, and for the line break inside a wrapped figure and its unit. */
const plain = (text: string): string =>
  text
    .replace(SPACES, " ")
    .replace(WRAPPED_UNIT, (_, figure: string, nl: string) => figure + " ".repeat(nl.length));
const MARK = /\p{M}/u;

/**
 * Prepares a report's text for scanning: strips a byte-order mark, composes NFD into NFC and
 * turns no-break spaces into spaces, keeping a map from every prepared offset to the original so
 * each finding points at the caller's own text.
 *
 * @param original - the text as received
 * @returns the prepared text and its offset map
 * @example
 * ```ts
 * import { prepareText } from "baocao";
 *
 * const prepared = prepareText("\uFEFFHoà".normalize("NFD"));
 * prepared.text; // "Hoà"
 * prepared.toOriginal(3); // 5
 * ```
 */
export function prepareText(original: string): PreparedText {
  const bom = original.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? original.slice(1) : original;
  if (body.normalize("NFC") === body) {
    // Same length as the original (less the BOM): the map is a shift.
    return { original, text: plain(body), toOriginal: (o) => o + bom };
  }
  const pieces: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < body.length) {
    let j = i + 1;
    while (j < body.length && MARK.test(body[j] ?? "")) j++;
    const composed = body.slice(i, j).normalize("NFC");
    for (let k = 0; k < composed.length; k++) map.push(bom + Math.min(i + k, j));
    pieces.push(composed);
    i = j;
  }
  map.push(bom + body.length);
  const text = plain(pieces.join(""));
  return {
    original,
    text,
    toOriginal: (o) => map[Math.max(0, Math.min(o, map.length - 1))] ?? original.length,
  };
}
