// What surrounds a numeral: lead verb and qualifier before it; percent sign, magnitude and unit
// after it. Shared by findNumbers and parseQuantity so a figure reads the same in both.
import { Decimal } from "../core/decimal.js";
import {
  indexWords,
  isWordAt,
  isWordCharAt,
  matchBackward,
  matchForward,
  type WordMatch,
} from "./match.js";
import type { NumeralValue } from "./numeral.js";
import { isInlineSpace } from "./numeral.js";
import type {
  QuantityToken,
  TokenLead,
  TokenMagnitude,
  TokenQualifier,
  TokenUnit,
} from "./token.js";
import {
  LEAD_WORDS,
  type LeadWord,
  MAGNITUDE_WORDS,
  type MagnitudeWord,
  QUALIFIER_WORDS,
  type QualifierWord,
  UNIT_WORDS,
  type UnitWord,
} from "./words.js";

const QUALIFIERS = indexWords<QualifierWord>(QUALIFIER_WORDS, "backward");
const LEADS = indexWords<LeadWord>(LEAD_WORDS, "backward");
const MAGNITUDES = indexWords<MagnitudeWord>(MAGNITUDE_WORDS, "forward");
const UNITS = indexWords<UnitWord>(UNIT_WORDS, "forward");

// Qualifiers may sit on the previous line in hard-wrapped text; a few spaces is all we look past.
const MAX_GAP = 8;

const isGapSpace = (code: number): boolean =>
  isInlineSpace(code) || code === 0x09 || code === 0x0a || code === 0x0d;

function skipSpacesBack(text: string, at: number, min: number): number {
  let p = at;
  while (p > min && at - p < MAX_GAP && isGapSpace(text.charCodeAt(p - 1))) p--;
  return p;
}

function skipSpaces(text: string, at: number): number {
  let p = at;
  while (p - at < MAX_GAP && isInlineSpace(text.charCodeAt(p))) p++;
  return p;
}

const SIGNS = new Set(["-", "+", "\u2212"]);

/**
 * The offset of a sign written right before the digit at `digit`, or `digit` when there is none.
 * A '-' after a number or '%' ("2016-2020", "20% -30%") is a range dash, not a sign.
 */
export function signStart(text: string, digit: number): number {
  const sign = digit - 1;
  if (!SIGNS.has(text[sign] ?? "")) return digit;
  if (isWordCharAt(text, sign - 1) || text[sign - 1] === "." || text[sign - 1] === ",") {
    return digit;
  }
  let p = sign;
  while (p > 0 && isInlineSpace(text.charCodeAt(p - 1))) p--;
  const before = text[p - 1];
  if (before !== undefined && (/[0-9%]/.test(before) || before === "/")) return digit;
  return sign;
}

/** The lead verb and qualifier ending right before `numberStart`, not reaching before `min`. */
export function readHead(
  text: string,
  numberStart: number,
  min: number,
): { qualifier?: TokenQualifier; lead?: TokenLead } {
  const head: { qualifier?: TokenQualifier; lead?: TokenLead } = {};
  let at = numberStart;
  const q = matchBackward(text, skipSpacesBack(text, at, min), min, QUALIFIERS);
  if (q !== undefined) {
    head.qualifier = { kind: q.entry.kind, ...located(text, q) };
    at = q.start;
  }
  const l = matchBackward(text, skipSpacesBack(text, at, min), min, LEADS);
  if (l !== undefined) head.lead = { kind: l.entry.kind, ...located(text, l) };
  return head;
}

const located = (
  text: string,
  m: WordMatch<unknown>,
): { text: string; start: number; end: number } => ({
  text: text.slice(m.start, m.end),
  start: m.start,
  end: m.end,
});

/** What follows a numeral: '%', or a magnitude and/or a unit. */
export interface Tail {
  readonly percent: boolean;
  readonly unit?: TokenUnit;
  readonly magnitude?: TokenMagnitude;
  readonly end: number;
}

/** Where a percent sign follows the numeral ending at `numberEnd`, or -1. */
export function percentSignAt(text: string, numberEnd: number): number {
  const p = skipSpaces(text, numberEnd);
  return text[p] === "%" ? p : -1;
}

/**
 * Reads the percent sign, magnitude words and unit after a numeral ending at `numberEnd`. With
 * no space after the digits only a glued unit ("5ha", "500đ") or '%' is read.
 */
export function readTail(text: string, numberEnd: number): Tail {
  const sign = percentSignAt(text, numberEnd);
  if (sign !== -1) {
    const unit: TokenUnit = {
      text: "%",
      canonical: "%",
      kind: "percent",
      start: sign,
      end: sign + 1,
    };
    return { percent: true, unit, end: sign + 1 };
  }
  if (isWordCharAt(text, numberEnd)) {
    const glued = matchForward(text, numberEnd, UNITS, (u) => u.glued === true);
    return glued === undefined
      ? { percent: false, end: numberEnd }
      : { percent: false, unit: toUnit(text, glued), end: glued.end };
  }
  const mags: WordMatch<MagnitudeWord>[] = [];
  let at = skipSpaces(text, numberEnd);
  let unit: WordMatch<UnitWord> | undefined;
  while (mags.length < 2 && unit === undefined) {
    const money = matchMoneyAbbreviation(text, at);
    if (money !== undefined) {
      mags.push(money.magnitude);
      unit = money.unit;
      break;
    }
    const mag = matchForward(text, at, MAGNITUDES, (m) => m.moneyOnly !== true);
    if (mag === undefined || partOfAnotherWord(text, mag)) break;
    mags.push(mag);
    at = skipSpaces(text, mag.end);
  }
  unit ??= matchForward(text, at, UNITS, (u) => u.kind !== "percent");
  const magnitude = toMagnitude(text, mags);
  const end = unit?.end ?? magnitude?.end ?? numberEnd;
  return {
    percent: false,
    end,
    ...(unit === undefined ? {} : { unit: toUnit(text, unit) }),
    ...(magnitude === undefined ? {} : { magnitude }),
  };
}

// "tr.đ", "tr đồng", "trđ": "tr" is triệu only when a money unit follows it at once.
function matchMoneyAbbreviation(
  text: string,
  at: number,
): { magnitude: WordMatch<MagnitudeWord>; unit: WordMatch<UnitWord> } | undefined {
  for (const entry of MAGNITUDE_WORDS) {
    if (entry.moneyOnly !== true) continue;
    const end = at + entry.text.length;
    if (text.slice(at, end).toLowerCase() !== entry.text) continue;
    const unit = matchForward(text, skipSpaces(text, end), UNITS, (u) => u.kind === "money");
    if (unit !== undefined) return { magnitude: { entry, start: at, end }, unit };
  }
  return undefined;
}

function partOfAnotherWord(text: string, mag: WordMatch<MagnitudeWord>): boolean {
  const next = skipSpaces(text, mag.end);
  return (mag.entry.notBefore ?? []).some((word) => isWordAt(text, next, word));
}

const toUnit = (text: string, m: WordMatch<UnitWord>): TokenUnit => ({
  text: text.slice(m.start, m.end),
  canonical: m.entry.canonical,
  kind: m.entry.kind,
  start: m.start,
  end: m.end,
});

function toMagnitude(
  text: string,
  mags: readonly WordMatch<MagnitudeWord>[],
): TokenMagnitude | undefined {
  const first = mags[0];
  const last = mags.at(-1);
  if (first === undefined || last === undefined) return undefined;
  const exponent = mags.reduce((sum, m) => sum + m.entry.exponent, 0);
  return {
    word: text.slice(first.start, last.end),
    canonical: mags.map((m) => m.entry.canonical).join(" "),
    factor: new Decimal(`1e${exponent}`),
    start: first.start,
    end: last.end,
  };
}

/** Puts a token together; `value` is the numeral times the magnitude, computed exactly. */
export function assembleToken(
  text: string,
  numberStart: number,
  numberEnd: number,
  numeral: NumeralValue,
  head: { qualifier?: TokenQualifier; lead?: TokenLead },
  tail: Tail,
): QuantityToken {
  const exponent = tail.magnitude?.factor.e ?? 0;
  const value =
    exponent === 0 ? numeral.value : new Decimal(`${numeral.value.toFixed()}e${exponent}`);
  return {
    start: head.lead?.start ?? head.qualifier?.start ?? numberStart,
    end: tail.end,
    numberStart,
    numberEnd,
    raw: text.slice(numberStart, numberEnd),
    numeral: numeral.value,
    value,
    decimals: numeral.decimals,
    leadingZero: numeral.leadingZero,
    percent: tail.percent,
    ...(tail.unit === undefined ? {} : { unit: tail.unit }),
    ...(tail.magnitude === undefined ? {} : { magnitude: tail.magnitude }),
    ...(head.qualifier === undefined ? {} : { qualifier: head.qualifier }),
    ...(head.lead === undefined ? {} : { lead: head.lead }),
    ...(numeral.ambiguity === undefined ? {} : { ambiguity: numeral.ambiguity }),
  };
}
