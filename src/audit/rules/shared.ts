import type { QuantityToken } from "../../quantities/token.js";
import type { AuditContext } from "../context.js";

/**
 * The values of the other figures near a claim (its paragraph), as candidate bases: a wrong
 * share is reported with the bases that would make it consistent.
 *
 * @param ctx - the audit context
 * @param at - a token of the claim
 * @param exclude - the claim's own tokens
 * @returns distinct positive values, nearest first
 */
export function candidateBases(
  ctx: AuditContext,
  at: QuantityToken,
  exclude: readonly QuantityToken[],
): string[] {
  const sentence = ctx.sentenceAt(at.numberStart);
  const paragraph = sentence ? ctx.segments.paragraphs[sentence.paragraph] : undefined;
  const from = paragraph?.start ?? Math.max(0, at.numberStart - 400);
  const to = paragraph?.end ?? at.numberEnd + 400;
  const values = new Set<string>();
  const tokens = [...ctx.numbersIn(from, to)].sort(
    (a, b) => Math.abs(a.numberStart - at.numberStart) - Math.abs(b.numberStart - at.numberStart),
  );
  for (const t of tokens) {
    if (exclude.includes(t) || t.percent || !t.value.isPositive()) continue;
    values.add(t.value.toFixed());
  }
  return [...values];
}

/**
 * Whether the sentence states the other share, the one this share and it make 100 with (to
 * within a point of rounding): only then may a share be read as 100 minus the other ("đã giải
 * quyết 95 (95%), tồn 5 (5%)").
 *
 * @param ctx - the audit context
 * @param stated - the share
 * @returns true when a complementary percentage stands in the same sentence
 */
export function hasSiblingShare(ctx: AuditContext, stated: QuantityToken): boolean {
  const sentence = ctx.sentenceAt(stated.numberStart);
  const from = sentence?.start ?? Math.max(0, stated.start - 200);
  const to = sentence?.end ?? stated.end + 200;
  return complements(stated, ctx.numbersIn(from, to));
}

/**
 * Whether one of `others` makes 100 with `stated`, to within a point.
 *
 * @param stated - a share
 * @param others - figures beside it
 * @returns true when a percentage among them complements it
 */
export function complements(stated: QuantityToken, others: readonly QuantityToken[]): boolean {
  return others.some(
    (t) => t !== stated && t.percent && t.numeral.plus(stated.numeral).minus(100).abs().lte(1),
  );
}
