import type { QuantityToken } from "../../quantities/token.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft } from "../draft.js";

const FROM_TO = /(tăng|giảm)\s+từ\s*$/iu;
const TO = /^\s*(?:xuống|lên|tới|đến)\s*(?:còn\s*)?$/iu;
const DIRECTION = /(tăng|giảm)(?:\s+thêm)?\s*$/iu;
const COMPARED = /^[\s)]*(?:,\s*)?(?:so với|so cùng kỳ)/iu;

/**
 * Before, after and change: "giảm từ 480 xuống còn 460 (giảm 20), tương đương 4,17%", and a
 * change against a value the text never writes: "xảy ra 420 vụ, giảm 30 vụ (-6,67%) so với cùng
 * kỳ" (the base is 420 + 30).
 *
 * @param ctx - the audit context
 * @returns one draft per change
 */
export function recogniseChanges(ctx: AuditContext): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  for (const sentence of ctx.segments.sentences) {
    const tokens = ctx.numbersIn(sentence.start, sentence.end).filter((t) => !ctx.used.has(t));
    for (let i = 0; i < tokens.length; i++) {
      const draft = fromTo(ctx, tokens, i) ?? implied(ctx, tokens, i);
      if (draft) {
        drafts.push(draft);
        i += (draft.tokens?.length ?? 1) - 1;
      }
    }
  }
  return drafts;
}

function before(ctx: AuditContext, token: QuantityToken, chars = 24): string {
  return ctx.text.slice(Math.max(0, token.start - chars), token.start);
}

/** "giảm từ X xuống còn Y", then optionally "(giảm Z)" and "tương đương P%". */
function fromTo(
  ctx: AuditContext,
  tokens: readonly QuantityToken[],
  i: number,
): ClaimDraft | undefined {
  const from = tokens[i];
  const to = tokens[i + 1];
  if (!from || !to || from.percent || to.percent) return undefined;
  const dir = FROM_TO.exec(before(ctx, from));
  if (!dir || !TO.test(ctx.text.slice(from.end, to.start))) return undefined;
  if (from.unit && to.unit && from.unit.canonical !== to.unit.canonical) return undefined;
  const direction = dir[1]?.toLowerCase() === "tăng" ? "increase" : "decrease";
  const used = [from, to];
  let change: QuantityToken | undefined;
  let percent: QuantityToken | undefined;
  for (const next of tokens.slice(i + 2, i + 4)) {
    const gap = ctx.text.slice((used[used.length - 1] as QuantityToken).end, next.start);
    if (/[;]|\d/.test(gap) || gap.length > 40) break;
    if (!next.percent && !change && DIRECTION.test(before(ctx, next, 12))) change = next;
    else if (
      next.percent &&
      !percent &&
      (next.lead || DIRECTION.test(before(ctx, next, 12)) || /\(\s*$/.test(gap))
    )
      percent = next;
    else break;
    used.push(next);
  }
  return relationDraft(
    ctx,
    "change",
    { start: from.start - dir[0].length, end: Math.max(...used.map((t) => t.end)) },
    {
      kind: "change",
      before: ctx.idOf(from),
      after: ctx.idOf(to),
      direction,
      ...(change ? { change: ctx.idOf(change) } : {}),
      ...(percent ? { percent: ctx.idOf(percent) } : {}),
    },
  );
}

/** "Y …, giảm Z (P%) so với cùng kỳ": the base is Y ± Z. */
function implied(
  ctx: AuditContext,
  tokens: readonly QuantityToken[],
  i: number,
): ClaimDraft | undefined {
  const after = tokens[i];
  const change = tokens[i + 1];
  const percent = tokens[i + 2];
  if (!after || !change || !percent || after.percent || change.percent || !percent.percent)
    return undefined;
  const dir = DIRECTION.exec(before(ctx, change, 12));
  if (!dir || /[;]/.test(ctx.text.slice(after.end, change.start))) return undefined;
  if (ctx.text.slice(after.end, change.start).length > 24) return undefined;
  if (after.unit && change.unit && after.unit.canonical !== change.unit.canonical) return undefined;
  if (
    !/^\s*[(,]?\s*$/.test(
      ctx.text.slice(change.end, percent.start).replace(/tương (?:đương|ứng)|bằng/iu, ""),
    )
  ) {
    return undefined;
  }
  if (!COMPARED.test(ctx.text.slice(percent.end, percent.end + 24))) return undefined;
  return relationDraft(
    ctx,
    "change",
    { start: after.numberStart, end: percent.end },
    {
      kind: "change",
      after: ctx.idOf(after),
      direction: dir[1]?.toLowerCase() === "tăng" ? "increase" : "decrease",
      change: ctx.idOf(change),
      percent: ctx.idOf(percent),
    },
  );
}
