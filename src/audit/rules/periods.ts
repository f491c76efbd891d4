import { lowerBound } from "../../core/search.js";
import type { QuantityToken } from "../../quantities/token.js";
import type { Token } from "../../text/lexer.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft } from "../draft.js";
import { nounOf } from "../figures.js";
import {
  type Cue,
  cueBefore,
  cuesFrom,
  cuesIn,
  hasRole,
  type Passage,
  solidTokens,
  tokenAt,
} from "../passage.js";
import type { Rule } from "../rule.js";

/**
 * A change with both periods written (issue #17, shape 7): the value before stands in a bracket
 * that names its period, beside the change. "Sản lượng đạt 18.240 tấn, so với năm 2023 (16.800
 * tấn) tăng 8,75%", "so với cùng kỳ năm trước tăng 131 đơn (6 tháng đầu năm 2019 tiếp nhận
 * 1.405 đơn)", and parallel ones ("giảm 146 lượt tiếp, 127 lượt người (… 1.012 lượt/1.091 lượt
 * người)"). Each value before is paired, in order, with the figure counting the same thing
 * before the change; the change and its percentage must follow from the two.
 */
export const periodsRule: Rule = {
  kind: "change",
  labels: { vi: "Tăng, giảm", en: "Change" },
  reads: ["sentence"],
  run: (ctx, passage) => {
    const drafts: ClaimDraft[] = [];
    for (const bracket of brackets(passage)) {
      // The bracket names its period, or follows one: "so với năm 2023 (16.800 tấn)".
      const named =
        hasRole(passage, bracket.start, bracket.end, "period") ||
        hasRole(passage, Math.max(passage.start, bracket.start - 30), bracket.start, "compare") ||
        comparedClause(ctx, passage, bracket.start - 1);
      if (!named) continue;
      const before = ctx
        .numbersIn(bracket.start, bracket.end)
        .filter(
          (t) => !t.percent || ctx.numbersIn(bracket.start, bracket.end).every((x) => x.percent),
        );
      if (before.length === 0 || before.some((t) => ctx.used.has(t))) continue;
      const change = changeAround(ctx, passage, bracket);
      if (!change) continue;
      const currents = currentsFor(ctx, passage, Math.min(change.lead, bracket.start - 1), before);
      if (!currents) continue;
      // Rates before and after: a change written in "%" is in percentage points ("đạt 96%,
      // tăng 0,5% so với năm 2021 (năm 2021 là 95,5%)").
      const points = before.every((t) => t.percent);
      const deltas = points ? change.percents : change.deltas;
      before.forEach((previous, i) => {
        const current = currents[i] as QuantityToken;
        const delta = deltas.length === before.length ? deltas[i] : undefined;
        const percent =
          !points && change.percents.length === before.length ? change.percents[i] : undefined;
        if (!delta && !percent) return;
        const draft = relationDraft(
          ctx,
          "change",
          { start: change.lead, end: Math.max(bracket.end, (percent ?? delta ?? previous).end) },
          {
            kind: "change",
            before: ctx.idOf(previous),
            after: ctx.idOf(current),
            direction: change.up ? "increase" : "decrease",
            ...(delta ? { change: ctx.idOf(delta) } : {}),
            ...(percent ? { percent: ctx.idOf(percent) } : {}),
          },
        );
        if (draft) drafts.push(draft);
      });
    }
    return drafts;
  },
};

// How far before its bracket "so với" may open the clause naming the value before.
const COMPARED_REACH = 100;

/**
 * Whether the bracket closes a clause opened by "so với" that names the value before by its
 * period ("so với số hồ sơ năm 2023 chuyển sang năm 2024 (2.700 hồ sơ)"): only words and
 * years stand between, and the clause ends at the bracket with a period word before it.
 */
function comparedClause(ctx: AuditContext, passage: Passage, open: number): boolean {
  const from = Math.max(passage.start, open - COMPARED_REACH);
  const compare = cuesIn(passage, from, open)
    .filter((c) => c.roles.has("compare"))
    .at(-1);
  if (!compare) return false;
  if (solidTokens(passage, compare.end, open).some((t) => t.kind === "punct" && t.text !== ","))
    return false;
  const figures = ctx.numbersIn(compare.end, open);
  const years = figures.every(
    (t) => !t.percent && !t.unit && t.numeral.gte(1900) && t.numeral.lte(2100),
  );
  return years && hasRole(passage, Math.max(compare.end, open - 20), open, "period");
}

/** The bracketed stretches of a passage, outermost, as offsets inside the brackets. */
function brackets(passage: Passage): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let depth = 0;
  let open = 0;
  for (const t of passage.tokens) {
    if (t.text === "(") {
      if (depth === 0) open = t.end;
      depth++;
    } else if (t.text === ")" && depth > 0) {
      depth--;
      if (depth === 0) out.push({ start: open, end: t.start });
    }
  }
  return out;
}

interface Change {
  readonly up: boolean;
  /** Where the change's words start. */
  readonly lead: number;
  readonly deltas: readonly QuantityToken[];
  readonly percents: readonly QuantityToken[];
}

// How far the change may stand from the bracket of the value before.
const REACH = 80;

/**
 * The change next to the bracket: the direction word before it ("tăng 131 đơn (…)", "giảm 146
 * lượt tiếp, 127 lượt người (…)") or after it ("(16.800 tấn) tăng 8,75%"), with its figures.
 */
function changeAround(
  ctx: AuditContext,
  passage: Passage,
  bracket: { start: number; end: number },
): Change | undefined {
  const open = bracket.start - 1;
  const after = cueAfter(passage, bracket.end + 1);
  if (after) return collect(ctx, passage, after, after.end, passage.end);
  // The direction word before the bracket, with only its figures and their words between.
  const from = Math.max(passage.start, open - REACH);
  const cues = cuesIn(passage, from, open).filter((c) => c.roles.has("change-word"));
  const cue = cues[cues.length - 1];
  if (!cue) return undefined;
  return collect(ctx, passage, cue, cue.end, open);
}

function cueAfter(passage: Passage, at: number): Cue | undefined {
  let i = tokenAt(passage, at);
  while (passage.tokens[i]?.kind === "space") i++;
  const first = passage.tokens[i] as Token | undefined;
  if (!first) return undefined;
  return cuesFrom(passage, i).find((c) => c.roles.has("change-word"));
}

function collect(
  ctx: AuditContext,
  passage: Passage,
  cue: Cue,
  from: number,
  to: number,
): Change | undefined {
  const deltas: QuantityToken[] = [];
  const percents: QuantityToken[] = [];
  let at = from;
  for (const t of ctx.numbersIn(from, Math.min(to, from + REACH))) {
    // What stands since the figure before (the stretch before it was read at that figure).
    const tail = solidTokens(passage, at, t.start);
    // "tăng 540 hồ sơ (tăng 20,00%)": the percentage of the same change, in its bracket.
    const own =
      deltas.length > 0 &&
      percents.length === 0 &&
      t.percent &&
      !t.qualifier &&
      tail.at(-2)?.text === "(" &&
      cueBefore(passage, t.start, "change-word") !== undefined &&
      tail.slice(0, -2).every((x) => x.kind === "word");
    if (own) {
      percents.push(t);
      break;
    }
    if (tail.some((x) => x.text === ";" || x.text === "(" || x.text === ")")) break;
    // "thấp hơn 1,2%": the "hơn" of the change word, not a bound.
    const bound = t.qualifier !== undefined && t.qualifier.end > cue.end;
    if (bound || t.ambiguity) break;
    (t.percent ? percents : deltas).push(t);
    at = t.end;
  }
  if (deltas.length === 0 && percents.length === 0) return undefined;
  return { up: cue.roles.has("up"), lead: cue.start, deltas, percents };
}

/**
 * The figures the values before are of: for each, in order, the nearest figure counting the
 * same thing before the change, in its sentence or the one before; undefined unless each has
 * one.
 */
function currentsFor(
  ctx: AuditContext,
  passage: Passage,
  lead: number,
  before: readonly QuantityToken[],
): QuantityToken[] | undefined {
  const sentences = ctx.segments.sentences;
  const index = lowerBound(sentences, passage.start, (s) => s.start);
  const previous = sentences[index - 1];
  const here = sentences[index];
  const from =
    previous && here && previous.paragraph === here.paragraph ? previous.start : passage.start;
  // Not a figure inside a bracket: "1.536 đơn (tồn đầu kỳ 40 đơn, tiếp nhận mới 1.496 đơn)".
  const inside = brackets(passage);
  const candidates = ctx
    .numbersIn(from, lead)
    .filter(
      (t) =>
        !t.qualifier &&
        cueBefore(passage, t.start, "change-word") === undefined &&
        !inside.some((b) => b.start <= t.start && t.end <= b.end),
    );
  // The last figures counting what the values before count, in the same order.
  const nouns = before.map((t) => (t.percent ? "%" : nounOf(ctx, t)));
  const chosen: QuantityToken[] = [];
  let k = candidates.length - 1;
  for (let i = before.length - 1; i >= 0; i--) {
    for (; k >= 0; k--) {
      const t = candidates[k] as QuantityToken;
      const noun = t.percent ? "%" : nounOf(ctx, t);
      if (noun !== undefined && noun === nouns[i]) break;
    }
    if (k < 0) return undefined;
    chosen.unshift(candidates[k] as QuantityToken);
    k--;
  }
  return chosen;
}
