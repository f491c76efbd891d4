import type { Decimal } from "../core/decimal.js";
import { BaocaoError } from "../core/errors.js";
import { err, ok, type Result, unwrap } from "../core/result.js";
import type { Ambiguity, QuantityCode } from "./codes.js";
import { quote } from "./input.js";
import { safeParseQuantity } from "./quantity.js";
import type { TokenLead, TokenQualifier } from "./token.js";

/** A percentage read exactly: "84,9%" is 84.9 (the percent figure, not the fraction 0.849). */
export interface ParsedPercent {
  /** The percent figure (84.9 for "84,9%"). */
  readonly value: Decimal;
  /** The numeral as written, without '%' ("84,9"). */
  readonly raw: string;
  /** Decimal places as written ("84,90%" → 2). */
  readonly decimals: number;
  /** True when written with a leading zero ("05%"). */
  readonly leadingZero: boolean;
  /** The qualifier before it ("khoảng 95%"). */
  readonly qualifier?: TokenQualifier;
  /** The lead verb before it ("đạt 80%"). */
  readonly lead?: TokenLead;
  /** Present when the numeral has more than one reading ("66.7%": dot as decimal mark). */
  readonly ambiguity?: Ambiguity;
}

/**
 * Reads a percentage: a Vietnamese numeral followed by '%' (with or without a space), optionally
 * after a qualifier or lead verb ("khoảng 95%", "đạt trên 90%"). "66.7%" is read as 66.7 with a
 * `NUMBER_DOT_DECIMAL` ambiguity. Never throws.
 *
 * @param input - the percentage as written
 * @returns the percentage, or an error coded like {@link safeParseQuantity}'s, or
 *   `PERCENT_MISSING_SIGN` when the figure has no '%'
 * @example
 * ```ts
 * import { safeParsePercent } from "baocao";
 *
 * const result = safeParsePercent("đạt 84,90 %");
 * result.ok && result.value.value.toString(); // "84.9"
 * result.ok && result.value.decimals; // 2
 * ```
 */
export function safeParsePercent(input: string): Result<ParsedPercent, BaocaoError<QuantityCode>> {
  const parsed = safeParseQuantity(input);
  if (!parsed.ok) return parsed;
  const q = parsed.value;
  if (!q.percent) {
    const at = q.unit?.start ?? q.end;
    return err(
      new BaocaoError<QuantityCode>(
        "PERCENT_MISSING_SIGN",
        `${quote(input.trim())} is not a percentage: write '%' right after the number (84,9%).`,
        input,
        at,
        q.end,
      ),
    );
  }
  return ok({
    value: q.value,
    raw: q.raw,
    decimals: q.decimals,
    leadingZero: q.leadingZero,
    ...(q.qualifier === undefined ? {} : { qualifier: q.qualifier }),
    ...(q.lead === undefined ? {} : { lead: q.lead }),
    ...(q.ambiguity === undefined ? {} : { ambiguity: q.ambiguity }),
  });
}

/**
 * Reads a percentage like {@link safeParsePercent}, throwing a `BaocaoError` on bad input.
 *
 * @param input - the percentage as written
 * @returns the percentage
 * @throws BaocaoError with the codes listed at {@link safeParsePercent}
 * @example
 * ```ts
 * import { parsePercent } from "baocao";
 *
 * parsePercent("66,85%").value.toString(); // "66.85"
 * parsePercent("khoảng 95%").qualifier?.kind; // "about"
 * ```
 */
export function parsePercent(input: string): ParsedPercent {
  return unwrap(safeParsePercent(input));
}
