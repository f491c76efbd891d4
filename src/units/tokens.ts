import { matchKey } from "../core/text.js";

/** A piece of text the unit scanner works on. */
export interface UnitToken {
  /** Word (letters and marks), number (digits, "." grouping allowed), space or one other character. */
  readonly kind: "word" | "number" | "space" | "punct";
  /** Offset in the original text. */
  readonly start: number;
  /** Offset past the end in the original text. */
  readonly end: number;
  /** The text as written. */
  readonly text: string;
  /** Words: {@link matchKey}; numbers: the digits without grouping dots; others: the text. */
  readonly key: string;
  /** Words: starts with a capital letter. */
  readonly capitalised: boolean;
  /** Spaces: contains a line break. */
  readonly lineBreak: boolean;
}

// The tokens are those of /([0-9]+(?:\.[0-9]{3})*(?![0-9]))|([\p{L}\p{M}]+)|(\s+)|(.)/gsu, read by
// a loop over character classes: a match object per token was most of the scanner's cost.
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const SPACE = /^\s$/u;
const LETTER = 1;
const SPACE_CLASS = 2;
const OTHER = 3;
// Class of each UTF-16 unit seen so far (0: not yet seen): the Unicode tests run once per unit.
const CLASS = new Uint8Array(0x10000);

function classOf(code: number): number {
  if (code > 0xffff) return LETTER_OR_MARK.test(String.fromCodePoint(code)) ? LETTER : OTHER;
  let known = CLASS[code] ?? 0;
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = LETTER_OR_MARK.test(char) ? LETTER : SPACE.test(char) ? SPACE_CLASS : OTHER;
    CLASS[code] = known;
  }
  return known;
}

const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Options of {@link tokenizeUnits}. */
export interface TokenizeOptions {
  /** Tokenise only `[start, end)` of the text (offsets stay those of the whole text). */
  readonly range?: { readonly start: number; readonly end: number };
}

interface WordInfo {
  readonly key: string;
  readonly capitalised: boolean;
}

/**
 * Splits a text into tokens in one pass; offsets refer to the text as given (NFC or NFD).
 *
 * @param text - the text
 * @param options - `range` to tokenise a part of it only
 * @returns the tokens, covering the text (or the range) without gaps
 */
export function tokenizeUnits(text: string, options: TokenizeOptions = {}): readonly UnitToken[] {
  const tokens: UnitToken[] = [];
  const { range } = options;
  if (range === undefined) tokenizeRange(text, 0, tokens, new Map());
  else tokenizeRange(text.slice(range.start, range.end), range.start, tokens, new Map());
  return tokens;
}

interface Line {
  readonly start: number;
  readonly end: number;
  /** Holds a figure and a claim word, or a figure after a line with a claim word. */
  readonly relevant: boolean;
}

/**
 * The parts of a text a claim about units can sit on, so the claim checks tokenise those only
 * (a whole report's tokens took 20 times its size in memory). A line is relevant when it holds
 * a digit and `claimWords` (unit types, rank words) match it or the non-blank line before it;
 * each relevant line is taken with the non-blank lines either side of it, since a rank word, a
 * list of types ("… 03 xã\nvà 2 thị trấn") or a merger's "giảm từ … xuống còn …" may run over
 * one line break. Lines taken one after the other (blank lines between them included) form one
 * part, so every token a check looks at around a claim is in the claim's part.
 *
 * @param text - the text
 * @param claimWords - the words a claim needs, whole words, matched on NFC text
 * @returns the parts, in text order, each from a line start to a line end
 */
export function claimRanges(
  text: string,
  claimWords: RegExp,
): { readonly start: number; readonly end: number }[] {
  const lines: Line[] = [];
  let previousHasWords = false;
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    if (/\S/u.test(line)) {
      const hasWords = claimWords.test(nfc(line));
      lines.push({ start, end, relevant: hasDigit(line) && (hasWords || previousHasWords) });
      previousHasWords = hasWords;
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  const ranges: { start: number; end: number }[] = [];
  let taken = -1;
  lines.forEach((line, i) => {
    const take = line.relevant || lines[i - 1]?.relevant || lines[i + 1]?.relevant;
    if (!take) return;
    const last = ranges[ranges.length - 1];
    if (last && taken === i - 1) last.end = line.end;
    else ranges.push({ start: line.start, end: line.end });
    taken = i;
  });
  return ranges;
}

const nfc = (line: string): string =>
  /[\u0300-\u036f]/u.test(line) ? line.normalize("NFC") : line;

function hasDigit(line: string): boolean {
  for (let i = 0; i < line.length; i += 1) {
    if (isDigitCode(line.charCodeAt(i))) return true;
  }
  return false;
}

function tokenizeRange(
  text: string,
  offset: number,
  tokens: UnitToken[],
  words: Map<string, WordInfo>,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = offset + i;
    if (isDigitCode(text.charCodeAt(i))) {
      let j = i + 1;
      while (j < n && isDigitCode(text.charCodeAt(j))) j += 1;
      // ".353" groups thousands, unless a fourth digit follows ("1.2345" is 1 then 2345).
      while (
        text.charCodeAt(j) === 0x2e &&
        isDigitCode(text.charCodeAt(j + 1)) &&
        isDigitCode(text.charCodeAt(j + 2)) &&
        isDigitCode(text.charCodeAt(j + 3)) &&
        !isDigitCode(text.charCodeAt(j + 4))
      ) {
        j += 4;
      }
      const whole = text.slice(i, j);
      tokens.push(token("number", start, offset + j, whole, whole.replaceAll(".", "")));
      i = j;
      continue;
    }
    const code = text.codePointAt(i) ?? 0;
    const kind = classOf(code);
    let j = i + (code > 0xffff ? 2 : 1);
    if (kind === OTHER) {
      const whole = text.slice(i, j);
      tokens.push(token("punct", start, offset + j, whole, whole));
      i = j;
      continue;
    }
    while (j < n) {
      const next = text.codePointAt(j) ?? 0;
      if (isDigitCode(next) || classOf(next) !== kind) break;
      j += next > 0xffff ? 2 : 1;
    }
    const whole = text.slice(i, j);
    if (kind === SPACE_CLASS) {
      tokens.push({
        kind: "space",
        start,
        end: offset + j,
        text: whole,
        key: " ",
        capitalised: false,
        lineBreak: whole.includes("\n") || whole.includes("\r"),
      });
    } else {
      let info = words.get(whole);
      if (info === undefined) {
        const first = whole.normalize("NFC").charAt(0);
        info = { key: matchKey(whole), capitalised: first !== first.toLowerCase() };
        words.set(whole, info);
      }
      tokens.push({
        kind: "word",
        start,
        end: offset + j,
        text: whole,
        key: info.key,
        capitalised: info.capitalised,
        lineBreak: false,
      });
    }
    i = j;
  }
}

function token(
  kind: UnitToken["kind"],
  start: number,
  end: number,
  text: string,
  key: string,
): UnitToken {
  return { kind, start, end, text, key, capitalised: false, lineBreak: false };
}
