import type { QuantityToken } from "../../quantities/token.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft } from "../draft.js";
import {
  type Cue,
  cueAt,
  cueBefore,
  type Passage,
  solidAfter,
  solidTokens,
  tokensIn,
} from "../passage.js";
import type { Rule } from "../rule.js";

/**
 * Before, after and change: "giảm từ 480 xuống còn 460 (giảm 20), tương đương 4,17%", and a
 * change against a value the text never writes: "xảy ra 420 vụ, giảm 30 vụ (-6,67%) so với cùng
 * kỳ" (the base is 420 + 30).
 */
export const changeRule: Rule = {
  kind: "change",
  labels: { vi: "Tăng, giảm", en: "Change" },
  reads: ["sentence"],
  run: (ctx, passage) => {
    const drafts: ClaimDraft[] = [];
    const tokens = ctx.numbersIn(passage.start, passage.end).filter((t) => !ctx.used.has(t));
    for (let i = 0; i < tokens.length; i++) {
      const draft = fromTo(ctx, passage, tokens, i) ?? implied(ctx, passage, tokens, i);
      if (draft) {
        drafts.push(draft);
        i += (draft.tokens?.length ?? 1) - 1;
      }
    }
    return drafts;
  },
};

/** The direction of a "tăng"/"giảm" cue right before `offset`. */
function directionBefore(passage: Passage, offset: number): { cue: Cue; up: boolean } | undefined {
  const up = cueBefore(passage, offset, "change-word");
  if (!up) return undefined;
  return { cue: up, up: up.roles.has("up") };
}

// What may stand between the figures of one change: a bracket, a comma, "tương đương".
const CHANGE_REACH = 40;

/** "giảm từ X xuống còn Y", then optionally "(giảm Z)" and "tương đương P%". */
function fromTo(
  ctx: AuditContext,
  passage: Passage,
  tokens: readonly QuantityToken[],
  i: number,
): ClaimDraft | undefined {
  const from = tokens[i];
  const to = tokens[i + 1];
  if (!from || !to || from.percent || to.percent) return undefined;
  const word = cueBefore(passage, from.start, "from");
  const dir = word && directionBefore(passage, word.start);
  if (!dir || !onlyTo(passage, from.end, to.start)) return undefined;
  if (from.unit && to.unit && from.unit.canonical !== to.unit.canonical) return undefined;
  const used = [from, to];
  let change: QuantityToken | undefined;
  let percent: QuantityToken | undefined;
  for (const next of tokens.slice(i + 2, i + 4)) {
    const last = used[used.length - 1] as QuantityToken;
    const gap = solidTokens(passage, last.end, next.start);
    if (
      next.start - last.end > CHANGE_REACH ||
      gap.some((t) => t.text === ";" || t.kind === "number")
    )
      break;
    const direction = directionBefore(passage, next.start);
    if (!next.percent && !change && direction) change = next;
    else if (
      next.percent &&
      !percent &&
      (next.lead || direction || gap[gap.length - 1]?.text === "(")
    )
      percent = next;
    else break;
    used.push(next);
  }
  return relationDraft(
    ctx,
    "change",
    { start: dir.cue.start, end: Math.max(...used.map((t) => t.end)) },
    {
      kind: "change",
      before: ctx.idOf(from),
      after: ctx.idOf(to),
      direction: dir.up ? "increase" : "decrease",
      ...(change ? { change: ctx.idOf(change) } : {}),
      ...(percent ? { percent: ctx.idOf(percent) } : {}),
    },
  );
}

/** Only "xuống", "lên", "tới", "đến" (and "còn") between the two figures of "từ X xuống Y". */
function onlyTo(passage: Passage, from: number, to: number): boolean {
  const cue = cueAt(passage, from, "to", to);
  if (!cue) return false;
  return solidTokens(passage, cue.end, to).every((t) => t.key === "còn");
}

// How far a change may stand from the figure it changes: "420 vụ, giảm 30".
const IMPLIED_REACH = 24;

/** "Y …, giảm Z (P%) so với cùng kỳ": the base is Y ± Z. */
function implied(
  ctx: AuditContext,
  passage: Passage,
  tokens: readonly QuantityToken[],
  i: number,
): ClaimDraft | undefined {
  const after = tokens[i];
  const change = tokens[i + 1];
  const percent = tokens[i + 2];
  if (!after || !change || !percent || after.percent || change.percent || !percent.percent)
    return undefined;
  const dir = directionBefore(passage, change.start);
  if (!dir || change.start - after.end > IMPLIED_REACH) return undefined;
  if (solidTokens(passage, after.end, change.start).some((t) => t.text === ";")) return undefined;
  if (after.unit && change.unit && after.unit.canonical !== change.unit.canonical) return undefined;
  if (!onlyBracketOrEquivalent(passage, change.end, percent.start)) return undefined;
  if (!cueAt(passage, percent.end, "compare") && !comparedAfterBracket(passage, percent.end))
    return undefined;
  return relationDraft(
    ctx,
    "change",
    { start: after.numberStart, end: percent.end },
    {
      kind: "change",
      after: ctx.idOf(after),
      direction: dir.up ? "increase" : "decrease",
      change: ctx.idOf(change),
      percent: ctx.idOf(percent),
    },
  );
}

/** "(", "," or "tương đương"/"tương ứng"/"bằng" between a change and its percentage. */
function onlyBracketOrEquivalent(passage: Passage, from: number, to: number): boolean {
  const tokens = tokensIn(passage, from, to).filter((t) => t.kind !== "space");
  const eq = cueAt(passage, from, "equivalent", to);
  const rest = eq ? tokens.filter((t) => t.start < eq.start || t.start >= eq.end) : tokens;
  const marks = rest.map((t) => t.text);
  return marks.length <= 1 && marks.every((m) => m === "(" || m === ",");
}

/** "…%) so với cùng kỳ": the comparison after the closing bracket. */
function comparedAfterBracket(passage: Passage, from: number): boolean {
  let at = from;
  for (let t = solidAfter(passage, at); t && (t.text === ")" || t.text === ","); ) {
    at = t.end;
    t = solidAfter(passage, at);
  }
  return at > from && cueAt(passage, at, "compare") !== undefined;
}
