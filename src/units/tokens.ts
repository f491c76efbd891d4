import { isDigitCode, isSpaceCode, type LexOptions, lex, type Token } from "../text/lexer.js";

/** A token the unit scanner reads: the project's one lexer's (see {@link lex}). */
export type UnitToken = Token;
/** Options of {@link tokenizeUnits}. */
export type TokenizeOptions = LexOptions;
/** The lexer, under the name the unit scanner has always used. */
export const tokenizeUnits = lex;

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
    if (!isSpaceCode(code)) return false;
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
