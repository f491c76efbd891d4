import { transposed } from "../../calculators/total.js";
import { lowerBound } from "../../core/search.js";
import type { QuantityToken } from "../../quantities/token.js";
import type { Token } from "../../text/lexer.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft } from "../draft.js";
import { isWholeCount, nounOf } from "../figures.js";
import { cueBefore, cuesIn, hasRole, type Passage, solidTokens } from "../passage.js";
import type { Rule } from "../rule.js";

/**
 * What is left (issue #17, shape 9): a total, what was done of it, and the rest after "còn",
 * "còn lại", "đang giải quyết" or "chuyển kỳ sau" ("tiếp nhận 660 vụ việc; đã giải quyết 349 vụ
 * việc, còn 311 vụ việc đang giải quyết"). The two figures before the rest that count what it
 * counts, in its sentence or the two before (brackets and changes passed over), are the done
 * part (nearest) and the total (the larger before it). The rest must be their difference: an
 * error when the words name both ("tiếp nhận" … "đã giải quyết"), a warning when the difference
 * is the rest with two adjacent digits swapped, and nothing otherwise (the figures may be of
 * something else).
 */
export const remainderRule: Rule = {
  kind: "resolution",
  labels: { vi: "Kết quả giải quyết", en: "Resolution figures" },
  reads: ["sentence"],
  run: (ctx, passage) => {
    const drafts: ClaimDraft[] = [];
    for (const rest of ctx.numbersIn(passage.start, passage.end)) {
      if (ctx.used.has(rest) || !isWholeCount(rest)) continue;
      const cue =
        cueBefore(passage, rest.start, "pending") ?? cueBefore(passage, rest.start, "remainder");
      const noun = cue && nounOf(ctx, rest);
      if (!cue || noun === undefined) continue;
      const [done, total] = before(ctx, passage, cue.start, noun);
      if (!done || !total) continue;
      const draft = claim(ctx, total, done, rest);
      if (draft) drafts.push(draft);
    }
    for (const draft of fractionRests(ctx, passage)) drafts.push(draft);
    return drafts;
  },
};

/**
 * The rest of a fraction, in a bracket after it: "đã thi hành xong 20/22 việc (có 02 việc có văn
 * bản tạm đình chỉ)", "543/545 chi bộ tự đánh giá, đạt 99,6% (có 2 chi bộ mới thành lập không
 * đánh giá)". The bracket holds one count of what the fraction counts and a word saying those
 * are not done ("không", "chưa", "tạm đình chỉ"): the whole less the done part. More than that
 * is an error; fewer may be some of the rest only ("có 2 việc tạm đình chỉ", the others still
 * in hand), so it is reported only when two adjacent digits swapped give it (a warning).
 */
function fractionRests(ctx: AuditContext, passage: Passage): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  const numbers = ctx.numbersIn(passage.start, passage.end);
  for (let i = 0; i + 1 < numbers.length; i++) {
    const done = numbers[i] as QuantityToken;
    const whole = numbers[i + 1] as QuantityToken;
    if (ctx.text.slice(done.numberEnd, whole.numberStart).trim() !== "/") continue;
    if (!isWholeCount(done) || !isWholeCount(whole) || done.value.gt(whole.value)) continue;
    const rest = restInBracket(ctx, passage, numbers, i + 2, whole);
    if (!rest || ctx.used.has(rest)) continue;
    const gap = whole.value.minus(done.value);
    const over = rest.value.gt(gap);
    const slip = rest.value.lt(gap) && rest.value.gte(MIN_SWAPPED) && transposed(gap, rest.value);
    if (!rest.value.eq(gap) && !over && !slip) continue;
    const draft = relationDraft(
      ctx,
      "resolution",
      { start: done.numberStart, end: rest.end },
      {
        kind: "resolution",
        toResolve: ctx.idOf(whole),
        resolved: ctx.idOf(done),
        pending: ctx.idOf(rest),
      },
    );
    if (!draft) continue;
    drafts.push(
      slip
        ? {
            ...draft,
            findings: draft.findings.map((f) => ({ ...f, severity: "warning" as const })),
          }
        : draft,
    );
  }
  return drafts;
}

// How far after a fraction its bracket may open ("…/545 chi bộ tự đánh giá, đạt 99,6% (").
const BRACKET_AFTER = 120;

/**
 * The one count in the bracket that opens after a fraction (past its words and its own
 * percentage), counting what the fraction's whole counts, with a not-done word in the bracket.
 */
function restInBracket(
  ctx: AuditContext,
  passage: Passage,
  numbers: readonly QuantityToken[],
  next: number,
  whole: QuantityToken,
): QuantityToken | undefined {
  const noun = nounOf(ctx, whole);
  if (noun === undefined) return undefined;
  // Up to the bracket: words, commas and at most the fraction's percentage.
  let k = next;
  const first = numbers[k];
  if (first?.percent) k++;
  const rest = numbers[k];
  if (!rest || rest.numberStart - whole.end > BRACKET_AFTER) return undefined;
  const before = solidTokens(passage, whole.end, rest.start);
  const open = before.findIndex((t) => t.text === "(");
  if (open === -1) return undefined;
  const outside = before.slice(0, open);
  const inside = before.slice(open + 1);
  const share = first?.percent ? first : undefined;
  const plain = (t: Token) =>
    t.kind === "word" ||
    t.text === "," ||
    (share !== undefined && t.start >= share.start && t.end <= share.end);
  if (!outside.every(plain)) return undefined;
  if (inside.some((t) => t.kind !== "word")) return undefined;
  // The bracket: this one count, closed before any other figure.
  const close = solidTokens(
    passage,
    rest.end,
    Math.min(passage.end, rest.end + BRACKET_AFTER),
  ).find((t) => t.kind !== "word");
  if (close?.text !== ")") return undefined;
  const after = numbers[k + 1];
  if (after && after.numberStart < close.start) return undefined;
  if (!isWholeCount(rest) || nounOf(ctx, rest) !== noun) return undefined;
  const bracket = { start: (inside[0] ?? rest).start, end: close.start };
  return hasRole(passage, bracket.start, bracket.end, "not-done") ? rest : undefined;
}

// How many sentences before the rest's own its total may stand in.
const SENTENCES_BEFORE = 2;
// Figures looked at before the rest: a sentence of thousands stays linear.
const MAX_SCANNED = 20;

/** The nearest two counts of the noun before `at`, outside brackets and changes: [done, total]. */
function before(
  ctx: AuditContext,
  passage: Passage,
  at: number,
  noun: string,
): [QuantityToken | undefined, QuantityToken | undefined] {
  const sentences = ctx.segments.sentences;
  const index = lowerBound(sentences, passage.start, (s) => s.start);
  const from = sentences[Math.max(0, index - SENTENCES_BEFORE)]?.start ?? passage.start;
  const { numbers } = ctx;
  const end = lowerBound(numbers, at, (t) => t.numberStart);
  let done: QuantityToken | undefined;
  let larger: QuantityToken | undefined;
  for (let i = end - 1; i >= 0 && i >= end - MAX_SCANNED; i--) {
    const t = numbers[i] as QuantityToken;
    if (t.numberStart < from) break;
    if (t.percent || !isWholeCount(t) || nounOf(ctx, t) !== noun) continue;
    const home = ctx.passageAt(t.numberStart);
    if (!home || inBracket(ctx, t) || cueBefore(home, t.start, "change-word")) continue;
    if (!done) {
      done = t;
      continue;
    }
    if (!t.value.gt(done.value)) continue;
    // The nearest larger count, unless the done part is named as done and a count further back
    // is named as the total ("Tổng số phải thi hành là 728.227 việc, trong đó: Số có điều kiện
    // … 579.413 việc; … số thi hành xong là 369.372 việc; Số việc chuyển kỳ sau 358.855 việc").
    if (!namesDone(ctx, done) || namesTotal(ctx, t)) return [done, t];
    larger ??= t;
  }
  return [done, larger];
}

/** Whether a figure stands inside a bracket: the nearest bracket before it opens one. */
function inBracket(ctx: AuditContext, t: QuantityToken): boolean {
  // Brackets are short: looking a few hundred characters back keeps a long sentence linear.
  const from = Math.max(0, t.numberStart - BRACKET_REACH);
  for (let i = t.numberStart - 1; i >= from; i--) {
    const c = ctx.text.charCodeAt(i);
    if (c === 40) return true; // "("
    if (c === 41) return false; // ")"
  }
  return false;
}

function claim(
  ctx: AuditContext,
  total: QuantityToken,
  done: QuantityToken,
  rest: QuantityToken,
): ClaimDraft | undefined {
  const difference = total.value.minus(done.value);
  const exact = difference.eq(rest.value);
  const named = (namesIntake(ctx, total) || namesSum(ctx, total)) && namesDone(ctx, done);
  const slip = !exact && rest.value.gte(MIN_SWAPPED) && transposed(difference, rest.value);
  if (!exact && !named && !slip) return undefined;
  const draft = relationDraft(
    ctx,
    "resolution",
    { start: total.numberStart, end: rest.end },
    {
      kind: "resolution",
      toResolve: ctx.idOf(total),
      resolved: ctx.idOf(done),
      pending: ctx.idOf(rest),
    },
  );
  if (!draft || named || exact) return draft;
  return {
    ...draft,
    findings: draft.findings.map((f) => ({ ...f, severity: "warning" as const })),
  };
}

const BRACKET_REACH = 300;
// A rest that is its difference with two digits swapped is a slip only from three digits up.
const MIN_SWAPPED = 100;
// How far before a figure the words naming it may stand.
const NAME_REACH = 40;

function namesIntake(ctx: AuditContext, t: QuantityToken): boolean {
  return hasBefore(ctx, t, ["received", "to-resolve"]);
}

/** "Tổng số …": a total by name (not "toàn tỉnh", which names a place). */
function namesSum(ctx: AuditContext, t: QuantityToken): boolean {
  const passage = ctx.passageAt(t.numberStart);
  if (!passage) return false;
  const from = Math.max(passage.start, t.start - NAME_REACH);
  return cuesIn(passage, from, t.start).some((c) => c.phrase === TOTAL_PHRASE);
}

const TOTAL_PHRASE = "tổng số";

function namesTotal(ctx: AuditContext, t: QuantityToken): boolean {
  return hasBefore(ctx, t, ["received", "to-resolve", "base"]);
}

function namesDone(ctx: AuditContext, t: QuantityToken): boolean {
  return hasBefore(ctx, t, ["resolved"]);
}

function hasBefore(
  ctx: AuditContext,
  t: QuantityToken,
  roles: readonly ("received" | "to-resolve" | "resolved" | "base")[],
): boolean {
  const passage = ctx.passageAt(t.numberStart);
  if (!passage) return false;
  const from = Math.max(passage.start, t.start - NAME_REACH);
  return cuesIn(passage, from, t.start).some((c) => roles.some((r) => c.roles.has(r)));
}
