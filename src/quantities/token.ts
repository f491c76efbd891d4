import type { Decimal } from "../core/decimal.js";
import type { Ambiguity } from "./codes.js";
import type { LeadKind, QualifierKind, UnitKind } from "./words.js";

/** The unit after a figure, as written and canonical ("tr.đ" → `đ` written, `đồng` canonical). */
export interface TokenUnit {
  /** The unit as written in the text. */
  readonly text: string;
  /** The unit it stands for, NFC lower case ("thủ tục hành chính" for "TTHC", "m²" for "m2"). */
  readonly canonical: string;
  /** The unit's family. */
  readonly kind: UnitKind;
  /** Offset of the unit in the original text. */
  readonly start: number;
  /** Offset just past the unit. */
  readonly end: number;
}

/** The word magnitude after a figure ("vạn", "tỷ", "nghìn tỷ", "tr." in "tr.đ"). */
export interface TokenMagnitude {
  /** The magnitude words as written ("nghìn tỷ", "tr."). */
  readonly word: string;
  /** The full words they stand for ("triệu" for "tr."). */
  readonly canonical: string;
  /** What the numeral is multiplied by (10 000 for "vạn"). */
  readonly factor: Decimal;
  /** Offset of the first magnitude word. */
  readonly start: number;
  /** Offset just past the last magnitude word. */
  readonly end: number;
}

/** A qualifier before a figure ("trên", "khoảng", "không quá"). */
export interface TokenQualifier {
  /** What the qualifier claims. */
  readonly kind: QualifierKind;
  /** The qualifier as written. */
  readonly text: string;
  /** Offset of the qualifier. */
  readonly start: number;
  /** Offset just past it. */
  readonly end: number;
}

/** A lead verb before a figure or its qualifier ("đạt", "chiếm", "tương đương", "="). */
export interface TokenLead {
  /** What the lead claims. */
  readonly kind: LeadKind;
  /** The lead as written. */
  readonly text: string;
  /** Offset of the lead. */
  readonly start: number;
  /** Offset just past it. */
  readonly end: number;
}

/**
 * One figure found in a text, with exact UTF-16 offsets into the original string: the numeral,
 * what precedes it (lead verb, qualifier) and what follows it (percent sign, magnitude, unit).
 * Invariant: `text.slice(numberStart, numberEnd) === raw`.
 */
export interface QuantityToken {
  /** Start of the whole match (the lead or qualifier when present, else the numeral). */
  readonly start: number;
  /** End of the whole match (after the unit, magnitude or '%' when present). */
  readonly end: number;
  /** Start of the numeral, including a sign ("-6,67"). */
  readonly numberStart: number;
  /** End of the numeral; a '%' is not included. */
  readonly numberEnd: number;
  /** The numeral as written ("1.353", "66,7", "02"). */
  readonly raw: string;
  /** The numeral's exact value (1353 for "1.353", 9209.56 for "9.209,56 tỷ"). */
  readonly numeral: Decimal;
  /** `numeral` × the magnitude factor (9209560000000 for "9.209,56 tỷ đồng"). */
  readonly value: Decimal;
  /** Decimal places as written ("84,90" → 2). */
  readonly decimals: number;
  /** True for counts written with a leading zero ("02 vụ việc"). */
  readonly leadingZero: boolean;
  /** True when a '%' follows the numeral (with or without a space). */
  readonly percent: boolean;
  /** The unit after the figure; `%` for a percentage. */
  readonly unit?: TokenUnit;
  /** The word magnitude after the numeral. */
  readonly magnitude?: TokenMagnitude;
  /** The qualifier right before the numeral. */
  readonly qualifier?: TokenQualifier;
  /** The lead verb before the qualifier or numeral. */
  readonly lead?: TokenLead;
  /** Present when the numeral has more than one plausible reading. */
  readonly ambiguity?: Ambiguity;
}

/**
 * A figure parsed on its own by `parseQuantity`: the same shape as a {@link QuantityToken}, with
 * offsets into the parsed string.
 */
export type Quantity = QuantityToken;
