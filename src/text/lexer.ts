import { matchKey } from "../core/text.js";

// The one lexer of the project: every reader of report text (the claim rules of the auditor, the
// unit checks) reads the tokens it makes, never the raw characters between them.

/** A token of text: a word, a number, a run of spaces or one other character. */
export interface Token {
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

/** True for an ASCII digit. */
export const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** True for a UTF-16 unit of white space (line breaks included). */
export const isSpaceCode = (code: number): boolean =>
  (CLASS[code] || classOf(code)) === SPACE_CLASS;

/** Options of {@link lex}. */
export interface LexOptions {
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
export function lex(text: string, options: LexOptions = {}): readonly Token[] {
  const tokens: Token[] = [];
  const { range } = options;
  const from = range === undefined ? 0 : Math.max(0, Math.min(range.start, text.length));
  const to = range === undefined ? text.length : Math.max(from, Math.min(range.end, text.length));
  tokenizeRange(text, from, to, tokens);
  return tokens;
}

/** What a word's key and capital letter are: the same for every occurrence, so kept. */
const WORD_INFO = new Map<string, WordInfo>();
// Distinct words a run of reports holds stay well below this; the cache starts over past it.
const WORD_INFO_MAX = 50_000;

function wordInfo(whole: string): WordInfo {
  let info = WORD_INFO.get(whole);
  if (info === undefined) {
    const first = whole.normalize("NFC").charAt(0);
    info = { key: matchKey(whole), capitalised: first !== first.toLowerCase() };
    if (WORD_INFO.size >= WORD_INFO_MAX) WORD_INFO.clear();
    WORD_INFO.set(whole, info);
  }
  return info;
}

/** Code point at `i` of `text`, a surrogate pair read only when it lies before `to`. */
function codeAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= to) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : c;
}

/** Tokens of `text[from, to)`, offsets in `text`. */
function tokenizeRange(text: string, from: number, to: number, tokens: Token[]): void {
  const digitAt = (j: number): boolean => j < to && isDigitCode(text.charCodeAt(j));
  let i = from;
  while (i < to) {
    const start = i;
    const first = text.charCodeAt(i);
    if (isDigitCode(first)) {
      let j = i + 1;
      while (digitAt(j)) j += 1;
      const digitsEnd = j;
      // ".353" groups thousands, unless a fourth digit follows ("1.2345" is 1 then 2345).
      while (
        j < to &&
        text.charCodeAt(j) === 0x2e &&
        digitAt(j + 1) &&
        digitAt(j + 2) &&
        digitAt(j + 3) &&
        !digitAt(j + 4)
      ) {
        j += 4;
      }
      const whole = text.slice(i, j);
      tokens.push(
        token("number", start, j, whole, j === digitsEnd ? whole : whole.replaceAll(".", "")),
      );
      i = j;
      continue;
    }
    const code = codeAt(text, i, to);
    const kind = classOf(code);
    let j = i + (code > 0xffff ? 2 : 1);
    if (kind === OTHER) {
      const whole = text.slice(i, j);
      tokens.push(token("punct", start, j, whole, whole));
      i = j;
      continue;
    }
    let lineBreak = first === 0x0a || first === 0x0d;
    while (j < to) {
      const next = text.charCodeAt(j);
      if (next < 0xd800 || next > 0xdbff) {
        // Digits are of neither class: they end a word or a space.
        if ((CLASS[next] || classOf(next)) !== kind) break;
        if (next === 0x0a || next === 0x0d) lineBreak = true;
        j += 1;
      } else {
        const wide = codeAt(text, j, to);
        if (classOf(wide) !== kind) break;
        j += wide > 0xffff ? 2 : 1;
      }
    }
    const whole = text.slice(i, j);
    if (kind === SPACE_CLASS) {
      tokens.push({
        kind: "space",
        start,
        end: j,
        text: whole,
        key: " ",
        capitalised: false,
        lineBreak,
      });
    } else {
      const info = wordInfo(whole);
      tokens.push({
        kind: "word",
        start,
        end: j,
        text: whole,
        key: info.key,
        capitalised: info.capitalised,
        lineBreak: false,
      });
    }
    i = j;
  }
}

function token(kind: Token["kind"], start: number, end: number, text: string, key: string): Token {
  return { kind, start, end, text, key, capitalised: false, lineBreak: false };
}
