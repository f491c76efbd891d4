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
  /**
   * Tokenise only the lines a claim about units can sit on: lines with a digit where this
   * pattern (the words such a claim needs: unit types, rank words) matches the line or the
   * non-blank line before it (a merger's "giảm từ … xuống còn …" may follow on the next line).
   * Each run of other lines becomes one space token with a line break. Nothing joins across a
   * line break, so the claim checks see the same mentions and sentence neighbours for far fewer
   * tokens.
   */
  readonly claimLines?: RegExp;
}

interface WordInfo {
  readonly key: string;
  readonly capitalised: boolean;
}

/**
 * Splits a text into tokens in one pass; offsets refer to the text as given (NFC or NFD).
 *
 * @param text - the text
 * @param options - `claimLines` to skip the lines no claim can sit on
 * @returns the tokens, covering the text without gaps
 */
export function tokenizeUnits(text: string, options: TokenizeOptions = {}): readonly UnitToken[] {
  const tokens: UnitToken[] = [];
  const words = new Map<string, WordInfo>();
  const claimLines = options.claimLines;
  if (claimLines === undefined) {
    tokenizeRange(text, 0, tokens, words);
    return tokens;
  }
  let gapStart = 0;
  let at = 0;
  while (at < text.length) {
    const digit = nextDigit(text, at);
    if (digit === -1) break;
    const lineStart = text.lastIndexOf("\n", digit - 1) + 1;
    const newline = text.indexOf("\n", digit);
    const lineEnd = newline === -1 ? text.length : newline;
    at = lineEnd;
    const line = text.slice(lineStart, lineEnd);
    if (!claimLines.test(nfc(line)) && !claimLines.test(nfc(lineBefore(text, lineStart)))) continue;
    if (lineStart > gapStart) tokens.push(gapToken(text, gapStart, lineStart));
    tokenizeRange(line, lineStart, tokens, words);
    gapStart = lineEnd;
  }
  if (gapStart < text.length) tokens.push(gapToken(text, gapStart, text.length));
  return tokens;
}

const nfc = (line: string): string =>
  /[\u0300-\u036f]/u.test(line) ? line.normalize("NFC") : line;

/** The last line before `lineStart` that is not blank, or "". */
function lineBefore(text: string, lineStart: number): string {
  let end = lineStart - 1;
  while (end > 0 && /\s/u.test(text[end - 1] ?? "")) end -= 1;
  if (end <= 0) return "";
  return text.slice(text.lastIndexOf("\n", end - 1) + 1, end);
}

function nextDigit(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return i;
  }
  return -1;
}

/** Lines skipped whole: one space token that breaks the line, as their line breaks did. */
function gapToken(text: string, start: number, end: number): UnitToken {
  const raw = text.slice(start, end);
  return {
    kind: "space",
    start,
    end,
    text: raw,
    key: " ",
    capitalised: false,
    lineBreak: /[\n\r]/u.test(raw),
  };
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
