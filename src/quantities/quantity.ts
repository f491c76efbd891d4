import { BaocaoError } from "../core/errors.js";
import { err, ok, type Result, unwrap } from "../core/result.js";
import type { QuantityCode } from "./codes.js";
import { notText, problemError, quote, trimBounds } from "./input.js";
import { isWordCharAt } from "./match.js";
import { interpretFigure, isDigit, readRun } from "./numeral.js";
import { assembleToken, percentSignAt, readHead, readTail } from "./parts.js";
import type { Quantity } from "./token.js";

const SIGNS = new Set(["-", "+", "\u2212"]);

/**
 * Reads one figure with what surrounds it: lead verb ("đạt", "chiếm", "tương đương"), qualifier
 * ("trên", "khoảng", "không quá"), numeral, '%' or magnitude ("vạn", "nghìn", "triệu", "tỷ",
 * "tr." in "tr.đ") and unit ("người", "lượt người", "TTHC", "ha"). `value` is the numeral times the
 * magnitude, exactly. Never throws.
 *
 * @param input - one figure, such as "trên 10 vạn người" or "9.209,56 tỷ đồng"
 * @returns the quantity (offsets into `input`), or an error coded like {@link safeParseNumber}'s,
 *   or `QUANTITY_UNEXPECTED_TEXT` (unknown words before the number) or `QUANTITY_UNKNOWN_UNIT`
 *   (unknown words after it)
 * @example
 * ```ts
 * import { safeParseQuantity } from "baocao";
 *
 * const result = safeParseQuantity("trên 10 vạn người");
 * result.ok && result.value.value.toString(); // "100000"
 * result.ok && result.value.qualifier?.kind; // "over"
 * result.ok && result.value.unit?.canonical; // "người"
 * ```
 */
export function safeParseQuantity(input: string): Result<Quantity, BaocaoError<QuantityCode>> {
  if (typeof input !== "string") return notText(input);
  const { start, end } = trimBounds(input);
  const fail = (code: QuantityCode, message: string, offset: number, to: number) =>
    err(new BaocaoError(code, message, input, offset, to));
  let digit = start;
  while (digit < end && !isDigit(input.charCodeAt(digit))) digit++;
  if (digit === end) {
    return fail(
      "NUMBER_EMPTY",
      `There is no number in ${quote(input.slice(start, end))}: write a figure such as "trên 1.353 đơn".`,
      start,
      end,
    );
  }
  const numberStart = digit > start && SIGNS.has(input[digit - 1] ?? "") ? digit - 1 : digit;
  const run = readRun(input, digit);
  const percent = percentSignAt(input, run.end) !== -1;
  const reading = interpretFigure(
    input,
    run,
    numberStart < digit && input[numberStart] !== "+",
    percent,
  );
  if (!reading.ok) return err(problemError(input, reading.problem));
  const head = readHead(input, numberStart, start);
  const headStart = head.lead?.start ?? head.qualifier?.start ?? numberStart;
  if (headStart !== start || isWordCharAt(input, numberStart - 1)) {
    return fail(
      "QUANTITY_UNEXPECTED_TEXT",
      `${quote(input.slice(start, headStart))} before the number is not a known qualifier (trên, khoảng, tối thiểu, …) or lead verb (đạt, chiếm, tương đương, …).`,
      start,
      headStart,
    );
  }
  const tail = readTail(input, run.end);
  if (tail.end !== end) {
    return fail(
      "QUANTITY_UNKNOWN_UNIT",
      `${quote(input.slice(tail.end, end).trim())} after the number is not a known unit or magnitude (người, lượt, hộ, đơn, ha, %, nghìn, triệu, tỷ đồng, …).`,
      tail.end,
      end,
    );
  }
  return ok(assembleToken(input, numberStart, run.end, reading.numeral, head, tail));
}

/**
 * Reads one figure like {@link safeParseQuantity}, throwing a `BaocaoError` on bad input.
 *
 * @param input - one figure
 * @returns the quantity
 * @throws BaocaoError with the codes listed at {@link safeParseQuantity}
 * @example
 * ```ts
 * import { parseQuantity } from "baocao";
 *
 * const money = parseQuantity("11.796,9 tr.đ");
 * money.value.toString(); // "11796900000"
 * money.magnitude?.canonical; // "triệu"
 * money.unit?.canonical; // "đồng"
 * ```
 */
export function parseQuantity(input: string): Quantity {
  return unwrap(safeParseQuantity(input));
}
