import type { Decimal } from "../core/decimal.js";
import type { Severity } from "../findings/finding.js";

/** One entry of {@link QUANTITY_CODES}: how serious the code is and what it means. */
export interface QuantityCodeInfo {
  /** `error` for input that cannot be read; `warning` for a reading that is not certain. */
  readonly severity: Severity;
  /** One-line description in English. */
  readonly en: string;
  /** One-line description in Vietnamese. */
  readonly vi: string;
}

/**
 * Every code the quantities module produces: the `code` of a `BaocaoError` from a `parseX`, or
 * the `code` of an {@link Ambiguity} on a parsed value or token. Stable: safe to switch on.
 *
 * @example
 * ```ts
 * import { QUANTITY_CODES } from "baocao";
 *
 * QUANTITY_CODES.NUMBER_BAD_GROUPING.severity; // "error"
 * ```
 */
export const QUANTITY_CODES = {
  NUMBER_EMPTY: {
    severity: "error",
    en: "There is no number in the text.",
    vi: "Không có số trong chuỗi.",
  },
  NUMBER_INVALID_CHARACTER: {
    severity: "error",
    en: "A character that is not part of a Vietnamese numeral.",
    vi: "Có ký tự không thuộc cách viết số.",
  },
  NUMBER_BAD_GROUPING: {
    severity: "error",
    en: "Thousands groups after '.' must have exactly 3 digits ('.' separates thousands, ',' decimals).",
    vi: "Nhóm hàng nghìn sau dấu '.' phải đủ 3 chữ số (dấu '.' ngăn cách hàng nghìn, dấu ',' thập phân).",
  },
  NUMBER_MULTIPLE_DECIMAL_MARKS: {
    severity: "error",
    en: "More than one decimal comma.",
    vi: "Có nhiều hơn một dấu phẩy thập phân.",
  },
  NUMBER_FOREIGN_STYLE: {
    severity: "error",
    en: "English-style number ('1,234.5'); Vietnamese writes 1.234,5.",
    vi: "Số viết theo kiểu tiếng Anh ('1,234.5'); tiếng Việt viết 1.234,5.",
  },
  NUMBER_AMBIGUOUS: {
    severity: "warning",
    en: "The numeral has two readings (e.g. 6.858,208 may be a mistyped 6.858.208).",
    vi: "Số có hai cách đọc (ví dụ 6.858,208 có thể là 6.858.208 gõ nhầm).",
  },
  NUMBER_DOT_DECIMAL: {
    severity: "warning",
    en: "A dot is used as the decimal mark ('66.7%'); Vietnamese writes 66,7%.",
    vi: "Dấu chấm được dùng làm dấu thập phân ('66.7%'); tiếng Việt viết 66,7%.",
  },
  PERCENT_MISSING_SIGN: {
    severity: "error",
    en: "A percentage must end with '%'.",
    vi: "Tỷ lệ phần trăm phải có dấu '%'.",
  },
  QUANTITY_UNKNOWN_UNIT: {
    severity: "error",
    en: "The text after the number is not a known unit or magnitude.",
    vi: "Phần sau số không phải đơn vị tính hay từ chỉ bậc số đã biết.",
  },
  QUANTITY_UNEXPECTED_TEXT: {
    severity: "error",
    en: "The text before the number is not a known qualifier or lead verb.",
    vi: "Phần trước số không phải từ hạn định hay động từ dẫn đã biết.",
  },
} as const satisfies Record<string, QuantityCodeInfo>;

/** A code from {@link QUANTITY_CODES}. */
export type QuantityCode = keyof typeof QUANTITY_CODES;

/** The codes an {@link Ambiguity} can carry. */
export type AmbiguityCode = "NUMBER_AMBIGUOUS" | "NUMBER_DOT_DECIMAL";

/**
 * Why a numeral has more than one reading, and what they are (first: the one used as `value`).
 */
export interface Ambiguity {
  /** Stable code: `NUMBER_AMBIGUOUS` or `NUMBER_DOT_DECIMAL`. */
  readonly code: AmbiguityCode;
  /** Every plausible value, the one taken as `value` first. */
  readonly readings: readonly Decimal[];
  /** Explanation for the reader, in English. */
  readonly reason: string;
}
