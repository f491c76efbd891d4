import { Decimal } from "../../core/decimal.js";
import { lowerBound } from "../../core/search.js";
import { matchKey } from "../../core/text.js";
import type { QuantityToken } from "../../quantities/token.js";
import type { Token } from "../../text/lexer.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft } from "../draft.js";
import { contentWords, nounOf } from "../figures.js";
import { type Role, UNIT_SCALES } from "../lexicon.js";
import {
  type Cue,
  cueBefore,
  cuesFrom,
  cuesIn,
  type Passage,
  solidAfter,
  solidBefore,
  solidTokens,
  tokenAt,
} from "../passage.js";
import type { Rule } from "../rule.js";

/**
 * Averages (issue #17, shape 12): a total spread over a count, with the average stated after an
 * average word ("bình quân", "trung bình", "năng suất") and the unit it is per, either after a
 * slash ("bình quân 11 triệu đồng/hộ", "54,2 tạ/ha") or after "mỗi" ("bình quân mỗi hộ 11 triệu
 * đồng"). The total is the figure of the sentence in the average's own unit or measure ("2.046
 * triệu đồng", "4.500 tấn"), the nearest before the average (or after a yield: "năng suất …,
 * sản lượng …"), with no ";" between; the count is the figure counting that unit nearest the
 * total ("cho 186 hộ"). Words naming the average before its word ("thu nhập bình quân") must
 * name the total too. Values carry their magnitude, so the
 * average is recomputed in its own unit ("1,1 triệu đồng": millions) and judged at the decimals
 * written. An average whose total or count is not in its sentence, one over a period ("/năm",
 * "mỗi tháng"), a percentage ("tăng bình quân 7%/năm") or one with other words before its figure
 * ("bình quân dư nợ mỗi hộ": another total) is left alone.
 */
export const averageRule: Rule = {
  kind: "average",
  labels: { vi: "Số bình quân", en: "Average" },
  reads: ["sentence"],
  run: (ctx, passage) => {
    const drafts: ClaimDraft[] = [];
    const stated = new Set<QuantityToken>();
    let figures: readonly QuantityToken[] | undefined;
    for (const cue of passage.cues) {
      if (!cue.roles.has("average")) continue;
      figures ??= ctx.numbersIn(passage.start, passage.end);
      const draft = averageAt(ctx, passage, cue, figures);
      // "năng suất bình quân đạt 51,6 tạ/ha": two average words, one average.
      const average = draft?.tokens?.[2];
      if (!draft || !average || stated.has(average)) continue;
      stated.add(average);
      drafts.push(draft);
    }
    return drafts;
  },
};

// How far after the average's word its figure may stand.
const REACH = 60;
// Figures of a sentence looked at for the total and the count: a long sentence stays linear.
const MAX_SCANNED = 40;
// Time units: an average per year or month is a rate over a period, not a quotient written here.
const PERIODS = new Set(["năm", "tháng", "quý", "ngày", "tuần", "giờ"].map(matchKey));

function averageAt(
  ctx: AuditContext,
  passage: Passage,
  cue: Cue,
  figures: readonly QuantityToken[],
): ClaimDraft | undefined {
  const at = lowerBound(figures, cue.end, (t) => t.numberStart);
  const stated = figures[at];
  if (!stated || stated.numberStart >= cue.end + REACH || stated.percent) return undefined;
  if (qualified(stated) || ctx.used.has(stated)) return undefined;
  const per = perUnit(passage, cue, stated);
  if (!per || PERIODS.has(per.noun.split(" ")[0] as string)) return undefined;
  const unit = unitOf(ctx, passage, stated);
  if (!unit) return undefined;
  // A production follows its yield ("năng suất 51,6 tạ/ha, sản lượng 2.126 tấn"); any other
  // total comes before its average.
  const after = UNIT_SCALES[matchKey(unit)] !== undefined;
  const total = nearest(figures, at, after, (t) => scaleOf(t, unit) !== undefined);
  // The count stands with its total ("2.046 triệu đồng cho 186 hộ"), not with a part named
  // after it ("…, trong đó 10 dự án …").
  const count =
    total &&
    closest(
      figures,
      lowerBound(figures, total.numberStart, (t) => t.numberStart),
      (t) => t !== stated && isCount(ctx, t, per.noun),
    );
  if (
    !count ||
    !total ||
    (qualified(total) && total.qualifier?.kind === "about") ||
    changed(passage, total) ||
    broken(passage, total) ||
    apart(passage, total, stated) ||
    !sameQuantity(passage, cue, total)
  )
    return undefined;
  // The average's unit in the total's: its magnitude ("triệu") times the units' ratio (tạ/tấn).
  const scale = (scaleOf(total, unit) as Decimal).times(stated.magnitude?.factor ?? 1);
  const { start, end } = [total, count, stated].reduce(
    (r, t) => ({ start: Math.min(r.start, t.start), end: Math.max(r.end, t.end) }),
    { start: stated.start, end: per.end },
  );
  return relationDraft(
    ctx,
    "average",
    { start, end },
    {
      kind: "average",
      total: ctx.idOf(total),
      count: ctx.idOf(count),
      stated: ctx.idOf(stated),
      ...(scale.eq(1) ? {} : { scale: scale.toFixed() }),
      ...totalRange(total),
    },
  );
}

/**
 * The unit the average is per: the word after a slash right after the figure ("11 triệu
 * đồng/hộ", "54,2 tạ/ha"; none when a second slash follows: "/hộ/năm"), or the word after "mỗi"
 * between the average's word and its figure ("bình quân mỗi hộ 11 triệu đồng"). Any other word
 * there (other than "đạt", "ước đạt"…) names another quantity: no unit.
 */
function perUnit(
  passage: Passage,
  cue: Cue,
  stated: QuantityToken,
): { noun: string; end: number } | undefined {
  const between = solidTokens(passage, cue.end, stated.start);
  let before: string | undefined;
  for (let i = 0; i < between.length; ) {
    const t = between[i] as Token;
    const cues = cuesFrom(passage, tokenAt(passage, t.start));
    if (cues.some((c) => c.roles.has("per"))) {
      const words = between.slice(i + 1);
      if (words.length === 0 || words.some((w) => w.kind !== "word")) return undefined;
      before = words.map((w) => w.key).join(" ");
      break;
    }
    const lead = cues
      .filter((c) => c.roles.has("average-lead") || c.roles.has("average"))
      .sort((a, b) => b.end - a.end)[0];
    if (!lead) return undefined;
    while (i < between.length && (between[i] as Token).start < lead.end) i++;
  }
  const after = afterSlash(passage, stated);
  if (before !== undefined) return after ? undefined : { noun: before, end: stated.end };
  return after;
}

/**
 * The words after "/" right after a figure and its unit ("đồng/hộ vay"), unless another "/"
 * follows them ("đồng/hộ/năm": a rate over a period).
 */
function afterSlash(
  passage: Passage,
  stated: QuantityToken,
): { noun: string; end: number } | undefined {
  let next = solidAfter(passage, stated.end);
  // A unit the scanner does not know ("tạ") stands between the figure and the slash.
  if (next?.kind === "word" && next.start - stated.end <= 1) next = solidAfter(passage, next.end);
  if (next?.text !== "/") return undefined;
  const words: Token[] = [];
  for (let t = solidAfter(passage, next.end); t?.kind === "word"; t = solidAfter(passage, t.end)) {
    if (words.length === 0 && t.start !== next.end) return undefined;
    if (words.length === MAX_WORDS) break;
    words.push(t);
  }
  const last = words[words.length - 1];
  if (!last || solidAfter(passage, last.end)?.text === "/") return undefined;
  return { noun: words.map((w) => w.key).join(" "), end: last.end };
}

// Words of the unit after a slash read at most ("hộ gia đình").
const MAX_WORDS = 3;

/** What the average is written in: its unit ("đồng", "người") or the word after it ("tạ"). */
function unitOf(ctx: AuditContext, passage: Passage, t: QuantityToken): string | undefined {
  if (t.unit) return t.unit.kind === "percent" ? undefined : t.unit.canonical;
  const next = solidAfter(passage, t.end);
  return next?.kind === "word" && next.start - t.end <= 1 ? next.key : nounOf(ctx, t);
}

/**
 * What one of the average's units is worth in the total's unit (0.1 for tạ against tấn), or
 * undefined when the total is of another unit.
 */
function scaleOf(total: QuantityToken, unit: string): Decimal | undefined {
  if (total.percent || !total.unit || total.unit.kind === "percent") return undefined;
  const mine = total.unit.canonical;
  if (mine === unit) return new Decimal(1);
  const a = UNIT_SCALES[matchKey(unit)];
  const b = UNIT_SCALES[matchKey(mine)];
  if (!a || !b || a.family !== b.family) return undefined;
  return new Decimal(a.worth).dividedBy(b.worth);
}

const ESTIMATE = matchKey("ước");

/**
 * Whether a figure is qualified: "hơn", "khoảng", "gần"… An estimate ("ước đạt 4.981 tấn") is
 * the figure written, not an approximation of it.
 */
function qualified(t: QuantityToken): boolean {
  return t.qualifier !== undefined && !matchKey(t.qualifier.text).startsWith(ESTIMATE);
}

/** A count of the unit the average is per: "186 hộ", "830 ha". */
function isCount(ctx: AuditContext, t: QuantityToken, noun: string): boolean {
  if (t.percent || qualified(t) || t.magnitude || t.numeral.isNegative() || t.numeral.isZero())
    return false;
  const of = nounOf(ctx, t);
  if (of === undefined) return false;
  // "mỗi trợ giúp viên" and "120 trợ giúp viên": the phrase and the figure's noun share a start.
  const key = matchKey(of);
  return key === noun || noun.startsWith(`${key} `) || key.startsWith(`${noun} `);
}

/** The figure that passes `test` fewest figures away from `at`, either side (before on a tie). */
function closest(
  figures: readonly QuantityToken[],
  at: number,
  test: (t: QuantityToken) => boolean,
): QuantityToken | undefined {
  for (let d = 1; d <= MAX_SCANNED; d++) {
    const before = figures[at - d];
    if (before && test(before)) return before;
    const after = figures[at + d];
    if (after && test(after)) return after;
    if (!before && !after) break;
  }
  return undefined;
}

/** The figure nearest before `at` that passes `test`, else the nearest after it. */
function nearest(
  figures: readonly QuantityToken[],
  at: number,
  after: boolean,
  test: (t: QuantityToken) => boolean,
): QuantityToken | undefined {
  for (let i = at - 1; i >= 0 && i >= at - MAX_SCANNED; i--)
    if (test(figures[i] as QuantityToken)) return figures[i];
  if (!after) return undefined;
  for (let i = at + 1; i < figures.length && i <= at + MAX_SCANNED; i++)
    if (test(figures[i] as QuantityToken)) return figures[i];
  return undefined;
}

/** Whether a ";" stands between the total and the average: items of a list, not one claim. */
function apart(passage: Passage, a: QuantityToken, b: QuantityToken): boolean {
  const [from, to] = a.start < b.start ? [a.end, b.start] : [b.end, a.start];
  return solidTokens(passage, from, to).some((t) => t.text === ";");
}

// How far before the total the words naming it are sought.
const NAME_REACH = 60;

/**
 * Whether the average is of what the total counts: the words naming it before its average word
 * ("thu nhập bình quân", "mức cho vay bình quân"), if any, stand before the total too ("cho vay
 * với tổng dư nợ …"). "Thu nhập bình quân 60 triệu đồng/hộ" is no quotient of a sum lent.
 */
function sameQuantity(passage: Passage, cue: Cue, total: QuantityToken): boolean {
  let from = cue.start;
  for (
    let t = solidBefore(passage, cue.start);
    t?.kind === "word" && cue.start - t.start <= NAME_REACH;
    t = solidBefore(passage, t.start)
  )
    from = t.start;
  const skip = new Set<number>();
  for (const c of cuesIn(passage, from, cue.start))
    if (NEUTRAL.some((r) => c.roles.has(r))) for (let i = c.first; i <= c.last; i++) skip.add(i);
  const head: string[] = [];
  for (let i = tokenAt(passage, from); i < passage.tokens.length; i++) {
    const t = passage.tokens[i] as Token;
    if (t.start >= cue.start) break;
    if (t.kind === "word" && !skip.has(i)) head.push(t.key);
  }
  if (head.length === 0) return true;
  const near = new Set(
    contentWords(passage, Math.max(passage.start, total.start - NAME_REACH), total.start),
  );
  return head.some((w) => near.has(w));
}

// Words before an average's word that name nothing it could be of.
const NEUTRAL: readonly Role[] = ["average", "average-lead", "per", "function", "link", "clause"];

/** Whether a figure is a change ("tăng 140 triệu đồng"), not an amount. */
function changed(passage: Passage, t: QuantityToken): boolean {
  return cueBefore(passage, t.start, "change-word") !== undefined;
}

/**
 * Whether a figure may be the decimals of a numeral broken after its comma ("167, 2 tấn" for
 * 167,2): a bare number glued to a comma stands right before it.
 */
function broken(passage: Passage, t: QuantityToken): boolean {
  const comma = solidBefore(passage, t.numberStart);
  if (comma?.text !== "," || t.numberStart - comma.end > 1) return false;
  const number = solidBefore(passage, comma.start);
  return number?.kind === "number" && number.end === comma.start;
}

/**
 * How precisely the total is written: a figure with a magnitude word ("1,4 tỷ đồng") is rounded
 * to its last digit. A qualified one ("hơn 14 tỷ", "gần 2.000 tấn") lies within one unit of its
 * last digit before its trailing zeros, above or below it (the relation reads which from the
 * qualifier).
 */
function totalRange(total: QuantityToken): { totalStep?: string } {
  const factor = total.magnitude?.factor ?? new Decimal(1);
  const q = qualified(total) ? total.qualifier?.kind : undefined;
  const unit = new Decimal(10).pow(-total.decimals).times(factor);
  if (!q) return total.magnitude ? { totalStep: unit.toFixed() } : {};
  const zeros =
    total.decimals === 0 ? (/0*$/.exec(total.raw.replace(/\D/gu, ""))?.[0].length ?? 0) : 0;
  return { totalStep: unit.times(new Decimal(10).pow(zeros)).toFixed() };
}
