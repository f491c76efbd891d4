export {
  Decimal,
  type DecimalInput,
  decimalToString,
  ROUNDING_MODES,
  type RoundingMode,
  roundDecimal,
  toDecimal,
} from "./decimal.js";
export { BaocaoError, isBaocaoError } from "./errors.js";
export { type Err, err, type Ok, ok, type Result, unwrap } from "./result.js";
export { createLineIndex, type LineIndex, type Span } from "./span.js";
export { canonicalToneMarks, foldDiacritics, matchKey } from "./text.js";
