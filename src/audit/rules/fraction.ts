import type { QuantityToken } from "../../quantities/token.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft } from "../draft.js";
import { nounOf } from "../figures.js";
import {
  cueAt,
  cueBefore,
  cuesIn,
  hasRole,
  nextSolid,
  type Passage,
  solidAfter,
  solidTokens,
  tokensIn,
} from "../passage.js";
import type { Rule } from "../rule.js";
import { candidateBases, hasSiblingShare } from "./shared.js";

/**
 * Fractions with their percentage: "đã giải quyết 120/150 đơn (đạt 80%)", "(412/617 thủ tục =
 * 66,77%)", and the reverse "trên 56,5% (1.230/2.180)".
 */
export const fractionRule: Rule = {
  kind: "percentage",
  labels: { vi: "Tỷ lệ phần trăm", en: "Percentage" },
  reads: ["sentence", "table"],
  run: recogniseFractions,
};

function recogniseFractions(ctx: AuditContext, passage: Passage): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  const numbers = ctx.numbersIn(passage.start, passage.end);
  for (let i = 0; i + 1 < numbers.length; i++) {
    const part = numbers[i] as QuantityToken;
    // "148 đơn (131 khiếu nại, 17 tố cáo)/163 đơn": the part's own breakdown before the slash.
    const w = i + 1 + bracketedFigures(ctx, passage, part);
    const whole = numbers[w] as QuantityToken | undefined;
    if (!whole) continue;
    if (part.percent || whole.percent || part.ambiguity || whole.ambiguity) continue;
    // "318 thanh niên trên tổng số 450 lệnh gọi": the words say it is a part of that whole,
    // though the two count different things.
    const inWords = outOf(passage, part, whole);
    const slash = w > i + 1 || isSlash(passage, part.end, whole.start);
    if (!inWords && !slash) continue;
    // "288 lượt/365 người": two counts of two things, not a fraction.
    if (!inWords && twoThings(ctx, part, whole)) continue;
    const after = numbers[w + 1];
    const before = numbers[i - 1];
    let stated: QuantityToken | undefined;
    // "trên 56,5% (1.230/2.180)" binds tighter than a percentage further on.
    if (before?.percent && opensBracket(passage, before.end, part.start)) stated = before;
    else if (
      (after?.percent || (after && signLeftOut(passage, after))) &&
      linksForward(passage, whole, after) &&
      ownRate(part, whole, after)
    )
      stated = after;
    if (!stated || whole.value.isZero() || stated.numeral.isNegative()) continue;
    // "giảm 12,5% (1.400/1.600 lượt)": the value now against the value before, a change.
    const direction = directionBefore(passage, stated);
    const draft = direction
      ? asChange(ctx, part, whole, stated, direction)
      : check(ctx, part, whole, stated);
    if (draft) drafts.push(draft);
  }
  return drafts;
}

/**
 * A rate whose "%" was left out: "26/29 lượt chiếm 89,65(khiếu nại …)". Only after "chiếm", with
 * decimals, below 100, with no unit and nothing but a mark or a bracket after it.
 */
function signLeftOut(passage: Passage, figure: QuantityToken): boolean {
  if (figure.lead?.kind !== "accounts-for" || figure.decimals === 0 || figure.unit) return false;
  if (!figure.value.lt(100) || figure.qualifier) return false;
  const next = solidAfter(passage, figure.end);
  return next === undefined || next.kind === "punct";
}

// How far a qualified rate may lie from the fraction's own and still be its rate.
const THRESHOLD_GAP = 5;

/**
 * Whether a qualified percentage after a fraction is its rate ("3.120/3.790 đảng viên, tỷ lệ trên
 * 82,3%"), not a threshold its members meet ("12/12 xã đạt tỷ lệ dưới 5%"): a threshold lies
 * far from the fraction's own rate, a rate written with "trên" or "gần" near it.
 */
function ownRate(part: QuantityToken, whole: QuantityToken, stated: QuantityToken): boolean {
  if (!stated.qualifier || whole.value.isZero()) return true;
  const rate = part.value.times(100).dividedBy(whole.value);
  return rate.minus(stated.numeral).abs().lte(THRESHOLD_GAP);
}

// How long a part's own bracket before the slash may be.
const PART_BRACKET = 80;

/**
 * How many figures a bracket right after the part holds when a slash follows it ("148 đơn (131
 * khiếu nại, 17 tố cáo)/163 đơn"): they are the part's breakdown, and the whole comes after
 * them; 0 when no such bracket stands there.
 */
function bracketedFigures(ctx: AuditContext, passage: Passage, part: QuantityToken): number {
  const open = solidAfter(passage, part.end);
  if (open?.text !== "(") return 0;
  const close = tokensIn(passage, open.end, Math.min(passage.end, open.end + PART_BRACKET)).find(
    (t) => t.text === ")" || t.text === "(",
  );
  if (close?.text !== ")" || solidAfter(passage, close.end)?.text !== "/") return 0;
  return ctx.numbersIn(open.end, close.start).length;
}

/** Whether the numbers each name what they count, and not the same thing ("lượt" / "người"). */
function twoThings(ctx: AuditContext, part: QuantityToken, whole: QuantityToken): boolean {
  const a = nounOf(ctx, part);
  const b = nounOf(ctx, whole);
  return a !== undefined && b !== undefined && a !== b;
}

/** The direction word right before a percentage ("giảm 12,5%"), if any. */
function directionBefore(
  passage: Passage,
  stated: QuantityToken,
): "increase" | "decrease" | undefined {
  const cue = cueBefore(passage, stated.start, "change-word");
  if (!cue) return undefined;
  if (cue.roles.has("down")) return "decrease";
  return cue.roles.has("up") ? "increase" : undefined;
}

function asChange(
  ctx: AuditContext,
  after: QuantityToken,
  before: QuantityToken,
  stated: QuantityToken,
  direction: "increase" | "decrease",
): ClaimDraft | undefined {
  return relationDraft(
    ctx,
    "change",
    { start: Math.min(after.numberStart, stated.start), end: Math.max(before.end, stated.end) },
    {
      kind: "change",
      before: ctx.idOf(before),
      after: ctx.idOf(after),
      percent: ctx.idOf(stated),
      direction,
    },
  );
}

/** Only a slash between the two numbers: "120/150". */
function isSlash(passage: Passage, from: number, to: number): boolean {
  const between = solidTokens(passage, from, to);
  return between.length === 1 && between[0]?.text === "/";
}

// How many words may name the part before "trên tổng số" ("318 thanh niên trên tổng số 450").
const PART_WORDS = 4;

/** "318 thanh niên trên tổng số 450": the part's own words, then "trên tổng số" at the whole. */
function outOf(passage: Passage, part: QuantityToken, whole: QuantityToken): boolean {
  const cue = cueBefore(passage, whole.start, "out-of");
  if (!cue || cue.start < part.end) return false;
  const words = solidTokens(passage, part.end, cue.start);
  return words.length <= PART_WORDS && words.every((t) => t.kind === "word");
}

/** "56,5% (1.230/…": a bracket, colon or comma, and at most four characters. */
function opensBracket(passage: Passage, from: number, to: number): boolean {
  return (
    to - from <= 4 &&
    solidTokens(passage, from, to).every((t) => t.text === "(" || t.text === ":" || t.text === ",")
  );
}

// What may stand between "a/b [unit]" and its percentage: brackets, '=', a few words ("thủ tục",
// "hồ sơ"), never a digit or a clause break, and at most this many characters; a percentage led
// by "đạt", "chiếm" or "tỷ lệ" may stand after the words naming the fraction's members, up to
// the longer reach ("412/420 chi bộ thuộc đảng bộ cơ sở tổ chức sinh hoạt chuyên đề, đạt 98,1%").
const FORWARD_REACH = 40;
const LED_REACH = 100;
const CLAUSE_BREAK = new Set([";", ".", "!", "?", ")"]);

function linksForward(passage: Passage, whole: QuantityToken, percent: QuantityToken): boolean {
  const led = percent.lead !== undefined || cueBefore(passage, percent.start, "rate") !== undefined;
  if (percent.start - whole.end > (led ? LED_REACH : FORWARD_REACH)) return false;
  const between = tokensIn(passage, whole.end, percent.start);
  if (
    between.some(
      (t) => t.kind === "number" || CLAUSE_BREAK.has(t.text) || (t.kind === "space" && t.lineBreak),
    )
  )
    return false;
  // "4/7 phường có tỷ lệ … dưới 2%": the percentage describes each member, not the fraction.
  if (hasRole(passage, whole.end, percent.start, "member")) return false;
  if (namesAnotherRate(passage, whole.end, percent.start)) return false;
  // "đạt 100% kế hoạch", "bằng 98% so với cùng kỳ": a share of something else; but "chiếm 13,39%
  // so với tổng đảng viên" is the share of the fraction's own whole.
  const other = cueAt(passage, percent.end, "of-other");
  return other === undefined || ofTotal(passage, other.end);
}

/** Whether "so với" is followed by "tổng" ("so với tổng số đảng viên"): the whole itself. */
function ofTotal(passage: Passage, at: number): boolean {
  const next = solidAfter(passage, at);
  return next?.kind === "word" && next.key === "tổng";
}

// "tỷ lệ" may only stand bare or as "đạt tỷ lệ"; "tỷ lệ tán thành" names another quantity.
const RATE_LINKS = ["là", "đạt"];

function namesAnotherRate(passage: Passage, from: number, to: number): boolean {
  return cuesIn(passage, from, to).some((cue) => {
    if (!cue.roles.has("rate")) return false;
    const next = passage.tokens[nextSolid(passage.tokens, cue.last)];
    if (!next || next.start >= to || next.kind !== "word") return false;
    return !RATE_LINKS.some((w) => next.key.startsWith(w));
  });
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
    const candidates = candidateBases(ctx, part, [part, whole, stated]);
    if (candidates.length > 0)
      return relationDraft(ctx, "percentage", range, { ...relation, candidates });
  }
  return draft;
}
