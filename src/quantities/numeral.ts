// The numeral grammar shared by the parsers and the scanner, so the two can never disagree.
// A "run" is digits joined by '.', ',' or a no-break space; interpretNumeral decides what it means.
import { Decimal } from "../core/decimal.js";
import type { Ambiguity, QuantityCode } from "./codes.js";
import { clip, quote } from "./input.js";

const DOT = 0x2e;
const COMMA = 0x2c;

/** Digits 0–9 only: other scripts' digits and superscripts are never part of a figure. */
export const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Spaces that may separate a number from its unit (never a tab or a line break). */
export const isInlineSpace = (code: number): boolean =>
  code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2009;

// No-break and thin spaces are used as thousands separators by word processors ("10 000").
const isGroupSpace = (code: number): boolean => code === 0xa0 || code === 0x202f || code === 0x2009;

/** Where a run of digits and separators lies: group i is `[starts[i], ends[i])`. */
export interface NumeralRun {
  readonly start: number;
  readonly end: number;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Separator char codes; `seps[i]` stands between group i and group i + 1. */
  readonly seps: readonly number[];
}

/**
 * Reads the longest run of digit groups from `at` (a digit). '.' and ',' join groups when a digit
 * follows; a no-break space joins only a following group of exactly three digits in the integer
 * part, so "5 000" joins but "12 34" does not. Linear in the run's length.
 */
export function readRun(text: string, at: number): NumeralRun {
  const starts = [at];
  const ends: number[] = [];
  const seps: number[] = [];
  let i = at;
  let comma = false;
  for (;;) {
    while (isDigit(text.charCodeAt(i))) i++;
    ends.push(i);
    const c = text.charCodeAt(i);
    const joinsMark = (c === DOT || c === COMMA) && isDigit(text.charCodeAt(i + 1));
    const joinsSpace =
      isGroupSpace(c) && !comma && i - (starts.at(-1) ?? i) <= 3 && isThreeDigitGroup(text, i + 1);
    if (!joinsMark && !joinsSpace) break;
    if (c === COMMA) comma = true;
    seps.push(c);
    i++;
    starts.push(i);
  }
  return { start: at, end: i, starts, ends, seps };
}

const isThreeDigitGroup = (text: string, at: number): boolean =>
  isDigit(text.charCodeAt(at)) &&
  isDigit(text.charCodeAt(at + 1)) &&
  isDigit(text.charCodeAt(at + 2)) &&
  !isDigit(text.charCodeAt(at + 3));

/** A numeral's meaning: exact value, decimals as written, leading zero, and any ambiguity. */
export interface NumeralValue {
  readonly value: Decimal;
  readonly decimals: number;
  readonly leadingZero: boolean;
  readonly ambiguity?: Ambiguity;
}

/** Why a run is not a Vietnamese numeral, located in the text. */
export interface NumeralProblem {
  readonly code: QuantityCode;
  readonly message: string;
  readonly offset: number;
  readonly end: number;
}

/** Either the numeral's meaning or the problem with it. */
export type Interpretation =
  | { readonly ok: true; readonly numeral: NumeralValue }
  | { readonly ok: false; readonly problem: NumeralProblem };

const problem = (
  code: QuantityCode,
  message: string,
  offset: number,
  end: number,
): Interpretation => ({ ok: false, problem: { code, message, offset, end } });

/**
 * Interprets a run as a Vietnamese numeral, or, when `percent` (a '%' follows), as the figure of
 * a percentage (see {@link interpretPercentNumeral}). `negative` applies a sign read before it.
 */
export function interpretFigure(
  text: string,
  run: NumeralRun,
  negative: boolean,
  percent: boolean,
): Interpretation {
  return percent
    ? interpretPercentNumeral(text, run, negative)
    : interpretNumeral(text, run, negative);
}

/**
 * Interprets a run followed by '%'. One dot between two groups is read as Vietnamese would
 * ("1.500%" is 1500, flagged: the dot may be a decimal dot) unless the groups cannot be
 * thousands ("66.7%"), when the dot is read as a decimal mark, flagged. Apart from
 * {@link interpretNumeral} so that a program that only parses numbers does not carry it.
 */
export function interpretPercentNumeral(
  text: string,
  run: NumeralRun,
  negative: boolean,
): Interpretation {
  const reading = interpretNumeral(text, run, negative);
  if (run.seps.length !== 1 || run.seps[0] !== DOT) return reading;
  const written = text.slice(run.start, run.end);
  if (reading.ok) {
    const { value } = reading.numeral;
    const dotted = signed(negative, written);
    const ambiguity: Ambiguity = {
      code: "NUMBER_AMBIGUOUS",
      readings: [value, dotted],
      reason: `${quote(`${written}%`)} reads ${clip(value.toFixed())}% in Vietnamese style, but may be ${clip(dotted.toFixed())}% with '.' typed as the decimal mark.`,
    };
    return { ok: true, numeral: { ...reading.numeral, ambiguity } };
  }
  // One dot and groups that cannot be thousands: the only way such a run fails.
  const whole = text.slice(run.starts[0] ?? 0, run.ends[0] ?? 0);
  const fraction = text.slice(run.starts[1] ?? 0, run.ends[1] ?? 0);
  const value = signed(negative, `${whole}.${fraction}`);
  return {
    ok: true,
    numeral: {
      value,
      decimals: fraction.length,
      leadingZero: hasLeadingZero(whole),
      ambiguity: {
        code: "NUMBER_DOT_DECIMAL",
        readings: [value],
        reason: `${quote(written)} uses '.' as the decimal mark; Vietnamese writes ${clip(`${whole},${fraction}`)}. Read as the decimal ${clip(value.toFixed())}.`,
      },
    },
  };
}

/** Interprets a run as a Vietnamese numeral. `negative` applies a sign read before it. */
export function interpretNumeral(text: string, run: NumeralRun, negative: boolean): Interpretation {
  const { starts, ends, seps } = run;
  const group = (k: number): string => text.slice(starts[k] ?? 0, ends[k] ?? 0);
  const commaAt = seps.indexOf(COMMA);
  const written = text.slice(run.start, run.end);
  if (commaAt !== -1 && seps.indexOf(COMMA, commaAt + 1) !== -1) {
    const englishThousands = !seps.includes(DOT) && starts.slice(1).every((_, k) => isThree(k + 1));
    const second = seps.indexOf(COMMA, commaAt + 1);
    return englishThousands
      ? foreign(written, starts[second + 1] ?? 0, run)
      : problem(
          "NUMBER_MULTIPLE_DECIMAL_MARKS",
          `${quote(written)} has more than one decimal comma; a Vietnamese numeral has at most one ',' (the decimal mark) and writes thousands with '.'.`,
          (starts[second + 1] ?? 1) - 1,
          starts[second + 1] ?? 0,
        );
  }
  if (commaAt !== -1 && commaAt < seps.length - 1) {
    return foreign(written, (starts[commaAt + 2] ?? 1) - 1, run);
  }
  const intCount = commaAt === -1 ? starts.length : commaAt + 1;
  const grouping = checkGrouping(text, run, intCount);
  if (grouping !== undefined) return grouping;
  let intDigits = "";
  for (let k = 0; k < intCount; k++) intDigits += group(k);
  const decimals = commaAt === -1 ? "" : group(intCount);
  const value = signed(negative, decimals ? `${intDigits}.${decimals}` : intDigits);
  const numeral: NumeralValue = {
    value,
    decimals: decimals.length,
    leadingZero: hasLeadingZero(intDigits),
  };
  const ambiguity = findAmbiguity(written, run, intCount, decimals, negative, value, text);
  return { ok: true, numeral: ambiguity ? { ...numeral, ambiguity } : numeral };

  function isThree(k: number): boolean {
    return (ends[k] ?? 0) - (starts[k] ?? 0) === 3;
  }
}

function foreign(written: string, offset: number, run: NumeralRun): Interpretation {
  return problem(
    "NUMBER_FOREIGN_STYLE",
    `${quote(written)} is written English-style (',' for thousands, '.' for decimals); Vietnamese writes thousands with '.' and decimals with ',' (1.234,5).`,
    offset,
    run.end,
  );
}

// Thousands groups: the first has 1–3 digits and no leading zero, each later one exactly 3.
function checkGrouping(
  text: string,
  run: NumeralRun,
  intCount: number,
): Interpretation | undefined {
  if (intCount < 2) return undefined;
  const written = text.slice(run.start, run.end);
  const first = text.slice(run.starts[0] ?? 0, run.ends[0] ?? 0);
  if (first.length > 3 || hasLeadingZero(first) || first === "0") {
    return problem(
      "NUMBER_BAD_GROUPING",
      `${quote(written)}: the digits ${quote(first)} before the first thousands '.' must be 1 to 3 digits without a leading zero. Vietnamese uses '.' for thousands (groups of exactly 3 digits) and ',' for decimals.`,
      run.starts[0] ?? 0,
      run.ends[0] ?? 0,
    );
  }
  for (let k = 1; k < intCount; k++) {
    const start = run.starts[k] ?? 0;
    const end = run.ends[k] ?? 0;
    if (end - start !== 3) {
      const digits = text.slice(start, end);
      return problem(
        "NUMBER_BAD_GROUPING",
        `${quote(written)}: the group ${quote(digits)} after a thousands separator has ${digits.length} digit(s), not 3. Vietnamese uses '.' for thousands (groups of exactly 3 digits) and ',' for decimals: a decimal is written with a comma (${clip(`${first},${digits}`)}).`,
        start,
        end,
      );
    }
  }
  return undefined;
}

// A thousands dot with exactly three decimals: 6.858,208 may be a mistyped 6.858.208.
function findAmbiguity(
  written: string,
  run: NumeralRun,
  intCount: number,
  decimals: string,
  negative: boolean,
  value: Decimal,
  text: string,
): Ambiguity | undefined {
  if (intCount < 2 || decimals.length !== 3) return undefined;
  const whole = signed(negative, text.slice(run.start, run.end).replace(/[^0-9]/g, ""));
  return {
    code: "NUMBER_AMBIGUOUS",
    readings: [value, whole],
    reason: `${quote(written)} has a thousands separator and exactly three decimals: it reads ${clip(value.toFixed())}, but may be ${clip(whole.toFixed())} with ',' typed for '.'.`,
  };
}

const hasLeadingZero = (digits: string): boolean => digits.length > 1 && digits[0] === "0";

// Reports repeat their numerals ("1", "2024", "100"): each distinct one is parsed once. Decimals
// are immutable, so one instance serves every token that reads it.
const DECIMALS = new Map<string, Decimal>();
const DECIMALS_MAX = 4_096;

const signed = (negative: boolean, digits: string): Decimal => {
  const text = negative ? `-${digits}` : digits;
  let value = DECIMALS.get(text);
  if (value === undefined) {
    value = new Decimal(text);
    if (DECIMALS.size >= DECIMALS_MAX) DECIMALS.clear();
    DECIMALS.set(text, value);
  }
  return value;
};
