import { tables } from "./letters.js";

/** Text converted to Unicode, with a way back to the offsets of the text it came from. */
export interface DecodedText {
  /** The converted text (composed letters). */
  readonly text: string;
  /** How many letters were converted. */
  readonly converted: number;
  /**
   * Maps an offset of the converted text to the offset of the same place in the source.
   *
   * @param offset - an offset in the converted text (0 to text.length)
   * @returns the offset in the source
   */
  toSource(offset: number): number;
}

const LETTER = /[\p{L}\p{M}]/u;
const SENTENCE_END = /[.!?…]/;

/**
 * Converts TCVN3 (ABC) text to Unicode. Upper-case toned letters typed with the ABC upper-case
 * fonts come out of documents as lower-case codes: they are made upper case again in a word whose
 * other letters are all upper case (or, for a word of toned letters only, between upper-case
 * words), and as the first letter of a line or sentence.
 *
 * @param source - text whose characters U+00A1–U+00FF are TCVN3 codes
 * @returns the Unicode text and its offset map
 * @example
 * ```ts
 * import { decodeTcvn3 } from "baocao";
 *
 * decodeTcvn3("B¸o c¸o kÕt qu¶").text; // "Báo cáo kết quả"
 * decodeTcvn3("§¹I HéI §¶NG").text; // "ĐẠI HỘI ĐẢNG"
 * ```
 */
export function decodeTcvn3(source: string): DecodedText {
  const { tcvn3Decode, tcvn3LowerOnly } = tables();
  const chars: string[] = [];
  const lowerOnly: boolean[] = [];
  let converted = 0;
  for (const char of source) {
    const letter = tcvn3Decode.get(char);
    if (letter !== undefined) converted++;
    chars.push(letter ?? char);
    lowerOnly.push(letter !== undefined && tcvn3LowerOnly.has(char));
  }
  restoreCase(chars, lowerOnly);
  // Every TCVN3 code is one UTF-16 unit and decodes to one: the offsets stay the same, except
  // for astral characters, which stay two units on both sides.
  const text = chars.join("");
  return { text, converted, toSource: (o) => Math.max(0, Math.min(o, source.length)) };
}

interface Word {
  readonly start: number;
  readonly end: number;
  /** Letters not decoded from lower-case-only codes: upper case after the first letter, lower. */
  readonly upperInside: number;
  readonly upper: number;
  readonly lower: number;
  readonly fromLowerOnly: number;
}

function words(chars: readonly string[], lowerOnly: readonly boolean[]): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < chars.length) {
    if (!LETTER.test(chars[i] ?? "")) {
      i++;
      continue;
    }
    const start = i;
    let upperInside = 0;
    let upper = 0;
    let lower = 0;
    let fromLowerOnly = 0;
    for (; i < chars.length && LETTER.test(chars[i] ?? ""); i++) {
      const c = chars[i] ?? "";
      if (lowerOnly[i]) fromLowerOnly++;
      else if (c !== c.toLowerCase()) {
        upper++;
        if (i > start) upperInside++;
      } else if (c !== c.toUpperCase()) lower++;
    }
    out.push({ start, end: i, upperInside, upper, lower, fromLowerOnly });
  }
  return out;
}

/** A word that shows it is set in capitals: an upper-case letter after its first, none lower. */
const capitals = (w: Word | undefined): boolean =>
  w !== undefined && w.lower === 0 && w.upperInside > 0;

/** The nearest word (within eight) before or after the n-th whose own letters show its case. */
function nearest(list: readonly Word[], n: number, step: 1 | -1): Word | undefined {
  for (let i = n + step, k = 0; i >= 0 && i < list.length && k < 8; i += step, k++) {
    const w = list[i];
    if (w && (w.lower > 0 || w.upperInside > 0)) return w;
  }
  return undefined;
}

function restoreCase(chars: string[], lowerOnly: readonly boolean[]): void {
  const list = words(chars, lowerOnly);
  list.forEach((word, n) => {
    if (word.fromLowerOnly === 0) return;
    let caps = capitals(word);
    if (!caps && word.lower === 0) {
      // "Vµ" is "Và" or "VÀ", "®·" is "đã" or "ĐÃ": the nearest words that show their case tell.
      const around = [nearest(list, n, -1), nearest(list, n, 1)].filter(
        (w): w is Word => w !== undefined,
      );
      caps = around.length > 0 && around.every(capitals);
    }
    if (caps) {
      for (let i = word.start; i < word.end; i++)
        if (lowerOnly[i]) chars[i] = (chars[i] ?? "").toUpperCase();
    } else if (lowerOnly[word.start] && startsSentence(chars, word.start)) {
      chars[word.start] = (chars[word.start] ?? "").toUpperCase();
    }
  });
}

/** Whether only spaces stand between a position and the start of its line, cell or sentence. */
function startsSentence(chars: readonly string[], at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (chars[i] === " " || chars[i] === "\u00a0")) i--;
  if (i < 0) return true;
  const before = chars[i] ?? "";
  if (before === "\n" || before === "\r" || before === "\t") return true;
  return i < at - 1 && SENTENCE_END.test(before);
}

/**
 * Converts Unicode text to TCVN3 (ABC), the inverse of {@link decodeTcvn3}: upper-case toned
 * letters get the lower-case code, as the ABC upper-case fonts have them. Characters TCVN3 has
 * no code for stay as they are.
 *
 * @param text - Unicode text (NFC or NFD)
 * @returns the text with TCVN3 codes as Latin-1 characters
 * @example
 * ```ts
 * import { encodeTcvn3 } from "baocao";
 *
 * encodeTcvn3("Báo cáo kết quả"); // "B¸o c¸o kÕt qu¶"
 * ```
 */
export function encodeTcvn3(text: string): string {
  const { tcvn3Encode } = tables();
  let out = "";
  for (const char of text.normalize("NFC")) out += tcvn3Encode.get(char) ?? char;
  return out;
}

/**
 * Converts VNI Windows text to Unicode: a base letter followed by a VNI diacritic character
 * becomes one letter (a stray lower-case mark on a capital is read too), and the
 * one-character VNI letters (ñ, ô, ö, í, ì, æ, ó, ò, î) become theirs.
 *
 * @param source - text in the VNI encoding, its codes as Latin-1 characters
 * @returns the Unicode text and its offset map
 * @example
 * ```ts
 * import { decodeVni } from "baocao";
 *
 * decodeVni("Baùo caùo keát quaû").text; // "Báo cáo kết quả"
 * ```
 */
export function decodeVni(source: string): DecodedText {
  const { vniPairs, vniSingles } = tables();
  const parts: string[] = [];
  const starts: number[] = [];
  let converted = 0;
  let i = 0;
  while (i < source.length) {
    const two = source.slice(i, i + 2);
    const pair = vniPairs.get(two) ?? lenientPair(vniPairs, two);
    starts.push(i);
    if (pair !== undefined) {
      parts.push(pair);
      converted++;
      i += 2;
      continue;
    }
    const char = source[i] ?? "";
    const single = vniSingles.get(char);
    if (single !== undefined) converted++;
    parts.push(single ?? char);
    i++;
  }
  const text = parts.join("");
  // Each part is one UTF-16 unit; map each output unit to the start of its source.
  return {
    text,
    converted,
    toSource: (o) => (o >= starts.length ? source.length : (starts[Math.max(0, o)] ?? 0)),
  };
}

/** A capital with a lower-case mark ("Aù"), and "yï" for ỵ: read as meant. */
function lenientPair(pairs: ReadonlyMap<string, string>, two: string): string | undefined {
  if (two.length !== 2) return undefined;
  const base = two[0] ?? "";
  const mark = two[1] ?? "";
  if (base === "y" && mark === "ï") return "ỵ";
  if (base === "Y" && mark === "Ï") return "Ỵ";
  if (base === base.toLowerCase()) return undefined;
  return pairs.get(base + mark.toUpperCase());
}

/**
 * Converts Unicode text to VNI Windows, the inverse of {@link decodeVni}. Characters VNI has no
 * spelling for stay as they are.
 *
 * @param text - Unicode text (NFC or NFD)
 * @returns the text in VNI, its codes as Latin-1 characters
 * @example
 * ```ts
 * import { encodeVni } from "baocao";
 *
 * encodeVni("Báo cáo kết quả"); // "Baùo caùo keát quaû"
 * ```
 */
export function encodeVni(text: string): string {
  const { vniEncode } = tables();
  let out = "";
  for (const char of text.normalize("NFC")) out += vniEncode.get(char) ?? char;
  return out;
}
