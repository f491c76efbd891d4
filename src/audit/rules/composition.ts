import { Decimal } from "../../core/decimal.js";
import type { QuantityToken } from "../../quantities/token.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft } from "../draft.js";
import { contentWords, coverWhole } from "../figures.js";
import { cueAt, cueBefore, cuesIn, type Passage, solidTokens } from "../passage.js";
import type { Rule } from "../rule.js";

/**
 * Shares that must make 100 (issue #17, shape 11): a structure ("cơ cấu") listed share by share,
 * "Cơ cấu kinh tế: nông, lâm nghiệp 36,4%; công nghiệp – xây dựng 27,9%; dịch vụ 35,9%", or
 * shares whose labels plainly cover a whole ("đất nông nghiệp chiếm 90,96%; đất phi nông
 * nghiệp chiếm 9,04%", "khu vực đô thị …%, khu vực nông thôn …%"), or lines of a part and its
 * share whose parts make the figure of the line above. They may differ from 100
 * by half a unit of the last decimal of each (rounding), no more.
 */
export const compositionRule: Rule = {
  kind: "composition",
  labels: { vi: "Cơ cấu (tổng 100%)", en: "Structure (makes 100%)" },
  reads: ["sentence"],
  runText: (ctx) => linedShares(ctx),
  run: (ctx, passage) => {
    const cue = passage.cues.find((c) => c.roles.has("structure"));
    const shares = cue ? listedShares(ctx, passage, cue.end) : coveringShares(ctx, passage);
    if (shares.length < 2) return [];
    // A list far from 100 is no structure of one whole (shares of several, or of a change).
    if (total(shares).minus(100).abs().gt(FAR)) return [];
    return structure(ctx, shares);
  },
};

const total = (shares: readonly QuantityToken[]) =>
  shares.reduce((n, t) => n.plus(t.numeral), new Decimal(0));

function structure(ctx: AuditContext, shares: readonly QuantityToken[]): ClaimDraft[] {
  const first = shares[0] as QuantityToken;
  const last = shares[shares.length - 1] as QuantityToken;
  const draft = relationDraft(
    ctx,
    "composition",
    { start: first.start, end: last.end },
    { kind: "composition", shares: shares.map((t) => ctx.idOf(t)) },
  );
  return draft ? [draft] : [];
}

/**
 * Lines of one part and its share each ("Lao động ngành A: 420 người – chiếm 35%"), under a
 * line whose figure their parts add up to exactly ("Số lao động: 1.200 người."): the parts are
 * all of that whole, so their shares must make 100.
 */
function linedShares(ctx: AuditContext): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  let whole: QuantityToken | undefined;
  let parts: QuantityToken[] = [];
  let shares: QuantityToken[] = [];
  const lines = ctx.segments.paragraphs;
  // One step past the last line: the run that ends the text is closed too.
  for (let i = 0; i <= lines.length; i++) {
    const p = lines[i];
    const [part, share, more] = p ? ctx.numbersIn(p.start, p.end) : [];
    if (part && !part.percent && share?.percent && !share.qualifier && !more) {
      parts.push(part);
      shares.push(share);
      continue;
    }
    const sum = parts.reduce((n, t) => n.plus(t.value), new Decimal(0));
    // Each share is also one of its whole (the share rule's claim, left free to it). Changes
    // ("tăng 5%") are far from a structure's 100.
    if (
      whole &&
      parts.length >= 2 &&
      sum.eq(whole.value) &&
      total(shares).minus(100).abs().lte(FAR)
    )
      for (const { tokens: _free, ...draft } of structure(ctx, shares)) drafts.push(draft);
    whole = part && !share && !part.percent ? part : undefined;
    parts = [];
    shares = [];
  }
  return drafts;
}

// How far from 100 a list of shares may add up to and still be read as one structure.
const FAR = 10;
// How far after the word "cơ cấu" the first share may stand.
const REACH = 120;
const BREAKS = new Set([".", "!", "?", "(", ")"]);
const STOPS = new Set([".", "!", "?"]);

/** The shares listed after `from`, one after another with labels and separators between. */
function listedShares(ctx: AuditContext, passage: Passage, from: number): QuantityToken[] {
  const shares: QuantityToken[] = [];
  let at = from;
  for (const t of ctx.numbersIn(from, passage.end)) {
    if (!t.percent) continue;
    if (shares.length === 0 && t.start - from > REACH) break;
    // "tăng 2,1%", "… so với cùng kỳ": changes, not shares; "trên 30%": a bound.
    if (t.qualifier || t.numeral.isNegative() || t.numeral.gt(100)) break;
    if (cueBefore(passage, t.start, "change-word") || cueAt(passage, t.end, "compare")) break;
    const between = solidTokens(passage, at, t.start);
    if (between.some((x) => BREAKS.has(x.text))) break;
    if (
      cuesIn(passage, at, t.start).some((c) => c.roles.has("list-some") || c.roles.has("list-all"))
    )
      break;
    shares.push(t);
    at = t.end;
  }
  return shares;
}

/**
 * The shares of a passage whose labels together plainly cover a whole (the lexicon's
 * partitions, or a label and its rest: "nông nghiệp" / "phi nông nghiệp"). Each label is the
 * words from the mark or share before it to the share; the shares are the last run of the
 * passage with no count between, and their labels must cover the whole as a set.
 */
function coveringShares(ctx: AuditContext, passage: Passage): QuantityToken[] {
  const figures = ctx.numbersIn(passage.start, passage.end);
  let shares: QuantityToken[] = [];
  let labels: string[] = [];
  let from = passage.start;
  for (const t of figures) {
    // A count, a share another claim took or a full stop ends the run: the shares after it
    // start anew.
    const stop = solidTokens(passage, from, t.start).some((x) => STOPS.has(x.text));
    if (stop && shares.length > 0) {
      shares = [];
      labels = [];
    }
    if (!t.percent || ctx.used.has(t)) {
      shares = [];
      labels = [];
      from = t.end;
      continue;
    }
    if (t.qualifier || t.numeral.isNegative() || t.numeral.gt(100)) return [];
    if (cueBefore(passage, t.start, "change-word") || cueAt(passage, t.end, "compare")) return [];
    // The label: back from the share to the mark before it, within what follows the last share.
    let start = from;
    for (const x of solidTokens(passage, from, t.start)) if (x.kind === "punct") start = x.end;
    labels.push(contentWords(passage, start, t.start).join(" "));
    shares.push(t);
    from = t.end;
  }
  return shares.length >= 2 && coverWhole(labels) ? shares : [];
}
