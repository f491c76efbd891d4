import { transposed } from "../../calculators/total.js";
import { Decimal } from "../../core/decimal.js";
import { lowerBound } from "../../core/search.js";
import type { QuantityToken } from "../../quantities/token.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft, show } from "../draft.js";
import {
  contentWords,
  coverWhole,
  figureWords,
  isWholeCount,
  nounOf,
  sameNoun,
} from "../figures.js";
import { type Cue, cueAt, cueBefore, type Passage, solidBefore } from "../passage.js";
import type { Rule } from "../rule.js";
import { opensList } from "./breakdown.js";

/**
 * A total divided without a marker (issue #17, shape 4): the figures that follow it, counting
 * the same thing, in its sentence or the next two of its paragraph ("tiếp nhận 6.302 hồ sơ …;
 * hồ sơ mới 4.131 hồ sơ, tồn kỳ trước 2.171 hồ sơ"). Nothing marks them as its parts, so the
 * claim is made only when the first of them add up to it exactly, or when their sum is the total
 * with two adjacent digits swapped: a typing slip, reported as a warning. Any other difference
 * says nothing (the figures may be of something else).
 */
export const partitionRule: Rule = {
  kind: "breakdown",
  labels: { vi: "Tổng và các phần", en: "Total and parts" },
  reads: ["sentence"],
  runText: (ctx) => sharedWholes(ctx),
  run: (ctx, passage) => {
    const drafts: ClaimDraft[] = hundredParts(ctx, passage);
    for (const total of ctx.numbersIn(passage.start, passage.end)) {
      if (ctx.used.has(total) || !isWholeCount(total) || total.value.lt(MIN_TOTAL)) continue;
      // "… 5.200 hồ sơ. Trong đó, …": marked parts, read by the breakdown rule.
      if (opensList(ctx, total)) continue;
      const noun = nounOf(ctx, total);
      if (noun === undefined) continue;
      const summed = sumAfter(ctx, passage, total, noun);
      if (summed) {
        drafts.push(summed);
        continue;
      }
      const run = followers(ctx, passage, total, noun);
      const draft = run && partsOf(ctx, total, run);
      if (draft) drafts.push(draft);
    }
    return drafts;
  },
};

// A total below this is too small for its parts to be told from chance.
const MIN_TOTAL = 10;
// A total whose parts' sum is a swap of its digits is a slip only from four digits up.
const MIN_SWAPPED = 1000;
// At most this many parts, read from at most this many sentences after the total's.
const MAX_PARTS = 6;
const SENTENCES_AFTER = 2;
// Figures looked at after a total: a sentence of thousands stays linear.
const MAX_SCANNED = 30;

/** Whether a figure is a change ("giảm 126 đối tượng"), not a count. */
function isChange(ctx: AuditContext, t: QuantityToken): boolean {
  const passage = ctx.passageAt(t.numberStart);
  return passage !== undefined && cueBefore(passage, t.start, "change-word") !== undefined;
}

/** Whether a figure is the whole of a fraction ("6.659/8.159 đảng viên" → 8.159), not a part. */
function isWholeOf(ctx: AuditContext, t: QuantityToken): boolean {
  const passage = ctx.passageAt(t.numberStart);
  return passage !== undefined && solidBefore(passage, t.start)?.text === "/";
}

/** The figures after the total that count what it counts, up to the first that does not fit. */
function followers(
  ctx: AuditContext,
  passage: Passage,
  total: QuantityToken,
  noun: string,
): QuantityToken[] | undefined {
  const sentence = ctx.sentenceAt(total.numberStart);
  if (!sentence) return undefined;
  const sentences = ctx.segments.sentences;
  let last = sentence;
  const at = lowerBound(sentences, sentence.start, (s) => s.start);
  for (let i = at + 1, n = 0; n < SENTENCES_AFTER; i++, n++) {
    const next = sentences[i];
    if (!next || next.paragraph !== sentence.paragraph) break;
    last = next;
  }
  const out: QuantityToken[] = [];
  let numerators = 0;
  // Walked in place (not sliced): a sentence of thousands of figures stays linear.
  const { numbers } = ctx;
  const end = Math.max(passage.end, last.end);
  const from = lowerBound(numbers, total.end, (t) => t.numberStart);
  for (let i = from; i < numbers.length && i < from + MAX_SCANNED; i++) {
    const t = numbers[i] as QuantityToken;
    if (t.numberStart >= end) break;
    if (t.percent) continue;
    if (isWholeOf(ctx, t)) continue;
    // "6.659/8.159 đảng viên": the part counted is the numerator, named by its whole's noun.
    const whole = numbers[i + 1];
    // A bare numerator before "/" ("6.659/8.159"), not the first of a pair ("1.147 lượt/1.325 người").
    const over = whole !== undefined && isWholeOf(ctx, whole) && nounOf(ctx, t) === undefined;
    const own = over ? nounOf(ctx, whole) : nounOf(ctx, t);
    if (!sameNoun(own, noun) || isChange(ctx, t)) continue;
    // Fractions of one whole may overlap ("đất đai 41/52 …, chính sách 11/52 …"): read by their
    // labels (`sharedWholes`), never summed here; one fraction is a part like any other.
    if (over && ++numerators > 1) return undefined;
    // A part is smaller than its total; a figure as large starts something else.
    if (!isWholeCount(t) || t.value.gte(total.value)) break;
    out.push(t);
    if (out.length >= MAX_PARTS) break;
  }
  return out.length >= 2 ? out : undefined;
}

function partsOf(
  ctx: AuditContext,
  total: QuantityToken,
  run: readonly QuantityToken[],
): ClaimDraft | undefined {
  const sums: Decimal[] = [];
  for (const t of run)
    sums.push((sums[sums.length - 1] ?? total.value.minus(total.value)).plus(t.value));
  let m = sums.findIndex((s, i) => i >= 1 && s.eq(total.value)) + 1;
  // Parts whose labels plainly cover the whole ("đô thị" / "nông thôn") are its parts whatever
  // they add up to: a difference is an error.
  const covering = m === 0 ? coveringRun(ctx, run) : 0;
  if (covering > 0) return draftOf(ctx, total, run.slice(0, covering), "all");
  const slip = m === 0;
  // A swap explains a difference by chance too often below four digits.
  if (slip && total.value.gte(MIN_SWAPPED))
    m = sums.findIndex((s, i) => i >= 1 && transposed(s, total.value)) + 1;
  if (m === 0) return undefined;
  const draft = draftOf(ctx, total, run.slice(0, m), "some");
  if (!draft) return undefined;
  // Read from the figures alone, the claim leaves them to the rules after it (a change in the
  // next sentence may still be of the same figures). Unmarked parts may be of something else:
  // a sum past the total is a likely slip, no proof.
  const { tokens: _taken, ...free } = draft;
  return slip
    ? { ...free, findings: draft.findings.map((f) => ({ ...f, severity: "warning" as const })) }
    : free;
}

/** How many first figures of the run have labels that cover a whole between them (0: none). */
function coveringRun(ctx: AuditContext, run: readonly QuantityToken[]): number {
  const labels = run.map((t) => {
    const passage = ctx.passageAt(t.numberStart);
    return passage ? figureWords(passage, t).join(" ") : "";
  });
  // The covering parts end their sentence: a further part in it ("trực tuyến …; trực tiếp …;
  // năm trước chuyển sang …") shows the labels cover only some of the whole.
  const ends = (m: number) =>
    m === run.length ||
    ctx.sentenceAt((run[m] as QuantityToken).numberStart) !==
      ctx.sentenceAt((run[m - 1] as QuantityToken).numberStart);
  for (let m = 2; m <= labels.length; m++)
    if (coverWhole(labels.slice(0, m), false) && ends(m)) return m;
  return 0;
}

function draftOf(
  ctx: AuditContext,
  total: QuantityToken,
  parts: readonly QuantityToken[],
  list: "all" | "some",
): ClaimDraft | undefined {
  return relationDraft(
    ctx,
    "breakdown",
    { start: total.numberStart, end: total.end },
    {
      kind: "breakdown",
      root: {
        figure: ctx.idOf(total),
        label: show(total.value, "vi"),
        list,
        children: parts.map((t) => ({ figure: ctx.idOf(t), label: show(t.value, "vi") })),
      },
    },
  );
}

/** A fraction of the text: "38/40" (numerator and denominator as figures). */
interface Fraction {
  readonly part: QuantityToken;
  readonly whole: QuantityToken;
}

/** The fractions of the text in order: a figure, "/", a figure. */
function fractions(ctx: AuditContext): Fraction[] {
  const out: Fraction[] = [];
  const { numbers, text } = ctx;
  for (let i = 1; i < numbers.length; i++) {
    const part = numbers[i - 1] as QuantityToken;
    const whole = numbers[i] as QuantityToken;
    if (text.slice(part.numberEnd, whole.numberStart).trim() !== "/") continue;
    if (isWholeCount(part) && isWholeCount(whole)) out.push({ part, whole });
  }
  return out;
}

/** The mark a paragraph opens with ("*", "-", "+"), if any. */
function bulletOf(ctx: AuditContext, paragraph: number): string | undefined {
  const p = ctx.segments.paragraphs[paragraph];
  const c = p && ctx.text.slice(p.start, p.end).trimStart()[0];
  return c !== undefined && "*-+•–—·".includes(c) ? c : undefined;
}

/**
 * Fractions of one whole ("lĩnh vực đất đai 38/40 lượt …, các lĩnh vực khác 3/40 lượt"; lines
 * "* Đại học: 16/29 vị", "* Trung cấp: 05/29 vị", "* Khác: 07/29 vị"): a run of fractions with
 * the same denominator, in one sentence or on lines opened by the same mark, whose labels
 * plainly cover the whole (the last names the rest, or they are a set of the lexicon's
 * partitions) are all of it: their numerators must add up to it.
 */
function sharedWholes(ctx: AuditContext): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  const all = fractions(ctx);
  let run: Fraction[] = [];
  const flush = () => {
    if (run.length >= 2) {
      const draft = coveredFractions(ctx, run);
      if (draft) drafts.push(draft);
    }
    run = [];
  };
  for (const f of all) {
    const last = run[run.length - 1];
    if (last && !together(ctx, last, f)) flush();
    run.push(f);
    if (run.length > MAX_PARTS) run = [];
  }
  flush();
  return drafts;
}

/** Whether two fractions, one after the other, are of one whole: same denominator, one sentence or like lines. */
function together(ctx: AuditContext, a: Fraction, b: Fraction): boolean {
  if (!a.whole.value.eq(b.whole.value)) return false;
  const sa = ctx.sentenceAt(a.part.numberStart);
  const sb = ctx.sentenceAt(b.part.numberStart);
  if (!sa || !sb) return false;
  if (sa === sb) return true;
  // Lines next to each other, opened by the same mark, one fraction each.
  if (sb.paragraph !== sa.paragraph + 1) return false;
  const mark = bulletOf(ctx, sa.paragraph);
  return mark !== undefined && mark === bulletOf(ctx, sb.paragraph);
}

function coveredFractions(ctx: AuditContext, run: readonly Fraction[]): ClaimDraft | undefined {
  const labels = run.map((f) => {
    const passage = ctx.passageAt(f.part.numberStart);
    return passage ? fractionWords(passage, f).join(" ") : "";
  });
  if (!coverWhole(labels)) return undefined;
  const total = (run[0] as Fraction).whole;
  const draft = draftOf(
    ctx,
    total,
    run.map((f) => f.part),
    "all",
  );
  if (!draft) return undefined;
  const { tokens: _taken, ...free } = draft;
  // Each fraction writes the whole again: the claim shows every copy of it.
  const copies = run.slice(1).map((f) => ctx.figure(f.whole, "total"));
  return { ...free, figures: [...free.figures, ...copies] };
}

/** The words naming a fraction: back from its numerator and on from its denominator, to a mark. */
function fractionWords(passage: Passage, f: Fraction): string[] {
  const words = [...figureWords(passage, f.part), ...figureWords(passage, f.whole)];
  // "* Khác: 07/29 vị": the label before its colon.
  const colon = solidBefore(passage, f.part.start);
  if (colon?.text !== ":") return words;
  let from = colon.start;
  for (
    let t = solidBefore(passage, colon.start);
    t?.kind === "word";
    t = solidBefore(passage, t.start)
  )
    from = t.start;
  return [...contentWords(passage, from, colon.start), ...words];
}

// How far before a total its sum word may stand ("lũy kế đã và đang giải quyết trong kỳ là").
const SUM_REACH = 60;

/**
 * A total written after its parts, named by a sum word ("tiếp nhận mới 4.200 hồ sơ, tồn kỳ trước
 * 1.300, lũy kế 5.500 hồ sơ"): the figures before the word in its sentence, counting what the
 * total counts or saying nothing of it. The word says the parts are all of the total, but not
 * where they start: the claim is made when the last of them add up to it, or miss by a swap (a
 * warning).
 */
function sumAfter(
  ctx: AuditContext,
  passage: Passage,
  total: QuantityToken,
  noun: string,
): ClaimDraft | undefined {
  // Looked up by search from the reach before the total: a sentence of thousands stays linear.
  let cue: Cue | undefined;
  const from = lowerBound(passage.cues, total.start - SUM_REACH - 40, (c) => c.start);
  for (let j = from; j < passage.cues.length; j++) {
    const c = passage.cues[j] as Cue;
    if (c.start >= total.start) break;
    if (c.roles.has("sum") && c.end <= total.start && total.start - c.end <= SUM_REACH) cue = c;
  }
  if (!cue || ctx.numbersIn(cue.end, total.numberStart).length > 0) return undefined;
  const parts: QuantityToken[] = [];
  const { numbers } = ctx;
  const first = lowerBound(numbers, passage.start, (t) => t.numberStart);
  const last = lowerBound(numbers, cue.start, (t) => t.numberStart) - 1;
  for (let i = last; i >= first && i > last - MAX_SCANNED && parts.length < MAX_PARTS; i--) {
    const t = numbers[i] as QuantityToken;
    if (t.percent || isChange(ctx, t)) continue;
    const own = nounOf(ctx, t);
    if (!isWholeCount(t) || t.value.gte(total.value) || (own !== undefined && !sameNoun(own, noun)))
      break;
    parts.unshift(t);
  }
  let sum = total.value.minus(total.value);
  let exact = 0;
  let swapped = 0;
  for (let k = 1; k <= parts.length; k++) {
    sum = sum.plus((parts[parts.length - k] as QuantityToken).value);
    if (k < 2) continue;
    if (sum.eq(total.value)) exact = k;
    else if (total.value.gte(MIN_SWAPPED) && transposed(sum, total.value)) swapped = k;
  }
  const k = exact || swapped;
  if (k === 0) return undefined;
  const draft = draftOf(ctx, total, parts.slice(parts.length - k), "all");
  if (!draft || exact) return draft;
  return {
    ...draft,
    findings: draft.findings.map((f) => ({ ...f, severity: "warning" as const })),
  };
}

/**
 * Parts each "chiếm p% tổng số …" of one whole, their shares making 100 within rounding ("…
 * thực hiện 190 vụ việc chiếm 95% tổng số vụ việc; … 10 vụ việc chiếm 5% tổng số vụ việc"):
 * all of the whole the sentence before states, its first count of what they count when none
 * there is larger. Their sum must be it.
 */
function hundredParts(ctx: AuditContext, passage: Passage): ClaimDraft[] {
  const parts: QuantityToken[] = [];
  let sum = new Decimal(0);
  let slack = new Decimal(0);
  let last: QuantityToken | undefined;
  for (const t of ctx.numbersIn(passage.start, passage.end)) {
    if (t.percent && last && t.lead?.kind === "accounts-for" && cueAt(passage, t.end, "base")) {
      parts.push(last);
      sum = sum.plus(t.numeral);
      slack = slack.plus(new Decimal(5).div(10 ** (t.decimals + 1)));
    }
    last = t.percent ? undefined : t;
  }
  const noun = parts[0] && nounOf(ctx, parts[0]);
  if (parts.length < 2 || sum.minus(100).abs().gt(slack) || noun === undefined) return [];
  if (parts.some((t) => !sameNoun(nounOf(ctx, t), noun))) return [];
  const sentences = ctx.segments.sentences;
  const at = lowerBound(sentences, passage.start, (s) => s.start);
  const before = sentences[at - 1];
  if (!before || before.paragraph !== sentences[at]?.paragraph) return [];
  const counts = ctx
    .numbersIn(before.start, before.end)
    .filter((t) => !t.percent && !isChange(ctx, t) && sameNoun(nounOf(ctx, t), noun));
  const total = counts[0];
  if (!total || counts.some((t) => t.value.gt(total.value))) return [];
  // Parts that add up to a total no rule took were read with it, after its own sentence.
  const parted = parts.reduce((n, t) => n.plus(t.value), new Decimal(0));
  if (parted.eq(total.value) && !ctx.used.has(total)) return [];
  const draft = draftOf(ctx, total, parts, "all");
  if (!draft) return [];
  const { tokens: _free, ...free } = draft;
  return [free];
}
