import type { RoundingOptions } from "../calculators/rounding.js";
import { lowerBound } from "../core/search.js";
import { createLineIndex, type LineIndex, type Span } from "../core/span.js";
import { matchKey } from "../core/text.js";
import type { DateScan } from "../dates/scan.js";
import type { VietnameseDate } from "../dates/shapes.js";
import type { QuantityToken } from "../quantities/token.js";
import type { ClaimFigure } from "./claim.js";
import { LEXICON } from "./lexicon.js";
import { type Passage, readPassage } from "./passage.js";
import type { PreparedText } from "./prepare.js";
import type { RelationFigure } from "./relations.js";
import type { Range, Segments, Sentence } from "./segment.js";

/** What every recogniser reads: the prepared text, its structure and its tokens, scanned once. */
export interface AuditContext {
  /** The prepared text (NFC); every offset below is into it. */
  readonly text: string;
  readonly prepared: PreparedText;
  readonly segments: Segments;
  /** Figures of running text and tables, in order, without the numbers of dates, references and headings. */
  readonly numbers: readonly QuantityToken[];
  readonly dates: DateScan;
  /** The report's own date, when found or given. */
  readonly reportDate: VietnameseDate | undefined;
  /** A span of the original text for a range of the prepared text. */
  span(start: number, end: number): Span;
  /** A claim figure for a token. */
  figure(token: QuantityToken, role: string): ClaimFigure;
  /**
   * A token as a relation reads it (what `figure` gives less role, id, unit and span: the span
   * costs a line lookup, and the recomputation never needs it).
   */
  relationFigure(token: QuantityToken): RelationFigure;
  /** The stable id of a figure (`f` and its position among the figures, from 1). */
  idOf(token: QuantityToken): string;
  /** The figure with an id, as relations read it. */
  tokenOf(id: string): QuantityToken | undefined;
  /** The figures whose numeral lies within `[start, end)`. */
  numbersIn(start: number, end: number): readonly QuantityToken[];
  /** The sentence containing an offset. */
  sentenceAt(offset: number): Sentence | undefined;
  /**
   * The passage (a sentence of running text, or a table) containing an offset, lexed once: the
   * last few are kept, so a rule that looks back a sentence does not lex it again.
   */
  passageAt(offset: number): Passage | undefined;
  /** Which roundings count as consistent or lenient (from `auditText`'s `rounding` option). */
  readonly rounding: RoundingOptions | undefined;
  /** Figures already part of a recognised claim (recognisers run in order of precedence). */
  readonly used: Set<QuantityToken>;
}

/** Builds the context from the scans (each made once over the text). */
export function createContext(input: {
  prepared: PreparedText;
  segments: Segments;
  numbers: readonly QuantityToken[];
  dates: DateScan;
  reportDate: VietnameseDate | undefined;
  rounding?: RoundingOptions | undefined;
}): AuditContext {
  const { prepared, segments, numbers } = input;
  let index: LineIndex | undefined;
  // A figure's id is its place in `numbers` (sorted by offset, one token per offset): found by
  // binary search, so no map of every figure is held for a long text.
  const indexOf = (token: QuantityToken): number => {
    const i = lowerBound(numbers, token.numberStart, (t) => t.numberStart);
    return numbers[i] === token ? i : -1;
  };
  const idOf = (token: QuantityToken): string => {
    const i = indexOf(token);
    return i < 0 ? "f0" : `f${i + 1}`;
  };
  const ID = /^f([1-9]\d*)$/;
  // A figure as written ends after its '%' when it has one.
  const figureEnd = (token: QuantityToken) => (token.percent ? token.end : token.numberEnd);
  const relationFigure = (token: QuantityToken): RelationFigure => ({
    text: prepared.text.slice(token.numberStart, figureEnd(token)),
    value: token.value.toFixed(),
    decimals: token.decimals,
    ...(token.qualifier ? { qualifier: token.qualifier.kind } : {}),
  });
  const span = (start: number, end: number): Span => {
    index ??= createLineIndex(prepared.original);
    return index.span(prepared.toOriginal(start), prepared.toOriginal(end));
  };
  const sentenceAt = (offset: number): Sentence | undefined => {
    const i = lowerBound(segments.sentences, offset + 1, (s) => s.start) - 1;
    const sentence = segments.sentences[i];
    return sentence && offset < sentence.end ? sentence : undefined;
  };
  const recent: Passage[] = [];
  return {
    ...input,
    used: new Set(),
    rounding: input.rounding,
    text: prepared.text,
    span,
    idOf,
    tokenOf: (id) => {
      const m = ID.exec(id);
      return m ? numbers[Number(m[1]) - 1] : undefined;
    },
    relationFigure,
    figure: (token, role) => {
      const { text, value, decimals, qualifier } = relationFigure(token);
      return {
        id: idOf(token),
        role,
        text,
        value,
        decimals,
        percent: token.percent,
        ...(token.unit ? { unit: token.unit.canonical } : {}),
        ...(qualifier ? { qualifier } : {}),
        span: span(token.numberStart, figureEnd(token)),
      };
    },
    numbersIn: (start, end) =>
      numbers.slice(
        lowerBound(numbers, start, (t) => t.numberStart),
        lowerBound(numbers, end, (t) => t.numberStart),
      ),
    sentenceAt,
    passageAt: (offset) => {
      const sentence = sentenceAt(offset);
      const index = lowerBound(segments.tables, offset + 1, (t) => t.start) - 1;
      const table = sentence ? undefined : segments.tables[index];
      const range = sentence
        ? {
            start: sentence.start,
            end: sentence.end,
            kind: "sentence" as const,
            group: sentence.paragraph,
          }
        : table && offset < table.end
          ? { start: table.start, end: table.end, kind: "table" as const, group: index }
          : undefined;
      if (!range) return undefined;
      const known = recent.find((p) => p.start === range.start && p.kind === range.kind);
      if (known) return known;
      const passage = readPassage(prepared.text, range);
      recent.push(passage);
      if (recent.length > RECENT) recent.shift();
      return passage;
    },
  };
}

// Passages kept lexed: the current one and those a rule may look back to.
const RECENT = 4;

/**
 * Drops the figures that are not figures of the report: numbers inside dates, periods and
 * document references, and the numbering of headings ("1.", "4.2.", "a)").
 *
 * @param numbers - every number the scanner found, in order
 * @param taken - ranges claimed by other scanners (dates, references), in any order
 * @param text - the prepared text
 * @returns the figures left
 */
export function keepFigures(
  numbers: readonly QuantityToken[],
  taken: readonly Range[],
  text: string,
): QuantityToken[] {
  const sorted = [...taken].sort((a, b) => a.start - b.start);
  const out: QuantityToken[] = [];
  let j = 0;
  let reach = -1;
  for (const token of numbers) {
    while (j < sorted.length && (sorted[j]?.start ?? 0) <= token.numberStart) {
      reach = Math.max(reach, sorted[j]?.end ?? 0);
      j++;
    }
    if (token.numberStart < reach) continue;
    const next = sorted[j];
    if (next && next.start < token.numberEnd) continue;
    if (isNumbering(text, token) || namesAThing(text, token)) continue;
    out.push(token);
  }
  return out;
}

const NAME_WORDS = new Set(LEXICON["name-number"].map(matchKey));
const WEAK_NAME_WORDS = new Set(LEXICON["name-number-weak"].map(matchKey));

/**
 * Whether a small number names a thing ("mức độ 3", "Quý 2", "Chỉ tiêu 1:"): it follows a word
 * of the lexicon's `name-number` role on its line and has no unit of its own.
 */
function namesAThing(text: string, token: QuantityToken): boolean {
  if (token.unit || token.lead || token.qualifier || token.raw.length > 3) return false;
  const words: string[] = [];
  let i = token.numberStart;
  for (let n = 0; n < 2; n++) {
    let end = i;
    while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
    let start = end;
    while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
    if (start === end) break;
    words.unshift(text.slice(start, end));
    i = start;
  }
  const one = words.length > 0 ? matchKey(words[words.length - 1] as string) : "";
  const two = words.length === 2 ? matchKey(words.join(" ")) : "";
  if (NAME_WORDS.has(one) || NAME_WORDS.has(two)) return true;
  if (!WEAK_NAME_WORDS.has(one) && !WEAK_NAME_WORDS.has(two)) return false;
  // "thanh loại 375 đối tượng" counts: a name is followed by a mark, or by a word that names
  // nothing ("mức độ 3 và …", "Quý 2 năm 2024"), never by what it counts.
  let j = token.end;
  while (text[j] === " " || text[j] === "\t") j++;
  let k = j;
  while (k < text.length && isLetter(text.charCodeAt(k))) k++;
  return k === j || AFTER_NAME.has(matchKey(text.slice(j, k)));
}

const AFTER_NAME = new Set(
  [...LEXICON.function, ...LEXICON.clause, ...LEXICON.link, "năm", "tháng", "gồm", "trong"].map(
    matchKey,
  ),
);

const isLetter = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code >= 0xc0;

function isNumbering(text: string, token: QuantityToken): boolean {
  let i = token.numberStart - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  if (i >= 0 && text[i] !== "\n") return false;
  return /^[.)](?:\d+\.)*\s/.test(text.slice(token.numberEnd, token.numberEnd + 12));
}
