import { checkReachability } from "../../calculators/reachability.js";
import type { QuantityToken } from "../../quantities/token.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft, statedOf } from "../draft.js";
import { contentWords, isWholeCount, nounOf } from "../figures.js";
import { cueBefore, cuesIn, type Passage, solidBefore, wordsStart } from "../passage.js";
import type { Rule } from "../rule.js";

/**
 * A rate written without its count, of a whole the text names once (issue #17, reachability):
 * "Xã có 1.240 hộ … Tỷ lệ hộ nghèo chiếm 7,66%". The share's words open with what the whole
 * counts ("hộ" of "hộ nghèo"), and one count of that, and only one, stands in the share's
 * paragraph or the one before: no count of the whole gives the share, and it is an error (the
 * GRIM test). Some count giving it makes the claim, and says nothing more; a share of a whole
 * written twice or not at all is left alone.
 */
export const reachableRule: Rule = {
  kind: "reachability",
  labels: { vi: "Tỷ lệ đạt được", en: "Reachable share" },
  reads: ["sentence"],
  run: (ctx, passage) => {
    const drafts: ClaimDraft[] = [];
    const numbers = ctx.numbersIn(passage.start, passage.end);
    numbers.forEach((stated, i) => {
      if (!stated.percent || stated.qualifier || ctx.used.has(stated)) return;
      if (stated.numeral.isNegative() || stated.numeral.gt(100)) return;
      const noun = namedNoun(passage, numbers[i - 1], stated);
      if (noun === undefined) return;
      const whole = onlyWhole(ctx, passage, noun);
      if (!whole) return;
      const draft = relationDraft(
        ctx,
        "reachability",
        { start: stated.start, end: stated.end },
        { kind: "reachability", whole: ctx.idOf(whole), stated: ctx.idOf(stated) },
      );
      if (!draft) return;
      // Unreachable is an error; reachable only by a lenient rounding is left unsaid.
      const verdict = checkReachability({ whole: whole.value, stated: statedOf(stated) }).verdict;
      if (verdict !== "reachable-if-lenient") drafts.push(draft);
    });
    return drafts;
  },
};

// How far before its share the words naming it may start ("Tỷ lệ hộ nghèo cao chiếm 26,58%").
const NAME_REACH = 40;
// Marks that end the words naming a share.
const MARKS = new Set([",", ";", ".", ":", "(", ")", "%"]);

/**
 * The noun a share's words open with, when the share is led by "chiếm" and no figure stands
 * between it and the mark before its words: "Tỷ lệ hộ nghèo chiếm 7,66%" → "hộ".
 */
function namedNoun(
  passage: Passage,
  previous: QuantityToken | undefined,
  stated: QuantityToken,
): string | undefined {
  if (stated.lead?.kind !== "accounts-for") return undefined;
  const lead = stated.lead.start;
  const from = wordsStart(passage, lead, NAME_REACH);
  // A word further back (the words run past the reach) is no mark either.
  const mark = solidBefore(passage, from);
  if (mark && !MARKS.has(mark.text)) return undefined;
  if (previous && previous.end > from) return undefined;
  // "Tỷ lệ hộ nghèo" names households after the rate word; "hộ cận nghèo" at once.
  const rate = cuesIn(passage, from, lead).find((c) => c.roles.has("rate") && c.start === from);
  const words = contentWords(passage, rate ? rate.end : from, lead);
  if (cueBefore(passage, lead, "change-word")) return undefined;
  return words[0];
}

/** The one whole count of `noun` in the passage's paragraph and the one before, if one only. */
function onlyWhole(ctx: AuditContext, passage: Passage, noun: string): QuantityToken | undefined {
  const paragraphs = ctx.segments.paragraphs;
  const index = passage.group;
  const from = paragraphs[Math.max(0, index - 1)]?.start ?? passage.start;
  const to = paragraphs[index]?.end ?? passage.end;
  const figures = ctx.numbersIn(from, to);
  // A long stretch is no place to name a whole once: left alone, and the rule stays linear.
  if (figures.length > MAX_FIGURES) return undefined;
  let found: QuantityToken | undefined;
  for (const t of figures) {
    if (t.percent || nounOf(ctx, t) !== noun) continue;
    if (found || !isWholeCount(t)) return undefined;
    found = t;
  }
  return found?.value.gte(MIN_WHOLE) ? found : undefined;
}

// A whole this small reaches few shares of two decimals, but its share is rarely the point.
const MIN_WHOLE = 20;
const MAX_FIGURES = 200;
