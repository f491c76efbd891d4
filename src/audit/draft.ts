import { Decimal, toDecimal } from "../core/decimal.js";
import { BaocaoError } from "../core/errors.js";
import type { Span } from "../core/span.js";
import type { Finding, Message } from "../findings/finding.js";
import { formatNumber } from "../quantities/format.js";
import type { QuantityToken } from "../quantities/token.js";
import type { ClaimFigure, ClaimKind } from "./claim.js";
import type { AuditContext } from "./context.js";
import { evaluateRelation, figuresOf, type Relation } from "./relations.js";

/** A claim as a recogniser proposes it, before ids, spans and status are filled in. */
export interface ClaimDraft {
  readonly kind: ClaimKind;
  /** Range in the prepared text. */
  readonly start: number;
  readonly end: number;
  readonly figures: readonly ClaimFigure[];
  readonly findings: readonly Finding[];
  readonly explanation: Message;
  /** The span on the original text, when the recogniser already has it (else made from start/end). */
  readonly span?: Span;
  /** The figures the claim consumed, so later recognisers leave them alone. */
  readonly tokens?: readonly QuantityToken[];
  /** What the claim asserts, as data (absent for text-level checks). */
  readonly relation?: Relation;
}

/**
 * Builds the draft of an arithmetic claim from its relation: the figures come from the relation's
 * ids, the findings and explanation from {@link evaluateRelation} (the code structured reports run
 * too). Returns undefined when the figures allow no check.
 *
 * @param ctx - the audit context
 * @param kind - the claim's kind
 * @param range - where the claim stands in the prepared text
 * @param relation - what it asserts
 * @returns the draft, or undefined
 */
export function relationDraft(
  ctx: AuditContext,
  kind: ClaimKind,
  range: { start: number; end: number },
  relation: Relation,
): ClaimDraft | undefined {
  const tokenOf = (id: string): QuantityToken => {
    const token = ctx.tokenOf(id);
    if (!token) throw new TypeError(`No figure ${id}`);
    return token;
  };
  // The recomputation reads only what a figure says, not where it stands: no span is made here.
  let outcome: ReturnType<typeof evaluateRelation>;
  try {
    outcome = evaluateRelation(relation, (id) => ctx.relationFigure(tokenOf(id)), ctx.rounding);
  } catch (error) {
    // Figures a calculator refuses (a negative count, "-5/10 (50%)") make no claim: text never
    // crashes the auditor.
    if (error instanceof BaocaoError) return undefined;
    throw error;
  }
  if (outcome.unchecked) return undefined;
  const named = figuresOf(relation);
  return {
    kind,
    start: range.start,
    end: range.end,
    figures: named.map(({ role, id }) => ctx.figure(tokenOf(id), role)),
    tokens: named.map(({ id }) => tokenOf(id)),
    findings: outcome.findings,
    explanation: outcome.explanation,
    relation,
  };
}

const SHOWN = 4;

/**
 * A value for a message: exact when it has at most four decimals, else four decimals and "…".
 *
 * @param value - an exact value (Decimal or plain decimal string)
 * @param lang - Vietnamese ("1.353,5") or English ("1,353.5" style without grouping: "1353.5")
 * @returns the value as text
 */
export function show(value: Decimal | string, lang: "vi" | "en"): string {
  const d = toDecimal(value);
  const long = d.decimalPlaces() > SHOWN;
  const text =
    lang === "vi"
      ? formatNumber(d, long ? { decimals: SHOWN, rounding: "truncate" } : {})
      : long
        ? d.toFixed(SHOWN, 1)
        : d.toFixed();
  return long ? `${text}…` : text;
}

/**
 * The figure as written: numeral plus '%' for a percentage.
 *
 * @param text - the prepared text
 * @param token - the figure
 * @returns the written figure ("99,42%")
 */
export function written(text: string, token: QuantityToken): string {
  return text.slice(token.numberStart, token.percent ? token.end : token.numberEnd).trim();
}

/**
 * The stated-value input calculators take for a token ("84,90" keeps two decimals).
 *
 * @param token - a figure
 * @returns value, decimals and text
 */
export function statedOf(token: QuantityToken): { value: Decimal; decimals: number; text: string } {
  return { value: token.numeral.abs(), decimals: token.decimals, text: token.raw };
}

/**
 * The figure as it would read with two adjacent digits swapped back (separators stay where they
 * are): the readings a typist's most common slip leaves, each with the value it would have.
 *
 * @param token - a figure as written
 * @returns each distinct reading other than the figure itself
 */
export function swappedReadings(
  token: QuantityToken,
): { value: Decimal; decimals: number; text: string }[] {
  const raw = token.raw;
  const digits = [...raw].flatMap((c, i) => (c >= "0" && c <= "9" ? [i] : []));
  const out: { value: Decimal; decimals: number; text: string }[] = [];
  for (let k = 0; k + 1 < digits.length; k++) {
    const i = digits[k] as number;
    const j = digits[k + 1] as number;
    if (raw[i] === raw[j]) continue;
    const chars = [...raw];
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
    const text = chars.join("");
    // The value scales like the figure's: only the digits moved.
    const before = digitsOf(raw);
    if (before.isZero()) continue;
    const value = token.numeral.abs().times(digitsOf(text)).dividedBy(before);
    out.push({ value, decimals: token.decimals, text });
  }
  return out;
}

const digitsOf = (text: string) => new Decimal(text.replace(/[^0-9]/gu, "") || "0");
