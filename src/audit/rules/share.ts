import { checkPercentage, type PercentageResult } from "../../calculators/percentage.js";
import { checkReachability } from "../../calculators/reachability.js";
import { lowerBound } from "../../core/search.js";
import type { QuantityToken } from "../../quantities/token.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft, statedOf } from "../draft.js";
import {
  cueAt,
  cueBefore,
  cuesIn,
  hasRole,
  type Passage,
  solidBefore,
  solidTokens,
} from "../passage.js";
import type { Rule } from "../rule.js";
import { hasSiblingShare } from "./shared.js";

/**
 * A count with its share of a total the passage names or implies: "Toàn xã có 2.400 hộ; hộ
 * nghèo 126 hộ, chiếm 5,25%", "chỉ tiêu 1.200 hộ … đã hỗ trợ 1.014 hộ, đạt 84,5%". The base is
 * the nearest larger figure of the same unit before the count in its sentence or the one before;
 * when that does not fit, every figure of the paragraph is tried, and one that fits makes the
 * claim consistent (a note names it). With no base in the text, the share is checked for
 * reachability (GRIM): an error only when no whole number base or part can produce it.
 */
export const shareRule: Rule = {
  kind: "share",
  labels: { vi: "Tỷ trọng trong tổng", en: "Share of a total" },
  reads: ["sentence"],
  run: (ctx, passage) => {
    const drafts: ClaimDraft[] = [];
    const numbers = ctx.numbersIn(passage.start, passage.end);
    for (let i = 1; i < numbers.length; i++) {
      const stated = numbers[i] as QuantityToken;
      const part = numbers[i - 1] as QuantityToken;
      if (!stated.percent || ctx.used.has(stated) || part.percent || stated.qualifier) continue;
      if (stated.numeral.isNegative() || part.numeral.isNegative() || part.ambiguity) continue;
      if (!linked(passage, part, stated)) continue;
      const draft = check(ctx, passage, part, stated);
      if (draft) drafts.push(draft);
    }
    return drafts;
  },
};

// Between a count and its share: "126 hộ, chiếm 5,25%", "126 hộ (5,25%)", "08 biên chế = 66,7%".
const SHARE_REACH = 40;
const BREAKS = new Set([";", ".", "!", "?", "(", ")"]);
const NOT_COUNTS = new Set(["money", "measure", "time"]);

function linked(passage: Passage, part: QuantityToken, stated: QuantityToken): boolean {
  const gap = solidTokens(passage, part.end, stated.start);
  const bracket = gap.length === 1 && gap[0]?.text === "(";
  if (
    !bracket &&
    !(
      stated.lead &&
      stated.start - part.end <= SHARE_REACH &&
      !gap.some((t) => t.kind === "number" || BREAKS.has(t.text))
    )
  )
    return false;
  // "tăng 140 hộ (14%)": a change, not a share; nor "… 5% so với cùng kỳ".
  if (cueBefore(passage, part.start, "change-word")) return false;
  if (cueAt(passage, stated.end, "compare")) return false;
  // "hơn 2,43 tỷ đồng (đạt 50%)": a bound, not a count; and "…)/148 đơn, đạt 81,76%" is the
  // base of a fraction, not a part.
  if (part.qualifier) return false;
  return solidBefore(passage, part.start)?.text !== "/";
}

const ORDER: Record<PercentageResult["verdict"], number> = {
  consistent: 0,
  "consistent-with-other-base": 1,
  "consistent-if-other-rounding": 2,
  "consistent-if-truncated": 3,
  "consistent-as-complement": 4,
  inconsistent: 5,
};

function isWholeCount(token: QuantityToken): boolean {
  return token.value.isInteger() && !NOT_COUNTS.has(token.unit?.kind ?? "");
}

function check(
  ctx: AuditContext,
  passage: Passage,
  part: QuantityToken,
  stated: QuantityToken,
): ClaimDraft | undefined {
  const primary = primaryWhole(ctx, part);
  if (primary === "uncertain") return undefined;
  const candidates = paragraphFigures(ctx, part).filter(
    (t) => t !== stated && t.value.gte(part.value),
  );
  const tries = primary ? [primary, ...candidates.filter((t) => t !== primary)] : candidates;
  let best: { whole: QuantityToken; result: PercentageResult } | undefined;
  for (const whole of tries) {
    if (whole.value.isZero()) continue;
    const result = checkPercentage({
      part: part.value,
      whole: whole.value,
      stated: statedOf(stated),
    });
    if (!best || ORDER[result.verdict] < ORDER[best.result.verdict]) best = { whole, result };
    if (result.verdict === "consistent") break;
  }
  if (
    best &&
    (best.result.verdict !== "inconsistent" ||
      (best.whole === primary && namedAsBase(ctx, passage, primary, part, stated)))
  ) {
    return relationDraft(
      ctx,
      "share",
      { start: part.numberStart, end: stated.end },
      {
        kind: "share",
        part: ctx.idOf(part),
        whole: ctx.idOf(best.whole),
        stated: ctx.idOf(stated),
        inferred: best.whole !== primary,
        ...(hasSiblingShare(ctx, stated) ? {} : { complement: false }),
      },
    );
  }
  if (primary || !isWholeCount(part)) return undefined;
  return reachability(ctx, part, stated);
}

// How far before its figure a base word may stand ("tổng số đơn thư tiếp nhận: 900").
const BASE_REACH = 24;

/**
 * Whether an inconsistent share may be reported against its base: after "chiếm" or in a
 * bracket the nearest larger figure is the base; after "đạt" the base must be named as one
 * (a target, the cases under jurisdiction…), and never be the head of the list the part is in.
 */
function namedAsBase(
  ctx: AuditContext,
  passage: Passage,
  whole: QuantityToken,
  part: QuantityToken,
  stated: QuantityToken,
): boolean {
  // "126 hộ, chiếm 5,25%" and a bare "126 hộ (5,25%)" give the share of the whole before them;
  // "(đạt 81,2%)" may be the part's own rate against a target the text does not give.
  const gap = solidTokens(passage, part.end, stated.start);
  const bare = !stated.lead && gap.length === 1 && gap[0]?.text === "(";
  if (stated.lead?.kind === "accounts-for" || bare) return true;
  const home = ctx.passageAt(whole.start) ?? passage;
  const between = [home, passage];
  if (between.some((p) => hasRole(p, Math.max(p.start, whole.end), part.start, "list-some")))
    return false;
  return cuesIn(home, Math.max(home.start, whole.start - 48), whole.start).some(
    (cue) =>
      (cue.roles.has("base") || cue.roles.has("plan")) &&
      whole.start - cue.end <= BASE_REACH &&
      solidTokens(home, cue.end, whole.start).every((t) => t.kind === "word" || t.text === ":"),
  );
}

/**
 * The nearest larger figure of the same unit before the count, in its sentence or the one before;
 * `uncertain` when that figure is itself a bound ("hơn 3,9 tỷ đồng").
 */
function primaryWhole(
  ctx: AuditContext,
  part: QuantityToken,
): QuantityToken | "uncertain" | undefined {
  const sentence = ctx.sentenceAt(part.numberStart);
  if (!sentence || !part.unit) return undefined;
  const index = lowerBound(ctx.segments.sentences, sentence.start, (s) => s.start);
  const previous = ctx.segments.sentences[index - 1];
  const from =
    previous && previous.paragraph === sentence.paragraph ? previous.start : sentence.start;
  const before = ctx.numbersIn(from, part.numberStart);
  for (let i = before.length - 1; i >= 0; i--) {
    const t = before[i] as QuantityToken;
    if (!t.percent && t.unit?.canonical === part.unit.canonical && t.value.gt(part.value)) {
      return t.qualifier ? "uncertain" : t;
    }
  }
  return undefined;
}

function paragraphFigures(ctx: AuditContext, part: QuantityToken): QuantityToken[] {
  const sentence = ctx.sentenceAt(part.numberStart);
  const paragraph = sentence ? ctx.segments.paragraphs[sentence.paragraph] : undefined;
  if (!paragraph) return [];
  return ctx
    .numbersIn(paragraph.start, paragraph.end)
    .filter((t) => !t.percent && t !== part && !t.qualifier)
    .sort(
      (a, b) =>
        Math.abs(a.numberStart - part.numberStart) - Math.abs(b.numberStart - part.numberStart),
    );
}

/** GRIM: no base in the text; an error only when neither reading of the count can give the share. */
function reachability(
  ctx: AuditContext,
  count: QuantityToken,
  stated: QuantityToken,
): ClaimDraft | undefined {
  if (count.value.isZero() || count.value.gt(100000)) return undefined;
  // Every rounding an official might use: only a share none of them reaches is impossible.
  const fitsAsPart = (["half-up", "truncate", "half-even"] as const).some(
    (mode) =>
      checkPercentage({
        part: count.value,
        whole: count.value,
        stated: statedOf(stated),
        rounding: { consistent: [mode], lenient: [], complement: false },
      }).wholeRange !== null,
  );
  const asWhole = checkReachability({ whole: count.value, stated: statedOf(stated) });
  if (fitsAsPart || asWhole.verdict !== "unreachable") return undefined;
  return relationDraft(
    ctx,
    "reachability",
    { start: count.numberStart, end: stated.end },
    {
      kind: "reachability",
      whole: ctx.idOf(count),
      stated: ctx.idOf(stated),
    },
  );
}
