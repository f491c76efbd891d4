import {
  checkPercentage,
  type PercentageVerdict,
  percentageVerdict,
} from "../../calculators/percentage.js";
import { checkReachability } from "../../calculators/reachability.js";
import { Decimal } from "../../core/decimal.js";
import { lowerBound } from "../../core/search.js";
import { matchKey } from "../../core/text.js";
import type { QuantityToken } from "../../quantities/token.js";
import type { Token } from "../../text/lexer.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft, statedOf, swappedReadings } from "../draft.js";
import { contentWords, nounOf } from "../figures.js";
import { LEXICON, type Role } from "../lexicon.js";
import {
  cueAt,
  cueBefore,
  cuesFrom,
  cuesIn,
  hasRole,
  type Passage,
  solidAfter,
  solidBefore,
  solidTokens,
  wordsStart,
} from "../passage.js";
import type { Rule } from "../rule.js";
import type { Sentence } from "../segment.js";
import { candidateBases, hasSiblingShare } from "./shared.js";

/**
 * A count with its share of a base: "Toàn xã có 2.400 hộ; hộ nghèo 126 hộ, chiếm 5,25%",
 * "cấp huyện tiếp nhận 6.776 hồ sơ, với 2.521 hồ sơ trực tuyến (đạt tỷ lệ 37,21%)". The base is
 * sought in this order (issue #17, section 4): named in the same clause; the nearest larger
 * figure counting the same thing in the sentence; the sum of the parts just named, when their
 * shares make 100; the total just above (the figure a "trong đó" or ":" list opens with, in
 * the sentence or the one before, or the line opening a list written one item a line); the
 * sentence before (across a paragraph break for a paragraph's first sentence); the total line
 * above a "Label: N unit – Chiếm p%" line. The first that fits makes the claim; when none fits,
 * the error is reported against the first, naming any figure of the paragraph that would fit.
 * A share with no base in that reach is checked for reachability only (GRIM).
 *
 * A share is paired with its count when it follows it ("126 hộ, chiếm 5,25%", "01 … không đạt
 * chỉ tiêu (0,15%)"), past a change of the count ("57 trẻ giảm 02 trẻ, chiếm tỷ lệ 14,1%"), by
 * the rate's name ("khám phá 3.043 vụ; …; tỷ lệ khám phá đạt 85,53%"), or in order when the
 * shares follow the counts in one bracket ("529 …, 77 …, 78 … (tương đương 77,22%, 11,24%,
 * 11,39%)"): one list, one base.
 */
export const shareRule: Rule = {
  kind: "share",
  labels: { vi: "Tỷ trọng trong tổng", en: "Share of a total" },
  reads: ["sentence"],
  run: (ctx, passage) => {
    const drafts: ClaimDraft[] = [];
    const numbers = ctx.numbersIn(passage.start, passage.end);
    const done = new Set<QuantityToken>();
    for (const list of parallelLists(passage, numbers)) {
      for (const draft of checkParallel(ctx, passage, list)) drafts.push(draft);
      for (const stated of list.shares) done.add(stated);
    }
    const partOf = new Map<QuantityToken, QuantityToken>();
    for (let i = 1; i < numbers.length; i++) {
      const stated = numbers[i] as QuantityToken;
      if (!stated.percent || ctx.used.has(stated) || stated.qualifier || done.has(stated)) continue;
      if (stated.numeral.isNegative()) continue;
      const next = numbers[i - 1] as QuantityToken;
      const part =
        namedPart(passage, numbers, i) ??
        (next.percent
          ? (secondShare(passage, partOf, next, stated) ?? beforeChange(passage, numbers, i))
          : cueBefore(passage, next.start, "change-word")
            ? beforeChange(passage, numbers, i)
            : linked(passage, next, stated)
              ? next
              : // "08 (có 01 đảng bộ và 07 chi bộ), chiếm 15,67%": the count before a bracket.
                numbers
                  .slice(Math.max(0, i - 1 - ASIDE_FIGURES), i - 1)
                  .find((t) => !t.percent && linked(passage, t, stated)));
      if (!part || part.percent || part.numeral.isNegative() || part.ambiguity) continue;
      partOf.set(stated, part);
      const draft = check(ctx, passage, part, stated);
      if (draft) drafts.push(draft);
    }
    return drafts;
  },
};

// Between a count and its share: "126 hộ, chiếm 5,25%", "126 hộ (5,25%)", "08 biên chế = 66,7%".
const SHARE_REACH = 60;
const BREAKS = new Set([";", ".", "!", "?", "(", ")"]);
const NOT_COUNTS = new Set(["money", "time"]);
// Roles that make the words between a count and a bracket more than its label.
const LABEL_BREAKS: readonly Role[] = [
  "change-word",
  "up",
  "down",
  "compare",
  "compare-plan",
  "period",
  "equivalent",
  "average",
  "remainder",
  "rate",
];

function linked(passage: Passage, part: QuantityToken, stated: QuantityToken): boolean {
  const all = solidTokens(passage, part.end, stated.start);
  // "08 (có 01 đảng bộ và 07 chi bộ), chiếm tỷ lệ 15,67%": a bracket detailing the count
  // stands between it and its share, which a lead word then ties to the count.
  const aside = asideEnd(passage, all);
  const gap = aside === undefined ? all : all.slice(aside);
  const from = aside === undefined ? part.end : (all[aside - 1]?.end ?? part.end);
  const bracket = gap.length === 1 && gap[0]?.text === "(";
  // The words naming the part may come first: "742 hạng mục đúng tiến độ (đạt 96,36%)".
  const words = gap.at(-1)?.text === "(" ? gap.slice(0, -1) : gap;
  // "304 chi bộ đạt TSVM, tỷ lệ 55,8%": the rate word leads the share as "chiếm" would.
  const lead = stated.lead ?? rateBefore(passage, stated.start);
  if (aside !== undefined && !lead) return false;
  const near =
    stated.start - from <= SHARE_REACH &&
    !words.some((t) => t.kind === "number" || BREAKS.has(t.text));
  // "01 trợ giúp viên không đạt chỉ tiêu (0,15%)": a bracket holding only the share, after
  // the words naming the part, none of them a change, a comparison or a period.
  const labelled =
    !lead &&
    near &&
    gap.at(-1)?.text === "(" &&
    solidAfter(passage, stated.end)?.text === ")" &&
    !cuesIn(passage, part.end, stated.start).some((c) => LABEL_BREAKS.some((r) => c.roles.has(r)));
  if (!bracket && !labelled && !(lead && near)) return false;
  // "tăng 140 hộ (14%)": a change, not a share.
  if (cueBefore(passage, part.start, "change-word")) return false;
  return plausible(passage, part, stated);
}

// Qualifiers of a part that make its share a lower bound: "trên", "hơn", "ít nhất".
const LOWER_BOUNDS: ReadonlySet<string> = new Set(["over", "at-least"]);

// How many figures the bracket between a count and its share may hold.
const ASIDE_FIGURES = 3;

/**
 * Where a bracket that opens the gap after a count ends (the index after its ")"), when it
 * holds no share, no change and no bracket of its own: "(có 01 đảng bộ và 07 chi bộ)".
 */
function asideEnd(passage: Passage, gap: readonly Token[]): number | undefined {
  if (gap[0]?.text !== "(") return undefined;
  const close = gap.findIndex((t) => t.text === ")");
  if (close < 0 || close > ASIDE_TOKENS) return undefined;
  const inner = gap.slice(1, close);
  if (inner.some((t) => t.text === "%" || t.text === "(" || BREAKS.has(t.text))) return undefined;
  const end = gap[close] as Token;
  if (cuesIn(passage, gap[0].end, end.start).some((c) => LABEL_BREAKS.some((r) => c.roles.has(r))))
    return undefined;
  return close + 1;
}

// How many tokens the bracket between a count and its share may hold.
const ASIDE_TOKENS = 16;

/** "tỷ lệ 55,8%", and "Tỷ lệ: 90,96%" on a line of the form "Label: N unit – Tỷ lệ: p%". */
function rateBefore(passage: Passage, at: number) {
  const colon = solidBefore(passage, at);
  return cueBefore(passage, colon?.text === ":" ? colon.start : at, "rate");
}

/**
 * The words naming the whole a share is of, when it says so after it: "chiếm 31,56% so với tổng
 * số hộ nghèo toàn tỉnh" → ["hộ", "nghèo"] (the base words "tổng số", "toàn tỉnh" left out); up
 * to the next mark, "và" or clause word. Undefined when no "so với tổng số …" follows the share.
 */
function baseNamedAfter(passage: Passage, stated: QuantityToken): string[] | undefined {
  const compare = cueAt(passage, stated.end, "compare");
  const base = compare && cueAt(passage, compare.end, "base");
  if (!compare || !base || compare.phrase !== matchKey("so với")) return undefined;
  let to = base.end;
  for (let t = solidAfter(passage, base.end); t?.kind === "word"; t = solidAfter(passage, t.end)) {
    if (t.end - base.end > NAMED_BASE_REACH || t.key === AND) break;
    if (cueAt(passage, t.start, "clause") || cueAt(passage, t.start, "list-some")) break;
    to = t.end;
  }
  const skip = cuesIn(passage, base.end, to).filter((c) => c.roles.has("base"));
  const words = contentWords(passage, base.end, to).filter(
    (w, k, all) => all.indexOf(w) === k && !skip.some((c) => c.phrase.split(" ").includes(w)),
  );
  return words.length > 0 ? words : undefined;
}

// How far the words naming a share's whole may run after "so với tổng số".
const NAMED_BASE_REACH = 50;
const AND = matchKey("và");

/**
 * The nearest figure larger than the part and before it, in its sentence or the paragraph's
 * earlier ones, that passes `test`.
 */
function earlier(
  ctx: AuditContext,
  passage: Passage,
  part: QuantityToken,
  test: (home: Passage, t: QuantityToken) => boolean,
): QuantityToken | undefined {
  const ranges: { start: number; end: number }[] = [passage, ...previousSentences(ctx, passage)];
  for (const range of ranges) {
    const home = range === passage ? passage : ctx.passageAt(range.start);
    const figures = ctx.numbersIn(range.start, Math.min(range.end, part.start));
    for (let i = figures.length - 1; home && i >= 0; i--) {
      const t = figures[i] as QuantityToken;
      if (!t.percent && !t.qualifier && t.value.gt(part.value) && test(home, t)) return t;
    }
  }
  return undefined;
}

/**
 * A second share of the same count, joined to the first by "và" in one clause: "3.373 hộ (chiếm
 * 13,13% so với tổng số hộ nghèo DTTS và chiếm 31,56% so với tổng số hộ nghèo toàn tỉnh)". Each
 * must name its whole after it (two shares of one count are of two wholes).
 */
function secondShare(
  passage: Passage,
  partOf: ReadonlyMap<QuantityToken, QuantityToken>,
  first: QuantityToken,
  stated: QuantityToken,
): QuantityToken | undefined {
  const part = partOf.get(first);
  if (!part || stated.lead?.kind !== "accounts-for") return undefined;
  if (!baseNamedAfter(passage, first) || !baseNamedAfter(passage, stated)) return undefined;
  const gap = solidTokens(passage, first.end, stated.lead.start);
  if (gap.some((t) => t.kind !== "word") || gap.at(-1)?.key !== AND) return undefined;
  return part;
}

/** What any count and share must pass, however they are joined. */
function plausible(passage: Passage, part: QuantityToken, stated: QuantityToken): boolean {
  // "… 5% so với cùng kỳ": a change, not a share; above 100 only a plan can be exceeded.
  if (cueAt(passage, stated.end, "compare") && !baseNamedAfter(passage, stated)) return false;
  if (stated.numeral.gt(100) && !ofPlan(passage, stated)) return false;
  // "hơn 2,43 tỷ đồng (đạt 50%)": a bound, not a count; and "…)/148 đơn, đạt 81,76%" is the
  // base of a fraction, not a part. Of a plan, a lower bound is a part all the same ("được
  // trên 1.800 liều, đạt 53% kế hoạch"): the share is then at least that of the bound.
  if (part.qualifier && !(LOWER_BOUNDS.has(part.qualifier.kind) && ofPlan(passage, stated)))
    return false;
  return solidBefore(passage, part.start)?.text !== "/";
}

/**
 * The count a share is of when a change of that count stands between them: "con thứ ba trở lên
 * 57 trẻ giảm 02 trẻ, chiếm tỷ lệ 14,1%", "… là 579.413 việc, tăng 7.240 việc (tăng 1,27% so
 * với cùng kỳ); chiếm 79,56%". The share must be led by "chiếm" or "tỷ lệ" (a bare bracket
 * after a change is the change's own percentage), stand outside any bracket the change opens
 * ("(tăng 137 hộ, chiếm tỷ lệ 0,04%)" is a share of the change), and the count must be
 * followed by nothing but its unit before the change word.
 */
function beforeChange(
  passage: Passage,
  numbers: readonly QuantityToken[],
  i: number,
): QuantityToken | undefined {
  const stated = numbers[i] as QuantityToken;
  const led =
    stated.lead?.kind === "accounts-for" ||
    cueBefore(passage, stated.lead?.start ?? stated.start, "rate") !== undefined ||
    (stated.lead !== undefined &&
      cuesIn(passage, stated.lead.start, stated.lead.end).some((c) => c.roles.has("rate")));
  if (!led) return undefined;
  // Back over the change: its amount and its own percentage, at most one of each.
  let j = i - 1;
  let change: QuantityToken | undefined;
  for (let steps = 0; steps < 2 && j >= 0; steps++) {
    const t = numbers[j] as QuantityToken;
    if (!cueBefore(passage, t.start, "change-word")) break;
    change = t;
    j--;
  }
  const part = numbers[j];
  if (!change || !part || part.percent || part.qualifier) return undefined;
  const word = cueBefore(passage, change.start, "change-word");
  if (!word || cueBefore(passage, part.start, "change-word")) return undefined;
  // Only the count's unit between it and the change word.
  if (solidTokens(passage, part.end, word.start).some((t) => t.kind !== "word" && t.text !== ","))
    return undefined;
  if (stated.start - part.end > CHANGE_REACH) return undefined;
  // Between the change and the share: words, a bracket the change closes, a comma or ";".
  let depth = 0;
  for (const t of solidTokens(passage, part.end, stated.start)) {
    if (t.text === "(") depth++;
    else if (t.text === ")") depth--;
    else if (t.kind === "number" || t.kind === "word" || t.text === "," || t.text === "%") continue;
    else if (t.text !== ";" || depth !== 0) return undefined;
    if (depth < 0) return undefined;
  }
  return depth === 0 && plausible(passage, part, stated) ? part : undefined;
}

// How far a share may stand after its count when a change comes between them.
const CHANGE_REACH = 120;

// How far before its share a rate's name may start ("tỷ lệ khám phá đạt 85,53%").
const RATE_REACH = 40;

/**
 * The count a rate names by the words of its label: "xảy ra 3.558 vụ; khám phá 3.043 vụ; bắt
 * giữ 6.001 đối tượng; tỷ lệ khám phá đạt 85,53%" is the rate of the count labelled "khám
 * phá". The words after "tỷ lệ" must be exactly the label before one figure of the sentence
 * (back to the mark before it), and before no other.
 */
function namedPart(
  passage: Passage,
  numbers: readonly QuantityToken[],
  i: number,
): QuantityToken | undefined {
  const stated = numbers[i] as QuantityToken;
  const end = stated.lead?.start ?? stated.start;
  const rate = cuesIn(passage, Math.max(passage.start, end - RATE_REACH), end)
    .filter((c) => c.roles.has("rate"))
    .at(-1);
  if (!rate || !solidTokens(passage, rate.end, end).every((t) => t.kind === "word")) return;
  const name = contentWords(passage, rate.end, end).filter((w) => !LEADS.has(w));
  if (name.length === 0) return undefined;
  const same = (label: readonly string[]) =>
    label.length === name.length && label.every((w, k) => w === name[k]);
  const named = numbers
    .slice(Math.max(0, i - NAMED_REACH), i)
    .filter((t) => !t.percent && t.end <= rate.start && same(labelOf(passage, t)));
  const part = named.length === 1 ? named[0] : undefined;
  return part && !part.qualifier && plausible(passage, part, stated) ? part : undefined;
}

// How many figures before a rate its named count may stand.
const NAMED_REACH = 12;

// Verbs that lead a rate's figure rather than name it ("tỷ lệ khám phá đạt 85,53%").
const LEADS = new Set(["đạt", "là", "chiếm", "bằng"].map(matchKey));

/** The content words right before a figure, back to the mark before them. */
function labelOf(passage: Passage, figure: QuantityToken): string[] {
  return contentWords(passage, wordsStart(passage, figure.start, 40), figure.start);
}

/** Counts listed one after another, and their shares in the same order in a bracket after them. */
interface ParallelList {
  readonly parts: readonly QuantityToken[];
  readonly shares: readonly QuantityToken[];
}

/**
 * Parts listed first and their shares after them in one bracket, in the same order: "… 529 đạt
 * tốt, 77 đạt khá, 78 đạt (tương đương 77,22% tốt, 11,24% khá, 11,39% đạt)". The bracket holds
 * nothing but the shares and their labels, and as many shares as there are counts in the list
 * just before it (labels, commas and "và" between them); a list longer than its shares, or one
 * holding a share of its own, is no such pair of lists.
 */
function parallelLists(passage: Passage, numbers: readonly QuantityToken[]): ParallelList[] {
  const out: ParallelList[] = [];
  const label = (from: number, to: number) =>
    solidTokens(passage, from, to).every((t) => t.kind === "word" || t.text === ",");
  for (let i = 0; i < numbers.length; i++) {
    const first = numbers[i] as QuantityToken;
    if (!first.percent) continue;
    const open = solidBefore(passage, first.start);
    if (open?.text !== "(") continue;
    // The shares: percentages one after another, labels and commas between, up to ")".
    let j = i;
    while (
      numbers[j + 1]?.percent &&
      label((numbers[j] as QuantityToken).end, (numbers[j + 1] as QuantityToken).start)
    )
      j++;
    const shares = numbers.slice(i, j + 1);
    const last = shares[shares.length - 1] as QuantityToken;
    const close = solidTokens(passage, last.end, passage.end).find((t) => t.kind !== "word");
    if (shares.length < 2 || close?.text !== ")") continue;
    // Before the bracket: the counts, as many as the shares, only labels between them.
    const n = shares.length;
    const parts = numbers.slice(i - n, i);
    if (parts.length < n || parts.some((t) => t.percent || t.qualifier || t.ambiguity)) continue;
    if (!label((parts[n - 1] as QuantityToken).end, open.start)) continue;
    if (!parts.every((t, k) => k === 0 || label((parts[k - 1] as QuantityToken).end, t.start)))
      continue;
    const before = numbers[i - n - 1];
    if (before && !before.percent && label(before.end, (parts[0] as QuantityToken).start)) continue;
    out.push({ parts, shares });
    i = j;
  }
  return out;
}

/**
 * Checks the shares of a parallel list, one list, one base: when the shares make 100 the parts
 * are the whole; otherwise the base is the one, among the bases of the first part (the total
 * the list opens with and that total's own base included), that most of the shares fit (at least two, and more than
 * any other); each share is judged against it. With no such base, each is checked on its own.
 */
function checkParallel(ctx: AuditContext, passage: Passage, list: ParallelList): ClaimDraft[] {
  const pairs = list.parts.map((part, k) => ({ part, stated: list.shares[k] as QuantityToken }));
  const all = (base: Base) =>
    pairs.flatMap(({ part, stated }) => draftFor(ctx, part, stated, base, false) ?? []);
  if (sharesMakeHundred(list.shares))
    return all({ whole: list.parts[0] as QuantityToken, parts: list.parts, reach: "parts" });
  const first = pairs[0] as (typeof pairs)[number];
  const bases = basesOf(ctx, passage, first.part, first.stated);
  if (bases === "uncertain") return [];
  // The parts' sum is a candidate too: "… (tương ứng 70%, 20%, 10%)" with one slipped.
  const sum: Base = { whole: first.part, parts: list.parts, reach: "parts" };
  const candidates = [...bases.filter((b) => !b.parts), sum];
  const score = (base: Base) =>
    pairs.filter(
      ({ part, stated }) =>
        (base.parts !== undefined || !base.whole.value.lt(part.value)) &&
        verdictOf(part, base, stated) !== "inconsistent",
    ).length;
  const scored = candidates.map((base) => ({ base, n: score(base) }));
  const best = Math.max(0, ...scored.map((x) => x.n));
  const top = scored.filter((x) => x.n === best);
  if (best >= 2 && top.length === 1) {
    const base = (top[0] as (typeof top)[number]).base;
    return pairs.flatMap(
      ({ part, stated }) =>
        draftFor(ctx, part, stated, base, false, candidatesOf(ctx, part, stated)) ?? [],
    );
  }
  return pairs.flatMap(({ part, stated }) => check(ctx, passage, part, stated) ?? []);
}

/**
 * The base a total's own share is of ("684 … hoàn thành chỉ tiêu, chiếm 99,85%" of 685): the
 * shares of the list it opens may be of it rather than of the total itself.
 */
function ownBase(ctx: AuditContext, head: QuantityToken): QuantityToken | undefined {
  const passage = ctx.passageAt(head.numberStart);
  if (!passage) return undefined;
  const share = ctx.numbersIn(head.end, passage.end)[0];
  if (!share?.percent || share.qualifier || !linked(passage, head, share)) return undefined;
  const bases = basesOf(ctx, passage, head, share, true);
  if (bases === "uncertain") return undefined;
  const fit = firstFit(head, bases, share);
  return fit && !fit.parts ? fit.whole : undefined;
}

/** A base a share may be of, and how it was found. */
interface Base {
  /** The figure, or the parts whose sum it is. */
  readonly whole: QuantityToken;
  readonly parts?: readonly QuantityToken[];
  /** How near it is, in the order bases are tried. */
  readonly reach: "clause" | "sentence" | "parts" | "above" | "previous";
  /**
   * Only tried: a fit makes the claim, but no error is reported against it (a sum of parts
   * some of which have no share; a figure after the share, which may be the next item).
   */
  readonly tryOnly?: boolean;
}

const ORDER: Record<PercentageVerdict, number> = {
  consistent: 0,
  "consistent-with-other-base": 1,
  "consistent-if-other-rounding": 2,
  "consistent-if-truncated": 3,
  "consistent-as-complement": 4,
  inconsistent: 5,
};

/** "đạt 93,81% kế hoạch", "bằng 105% so với dự toán": a share of a plan or target. */
function ofPlan(passage: Passage, stated: QuantityToken): boolean {
  return (["plan", "compare-plan"] as const).some((r) => cueAt(passage, stated.end, r));
}

function check(
  ctx: AuditContext,
  passage: Passage,
  part: QuantityToken,
  stated: QuantityToken,
): ClaimDraft | undefined {
  if (ofPlan(passage, stated)) return checkPlan(ctx, part, stated);
  const named = baseNamedAfter(passage, stated);
  if (named) {
    // The share says what it is of: the figure whose label holds exactly those words ("Hộ
    // nghèo có 10.689 hộ" for "so với tổng số hộ nghèo toàn tỉnh"), or a whole the passage
    // never writes.
    const whole = earlier(ctx, passage, part, (home, t) => {
      const label = labelOf(home, t).filter((w) => !LEADS.has(w));
      return label.length === named.length && named.every((w) => label.includes(w));
    });
    return whole ? draftFor(ctx, part, stated, { whole, reach: "clause" }, false) : undefined;
  }
  // A share whose words name a figure's label is of that figure, before any other base:
  // "…, chiếm 59,24% diện tích đất trồng cây hàng năm" under "Đất trồng cây hàng năm: Diện
  // tích 563,81" (see {@link names}).
  const labelled = earlier(
    ctx,
    passage,
    part,
    (home, t) => sameKind(ctx, t, part) && names(passage, stated, home, t),
  );
  if (labelled) return draftFor(ctx, part, stated, { whole: labelled, reach: "clause" }, false);
  const bases = basesOf(ctx, passage, part, stated);
  if (bases === "uncertain") return undefined;
  const fit = firstFit(part, bases, stated);
  if (fit) return draftFor(ctx, part, stated, fit, fit !== bases[0]);
  // "874 vụ, 1.172 bị can, đạt tỷ lệ 99,3%": the rate may be that of the figure before.
  const pair = pairedFigure(ctx, passage, part);
  if (pair) {
    const other = basesOf(ctx, passage, pair, stated);
    if (other !== "uncertain" && firstFit(pair, other, stated)) return undefined;
  }
  // The base an error is reported against: the nearest that is not only tried.
  const first = bases.find((b) => !b.tryOnly);
  if (bases.length > 0) {
    if (!first) return swappedFit(ctx, part, stated, bases);
    // After ";" only "chiếm" ties a share to the count before it for certain: "…; đạt tỷ lệ
    // 41%" may be the rate of a whole the sentence never writes (cases able to be enforced).
    const apart =
      stated.lead?.kind !== "accounts-for" &&
      solidTokens(passage, part.end, stated.start).some((t) => t.text === ";");
    return !apart && authoritative(ctx, passage, first, part, stated)
      ? draftFor(ctx, part, stated, first, false, candidatesOf(ctx, part, stated))
      : swappedFit(ctx, part, stated, bases);
  }
  // No base in reach: a figure of the paragraph that fits makes it consistent (a note names
  // it); with none, the share is checked for reachability only.
  const far = paragraphFit(ctx, part, stated);
  if (far) return draftFor(ctx, part, stated, { whole: far, reach: "previous" }, true);
  const farSwapped = swappedFit(ctx, part, stated, paragraphBases(ctx, part));
  if (farSwapped) return farSwapped;
  return isWholeCount(part) ? reachability(ctx, part, stated) : undefined;
}

/**
 * A share that fits no base, but would fit one exactly with two adjacent digits swapped back
 * ("đạt 99,17%" where 4.157/4.169 is 99,71%): the commonest typing slip, and the base it points
 * to is the one the writer meant. The error is reported against that base.
 */
function swappedFit(
  ctx: AuditContext,
  part: QuantityToken,
  stated: QuantityToken,
  bases: readonly Base[],
): ClaimDraft | undefined {
  const readings = swappedReadings(stated);
  if (readings.length === 0) return undefined;
  // Each base's exact share once; a reading fits when it is that share rounded half up.
  for (const base of bases) {
    const whole = wholeValue(base);
    if (whole.isZero()) continue;
    const exact = part.value.times(100).dividedBy(whole);
    const fits = readings.some((r) =>
      exact.toDecimalPlaces(r.decimals, Decimal.ROUND_HALF_UP).eq(r.value),
    );
    if (fits) return draftFor(ctx, part, stated, base, true, candidatesOf(ctx, part, stated));
  }
  return undefined;
}

/** The paragraph's counts that may be the base of a share, nearest first. */
function paragraphBases(ctx: AuditContext, part: QuantityToken): Base[] {
  const sentence = ctx.sentenceAt(part.numberStart);
  const paragraph = sentence ? ctx.segments.paragraphs[sentence.paragraph] : undefined;
  if (!paragraph) return [];
  return ctx
    .numbersIn(paragraph.start, paragraph.end)
    .filter((t) => !t.percent && t !== part && !t.qualifier && t.value.gt(part.value))
    .sort(
      (a, b) =>
        Math.abs(a.numberStart - part.numberStart) - Math.abs(b.numberStart - part.numberStart),
    )
    .map((whole): Base => ({ whole, reach: "previous" }));
}

/**
 * A share of a plan or target (issue #17, shape 10): "trồng mới 1.845 ha, đạt 93,81% kế hoạch
 * (kế hoạch 1.980 ha)". The base is a figure the paragraph names as the plan ("kế hoạch 1.980
 * ha", "chỉ tiêu năm là 50 hộ"), nearest first; with none named, any figure of the paragraph
 * that fits makes the claim (a note names it), and the share is otherwise left alone.
 */
function checkPlan(
  ctx: AuditContext,
  part: QuantityToken,
  stated: QuantityToken,
): ClaimDraft | undefined {
  const sentence = ctx.sentenceAt(part.numberStart);
  const paragraph = sentence ? ctx.segments.paragraphs[sentence.paragraph] : undefined;
  if (!sentence || !paragraph) return undefined;
  // The plans of the share's paragraph; with none, those of the paragraph before ("Năm 2020,
  // kế hoạch giao … 5.900 ha …" above "… đã trồng được 7.235 ha rừng, đạt 122,6% kế hoạch").
  let plans = plansIn(ctx, part, paragraph);
  const before = ctx.segments.paragraphs[sentence.paragraph - 1];
  if (plans.length === 0 && before) plans = plansIn(ctx, part, before);
  const bases = plans
    .sort(
      (a, b) =>
        Math.abs(a.numberStart - part.numberStart) - Math.abs(b.numberStart - part.numberStart),
    )
    .map((whole): Base => ({ whole, reach: "clause" }));
  const fit = firstFit(part, bases, stated);
  if (fit) return draftFor(ctx, part, stated, fit, false);
  // None fits: reported against the plan when it is the only one, or the one whose words the
  // part shares ("lép tô 325 liều" against "3.000 liều lép tô").
  const first = bases.length === 1 ? bases[0] : byWords(ctx, part, bases);
  if (first) return draftFor(ctx, part, stated, first, false, candidatesOf(ctx, part, stated));
  if (bases.length > 0) return undefined;
  const far = paragraphFit(ctx, part, stated);
  return far ? draftFor(ctx, part, stated, { whole: far, reach: "previous" }, true) : undefined;
}

/** The figures of a paragraph that it names as plans, of the part's kind. */
function plansIn(
  ctx: AuditContext,
  part: QuantityToken,
  paragraph: { start: number; end: number },
): QuantityToken[] {
  const figures = ctx
    .numbersIn(paragraph.start, paragraph.end)
    .filter((t) => !t.percent && t !== part && sameKind(ctx, t, part) && !t.value.isZero());
  // A plan word names a figure, and the figures listed after it with it ("kế hoạch tiêm 6.000
  // liều tụ huyết trùng, 6.000 liều dịch tả, 3.000 liều lép tô").
  const plans: QuantityToken[] = [];
  figures.forEach((t, i) => {
    const home = ctx.passageAt(t.numberStart);
    if (!home) return;
    const previous = figures[i - 1];
    // Listed in the same sentence: labels and commas between, or a clause that opens with the
    // figure ("tiêm 3.400 liều vacxin A; 3.400 liều vacxin B").
    const between = previous ? solidTokens(home, previous.end, t.start) : [];
    const listed =
      previous !== undefined &&
      previous.start >= home.start &&
      plans.includes(previous) &&
      between.every(
        (x, k) =>
          x.kind === "word" || x.text === "," || (x.text === ";" && k === between.length - 1),
      );
    if (namedPlan(home, t) || opensPlan(ctx, home, t) || planOfFraction(ctx, home, t) || listed)
      plans.push(t);
  });
  return plans;
}

/**
 * Whether the figure is the whole of a fraction whose share is of a plan: "7.412,87 ha/5.900
 * ha, đạt 125,6% kế hoạch" names 5.900 ha as the plan.
 */
function planOfFraction(ctx: AuditContext, passage: Passage, whole: QuantityToken): boolean {
  if (solidBefore(passage, whole.start)?.text !== "/") return false;
  const share = ctx.numbersIn(whole.end, passage.end)[0];
  return (
    share?.percent === true &&
    share.start - whole.end <= SHARE_REACH &&
    solidTokens(passage, whole.end, share.start).every(
      (t) => t.kind === "word" || t.text === ",",
    ) &&
    ofPlan(passage, share)
  );
}

/**
 * Whether a plan word names the figure: "kế hoạch 1.980 ha", "(kế hoạch 1.980 ha)", "chỉ tiêu
 * năm là 50 hộ": nothing but words between them, and no verb ("kế hoạch (trong này giảm được 94").
 */
function namedPlan(passage: Passage, whole: QuantityToken): boolean {
  return cuesIn(passage, Math.max(passage.start, whole.start - 40), whole.start).some(
    (cue) =>
      cue.roles.has("plan") &&
      // "đạt 30% kế hoạch và lép tô 325 liều": the plan word ends the share before it.
      solidBefore(passage, cue.start)?.text !== "%" &&
      whole.start - cue.end <= BASE_REACH &&
      solidTokens(passage, cue.end, whole.start).every(
        (t) => t.kind === "word" || t.text === ":",
      ) &&
      !cuesIn(passage, cue.end, whole.start).some(
        (c) => c.roles.has("clause") || c.roles.has("change-word"),
      ),
  );
}

/**
 * Whether the figure is the first of a sentence that opens with a plan word: "Theo kế hoạch,
 * trong đợt này toàn huyện tiêm 3.400 liều …", "Kế hoạch năm 2024 trồng mới 500 ha …". Only
 * words and commas between, no verb of what was done ("đã", "đạt") and no change.
 */
function opensPlan(ctx: AuditContext, passage: Passage, whole: QuantityToken): boolean {
  if (passage.kind !== "sentence" || ctx.numbersIn(passage.start, whole.numberStart).length > 0)
    return false;
  const cue = cueAt(passage, passage.start, "plan");
  return (
    cue !== undefined &&
    solidTokens(passage, cue.end, whole.start).every((t) => t.kind === "word" || t.text === ",") &&
    !cuesIn(passage, cue.end, whole.start).some(
      (c) => c.roles.has("clause") || c.roles.has("change-word"),
    )
  );
}

// How far from a figure the words naming what it counts are read, before and after it.
const LABEL_BACK = 60;
const LABEL_ON = 40;

/**
 * The words naming what a figure counts, past commas ("lở mồm, long móng trâu bò được 1.800
 * liều", "3.400 liều vacxin lở mồm, long móng"): back to a mark before it, and on to a mark or
 * a verb ("đạt") after it. Where the words run into another figure, those past the comma
 * nearest this one are that figure's ("6.000 liều dịch tả, 3.000 liều lép tô").
 */
function clauseWords(passage: Passage, t: QuantityToken): string[] {
  let from = t.start;
  let comma: number | undefined;
  let x = solidBefore(passage, t.start);
  for (; x && (x.kind === "word" || x.text === ","); x = solidBefore(passage, x.start)) {
    if (t.start - x.start > LABEL_BACK) break;
    if (x.text === ",") comma ??= x.end;
    from = x.start;
  }
  if (x?.kind === "number" && comma !== undefined) from = comma;
  let to = t.end;
  comma = undefined;
  x = solidAfter(passage, t.end);
  for (; x && (x.kind === "word" || x.text === ","); x = solidAfter(passage, x.end)) {
    if (x.end - t.end > LABEL_ON || cueAt(passage, x.start, "clause", x.end + 12)) break;
    if (x.text === ",") comma ??= x.start;
    to = x.end;
  }
  if (x?.kind === "number" && comma !== undefined) to = comma;
  return [...contentWords(passage, from, t.start), ...contentWords(passage, t.end, to)];
}

const PLAN_WORDS: ReadonlySet<string> = new Set(
  LEXICON.plan.flatMap((phrase) => matchKey(phrase).split(" ")),
);

/** The one base whose words the part shares most, if one shares more than the others. */
function byWords(ctx: AuditContext, part: QuantityToken, bases: readonly Base[]): Base | undefined {
  // The plan's own words say nothing of what is planned ("đạt 30% kế hoạch và lép tô 325 liều").
  const words = (t: QuantityToken) => {
    const home = ctx.passageAt(t.numberStart);
    return home ? clauseWords(home, t).filter((w) => !PLAN_WORDS.has(w)) : [];
  };
  const own = new Set(words(part));
  const scored = bases.map((b) => ({ b, score: words(b.whole).filter((w) => own.has(w)).length }));
  const best = Math.max(0, ...scored.map((x) => x.score));
  const top = scored.filter((x) => x.score === best);
  return best > 0 && top.length === 1 ? top[0]?.b : undefined;
}

/** The nearest base, in the order given, that the share fits (consistent first, then lenient readings). */
function firstFit(
  part: QuantityToken,
  bases: readonly Base[],
  stated: QuantityToken,
): Base | undefined {
  let best: { base: Base; verdict: PercentageVerdict } | undefined;
  for (const base of bases) {
    const verdict = verdictOf(part, base, stated);
    if (!best || ORDER[verdict] < ORDER[best.verdict]) best = { base, verdict };
    if (verdict === "consistent") break;
  }
  return best && best.verdict !== "inconsistent" ? best.base : undefined;
}

/** The figure right before the part, joined by a comma and counting another thing ("874 vụ, 1.172 bị can"). */
function pairedFigure(
  ctx: AuditContext,
  passage: Passage,
  part: QuantityToken,
): QuantityToken | undefined {
  const before = ctx.numbersIn(passage.start, part.numberStart);
  const figure = before[before.length - 1];
  if (!figure || figure.percent) return undefined;
  const gap = solidTokens(passage, figure.end, part.start);
  if (gap.length !== 1 || gap[0]?.text !== ",") return undefined;
  const a = nounOf(ctx, figure);
  return a !== undefined && a !== nounOf(ctx, part) ? figure : undefined;
}

function verdictOf(part: QuantityToken, base: Base, stated: QuantityToken): PercentageVerdict {
  return percentageVerdict({ part: part.value, whole: wholeValue(base), stated: statedOf(stated) });
}

function wholeValue(base: Base) {
  return base.parts
    ? base.parts.reduce((sum, t) => sum.plus(t.value), base.whole.value.minus(base.whole.value))
    : base.whole.value;
}

/**
 * Whether a share that fits no base in reach is reported against the first: after "chiếm", "tỷ
 * lệ" or in a bare bracket the base in reach is the base; after a bare "đạt" the figure may be
 * its own target's rate, so the base must be named as one (a target, the cases under
 * jurisdiction…), and never be the head of the list the part is in.
 */
function authoritative(
  ctx: AuditContext,
  passage: Passage,
  base: Base | undefined,
  part: QuantityToken,
  stated: QuantityToken,
): boolean {
  if (!base) return false;
  if (base.parts) return true;
  const gap = solidTokens(passage, part.end, stated.start);
  const bare = !stated.lead && gap.length === 1 && gap[0]?.text === "(";
  const ofWhole =
    stated.lead?.kind === "accounts-for" ||
    bare ||
    hasRole(passage, part.end, stated.start + 1, "rate") ||
    (stated.lead !== undefined &&
      cuesIn(passage, stated.lead.start, stated.lead.end).some((c) => c.roles.has("rate")));
  if (ofWhole) return true;
  if (base.reach !== "clause" && base.reach !== "sentence" && base.reach !== "previous")
    return false;
  const home = ctx.passageAt(base.whole.start) ?? passage;
  if (
    [home, passage].some((p) =>
      hasRole(p, Math.max(p.start, base.whole.end), part.start, "list-some"),
    )
  )
    return false;
  return namedBase(home, base.whole);
}

// How far before its figure a base word may stand ("tổng số đơn thư tiếp nhận: 900").
const BASE_REACH = 24;

/** Whether a base word ("tổng số", "kế hoạch", "thuộc thẩm quyền") names the figure. */
function namedBase(passage: Passage, whole: QuantityToken): boolean {
  return cuesIn(passage, Math.max(passage.start, whole.start - 48), whole.start).some(
    (cue) =>
      (cue.roles.has("base") || cue.roles.has("plan")) &&
      whole.start - cue.end <= BASE_REACH &&
      solidTokens(passage, cue.end, whole.start).every((t) => t.kind === "word" || t.text === ":"),
  );
}

function draftFor(
  ctx: AuditContext,
  part: QuantityToken,
  stated: QuantityToken,
  base: Base,
  inferred: boolean,
  candidates: readonly string[] = [],
): ClaimDraft | undefined {
  // A sum of parts is checked against its own figures: the share of one part of a total the
  // text never writes ("742 … (96,36%), 28 … (3,64%)").
  if (base.parts) {
    return relationDraft(
      ctx,
      "share",
      { start: part.numberStart, end: stated.end },
      {
        kind: "share-of-sum",
        part: ctx.idOf(part),
        parts: base.parts.map((t) => ctx.idOf(t)),
        stated: ctx.idOf(stated),
      },
    );
  }
  return relationDraft(
    ctx,
    "share",
    { start: part.numberStart, end: stated.end },
    {
      kind: "share",
      part: ctx.idOf(part),
      whole: ctx.idOf(base.whole),
      stated: ctx.idOf(stated),
      inferred,
      ...(hasSiblingShare(ctx, stated) ? {} : { complement: false }),
      ...(candidates.length > 0 ? { candidates: [...candidates] } : {}),
    },
  );
}

function isWholeCount(token: QuantityToken): boolean {
  return token.value.isInteger() && !NOT_COUNTS.has(token.unit?.kind ?? "");
}

/** Whether two figures count the same thing (or either says nothing of what it counts). */
function sameKind(ctx: AuditContext, a: QuantityToken, b: QuantityToken): boolean {
  const x = nounOf(ctx, a);
  const y = nounOf(ctx, b);
  if (a.unit?.kind === "money" || b.unit?.kind === "money") return a.unit?.kind === b.unit?.kind;
  return x === undefined || y === undefined || x === y;
}

/**
 * The bases a share may be of, in the order they are tried; `uncertain` when the nearest is a
 * bound ("hơn 3,9 tỷ đồng"), so nothing can be said.
 */
function basesOf(
  ctx: AuditContext,
  passage: Passage,
  part: QuantityToken,
  stated: QuantityToken,
  nested = false,
): Base[] | "uncertain" {
  const out: Base[] = [];
  const add = (base: Base | undefined, shared = false) => {
    if (!base) return;
    if (!base.parts && (base.whole === part || base.whole.value.lt(part.value))) return;
    if (!base.parts && base.whole.value.isZero()) return;
    if (!base.parts && !shared && hasOwnShare(ctx, base.whole)) return;
    if (out.some((b) => b.whole === base.whole && !b.parts === !base.parts)) return;
    out.push(base);
  };
  const clause = clauseStart(passage, part.start);
  // 1. Named in the same clause: "6.776 hồ sơ, với 2.521 hồ sơ", "tổng số 900 đơn … 120 đơn".
  for (const t of [...ctx.numbersIn(clause, part.start)].reverse()) {
    if (t.percent || !sameKind(ctx, t, part)) continue;
    const joined = hasRole(passage, t.end, part.start, "list-with");
    if (joined || namedBase(passage, t)) add({ whole: t, reach: "clause" });
  }
  // 2. A sum written with "+" before the part: "thụ lý mới 624 vụ việc + 89 vụ việc …; đã
  // giải quyết 260 vụ việc, đạt 36,5%" is of 713. Then larger figures counting the same thing
  // in the sentence: before the part (nearest first), then after it ("… 19.255 hồ sơ (đạt
  // 96,55%), hồ sơ đến hạn 19.944 hồ sơ").
  const written = writtenSum(ctx, passage, part);
  if (written) add({ whole: written.at(-1) as QuantityToken, parts: written, reach: "sentence" });
  const sentence = sameKindLarger(ctx, passage.start, part.numberStart, part);
  if (sentence[0]?.qualifier) return "uncertain";
  for (const t of sentence) add({ whole: t, reach: "sentence" });
  for (const t of sameKindLarger(ctx, stated.end, passage.end, part).reverse())
    add({ whole: t, reach: "sentence", tryOnly: true });
  // 3. The sum of the parts just named.
  const list = listItems(ctx, passage, part);
  if (list) add({ whole: part, parts: list.items, reach: "parts", tryOnly: !list.complete });
  // 4. The total just above: the figure the list the part is in opens with.
  // A total with a share of its own ("684 …, chiếm 99,85%, trong đó 529 …") may be the base,
  // or its own base may: both are only tried (a parallel list decides between them).
  for (const head of listHeads(ctx, passage, part)) {
    if (!hasOwnShare(ctx, head.whole)) add(head);
    else {
      add({ ...head, tryOnly: true }, true);
      const own = nested ? undefined : ownBase(ctx, head.whole);
      if (own) add({ whole: own, reach: "above", tryOnly: true });
    }
  }
  // 5. The sentences before in the paragraph, nearest figure first.
  for (const previous of previousSentences(ctx, passage))
    for (const t of sameKindLarger(ctx, previous.start, previous.end, part))
      if (!t.qualifier) add({ whole: t, reach: "previous" });
  // 6. On a line of its own ("Label: N unit – Chiếm p%"), the total line above; at the start
  // of a paragraph, the total of the paragraph's before last sentence.
  add(lineAbove(ctx, passage, part));
  add(paragraphAbove(ctx, passage, part, stated));
  return out;
}

/**
 * The last sum written with "+" before the part in its sentence ("624 vụ việc + 89 vụ việc"):
 * its terms, when they count what the part counts and add up to more than it.
 */
function writtenSum(
  ctx: AuditContext,
  passage: Passage,
  part: QuantityToken,
): QuantityToken[] | undefined {
  const figures = ctx.numbersIn(passage.start, part.start);
  const plus = (a: QuantityToken, b: QuantityToken) => {
    const gap = solidTokens(passage, a.numberEnd, b.start);
    return gap.at(-1)?.text === "+" && gap.slice(0, -1).every((t) => t.kind === "word");
  };
  for (let i = figures.length - 1; i > 0; i--) {
    if (!plus(figures[i - 1] as QuantityToken, figures[i] as QuantityToken)) continue;
    let first = i - 1;
    while (first > 0 && plus(figures[first - 1] as QuantityToken, figures[first] as QuantityToken))
      first--;
    const terms = figures.slice(first, i + 1);
    if (terms.some((t) => t.percent || t.qualifier || !sameKind(ctx, t, part))) return undefined;
    const sum = terms.reduce((a, t) => a.plus(t.value), part.value.minus(part.value));
    return sum.gt(part.value) ? [...terms] : undefined;
  }
  return undefined;
}

/**
 * The total of the sentence that ends the paragraph before, for a share in the first sentence
 * of a paragraph: "… đã tiếp 159 lượt công dân; trong đó, tiếp thường xuyên 139 lượt; …" over
 * "Nội dung … đất đai (124 lượt, chiếm 78%)". The total is the figure the sentence's list opens
 * with (before "trong đó", "gồm"), else its largest figure, counting the same unit as the part;
 * only tried when words after the share may name another whole.
 */
function paragraphAbove(
  ctx: AuditContext,
  passage: Passage,
  part: QuantityToken,
  stated: QuantityToken,
): Base | undefined {
  const noun = nounOf(ctx, part);
  const sentences = ctx.segments.sentences;
  const index = lowerBound(sentences, passage.start, (s) => s.start);
  const here = sentences[index];
  const previous = sentences[index - 1];
  if (noun === undefined || !here || !previous || previous.paragraph === here.paragraph) return;
  if (here.paragraph - previous.paragraph > 1) return undefined;
  const above = ctx.passageAt(previous.start);
  if (!above || ctx.segments.paragraphs[previous.paragraph]?.kind !== "text") return undefined;
  const figures = ctx
    .numbersIn(above.start, above.end)
    .filter((t) => !t.percent && !t.qualifier && nounOf(ctx, t) === noun);
  const marker = above.cues.find((c) => c.roles.has("list-some") || c.roles.has("list-all"));
  const head = marker ? figures.filter((t) => t.end <= marker.start).at(-1) : undefined;
  const whole =
    head ??
    figures.reduce<QuantityToken | undefined>(
      (a, t) => (!a || t.value.gt(a.value) ? t : a),
      undefined,
    );
  if (!whole?.value.gt(part.value)) return undefined;
  // A share that names its own base after it ("chiếm 10% số lượt của toàn tỉnh") may be of
  // a whole the passage never writes: the total above is then only tried.
  // It is the base when the share names it: "chiếm 99,16% diện tích đất nông nghiệp" under
  // "Đất nông nghiệp: Chiếm 4.354,94 ha".
  const after = solidAfter(passage, stated.end);
  const bare = !after || after.kind === "punct";
  return {
    whole,
    reach: "previous",
    ...(bare || names(passage, stated, above, whole) ? {} : { tryOnly: true }),
  };
}

/**
 * Whether the words after a share ("chiếm 99,16% diện tích đất nông nghiệp") hold every word
 * of the label before a figure ("Đất nông nghiệp: Chiếm 4.354,94 ha"), two words at least.
 */
function names(
  passage: Passage,
  stated: QuantityToken,
  home: Passage,
  whole: QuantityToken,
): boolean {
  let to = stated.end;
  for (
    let t = solidAfter(passage, stated.end);
    t?.kind === "word";
    t = solidAfter(passage, t.end)
  ) {
    if (t.end - stated.end > 60) break;
    to = t.end;
  }
  const after = new Set(contentWords(passage, stated.end, to));
  const label = contentWords(home, Math.max(home.start, whole.start - 40), whole.start).filter(
    (w) => !LEADS.has(w),
  );
  return label.length >= 2 && label.every((w) => after.has(w));
}

// How many lines above a "Label: N unit" line its total may stand, and how long a line may be.
const LINES_ABOVE = 8;
const LINE_LENGTH = 160;

/**
 * The total of a "Label: N unit" line from the lines above it, each a short paragraph of its
 * own: "Số người trong độ tuổi lao động: 6453 người." over "Tỷ lệ lao động công nghiệp: 528
 * người – Chiếm 8,18%". The total is the nearest line above whose figure, after its label's
 * colon, counts the same unit and is larger, passing over the lines of the same list (a count
 * with its share). It is the base when named as a total ("Tổng số sinh: 520 trẻ"), or when
 * at least half of the list's lines below it, and at least two, fit it (one list, one base: a line
 * above may be a part with no share, "Lao động nữ: 280 người"); otherwise it is only tried.
 */
function lineAbove(ctx: AuditContext, passage: Passage, part: QuantityToken): Base | undefined {
  const noun = nounOf(ctx, part);
  if (noun === undefined || solidBefore(passage, part.start)?.text !== ":") return undefined;
  const sentence = ctx.sentenceAt(passage.start);
  const paragraphs = ctx.segments.paragraphs;
  const here = sentence ? paragraphs[sentence.paragraph] : undefined;
  if (!sentence || !here || here.start !== passage.start || here.end !== passage.end)
    return undefined;
  for (let k = sentence.paragraph - 1; k >= 0 && k >= sentence.paragraph - LINES_ABOVE; k--) {
    const figure = lineFigure(ctx, paragraphs[k]);
    if (figure === null) return undefined;
    // A line of the same list (a count with its share) or of something else; a line whose own
    // share is 100% is the list's total ("Tổng diện tích: 4.800 ha – Tỷ lệ: 100%").
    if (!figure) continue;
    if (hasOwnShare(ctx, figure)) continue;
    if (figure.qualifier || nounOf(ctx, figure) !== noun || !figure.value.gt(part.value)) continue;
    const home = ctx.passageAt(figure.numberStart);
    if (ownShare(ctx, figure) || (home && namedBase(home, figure)))
      return { whole: figure, reach: "above" };
    // The list's lines below the total, with their shares: how many fit it.
    let lines = 0;
    let fits = 0;
    for (let j = k + 1; j <= k + 2 * LINES_ABOVE && j < paragraphs.length; j++) {
      const count = lineFigure(ctx, paragraphs[j]);
      if (count === null) break;
      const where = count ? ctx.passageAt(count.numberStart) : undefined;
      const share = count && where ? ctx.numbersIn(count.end, where.end)[0] : undefined;
      if (!count || !where || !share?.percent || nounOf(ctx, count) !== noun) continue;
      if (!linked(where, count, share)) continue;
      lines++;
      if (verdictOf(count, { whole: figure, reach: "above" }, share) !== "inconsistent") fits++;
    }
    const voted = fits >= 2 && fits * 2 >= lines;
    return { whole: figure, reach: "above", ...(voted ? {} : { tryOnly: true }) };
  }
  return undefined;
}

/**
 * The figure of a "Label: N" line (the first count, right after the label's colon); undefined
 * for a line with none; null for what ends a list of lines (a heading, a long paragraph).
 */
function lineFigure(
  ctx: AuditContext,
  line: { start: number; end: number; kind: string } | undefined,
): QuantityToken | undefined | null {
  if (line?.kind !== "text" || line.end - line.start > LINE_LENGTH) return null;
  const figure = ctx.numbersIn(line.start, line.end).find((t) => !t.percent);
  const home = figure ? ctx.passageAt(figure.numberStart) : undefined;
  if (!figure || !home || solidBefore(home, figure.start)?.text !== ":") return undefined;
  return figure;
}

/**
 * The figures of `[from, to)` larger than the part that count the same thing (by their
 * open-class unit), nearest to `to` first; a part with no unit takes figures with none.
 */
function sameKindLarger(
  ctx: AuditContext,
  from: number,
  to: number,
  part: QuantityToken,
): QuantityToken[] {
  const noun = nounOf(ctx, part);
  const out: QuantityToken[] = [];
  const figures = ctx.numbersIn(from, to);
  for (let i = figures.length - 1; i >= 0; i--) {
    const t = figures[i] as QuantityToken;
    if (t.percent || !t.value.gt(part.value) || nounOf(ctx, t) !== noun) continue;
    if (noun === undefined && !sameKind(ctx, t, part)) continue;
    out.push(t);
  }
  return out;
}

/**
 * Whether a figure is followed by a share of its own ("18 chiếm 56,25%"): then it is an item of
 * the same list as the part, not its base.
 */
function hasOwnShare(ctx: AuditContext, token: QuantityToken): boolean {
  // "Tổng diện tích: 4.800 ha – Tỷ lệ: 100%": a share of 100% says the figure is the whole.
  return ownShare(ctx, token)?.value.eq(100) === false;
}

/** The share that follows a figure as its own ("18 chiếm 56,25%"), if one does. */
function ownShare(ctx: AuditContext, token: QuantityToken): QuantityToken | undefined {
  const passage = ctx.passageAt(token.numberStart);
  const numbers = ctx.numbersIn(token.end, passage?.end ?? token.end);
  const next = numbers[0];
  return passage !== undefined && next?.percent === true && linked(passage, token, next)
    ? next
    : undefined;
}

/** Where the clause holding `at` starts: after the last ";" of the passage before it. */
function clauseStart(passage: Passage, at: number): number {
  let start = passage.start;
  for (const t of solidTokens(passage, passage.start, at)) if (t.text === ";") start = t.end;
  return start;
}

// The earlier sentences of the paragraph a base may stand in, nearest first.
const PARAGRAPH_REACH = 6;

function previousSentences(ctx: AuditContext, passage: Passage): Sentence[] {
  const sentences = ctx.segments.sentences;
  const index = lowerBound(sentences, passage.start, (s) => s.start);
  const here = sentences[index];
  const out: Sentence[] = [];
  for (let i = index - 1; i >= 0 && out.length < PARAGRAPH_REACH; i--) {
    const s = sentences[i];
    if (!s || !here || s.paragraph !== here.paragraph) break;
    out.push(s);
  }
  return out;
}

/**
 * The items of the list a share is in: figures that follow one another with nothing but labels,
 * commas, semicolons and "và" between, each with its share or none ("10 đồng chí …, bằng 10,1%;
 * 78 đồng chí …, đạt 78,8%; 11 đồng chí …"). `complete` when every item has its share and the
 * shares make 100 (within half a unit of the last decimal of each): the parts are then the whole.
 */
function listItems(
  ctx: AuditContext,
  passage: Passage,
  part: QuantityToken,
): { items: QuantityToken[]; complete: boolean } | undefined {
  const numbers = ctx.numbersIn(passage.start, passage.end);
  let items: { part: QuantityToken; share?: QuantityToken }[] = [];
  let found = false;
  let end = passage.start;
  for (let i = 0; i < numbers.length; i++) {
    const a = numbers[i] as QuantityToken;
    if (a.percent || a.qualifier) continue;
    const b = numbers[i + 1];
    const share = b?.percent && linked(passage, a, b) ? b : undefined;
    if (items.length > 0 && !joins(passage, end, a.start)) {
      if (found) break;
      items = [];
    }
    items.push(share ? { part: a, share } : { part: a });
    if (a === part) found = true;
    end = (share ?? a).end;
    if (share) i++;
  }
  if (!found || items.length < 2) return undefined;
  // The items around the part that have their shares: when those shares make 100, they are
  // the whole list ("…; hiện còn 270 hộ nghèo chiếm 0,69%, 1.349 hộ cận nghèo chiếm 3,43%…").
  const at = items.findIndex((x) => x.part === part);
  let from = at;
  let to = at;
  while (from > 0 && items[from - 1]?.share) from--;
  while (to + 1 < items.length && items[to + 1]?.share) to++;
  const shared = items[at]?.share ? items.slice(from, to + 1) : [];
  if (shared.length >= 2) {
    const parts = shared.map((x) => x.part);
    // The parts are the whole when their shares make 100, or when every other item's share
    // is its part of their sum (truncated, too, as officials may write it): then only this
    // share is off (one list, one base).
    const base: Base = { whole: part, parts, reach: "parts" };
    const others = shared.filter((x) => x.part !== part);
    if (
      sharesMakeHundred(shared.map((x) => x.share as QuantityToken)) ||
      others.every((x) => verdictOf(x.part, base, x.share as QuantityToken) !== "inconsistent")
    )
      return { items: parts, complete: true };
  }
  // Otherwise the list is summed over the items counting what the part counts.
  const parts = items.map((x) => x.part).filter((t) => t === part || sameKind(ctx, t, part));
  return parts.length >= 2 ? { items: parts, complete: false } : undefined;
}

/** Whether shares make 100, within half a unit of the last decimal of each (rounding). */
function sharesMakeHundred(shares: readonly QuantityToken[]): boolean {
  let total = new Decimal(0);
  let slack = new Decimal(0);
  for (const share of shares) {
    total = total.plus(share.numeral);
    slack = slack.plus(new Decimal(5).times(new Decimal(10).pow(-(share.decimals + 1))));
  }
  return total.minus(100).abs().lte(slack);
}

/** Whether only labels, commas, semicolons, brackets closing a share and "và" stand between. */
function joins(passage: Passage, from: number, to: number): boolean {
  return (
    to - from < 120 &&
    solidTokens(passage, from, to).every(
      (t) =>
        t.kind === "word" || t.text === "," || t.text === ";" || t.text === ")" || t.text === ":",
    )
  );
}

/**
 * The figure the list holding `part` opens with: the last figure before a "trong đó", "gồm" or
 * ":" in the sentence; or, when the sentence opens with "Trong đó", the last figure of the
 * sentence before that counts the same thing. After a fraction ("51/51 tổ chức …, trong đó",
 * "2.645/2.993 đồng chí …, trong đó") either number may be the list's total: the one that fits
 * more of the list's shares is, and the whole when they fit as many (one list, one base).
 */
function listHeads(ctx: AuditContext, passage: Passage, part: QuantityToken): Base[] {
  const markers = cuesIn(passage, passage.start, part.start).filter(
    (c) => c.roles.has("list-some") || c.roles.has("list-all"),
  );
  // A colon opens a list as well ("Kết quả: Trong sạch vững mạnh 06 …").
  const colon = solidTokens(passage, passage.start, part.start)
    .filter((t) => t.text === ":")
    .at(-1);
  const cue = markers[markers.length - 1];
  const marker = colon && (!cue || colon.start > cue.end) ? colon : cue;
  const before = marker ? ctx.numbersIn(passage.start, marker.start).filter((t) => !t.percent) : [];
  const whole = before[before.length - 1];
  if (marker && whole) {
    if (!sameKind(ctx, whole, part)) return [];
    const numerator = before[before.length - 2];
    const fraction =
      numerator &&
      solidTokens(passage, numerator.end, whole.start)
        .map((t) => t.text)
        .join("") === "/";
    const head = fraction ? voted(ctx, passage, marker.end, numerator, whole) : whole;
    return [{ whole: head, reach: "above" }];
  }
  // A marker opening the sentence ("Trong đó, có …", "Trong đó: …") has no figure before it:
  // its total is the last of the sentence before ("… tiếp nhận 56.039 hồ sơ. Trong đó, có
  // 12.516 hồ sơ trực tuyến (đạt tỷ lệ 22,33%)").
  const first = passage.tokens.findIndex((t) => t.kind !== "space");
  const opens = cuesFrom(passage, first).some(
    (c) => c.roles.has("list-some") || c.roles.has("list-all"),
  );
  if (!opens) {
    const head = bulletHead(ctx, passage, part);
    return head ? [{ whole: head, reach: "above" }] : [];
  }
  const sentences = ctx.segments.sentences;
  const index = lowerBound(sentences, passage.start, (s) => s.start);
  const previous = sentences[index - 1];
  if (!previous) return [];
  const figures = ctx
    .numbersIn(previous.start, previous.end)
    .filter((t) => !t.percent && sameKind(ctx, t, part) && t.value.gte(part.value));
  const head = figures[figures.length - 1];
  return head ? [{ whole: head, reach: "above" }] : [];
}

// The marks that open the items of a list written one item a line.
const BULLETS = new Set(["+", "-", "–", "•", "*"]);

/**
 * The total of a list written one item a line under a line that opens it: "- Đất sản xuất nông
 * nghiệp: Diện tích 4.318,18 ha …, bao gồm:" over "+ Đất trồng cây hàng năm: Diện tích
 * 563,81, chiếm 13,06%" and "+ Đất trồng cây lâu năm: …". Back from the item's line over the
 * lines with the same mark to the first line without it; that line must end with a list
 * marker and a colon ("bao gồm:", "trong đó:"), and its total is its last count before them.
 */
function bulletHead(
  ctx: AuditContext,
  passage: Passage,
  part: QuantityToken,
): QuantityToken | undefined {
  const sentence = ctx.sentenceAt(passage.start);
  const paragraphs = ctx.segments.paragraphs;
  const here = sentence ? paragraphs[sentence.paragraph] : undefined;
  const mark = passage.tokens.find((t) => t.kind !== "space");
  if (!sentence || here?.start !== passage.start || !mark || !BULLETS.has(mark.text)) return;
  for (let k = sentence.paragraph - 1; k >= 0 && k >= sentence.paragraph - LINES_ABOVE; k--) {
    const line = paragraphs[k];
    if (line?.kind !== "text") return undefined;
    const last = ctx.passageAt(line.end - 1);
    const first = ctx.passageAt(line.start)?.tokens.find((t) => t.kind !== "space");
    if (!last || !first) return undefined;
    if (first.text === mark.text) continue;
    const tokens = solidTokens(last, last.start, last.end);
    if (tokens.at(-1)?.text !== ":") return undefined;
    const cue = last.cues.at(-1);
    if (!cue || cue.end !== tokens.at(-2)?.end) return undefined;
    if (!cue.roles.has("list-some") && !cue.roles.has("list-all")) return undefined;
    const head = ctx
      .numbersIn(last.start, cue.start)
      .filter((t) => !t.percent)
      .at(-1);
    return head && !head.qualifier && sameKind(ctx, head, part) && head.value.gt(part.value)
      ? head
      : undefined;
  }
  return undefined;
}

/** Which number of a fraction is the total of the list after it: the one more shares fit. */
function voted(
  ctx: AuditContext,
  passage: Passage,
  from: number,
  numerator: QuantityToken,
  whole: QuantityToken,
): QuantityToken {
  let a = 0;
  let b = 0;
  const numbers = ctx.numbersIn(from, passage.end);
  for (let i = 0; i + 1 < numbers.length; i++) {
    const part = numbers[i] as QuantityToken;
    const share = numbers[i + 1] as QuantityToken;
    if (part.percent || !share.percent || !linked(passage, part, share)) continue;
    const fits = (base: QuantityToken) =>
      verdictOf(part, { whole: base, reach: "above" }, share) !== "inconsistent";
    if (fits(numerator)) a++;
    if (fits(whole)) b++;
  }
  return a > b ? numerator : whole;
}

/** The other figures of the paragraph, named in an error when one of them would fit. */
function candidatesOf(ctx: AuditContext, part: QuantityToken, stated: QuantityToken): string[] {
  return candidateBases(ctx, part, [part, stated]);
}

function paragraphFit(
  ctx: AuditContext,
  part: QuantityToken,
  stated: QuantityToken,
): QuantityToken | undefined {
  const sentence = ctx.sentenceAt(part.numberStart);
  const paragraph = sentence ? ctx.segments.paragraphs[sentence.paragraph] : undefined;
  if (!paragraph) return undefined;
  const figures = ctx
    .numbersIn(paragraph.start, paragraph.end)
    .filter((t) => !t.percent && t !== part && !t.qualifier && t.value.gte(part.value))
    .sort(
      (a, b) =>
        Math.abs(a.numberStart - part.numberStart) - Math.abs(b.numberStart - part.numberStart),
    );
  return figures.find(
    (t) =>
      !t.value.isZero() &&
      ORDER[percentageVerdict({ part: part.value, whole: t.value, stated: statedOf(stated) })] <
        ORDER.inconsistent,
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
