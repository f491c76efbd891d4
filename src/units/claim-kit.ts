import { type Decimal, decimalToString, toDecimal } from "../core/decimal.js";
import { createLineIndex, type LineIndex } from "../core/span.js";
import { createFinding, type Finding, type Message } from "../findings/finding.js";
import type { UnitCode } from "./codes.js";
import type { UnitScan } from "./scan.js";
import { UNIT_SEVERITIES } from "./severities.js";

/** What every unit recogniser works on: the one scan of the text and its line index. */
export interface ClaimContext {
  readonly scan: UnitScan;
  readonly lines: LineIndex;
}

/**
 * Builds the shared context of the recognisers.
 *
 * @param scan - the scan of the text
 * @returns the context
 */
export function claimContext(scan: UnitScan): ClaimContext {
  return { scan, lines: createLineIndex(scan.text) };
}

/**
 * Makes a finding of the units module at `[start, end)` of the text.
 *
 * @param context - the text's context
 * @param code - a units finding code (its severity comes from the code table)
 * @param start - start offset
 * @param end - end offset
 * @param message - vi/en message
 * @param inputs - figures as written
 * @param computed - exact values
 * @param data - further detail
 * @returns the finding
 */
export function unitFinding(
  context: ClaimContext,
  code: UnitCode,
  start: number,
  end: number,
  message: Message,
  inputs: Record<string, string>,
  computed: Record<string, string> = {},
  data?: Record<string, unknown>,
): Finding {
  return createFinding({
    code,
    severity: UNIT_SEVERITIES[code],
    message,
    inputs,
    computed,
    span: context.lines.span(start, end),
    data,
  });
}

/**
 * An exact value of a count as written ("01", "1.726").
 *
 * @param value - a count
 * @returns the decimal
 */
export function exact(value: number): Decimal {
  return toDecimal(BigInt(value));
}

/**
 * A decimal as a plain string.
 *
 * @param value - a decimal
 * @returns its string
 */
export function plain(value: Decimal): string {
  return decimalToString(value);
}
