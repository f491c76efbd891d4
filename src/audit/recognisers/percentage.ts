import type { QuantityToken } from "../../quantities/token.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft } from "../draft.js";

const SLASH = /^\s*\/\s*$/;
// Between "a/b [unit]" and its percentage: brackets, '=', a lead verb the scanner keeps on the
// percentage token, a few words ("thủ tục", "hồ sơ"), never a digit or a clause break.
const FORWARD_GAP = /^[^\d;.!?)\n]{0,40}$/u;
// Words that open a new statement about the members ("4/7 phường có tỷ lệ hồ sơ trễ hạn dưới 2%"):
// the percentage then describes each member, not the fraction.
const MEMBER_CLAUSE =
  /(?:^|[\s,(])(?:có|với|mà|mỗi|từng|các|những|này|trong|khi|nếu|của)(?=$|[\s,)])/iu;
// "tỷ lệ" may only stand bare or as "đạt tỷ lệ"; "tỷ lệ tán thành" names another quantity.
const OTHER_RATE = /tỷ lệ\s+(?!(?:là|đạt|=|:|\(|$))\p{L}/iu;
// "đạt 100% kế hoạch", "bằng 98% so với cùng kỳ": a share of something else.
const OF_SOMETHING_ELSE =
  /^\s*(?:kế hoạch|chỉ tiêu|so với|so cùng kỳ|trở lên|trở xuống|nhiệm vụ)/iu;
const BACKWARD_GAP = /^[\s(:,]{0,4}$/u;

/**
 * Fractions with their percentage: "đã giải quyết 120/150 đơn (đạt 80%)", "(357/534 thủ tục =
 * 66,85%)", and the reverse "trên 56,5% (981/1.737)".
 *
 * @param ctx - the audit context
 * @returns one draft per fraction with a percentage
 */
export function recognisePercentages(ctx: AuditContext): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  const { numbers, text } = ctx;
  for (let i = 0; i + 1 < numbers.length; i++) {
    const part = numbers[i] as QuantityToken;
    const whole = numbers[i + 1] as QuantityToken;
    if (part.percent || whole.percent || part.ambiguity || whole.ambiguity) continue;
    if (!SLASH.test(text.slice(part.end, whole.start))) continue;
    const after = numbers[i + 2];
    const before = numbers[i - 1];
    let stated: QuantityToken | undefined;
    // "trên 56,5% (981/1.737)" binds tighter than a percentage further on.
    if (before?.percent && BACKWARD_GAP.test(text.slice(before.end, part.start))) stated = before;
    else if (after?.percent && !after.qualifier && linksForward(text, whole, after)) stated = after;
    if (!stated || whole.value.isZero() || stated.numeral.isNegative()) continue;
    const draft = check(ctx, part, whole, stated);
    if (draft) drafts.push(draft);
  }
  return drafts;
}

function check(
  ctx: AuditContext,
  part: QuantityToken,
  whole: QuantityToken,
  stated: QuantityToken,
): ClaimDraft | undefined {
  const range = {
    start: Math.min(part.numberStart, stated.start),
    end: Math.max(whole.end, stated.end),
  };
  const relation = {
    kind: "percentage" as const,
    part: ctx.idOf(part),
    whole: ctx.idOf(whole),
    stated: ctx.idOf(stated),
    ...(hasSiblingShare(ctx, stated) ? {} : { complement: false }),
  };
  const draft = relationDraft(ctx, "percentage", range, relation);
  if (draft?.findings.some((f) => f.code === "PERCENT_INCONSISTENT") && !stated.qualifier) {
    // Name the numbers of the passage that would make it consistent (a wrong base is found so).
    const candidates = nearbyValues(ctx, part, [part, whole, stated]);
    if (candidates.length > 0)
      return relationDraft(ctx, "percentage", range, { ...relation, candidates });
  }
  return draft;
}

/**
 * The values of the other figures near a claim (its paragraph and the footnotes it cites), as
 * candidate bases.
 *
 * @param ctx - the audit context
 * @param at - a token of the claim
 * @param exclude - the claim's own tokens
 * @returns distinct positive values, nearest first
 */
export function nearbyValues(
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

function linksForward(text: string, whole: QuantityToken, percent: QuantityToken): boolean {
  const gap = text.slice(whole.end, percent.start);
  return (
    FORWARD_GAP.test(gap) &&
    !MEMBER_CLAUSE.test(gap) &&
    !OTHER_RATE.test(gap) &&
    !OF_SOMETHING_ELSE.test(text.slice(percent.end, percent.end + 24))
  );
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
