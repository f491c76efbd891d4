import { lowerBound } from "../../core/search.js";
import type { QuantityToken } from "../../quantities/token.js";
import type { Token } from "../../text/lexer.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft } from "../draft.js";
import { contentWords, figureWords, nounOf } from "../figures.js";
import {
  cueBefore,
  cuesIn,
  hasRole,
  type Passage,
  solidAfter,
  solidBefore,
  solidTokens,
  wordsStart,
} from "../passage.js";
import type { Rule } from "../rule.js";
import type { Range } from "../segment.js";

/**
 * A change written as its delta and percentage only, against a figure the text gives before it:
 * "thụ lý 736.747 việc, tăng 39.080 việc (tăng 5,60% so với cùng kỳ)", "kỷ luật 56 đảng viên,
 * giảm 6,67% (giảm 4 đảng viên)", "tăng 8%, tương ứng tăng 40 hồ sơ", and parallel lists of
 * them whose figures stand in the sentence before ("Xảy ra 1.470 vụ, làm chết 688 người… So
 * với tháng trước, tăng 124 vụ (9,21%), 49 người chết (7,67%)"). The base the percentage is of
 * is the figure before less the rise (or plus the fall). Each delta is paired with its figure by
 * what it counts and by its words ("bị thương", "khám phá"); when that is not plain, by the order
 * of the two lists; when still not plain, it is left alone.
 */
export const deltaRule: Rule = {
  kind: "change",
  labels: { vi: "Tăng, giảm", en: "Change" },
  reads: ["sentence"],
  run: (ctx, passage) => {
    const pairs = findPairs(ctx, passage);
    if (pairs.length === 0) return [];
    const currents = assignCurrents(ctx, passage, pairs);
    const drafts: ClaimDraft[] = [];
    pairs.forEach((pair, i) => {
      const draft = toDraft(ctx, pair, currents[i]);
      if (draft) drafts.push(draft);
    });
    return drafts;
  },
};

/** A delta with its percentage and direction. */
interface Pair {
  readonly delta: QuantityToken;
  readonly percent: QuantityToken;
  /** Undefined when the pair states none and takes the direction of the pair before it. */
  readonly up: boolean | undefined;
  /** The direction word before the pair, where the figure it changes ends its clause. */
  readonly lead: number;
  /** Where the pair ends (after its bracket). */
  readonly end: number;
  /** The words naming what changed: before the delta, and between its unit and the percentage. */
  readonly label: readonly string[];
  /** What the delta counts: its unit, or the word after "số" before it ("số vụ tăng 01"). */
  readonly noun: string | undefined;
}

// What may stand between a delta and its percentage: a bracket or comma, and the direction or
// "tương ứng" words ("39.080 việc (tăng 5,60%", "02 vụ (-14,2%", "124 vụ (9,21%").
const PAIR_MARKS = new Set(["(", ",", "+", "-", "−"]);
const PAIR_REACH = 60;

function findPairs(ctx: AuditContext, passage: Passage): Pair[] {
  const numbers = ctx.numbersIn(passage.start, passage.end);
  const pairs: Pair[] = [];
  const taken = new Set<QuantityToken>();
  for (let i = 0; i < numbers.length; i++) {
    const a = numbers[i] as QuantityToken;
    const b = numbers[i + 1];
    if (!b || ctx.used.has(a) || ctx.used.has(b) || taken.has(a)) continue;
    const pair = deltaThenPercent(passage, a, b) ?? percentThenDelta(passage, a, b);
    if (!pair) continue;
    // A pair with no direction of its own continues a list of changes ("tăng 124 vụ (9,21%), 49
    // người chết (7,67%)"): only right after another pair, with nothing but labels between.
    const previous = pairs[pairs.length - 1];
    const up =
      pair.up ?? (previous && continues(passage, previous, pair) ? previous.up : undefined);
    if (up === undefined) continue;
    pairs.push({ ...pair, up, noun: nounOf(ctx, pair.delta) ?? countedBefore(passage, pair.lead) });
    taken.add(a);
    taken.add(b);
  }
  return pairs;
}

/** "tăng 124 vụ (9,21%)", "giảm 02 vụ (-14,2%)", "tăng 46 việc, 0,9% so với cùng kỳ". */
function deltaThenPercent(
  passage: Passage,
  delta: QuantityToken,
  percent: QuantityToken,
): Omit<Pair, "noun"> | undefined {
  if (delta.percent || !percent.percent || !isChangeFigure(delta) || !isChangePercent(percent))
    return undefined;
  if (percent.start - delta.end > PAIR_REACH) return undefined;
  const dirDelta = cueBefore(passage, delta.start, "change-word");
  const dirPercent = cueBefore(passage, percent.start, "change-word");
  const gap = solidTokens(passage, delta.end, dirPercent?.start ?? percent.start);
  // What the delta counts may be named between it and its percentage: "150 số vụ khám phá (+5,18%)".
  if (!gap.every((t) => PAIR_MARKS.has(t.text) || t.kind === "word")) return undefined;
  if (gap.filter((t) => t.kind === "word").length > 8) return undefined;
  if (hasRole(passage, delta.end, percent.start, "clause") && !dirPercent) return undefined;
  // "56 đảng viên, giảm 6,67%": with no direction of its own the figure is what changed, not
  // the change; a pair without any direction word only continues a list ("…, 49 người chết (7,67%)").
  if (!dirDelta && (dirPercent || !gap.some((t) => t.text === "("))) return undefined;
  return {
    delta,
    percent,
    up: dirDelta?.roles.has("up"),
    lead: (dirDelta ?? { start: delta.start }).start,
    end: closeAfter(passage, percent.end),
    label: labelOf(passage, delta, percent),
  };
}

/** "giảm 6,67% (giảm 4 đảng viên)", "tăng 8%, tương ứng tăng 40 hồ sơ". */
function percentThenDelta(
  passage: Passage,
  percent: QuantityToken,
  delta: QuantityToken,
): Omit<Pair, "noun"> | undefined {
  if (!percent.percent || delta.percent || !isChangeFigure(delta) || !isChangePercent(percent))
    return undefined;
  const dirPercent = cueBefore(passage, percent.start, "change-word");
  const dirDelta = cueBefore(passage, delta.start, "change-word");
  if (!dirPercent || !dirDelta || delta.start - percent.end > PAIR_REACH) return undefined;
  const gap = solidTokens(passage, percent.end, dirDelta.start);
  const equivalent = cuesIn(passage, percent.end, dirDelta.start).find((c) =>
    c.roles.has("equivalent"),
  );
  const marks = gap.filter(
    (t) => !equivalent || t.start < equivalent.start || t.end > equivalent.end,
  );
  if (!marks.every((t) => PAIR_MARKS.has(t.text)) || marks.length > 2) return undefined;
  if (dirPercent.roles.has("up") !== dirDelta.roles.has("up")) return undefined;
  return {
    delta,
    percent,
    up: dirPercent.roles.has("up"),
    lead: dirPercent.start,
    end: closeAfter(passage, delta.end),
    label: contentWords(passage, Math.max(passage.start, dirPercent.start - 60), dirPercent.start),
  };
}

function isChangeFigure(token: QuantityToken): boolean {
  // "giảm -322 vụ": the sign repeats the direction.
  return !token.qualifier && !token.ambiguity && !token.value.isZero() && !token.lead;
}

function isChangePercent(token: QuantityToken): boolean {
  // "bằng 93,2%" is a ratio, "chiếm", "đạt" a share: not a change. "0.9%" with a dot has one
  // reading only (the decimal 0,9): a percentage cannot be a thousands grouping.
  const plain = !token.ambiguity || token.ambiguity.code === "NUMBER_DOT_DECIMAL";
  return !token.qualifier && plain && (!token.lead || token.lead.text === "tương ứng");
}

/** The word after "số" in the few words before `at`: "số người chết tăng 03" counts "người". */
function countedBefore(passage: Passage, at: number): string | undefined {
  const words: Token[] = [];
  for (let t = solidBefore(passage, at); t && t.kind === "word" && words.length < 6; ) {
    words.unshift(t);
    t = solidBefore(passage, t.start);
  }
  const i = words.findIndex((w) => w.key === "số");
  return i === -1 ? undefined : words[i + 1]?.key;
}

/** Past the ")" that closes a pair's bracket, when one follows at once. */
function closeAfter(passage: Passage, at: number): number {
  const next = solidAfter(passage, at);
  return next?.text === ")" ? next.end : at;
}

/** The words before a delta (back to a comma or the direction word) and after its unit. */
function labelOf(passage: Passage, delta: QuantityToken, percent: QuantityToken): string[] {
  // Words starting under 40 characters before the delta.
  const from = wordsStart(passage, delta.start, 39);
  return [
    ...contentWords(passage, from, delta.start),
    ...contentWords(passage, delta.end, percent.start),
  ];
}

/** Whether `next` goes on from `previous` in one list: labels, commas and "và" between. */
function continues(passage: Passage, previous: Pair, next: Omit<Pair, "noun">): boolean {
  const gap = solidTokens(passage, previous.end, next.lead);
  return (
    next.lead - previous.end < 60 &&
    gap.every((t) => t.kind === "word" || t.text === "," || t.text === ";")
  );
}

/**
 * The figure each pair changes: the figure right before it in its clause ("736.747 việc, tăng
 * 39.080 việc"), else one counting the same thing earlier in the sentence or in the two sentences
 * before, paired by words, then by order.
 */
function assignCurrents(
  ctx: AuditContext,
  passage: Passage,
  pairs: readonly Pair[],
): (QuantityToken | undefined)[] {
  const inPairs = new Set(pairs.flatMap((p) => [p.delta, p.percent]));
  const result: (QuantityToken | undefined)[] = pairs.map((pair) =>
    immediate(ctx, passage, pair, inPairs),
  );
  const used = new Set(result.filter((t): t is QuantityToken => t !== undefined));
  // The nearest sentence first: the pair's own, then the one before, then the one before that.
  for (const scope of scopes(ctx, passage, pairs)) {
    const candidates = figuresIn(ctx, scope, inPairs).filter((c) => !used.has(c.token));
    assignIn(pairs, result, candidates, used);
  }
  return result;
}

/** The ranges a pair's figure may stand in, nearest first. */
function scopes(ctx: AuditContext, passage: Passage, pairs: readonly Pair[]): Range[] {
  const first = pairs[0] as Pair;
  const out: Range[] = [{ start: passage.start, end: first.lead }];
  const sentence = ctx.sentenceAt(passage.start);
  const sentences = ctx.segments.sentences;
  if (!sentence) return out;
  const index = lowerBound(sentences, sentence.start, (s) => s.start);
  for (const i of [index - 1, index - 2]) {
    const s = sentences[i];
    if (!s || s.paragraph !== sentence.paragraph) break;
    out.push(s);
  }
  return out;
}

/** Pairs each open pair with a candidate: by its words, then by the order of the two lists. */
function assignIn(
  pairs: readonly Pair[],
  result: (QuantityToken | undefined)[],
  candidates: readonly Candidate[],
  used: Set<QuantityToken>,
): void {
  const open = pairs.flatMap((_pair, i) => (result[i] ? [] : [i]));
  for (const i of open) {
    const pair = pairs[i] as Pair;
    const noun = pair.noun;
    const same = candidates.filter((c) => c.noun === noun && !used.has(c.token));
    if (noun === undefined || same.length === 0) continue;
    const scored = same.map((c) => ({ c, score: overlap(pair.label, c.label) }));
    const best = Math.max(...scored.map((s) => s.score));
    const top = scored.filter((s) => s.score === best);
    if (same.length === 1) result[i] = same[0]?.token;
    else if (best > 0 && top.length === 1) result[i] = top[0]?.c.token;
    const chosen = result[i];
    if (chosen) used.add(chosen);
  }
  const left = open.filter((i) => !result[i]);
  const nouns = new Set(left.map((i) => (pairs[i] as Pair).noun));
  for (const noun of nouns) {
    if (noun === undefined) continue;
    const which = left.filter((i) => (pairs[i] as Pair).noun === noun);
    const figures = candidates.filter((c) => c.noun === noun && !used.has(c.token));
    if (figures.length !== which.length) continue;
    which.forEach((i, k) => {
      const token = figures[k]?.token;
      result[i] = token;
      if (token) used.add(token);
    });
  }
}

function overlap(a: readonly string[], b: readonly string[]): number {
  const set = new Set(b);
  return a.filter((w) => set.has(w)).length;
}

/** The figure right before a pair in its clause: "736.747 việc, tăng 39.080 việc (5,60%)". */
function immediate(
  ctx: AuditContext,
  passage: Passage,
  pair: Pair,
  inPairs: ReadonlySet<QuantityToken>,
): QuantityToken | undefined {
  const before = ctx.numbersIn(passage.start, pair.lead);
  const figure = before[before.length - 1];
  if (!figure || figure.percent || inPairs.has(figure) || figure.qualifier) return undefined;
  const noun = pair.noun;
  const own = nounOf(ctx, figure);
  if (noun !== undefined && own !== noun) return undefined;
  if (pair.lead - figure.end > 60) return undefined;
  const gap = solidTokens(passage, figure.end, pair.lead);
  if (gap.some((t) => t.text === ";" || t.text === "." || t.text === ":")) return undefined;
  // Only a comma or bracket, or a comparison ("…, so với tháng 4/2025 tăng …"), after the words
  // that name the figure's unit ("446.223 việc, tăng …").
  const mark = gap.findIndex((t) => t.kind !== "word");
  if (mark > 3) return undefined;
  const plain = gap.slice(Math.max(0, mark)).every((t) => t.text === "," || t.text === "(");
  return plain || hasRole(passage, figure.end, pair.lead, "compare") ? figure : undefined;
}

interface Candidate {
  readonly token: QuantityToken;
  readonly noun: string | undefined;
  readonly label: readonly string[];
}

/** The figures of a range that a change may be of, in text order. */
function figuresIn(
  ctx: AuditContext,
  range: Range,
  inPairs: ReadonlySet<QuantityToken>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const token of ctx.numbersIn(range.start, range.end)) {
    if (token.percent || inPairs.has(token) || token.qualifier) continue;
    const home = ctx.passageAt(token.numberStart);
    if (!home) continue;
    out.push({ token, noun: nounOf(ctx, token), label: figureWords(home, token) });
  }
  return out;
}

function toDraft(
  ctx: AuditContext,
  pair: Pair,
  current: QuantityToken | undefined,
): ClaimDraft | undefined {
  if (!current) return undefined;
  // A fall larger than the figure after it is a fall from a larger base: fine; a rise no
  // smaller than the figure after it leaves no base.
  if (pair.up && pair.delta.value.abs().gte(current.value)) return undefined;
  return relationDraft(
    ctx,
    "change",
    { start: pair.lead, end: pair.end },
    {
      kind: "change",
      after: ctx.idOf(current),
      direction: pair.up ? "increase" : "decrease",
      change: ctx.idOf(pair.delta),
      percent: ctx.idOf(pair.percent),
    },
  );
}
