import { Decimal } from "../core/decimal.js";
import { isWordCharAt } from "./match.js";
import { interpretFigure, isDigit, isInlineSpace, type NumeralValue, readRun } from "./numeral.js";
import { assembleToken, percentSignAt, readHead, readTail, signStart, type Tail } from "./parts.js";
import type { QuantityToken } from "./token.js";

/**
 * Finds every figure in a text in one left-to-right pass and returns them as tokens with exact
 * UTF-16 offsets into the original string (NFC or NFD, CRLF, BOM and no-break spaces are read as
 * they are; nothing is normalised first).
 *
 * What is a figure: a Vietnamese numeral ("1.353", "66,7", "02", "4.300.214", "10 000" with
 * no-break spaces), with an optional sign, '%', magnitude ("vạn", "tỷ", "tr." in "tr.đ"), unit
 * ("lượt người", "TTHC", "ha"), qualifier ("trên", "khoảng") and lead verb ("đạt", "chiếm").
 * What is not: digits glued to letters ("QH14", "30c", the "2" of "m2"), and runs that are not
 * valid Vietnamese numerals in running text ("1.2." or "4.2" section numbers, "1,234.5"). Each
 * number of a date or reference ("14/7/2015", "04/2015/NĐ-CP") is its own token: the auditor
 * removes them with the dates and references scanners. A '.' ending a sentence ends the numeral
 * ("… 1.353." is 1353). "66.7%" is read as 66.7 with a `NUMBER_DOT_DECIMAL` ambiguity, and
 * "6.858,208" as 6858.208 with a `NUMBER_AMBIGUOUS` ambiguity listing both readings. An amount
 * written in descending magnitudes ("2.046 tỷ 318 triệu 705 nghìn đồng") is one figure, its
 * numeral in the first magnitude (2046,318705 tỷ).
 *
 * Never throws; linear in the length of the text.
 *
 * @param text - any text
 * @returns the figures in order of position
 * @example
 * ```ts
 * import { findNumbers } from "baocao";
 *
 * const [count, share] = findNumbers("Toàn xã có 1.250 hộ, hộ nghèo chiếm trên 4,8%.");
 * count?.value.toString(); // "1250"
 * count?.unit?.canonical; // "hộ"
 * share?.percent; // true
 * share?.qualifier?.kind; // "over"
 * share?.lead?.kind; // "accounts-for"
 * ```
 */
export function findNumbers(text: string): QuantityToken[] {
  const tokens: QuantityToken[] = [];
  if (typeof text !== "string") return tokens;
  let prevEnd = 0;
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    if (isWordCharAt(text, i - 1)) {
      i = skipWord(text, i);
      continue;
    }
    const run = readRun(text, i);
    const tail = readTail(text, run.end);
    if (isWordCharAt(text, run.end) && tail.unit === undefined) {
      i = skipWord(text, run.end);
      continue;
    }
    const numberStart = Math.max(signStart(text, i), prevEnd);
    const percent = percentSignAt(text, run.end) !== -1;
    const reading = interpretFigure(
      text,
      run,
      numberStart < i && text[numberStart] !== "+",
      percent,
    );
    if (!reading.ok) {
      i = run.end;
      continue;
    }
    const head = readHead(text, numberStart, prevEnd);
    const compound = percent ? undefined : readCompound(text, reading.numeral, tail);
    const token = compound
      ? assembleToken(text, numberStart, compound.numberEnd, compound.numeral, head, compound.tail)
      : assembleToken(text, numberStart, run.end, reading.numeral, head, tail);
    tokens.push(token);
    prevEnd = token.end;
    i = token.end;
  }
  return tokens;
}

// The pieces after the first of an amount in magnitudes have at most three digits ("473 triệu").
const MAX_PIECE_DIGITS = 3;

/**
 * The rest of an amount written in descending magnitudes after its first piece ("2.046 tỷ" then
 * "318 triệu 705 nghìn đồng"): each piece a whole number under a thousand with a smaller
 * magnitude than the one before, separated by spaces only. Undefined when no piece follows.
 */
function readCompound(
  text: string,
  first: NumeralValue,
  tail: Tail,
): { numeral: NumeralValue; tail: Tail; numberEnd: number } | undefined {
  const magnitude = tail.magnitude;
  if (!magnitude || tail.unit || first.ambiguity) return undefined;
  let factor = magnitude.factor;
  let numeral = first.value;
  let last = tail;
  let numberEnd = -1;
  for (;;) {
    let at = last.end;
    while (isInlineSpace(text.charCodeAt(at))) at++;
    if (at === last.end || !isDigit(text.charCodeAt(at))) break;
    const run = readRun(text, at);
    if (run.seps.length > 0 || run.end - run.start > MAX_PIECE_DIGITS) break;
    if (isWordCharAt(text, run.end)) break;
    const next = readTail(text, run.end);
    const nextFactor = next.magnitude?.factor;
    if (!nextFactor || next.percent || !nextFactor.lt(factor)) break;
    numeral = numeral.plus(
      new Decimal(text.slice(run.start, run.end)).times(nextFactor).dividedBy(magnitude.factor),
    );
    factor = nextFactor;
    numberEnd = run.end;
    last = next;
    if (next.unit) break;
  }
  if (numberEnd === -1) return undefined;
  return {
    // Written to the unit of its last piece: "2 tỷ 500 triệu" is 2,500 tỷ, three decimals.
    numeral: {
      value: numeral,
      decimals: magnitude.factor.e - factor.e,
      leadingZero: first.leadingZero,
    },
    tail: {
      percent: false,
      end: last.end,
      magnitude,
      ...(last.unit === undefined ? {} : { unit: last.unit }),
    },
    numberEnd,
  };
}

// Letters and digits glued together ("QH14", "30c", "2020a") are a code, not a figure.
function skipWord(text: string, from: number): number {
  let i = from;
  while (isWordCharAt(text, i)) i++;
  return Math.max(i, from + 1);
}
