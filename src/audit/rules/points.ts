import type { QuantityToken } from "../../quantities/token.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft } from "../draft.js";
import { cueBefore, type Passage, solidTokens } from "../passage.js";
import type { Rule } from "../rule.js";

/**
 * A gap in percentage points (issue #17, shape 8): a rate, the gap to another rate in "điểm phần
 * trăm", and that other rate after it ("đạt 96,2%, vượt 1,2 điểm phần trăm so với mục tiêu
 * (95%)"). The gap must be the difference of the two rates.
 */
export const pointsRule: Rule = {
  kind: "change",
  labels: { vi: "Tăng, giảm", en: "Change" },
  reads: ["sentence"],
  run: (ctx, passage) => {
    const drafts: ClaimDraft[] = [];
    for (const cue of passage.cues) {
      if (!cue.roles.has("points")) continue;
      const draft = gapAt(ctx, passage, cue.start, cue.end);
      if (draft) drafts.push(draft);
    }
    return drafts;
  },
};

// How far after the words "điểm phần trăm" the other rate may stand.
const REACH = 80;

function gapAt(
  ctx: AuditContext,
  passage: Passage,
  start: number,
  end: number,
): ClaimDraft | undefined {
  const before = ctx.numbersIn(passage.start, start);
  const gap = before[before.length - 1];
  // "1,2 điểm phần trăm": the scanner may take "điểm" for the figure's unit.
  if (!gap || gap.percent || solidTokens(passage, gap.numberEnd, start).length > 0)
    return undefined;
  // "vượt" may be read as the figure's qualifier: the word is sought before the number itself.
  const word =
    cueBefore(passage, gap.numberStart, "up") ?? cueBefore(passage, gap.numberStart, "down");
  if (!word) return undefined;
  const direction = word.roles.has("down") ? "decrease" : "increase";
  const current = [...before].reverse().find((t) => t.percent && t.end <= word.start);
  const other = ctx
    .numbersIn(end, Math.min(passage.end, end + REACH))
    .find((t: QuantityToken) => t.percent);
  if (!current || !other || ctx.used.has(gap)) return undefined;
  return relationDraft(
    ctx,
    "change",
    { start: current.start, end: other.end },
    {
      kind: "change",
      before: ctx.idOf(other),
      after: ctx.idOf(current),
      change: ctx.idOf(gap),
      direction,
    },
  );
}
