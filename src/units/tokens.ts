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
  const from = range === undefined ? 0 : Math.max(0, Math.min(range.start, text.length));
  const to = range === undefined ? text.length : Math.max(from, Math.min(range.end, text.length));
  tokenizeRange(text, from, to, tokens);
  return tokens;
}

interface Line {
  readonly start: number;
  readonly end: number;
  /** Holds a figure a claim can be about (see {@link ClaimLines}). */
  readonly relevant: boolean;
  /** Holds one of the `near` words. */
  readonly near: boolean;
  /** Holds one of the `onward` words. */
  readonly onward: boolean;
}

/** What makes a line worth reading for the claims about units (see {@link claimRanges}). */
export interface ClaimLines {
  /** A figure with a unit type after it on the line: "12 xã", "14/14 xã, thị trấn". */
  readonly figures: (line: string) => boolean;
  /**
   * Words a claim may have on the figure's line or the non-blank line before it, whose claim may
   * look at the next line too: "thứ", "hạng" ("xếp thứ\n24/63", "24/63\ntỉnh").
   */
  readonly near: (line: string) => boolean;
  /** Words after which a claim goes on over the next line: "thành" (a merger's "giảm từ …"). */
  readonly onward: (line: string) => boolean;
}

/**
 * The parts of a text a claim about units can sit on, so the claim checks tokenise those only.
 * A line is relevant when it holds a digit and either `figures` matches it (a count or a
 * coverage figure: only such a line yields one) or `near` matches it or the non-blank line
 * before it (a rank, "xếp thứ\n24/63"). A relevant line is taken with the non-blank line
 * before it when that line has a `near` word (a rank word before a figure at the line's start),
 * and with the non-blank line after it when it or the line before has a `near` word (what
 * follows a rank) or it has an `onward` word (a merger's "giảm từ … xuống còn …" in the next
 * sentence). Lines taken one after the other (blank lines between them included) form one
 * part, so every token a check looks at around a claim is in the claim's part. A line taken
 * also takes the lines that go on from it (starting with a small letter: "12 xã\nvà thị trấn",
 * a list of unit types run over the break). No other line can change a finding: a line without
 * such a figure yields no mention that counts, and a mention that crosses a line break goes on
 * with a small letter.
 *
 * @param text - the text
 * @param claimLines - the tests a relevant line passes, on NFC text
 * @returns the parts, in text order, each from a line start to a line end
 */
export function claimRanges(
  text: string,
  claimLines: ClaimLines,
): { readonly start: number; readonly end: number }[] {
  const lines: Line[] = [];
  let previousNear = false;
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    if (!blank(text, start, end)) {
      const form = nfc(text.slice(start, end));
      const near = claimLines.near(form);
      const digit = hasDigit(text, start, end);
      const relevant = digit && (near || previousNear || claimLines.figures(form));
      const onward = relevant && claimLines.onward(form);
      lines.push({ start, end, relevant, near, onward });
      previousNear = near;
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  const ranges: { start: number; end: number }[] = [];
  let taken = -1;
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    const previous = lines[i - 1];
    const take =
      line.relevant ||
      (line.near && next?.relevant === true) ||
      (previous?.relevant === true &&
        (previous.near || previous.onward || lines[i - 2]?.near === true)) ||
      // A line that goes on from a line taken ("12 xã\nvà thị trấn", "đơn vị hành chính\ncấp
      // xã"): a list of unit types may run over the break.
      (taken === i - 1 && startsLowerCase(text, line.start, line.end));
    if (!take) return;
    const last = ranges[ranges.length - 1];
    if (last && taken === i - 1) last.end = line.end;
    else ranges.push({ start: line.start, end: line.end });
    taken = i;
  });
  return ranges;
}

/** Whether the first character of `text[start, end)` that is not white space is a small letter. */
function startsLowerCase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const c = text[i] ?? "";
    if (c.trim() === "") continue;
    return c !== c.toUpperCase() && c === c.toLowerCase();
  }
  return false;
}

/** Whether `text[start, end)` is white space only (a blank line). */
function blank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if ((CLASS[code] || classOf(code)) !== SPACE_CLASS) return false;
  }
  return true;
}

const nfc = (line: string): string =>
  /[\u0300-\u036f]/u.test(line) ? line.normalize("NFC") : line;

function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    if (isDigitCode(text.charCodeAt(i))) return true;
  }
  return false;
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
function tokenizeRange(text: string, from: number, to: number, tokens: UnitToken[]): void {
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

function token(
  kind: UnitToken["kind"],
  start: number,
  end: number,
  text: string,
  key: string,
): UnitToken {
  return { kind, start, end, text, key, capitalised: false, lineBreak: false };
}
