import { keystroke } from "../../calculators/total.js";
import type { Decimal } from "../../core/decimal.js";
import { lowerBound } from "../../core/search.js";
import { matchKey } from "../../core/text.js";
import type { QuantityToken } from "../../quantities/token.js";
import type { Token } from "../../text/lexer.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft, show } from "../draft.js";
import { coverWhole, figureWords, namesRest, nounOf, sameNoun } from "../figures.js";
import { LEXICON, type Role } from "../lexicon.js";
import {
  type Cue,
  cueAt,
  cueBefore,
  cuesIn,
  everySolid,
  hasRole,
  type Passage,
  readPassage,
  solidAfter,
  solidBefore,
  solidTokens,
  tokenAt,
  tokensIn,
} from "../passage.js";
import type { BreakdownRelationNode } from "../relations.js";
import type { Rule } from "../rule.js";
import { fromSuperscript } from "../segment.js";

/**
 * Totals with their breakdowns: "tiếp nhận 900 đơn, trong đó cấp huyện 300 đơn, cấp xã 600 đơn",
 * "1.737 TTHC (cấp tỉnh 1.406, cấp huyện 212, cấp xã 119 TTHC)", nested ones, and breakdowns
 * given in a footnote ("45 mô hình¹" … "¹ Gồm: …"). Parts must carry the total's unit (or none);
 * a list whose end is uncertain is only reported when it adds up.
 */
export const breakdownRule: Rule = {
  kind: "breakdown",
  labels: { vi: "Tổng và các phần", en: "Total and parts" },
  reads: ["sentence"],
  run: (ctx, passage) => {
    const drafts: ClaimDraft[] = [];
    const inside = new Set<QuantityToken>();
    for (const opening of openingLists(ctx, passage)) {
      const draft = toDraft(ctx, opening.total, opening.list);
      if (draft) {
        for (const t of tokensOf(opening.list)) inside.add(t);
        drafts.push(draft);
      }
    }
    for (const total of ctx.numbersIn(passage.start, passage.end)) {
      if (inside.has(total) || !isCount(total)) continue;
      const list = listAfter(ctx, passage, total);
      if (!list) continue;
      const draft = toDraft(ctx, counted(ctx, passage, total), list);
      if (!draft) continue;
      for (const t of tokensOf(list)) inside.add(t);
      drafts.push(draft);
    }
    return drafts;
  },
};

// Bounds no real breakdown reaches (the longest lists in reports have a few dozen parts).
const MAX_PARTS = 100;
const MAX_BRACKET = 4000;
// How far after the total its marker or bracket may stand ("900 đơn thư, trong đó").
const MARKER_REACH = 40;
const BRACKET_REACH = 30;
const LABEL_REACH = 60;
const CLOSING = new Set([".", ";", "!", "?", "(", ")"]);
const LABEL_MARKS = new Set([",", ";", ":", "–", "-", "*", '"', "“", "”", "'", "’", "/", "&"]);

interface Item {
  readonly token: QuantityToken;
  readonly label: string;
  readonly children?: ListResult;
}

interface ListResult {
  readonly items: readonly Item[];
  /** `all` ("gồm"), `some` ("trong đó"), or `paren` (an unmarked bracket: all, but a shortfall only warns). */
  readonly kind: "all" | "some" | "paren";
  /** Where the list stops in the prepared text. */
  readonly end: number;
  /** True when the list ended at a hard boundary (sentence end, bracket), so its extent is sure. */
  readonly closed: boolean;
}

function isCount(token: QuantityToken): boolean {
  return !token.percent && !token.qualifier && !token.ambiguity && !token.numeral.isNegative();
}

/** The list marker ("trong đó", "gồm") starting a stretch, and where its words end. */
function markerAt(
  passage: Passage,
  from: number,
  to: number,
): { cue: Cue; end: number } | undefined {
  const cue = cuesIn(passage, from, to).find(
    (c) => c.roles.has("list-some") || c.roles.has("list-all"),
  );
  if (!cue) return undefined;
  let end = cue.end;
  const tail = cuesIn(passage, end, to).find((c) => c.roles.has("list-tail"));
  if (tail && solidTokens(passage, end, tail.start).length === 0) end = tail.end;
  for (const t of tokensIn(passage, end, to)) {
    if (t.kind === "space" || t.text === ":") end = t.end;
    else break;
  }
  return { cue, end };
}

const exhaustive = (cue: Cue | undefined): boolean | "paren" =>
  cue === undefined ? "paren" : !cue.roles.has("list-some");

function listAfter(
  ctx: AuditContext,
  passage: Passage,
  total: QuantityToken,
): ListResult | undefined {
  const limit = passage.end;
  // What stands after the total up to the next figure: where a marker or bracket must sit.
  const next = ctx.numbers[lowerBound(ctx.numbers, total.end, (t) => t.numberStart)];
  const reach = Math.min(next?.numberStart ?? limit, limit, total.end + 80);
  const before = tokensIn(passage, total.end, reach);
  const open = before.find((t) => t.text === "(");
  if (
    open &&
    open.start - total.end <= BRACKET_REACH &&
    plainLead(passage, total.end, open.start)
  ) {
    const close = matchingParen(passage, open.start, limit);
    if (close === -1) return undefined;
    const inner = markerAt(passage, open.end, reach);
    const startsList =
      inner && solidTokens(passage, open.end, inner.cue.start).every((t) => t.text === "*");
    const from = startsList ? inner.end : skipStars(passage, open.end, reach);
    const list = readList(
      ctx,
      passage,
      total,
      from,
      close,
      exhaustive(startsList ? inner.cue : undefined),
    );
    if (list) return list;
  }
  // A change or share of the total may stand between it and its marker: "736.747 việc, tăng
  // 39.080 việc (tăng 5,60% …), trong đó: …".
  // "9.400 việc, tăng 400 việc (…), trong đó: …": the marker after a change is its total's.
  if (cueBefore(passage, total.start, "change-word")) return undefined;
  const lead = skipInterposed(ctx, passage, total);
  const markerReach = Math.min(limit, lead + 40);
  const marker = markerAt(passage, lead, markerReach);
  if (
    marker &&
    marker.cue.start - lead <= MARKER_REACH &&
    plainLead(passage, lead, marker.cue.start)
  ) {
    // "Tổng số cơ sở y tế: 186, trong đó:" and the parts on the lines after, one per line.
    if (solidAfter(passage, marker.end) === undefined)
      return bulletList(ctx, total, marker.end, !marker.cue.roles.has("list-some"));
    return readList(ctx, passage, total, marker.end, limit, !marker.cue.roles.has("list-some"));
  }
  return footnoteList(ctx, passage, total, reach);
}

/**
 * A sentence that opens with a marker ("… tiếp nhận 5.200 hồ sơ. Trong đó, 3.100 hồ sơ trực
 * tuyến; …") names the parts of a total of the sentence before: the last figure there that counts
 * what its first part counts. Nothing ties the two but that, so the list's extent is taken as
 * unsure: the claim is made only when its first parts add up to the total, or miss it by a swap.
 */
function openingLists(
  ctx: AuditContext,
  passage: Passage,
): { total: QuantityToken; list: ListResult }[] {
  let first = solidAfter(passage, passage.start);
  if (first && BULLETS.has(first.text)) first = solidAfter(passage, first.end);
  if (first?.kind !== "word") return [];
  const marker = markerAt(passage, first.start, Math.min(passage.end, first.start + 40));
  if (!marker || marker.cue.start !== first.start) return [];
  const all = !marker.cue.roles.has("list-some");
  const lines = solidAfter(passage, marker.end) === undefined || startsBullet(passage, marker.end);
  // The parts: the first figure after the marker; on lines, each kind the first line counts
  // ("+ Ấp A: 597 hộ, …, 20 tổ"), each a list of its own.
  const firstLine = lines
    ? firstItemLine(ctx, marker.end)
    : { start: marker.end, end: passage.end };
  if (!firstLine) return [];
  const parts: QuantityToken[] = [];
  for (const t of ctx.numbersIn(firstLine.start, firstLine.end)) {
    const at = ctx.passageAt(t.numberStart);
    if (t.percent || !at || cueBefore(at, t.start, "change-word")) continue;
    if (!isCount(t) || !counts(ctx, t)) break;
    if (!parts.some((p) => sameKind(ctx, p, t))) parts.push(t);
    if (!lines) break;
  }
  const out: { total: QuantityToken; list: ListResult }[] = [];
  for (const part of parts) {
    const total = totalBefore(ctx, passage, part, lines ? 2 : 1);
    if (!total) continue;
    const list = lines
      ? bulletList(ctx, total, marker.end, all)
      : readList(ctx, passage, total, marker.end, passage.end, all);
    if (list) out.push({ total, list: { ...list, closed: false } });
  }
  return out;
}

/** The paragraph of the first list item after `from` (the rest of its own line, or the next line). */
function firstItemLine(
  ctx: AuditContext,
  from: number,
): { start: number; end: number } | undefined {
  const paragraphs = ctx.segments.paragraphs;
  let index = lowerBound(paragraphs, from + 1, (p) => p.start) - 1;
  const own = paragraphs[index];
  if (own && own.end > from && ctx.text.slice(from, own.end).trim() !== "")
    return { start: from, end: own.end };
  index++;
  const next = paragraphs[index];
  return next && { start: next.start, end: next.end };
}

/**
 * The total a marker opening a sentence refers to: the last figure of the sentence before (or,
 * for lines, of the `reach` sentences before) that counts what the part counts and exceeds it.
 */
function totalBefore(
  ctx: AuditContext,
  passage: Passage,
  part: QuantityToken,
  reach: number,
): QuantityToken | undefined {
  const sentences = ctx.segments.sentences;
  const at = lowerBound(sentences, passage.start, (s) => s.start);
  for (let back = 1; back <= reach; back++) {
    const previous = sentences[at - back];
    const before = previous && ctx.passageAt(previous.start);
    if (!previous || !before) return undefined;
    const candidates = ctx.numbersIn(previous.start, previous.end);
    for (let i = candidates.length - 1; i >= 0; i--) {
      const t = candidates[i] as QuantityToken;
      if (t.percent || cueBefore(before, t.start, "change-word")) continue;
      // "Diện tích 563,81, chiếm …. Trong đó: đất trồng lúa 229,79 ha; …": a measure written
      // with decimals may leave its unit to its parts.
      const bare = !counts(ctx, t) && t.decimals > 0 && counts(ctx, part) && part.decimals > 0;
      if ((!counts(ctx, t) && !bare) || !sameKind(ctx, t, part)) continue;
      // Not held to exceed the part: the list is claimed only when it adds up, or a swap away.
      return isCount(t) ? t : undefined;
    }
  }
  return undefined;
}

/**
 * What a list after a fraction divides: "51/51 tổ chức đánh giá, xếp loại, trong đó: …" names
 * the parts of those counted (the numerator), not of the whole they are counted in.
 */
function counted(ctx: AuditContext, passage: Passage, total: QuantityToken): QuantityToken {
  if (solidBefore(passage, total.start)?.text !== "/") return total;
  const i = lowerBound(ctx.numbers, total.numberStart, (t) => t.numberStart);
  const part = ctx.numbers[i - 1];
  if (!part || ctx.text.slice(part.numberEnd, total.numberStart).trim() !== "/") return total;
  if (pairedKinds(ctx, part, total)) return total;
  return isCount(part) && part.value.lte(total.value) ? part : total;
}

/**
 * Whether "a/b" joins two counts of two things ("70 vụ/103 bị can"), not a fraction: both say
 * what they count, and not the same thing.
 */
function pairedKinds(ctx: AuditContext, a: QuantityToken, b: QuantityToken): boolean {
  const x = nounOf(ctx, a) ?? a.unit?.canonical;
  const y = nounOf(ctx, b) ?? b.unit?.canonical;
  return x !== undefined && y !== undefined && headOf(x) !== headOf(y);
}

/** The figure right after "/" following `token` ("70 vụ/103 bị can" → 103), if any. */
function slashed(
  ctx: AuditContext,
  passage: Passage,
  token: QuantityToken,
): QuantityToken | undefined {
  const slash = solidAfter(passage, token.end);
  if (slash?.text !== "/") return undefined;
  const next = ctx.numbers[lowerBound(ctx.numbers, slash.end, (t) => t.numberStart)];
  return next && solidAfter(passage, slash.end)?.start === next.start ? next : undefined;
}

/** Whether a figure says what it counts ("56 hồ sơ", "12 tỷ đồng"). */
const counts = (ctx: AuditContext, t: QuantityToken): boolean =>
  t.unit !== undefined || nounOf(ctx, t) !== undefined;

/**
 * Whether the sentence after a total's opens a marked list of its parts that this rule claims
 * ("… 5.200 hồ sơ. Trong đó, …"): the partition rule, which runs on the total's own sentence
 * first, leaves such a total alone.
 *
 * @param ctx - the audit context
 * @param total - a figure
 * @returns true when the next sentence's opening list is of `total` and adds up to it
 */
export function opensList(ctx: AuditContext, total: QuantityToken): boolean {
  const sentence = ctx.sentenceAt(total.numberStart);
  if (!sentence) return false;
  const next =
    ctx.segments.sentences[lowerBound(ctx.segments.sentences, sentence.end, (s) => s.start)];
  const passage = next && ctx.passageAt(next.start);
  return (passage ? openingLists(ctx, passage) : []).some(
    (o) => o.total === total && settledRun(total, o.list) !== undefined,
  );
}

/** Whether the first solid token after `from` is a list item's bullet. */
const startsBullet = (passage: Passage, from: number): boolean => {
  const t = solidAfter(passage, from);
  return t !== undefined && BULLETS.has(t.text);
};

/**
 * Where what is said of the total itself ends: a comma, a bracket, a change ("tăng 39.080
 * việc") after it; the total when nothing such follows.
 */
function skipInterposed(ctx: AuditContext, passage: Passage, total: QuantityToken): number {
  let at = skipNoun(passage, total.end);
  for (let steps = 0; steps < 6; steps++) {
    const t = solidAfter(passage, at);
    if (!t) break;
    if (t.text === "," || t.text === ";") {
      at = t.end;
      continue;
    }
    // "70 vụ/103 bị can; trong đó": the second count of the pair.
    const other = t.text === "/" && steps === 0 ? slashed(ctx, passage, total) : undefined;
    if (other && pairedKinds(ctx, total, other)) {
      at = skipNoun(passage, other.end);
      continue;
    }
    if (t.text === "(") {
      const close = matchingParen(passage, t.start, passage.end);
      if (close === -1) break;
      at = close + 1;
      continue;
    }
    // "658 ha, bằng 109,65% kế hoạch năm và tăng 11,36% …; bao gồm": a share of the total, the
    // words of what it is a share of, and "và" before the next clause.
    const lead = cueAt(passage, t.start, "clause") ?? cueBefore(passage, t.start, "clause");
    const share = lead && ctx.numbersIn(lead.end, passage.end)[0];
    if (lead && share?.percent && share.numberStart === solidAfter(passage, lead.end)?.start) {
      at = skipNoun(passage, share.end);
      continue;
    }
    if (
      t.text === "và" &&
      steps > 0 &&
      cueAt(passage, solidAfter(passage, t.end)?.start ?? -1, "change-word")
    ) {
      at = t.end;
      continue;
    }
    if (cueAt(passage, t.start, "change-word")) {
      const figure = ctx.numbersIn(t.end, Math.min(passage.end, t.end + 20))[0];
      if (!figure) break;
      at = figure.percent ? figure.end : skipNoun(passage, figure.end);
      continue;
    }
    // "tăng 7,7 tỷ đồng so với năm 2021, trong đó": the period a change is against.
    const compared = cueAt(passage, t.start, "compare");
    if (compared && steps > 0) {
      const end = comparisonEnd(ctx, passage, compared.end);
      if (end === undefined) break;
      at = end;
      continue;
    }
    break;
  }
  return at;
}

/** Where the period after "so với" ends (before a comma or semicolon), if it holds no figure. */
function comparisonEnd(ctx: AuditContext, passage: Passage, from: number): number | undefined {
  const reach = Math.min(passage.end, from + 30);
  for (const t of tokensIn(passage, from, reach)) {
    if (t.text === "," || t.text === ";")
      return ctx.numbersIn(from, t.start).length === 0 ? t.start : undefined;
    if (
      t.kind === "punct" ||
      cueAt(passage, t.start, "list-some") ||
      cueAt(passage, t.start, "list-all")
    )
      return undefined;
  }
  return undefined;
}

/** Past the words naming what a figure counts, when the scanner knows no unit for them ("39.080 việc"). */
function skipNoun(passage: Passage, from: number): number {
  let at = from;
  for (let w = solidAfter(passage, at), n = 0; w?.kind === "word" && n < 3; n++) {
    const start = w.start;
    if (
      cueAt(passage, start, "list-some") ||
      cueAt(passage, start, "list-all") ||
      cueAt(passage, start, "change-word") ||
      cueAt(passage, start, "compare")
    )
      break;
    at = w.end;
    w = solidAfter(passage, at);
  }
  return at;
}

// Marks that open a list item on its own line.
const BULLETS = new Set(["-", "+", "*", "•", "–", "—", "·"]);

/**
 * A list whose parts stand one per line after its marker ("trong đó:\n- 18 bệnh viện\n- 01
 * …"): each following paragraph that opens with a bullet is an item, its first figure counting
 * what the total counts the part; the list ends at the first paragraph that is no item.
 */
function bulletList(
  ctx: AuditContext,
  total: QuantityToken,
  from: number,
  all: boolean,
): ListResult | undefined {
  const paragraphs = ctx.segments.paragraphs;
  // The first item may stand on the marker's own line ("Trong đó: + Rừng tự nhiên: …").
  let index = lowerBound(paragraphs, from + 1, (p) => p.start) - 1;
  if ((paragraphs[index]?.end ?? 0) <= from) index++;
  const items: Item[] = [];
  let end = from;
  // Items are marked alike: a line with another mark ("-" after "+") opens the next list.
  let mark: string | undefined;
  for (; index < paragraphs.length && items.length < MAX_PARTS; index++) {
    const paragraph = paragraphs[index];
    if (!paragraph) break;
    const start = Math.max(from, paragraph.start);
    const line = ctx.passageAt(start);
    const first = line && solidAfter(line, start);
    if (!line || !first || first.start >= paragraph.end || !BULLETS.has(first.text)) {
      if (start > paragraph.start && items.length === 0) continue;
      // A line the page wrapped: the item before stops on no closing mark, and this line goes on
      // in lower case or after a verb ("…, chiếm" / "13,06% …").
      const before = ctx.passageAt(end - 1);
      if (
        items.length > 0 &&
        !/[.;:!?]\s*$/.test(ctx.text.slice(end - 8, end)) &&
        (/^\s*\p{Ll}/u.test(ctx.text.slice(start, start + 9)) ||
          (before && cueBefore(before, end, "clause")))
      ) {
        end = paragraph.end;
        continue;
      }
      break;
    }
    if (mark !== undefined && first.text !== mark) break;
    mark = first.text;
    const figure = ctx
      .numbersIn(start, paragraph.end)
      .find((t) => !t.percent && sameKind(ctx, total, t));
    if (!figure || !isCount(figure)) break;
    const words = solidTokens(line, first.end, paragraph.end).filter((t) => t.kind === "word");
    items.push({
      token: figure,
      label: words
        .map((w) => w.text)
        .join(" ")
        .slice(0, 60),
    });
    end = paragraph.end;
  }
  if (items.length < 2) return undefined;
  if (all) return { items, kind: "all", end, closed: true };
  // "trong đó:" then "+ chưa có điều kiện …", "+ có điều kiện …", "+ đã thi hành xong …": the
  // first items whose labels cover the whole are all of it; the lines after them go on to
  // divide the last of them (its outcomes), and are claimed only when they add up to it.
  const labels = items.map((i) => i.label);
  for (let m = 2; m <= items.length; m++) {
    // Only a pair of complements cuts a list: "… khác" amid the lines is no end of it.
    if (!coverWhole(labels.slice(0, m)) || (m < items.length && namesRest(labels[m - 1] ?? "")))
      continue;
    const head = items.slice(0, m);
    const last = head[m - 1] as Item;
    const rest = items.slice(m);
    const divided =
      rest.length >= 2
        ? settledRun(last.token, { items: rest, kind: "some", end, closed: false })
        : undefined;
    if (divided) head[m - 1] = { ...last, children: divided };
    return {
      items: head,
      kind: "all",
      end: rest.length > 0 && !divided ? last.token.end : end,
      closed: true,
    };
  }
  return { items, kind: "some", end, closed: true };
}

/** Between a total and its marker: no clause verb, no clause break. */
function plainLead(passage: Passage, from: number, to: number): boolean {
  if (hasRole(passage, from, to, "clause")) return false;
  return !solidTokens(passage, from, to).some((t) => CLOSING.has(t.text) || t.kind === "number");
}

function skipStars(passage: Passage, from: number, to: number): number {
  let at = from;
  for (const t of tokensIn(passage, from, to)) {
    if (t.kind === "space" || t.text === "*") at = t.end;
    else break;
  }
  return at;
}

function footnoteList(
  ctx: AuditContext,
  passage: Passage,
  total: QuantityToken,
  reach: number,
): ListResult | undefined {
  const tokens = tokensIn(passage, total.end, Math.min(reach, total.end + MARKER_REACH));
  const first = tokens.findIndex((t) => SUPERSCRIPT.includes(t.text));
  if (first === -1) return undefined;
  let digits = "";
  for (const t of tokens.slice(first)) {
    if (!SUPERSCRIPT.includes(t.text)) break;
    digits += t.text;
  }
  const index = ctx.segments.footnotes.get(fromSuperscript(digits));
  const note = index === undefined ? undefined : ctx.segments.paragraphs[index];
  if (!note) return undefined;
  const body = readPassage(ctx.text, { ...note, kind: "sentence", group: index as number });
  // "¹ Gồm: …", "(1) Trong đó …": the note opens with its mark and a marker.
  const after = afterMark(body);
  const marker = markerAt(body, after, Math.min(body.end, after + 40));
  if (!marker || solidTokens(body, after, marker.cue.start).length > 0) return undefined;
  return readList(ctx, body, total, marker.end, note.end, !marker.cue.roles.has("list-some"));
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** Where a footnote's own mark ("¹", "⁽¹²⁾", "(3)") ends at its start. */
function afterMark(note: Passage): number {
  let at = note.start;
  let bracket = false;
  for (const t of note.tokens) {
    if (t.kind === "space") continue;
    if (SUPERSCRIPT.includes(t.text) || t.text === "⁽" || t.text === "⁾") at = t.end;
    else if (t.text === "(" && at === note.start) bracket = true;
    else if (bracket && t.kind === "number") at = t.end;
    else if (bracket && t.text === ")") return t.end;
    else break;
  }
  return at;
}

function matchingParen(passage: Passage, open: number, limit: number): number {
  let depth = 0;
  const end = Math.min(limit, open + MAX_BRACKET);
  for (let i = tokenAt(passage, open); i < passage.tokens.length; i++) {
    const t = passage.tokens[i] as Token;
    if (t.start >= end) break;
    if (t.text === "(") depth++;
    else if (t.text === ")" && --depth === 0) return t.start;
  }
  return -1;
}

/** Whether two figures are plain counts: no money, measure, time or percentage unit. */
const countOnly = (a: QuantityToken, b: QuantityToken): boolean =>
  (a.unit === undefined || a.unit.kind === "count") &&
  (b.unit === undefined || b.unit.kind === "count");

/** Whether a part counts what its total counts (or says nothing of what it counts). */
function sameKind(ctx: AuditContext, total: QuantityToken, part: QuantityToken): boolean {
  if (part.unit?.kind === "money" || total.unit?.kind === "money")
    return part.unit === undefined || part.unit.kind === total.unit?.kind;
  const noun = nounOf(ctx, part);
  const own = nounOf(ctx, total);
  if (noun === undefined || own === undefined || sameNoun(noun, own)) return true;
  // "13 vụ việc gồm 9 vụ trộm cắp …": one head noun, said in full or short.
  if (headOf(noun) === headOf(own)) return true;
  // "749 trang trại, gia trại, trong đó … 735 gia trại": one of the kinds the total counts.
  return kindsNamed(ctx, total).includes(headOf(noun));
}

const KINDS_END: readonly Role[] = ["list-some", "list-all", "clause", "change-word", "compare"];
// How far the words naming what a total counts may run ("trang trại, gia trại, mô hình kinh tế").
const KINDS_REACH = 60;

/**
 * The kinds a total counts when its words name several, joined by commas or "và" ("749 trang
 * trại, gia trại, mô hình kinh tế, trong đó …"): each one's head word. Empty for a single kind.
 */
function kindsNamed(ctx: AuditContext, total: QuantityToken): string[] {
  const passage = ctx.passageAt(total.numberStart);
  if (!passage) return [];
  const heads: string[] = [];
  let fresh = true;
  const to = Math.min(passage.end, total.end + KINDS_REACH);
  for (const t of solidTokens(passage, total.numberEnd, to)) {
    if (t.text === "," || t.key === "và") {
      fresh = true;
      continue;
    }
    // A marker, verb or change ends the words naming the total.
    if (t.kind !== "word" || KINDS_END.some((r) => cueAt(passage, t.start, r))) break;
    if (fresh) heads.push(t.key);
    fresh = false;
  }
  return heads.length >= 2 ? heads : [];
}

// A noun of the lexicon ("bị can", "bị cáo") is whole: its first word is no head.
const LEXICON_NOUNS = new Set(LEXICON.noun.map(matchKey));
const headOf = (noun: string): string =>
  LEXICON_NOUNS.has(noun) ? noun : (noun.split(" ")[0] ?? noun);

/** The label between two parts: words and a few marks, never a digit, bracket or clause verb. */
function labelOf(passage: Passage, from: number, to: number): string | undefined {
  // A bracket with no figure in it is an aside on the part before ("… hồ sơ trực tuyến (chưa
  // kể hồ sơ của bộ ngành);"): left out of the label.
  const tokens = withoutAsides(tokensIn(passage, from, to));
  if (tokens === undefined) return undefined;
  if (tokens.some((t) => t.kind === "number" || (t.kind === "punct" && !LABEL_MARKS.has(t.text))))
    return undefined;
  const text = tokens
    .map((t) => t.text)
    .join("")
    .replace(/^[\s,;:*]+|[\s,;:*]+$/g, "");
  if (text.length > LABEL_REACH) return undefined;
  // A verb, or a list marker of its own ("…, trong đó"), ends the list: what follows is a clause.
  const kept = new Set(tokens.map((t) => t.start));
  const cues = cuesIn(passage, from, to).filter((c) => kept.has(c.start));
  // "sản lượng lúa đạt 320 nghìn tấn": a part's own verb of measure, right before it.
  const last = [...tokens].reverse().find((t) => t.kind !== "space");
  const measured = (c: Cue) =>
    c.end === last?.end &&
    c.roles.has("measure") &&
    tokens.some((t) => t.kind === "word" && t.end <= c.start);
  if (
    cues.some(
      (c) =>
        (c.roles.has("clause") && !measured(c)) ||
        c.roles.has("list-some") ||
        c.roles.has("list-all"),
    )
  )
    return undefined;
  return text;
}

// How long a part's own words may run before the semicolon that ends it.
const OWN_WORDS_REACH = 160;

/**
 * The label of a part after the semicolon that ends the part before it, whose own words may be a
 * clause ("… có 14 trang trại đạt tiêu chí của Bộ; 735 gia trại …", "48 em học tại các trường
 * tiểu học thuộc các huyện: A, B; 2 học sinh …"): the words up to the semicolon hold no figure,
 * bracket, sentence end or list marker of their own; the label is what follows it.
 */
function labelAfterOwnWords(passage: Passage, from: number, to: number): string | undefined {
  const gap = solidTokens(passage, from, to);
  const semicolon = [...gap].reverse().find((t) => t.text === ";");
  if (!semicolon || semicolon.start - from > OWN_WORDS_REACH) return undefined;
  const own = gap.filter((t) => t.end <= semicolon.start);
  if (own.some((t) => t.kind === "number" || (t.kind === "punct" && CLOSING.has(t.text))))
    return undefined;
  if (
    cuesIn(passage, from, semicolon.start).some(
      (c) => c.roles.has("list-some") || c.roles.has("list-all") || c.roles.has("change-word"),
    )
  )
    return undefined;
  return labelOf(passage, semicolon.end, to);
}

/**
 * Whether a list ends at a "với" clause whose figure counts something else and closes its
 * stretch ("gồm: 01 lớp A, 01 lớp B, 01 lớp C với tổng số 155 học viên."): only the last part's
 * words stand before "với", only the figure's own words after it, to the list's end.
 */
function closingAside(
  ctx: AuditContext,
  passage: Passage,
  total: QuantityToken,
  figure: QuantityToken,
  from: number,
  to: number,
): boolean {
  const own = nounOf(ctx, figure);
  const whole = nounOf(ctx, total);
  if (own === undefined || whole === undefined || sameKind(ctx, total, figure)) return false;
  const cue = cuesIn(passage, from, figure.start).find((c) => c.roles.has("list-with"));
  if (!cue || hasRole(passage, from, cue.start, "clause")) return false;
  if (!everySolid(passage, from, cue.start, (t) => t.kind === "word" || t.text === ","))
    return false;
  if (ctx.numbersIn(figure.end, to).length > 0) return false;
  return everySolid(passage, figure.end, to, (t) => t.kind === "word" || ".;)".includes(t.text));
}

/** The tokens less bracketed asides holding no figure; undefined when a bracket is left open. */
function withoutAsides(tokens: readonly Token[]): Token[] | undefined {
  const out: Token[] = [];
  let depth = 0;
  let aside: Token[] = [];
  for (const t of tokens) {
    if (t.text === "(") depth++;
    if (depth === 0) out.push(t);
    else aside.push(t);
    if (t.text === ")" && depth > 0 && --depth === 0) {
      if (aside.some((a) => a.kind === "number")) out.push(...aside);
      aside = [];
    }
  }
  return depth === 0 ? out : undefined;
}

/**
 * Reads "label N [unit] [(nested)]" items from `from` to `to`. `exhaustive` is "paren" for an
 * unmarked bracket: all parts are claimed, but a shortfall is only a warning.
 */
function readList(
  ctx: AuditContext,
  passage: Passage,
  total: QuantityToken,
  from: number,
  to: number,
  exhaustive: boolean | "paren",
): ListResult | undefined {
  const { numbers } = ctx;
  const items: Item[] = [];
  let at = from;
  let closed = true;
  // Whether the list ends at a "với" clause counting something else ("… với tổng số 155 học viên.").
  let withAside = false;
  // Whether a part of another kind than the total's was taken ("gồm 17 đảng bộ và 15 chi bộ").
  let loose = false;
  // Walk the figures in place, and give up on a list longer than any breakdown: both keep a
  // sentence of thousands of figures linear.
  for (let i = lowerBound(numbers, from, (t) => t.numberStart); i < numbers.length; i++) {
    const token = numbers[i] as QuantityToken;
    if (token.numberStart >= to) break;
    if (token.numberStart < at) continue;
    if (items.length >= MAX_PARTS) {
      closed = false;
      break;
    }
    const gap = solidTokens(passage, at, token.start);
    if (token.percent) {
      // "cấp xã 600 đơn (66,7%)", "Chăn nuôi: 193 tỷ đồng, chiếm 35,2%": a share or change
      // noted on the part, not a part.
      if (items.length > 0 && noteOfPart(passage, at, token.start)) {
        at = skipShare(passage, token.end, to);
        continue;
      }
      closed = false;
      break;
    }
    // "Truy tố 69 vụ/102 bị can; …" after "70 vụ/103 bị can": each total takes its side of the pairs.
    const pair = slashed(ctx, passage, token);
    if (pair && pairedKinds(ctx, token, pair)) {
      const side = sameKind(ctx, total, token)
        ? token
        : sameKind(ctx, total, pair)
          ? pair
          : undefined;
      const label = labelOf(passage, at, token.start);
      if (!side || label === undefined || !isCount(side)) {
        closed = false;
        break;
      }
      items.push({ token: side, label });
      at = pair.end;
      i = lowerBound(numbers, pair.numberStart, (t) => t.numberStart);
      continue;
    }
    // "(670/833)" is a fraction, not a list of two parts; after parts, it opens another clause.
    if (
      solidAfter(passage, token.end)?.text === "/" ||
      (gap.length === 1 && gap[0]?.text === "/")
    ) {
      if (items.length < 2) return undefined;
      closed = false;
      break;
    }
    // "Số thụ lý mới là 446.223 việc, tăng 5.703 việc (…)": the change of the part before.
    if (items.length > 0 && cueBefore(passage, token.start, "change-word")) {
      at = skipShare(passage, token.end, to);
      continue;
    }
    const label =
      labelOf(passage, at, token.start) ??
      (items.length > 0 ? labelAfterOwnWords(passage, at, token.start) : undefined);
    // "32 cơ sở đảng, gồm 17 đảng bộ và 15 chi bộ": after "gồm", parts may be named by their
    // own kinds; nothing but their sum ties them to the total, so the list's end is then unsure.
    const kinds =
      exhaustive !== false && label !== undefined && isCount(token) && countOnly(total, token);
    if (kinds && !sameKind(ctx, total, token)) loose = true;
    if (label === undefined || !isCount(token) || (!kinds && !sameKind(ctx, total, token))) {
      closed = false;
      if (items.length >= 2 && closingAside(ctx, passage, total, token, at, to)) withAside = true;
      break;
    }
    // "…, từ chối 130, đang thẩm định 75": a state of the whole after its outcomes, not a part.
    if (items.length >= 2 && isState(label)) break;
    let end = token.end;
    let children: ListResult | undefined;
    // "mẫu giáo 668 em (…)": the bracket may follow the words naming what the part counts.
    const open = solidAfter(passage, skipNoun(passage, end));
    if (open?.text === "(" && open.end <= to) {
      const close = matchingParen(passage, open.start, to);
      if (close === -1) {
        closed = false;
        break;
      }
      const inner = markerAt(passage, open.end, Math.min(close, end + 40));
      const startsList =
        inner && solidTokens(passage, open.end, inner.cue.start).every((t) => t.text === "*");
      const list = readList(
        ctx,
        passage,
        token,
        startsList ? inner.end : open.end,
        close,
        startsList ? !inner.cue.roles.has("list-some") : "paren",
      );
      if (list?.closed && list.items.length >= 2) children = list;
      end = close + 1;
    }
    items.push(children ? { token, label, children } : { token, label });
    at = end;
  }
  // The last part's own words may follow it ("… và 1.475 hộ vay nước sạch nông thôn."): the
  // list is closed when only words and closing marks stand before its end, and no verb.
  if (
    closed &&
    (!everySolid(passage, at, to, (t) => t.kind === "word" || ".;,*)".includes(t.text)) ||
      hasRole(passage, at, to, "clause"))
  )
    closed = endsAtSemicolon(passage, items, at, to);
  if (withAside) closed = true;
  if (loose) closed = false;
  // Figures that say what they count: a list of bare numbers is no breakdown.
  const counted = (t: QuantityToken) => t.unit !== undefined || nounOf(ctx, t) !== undefined;
  if (items.length < 2 || (!items.some((i) => counted(i.token)) && !counted(total)))
    return undefined;
  // "trong đó" names some of the parts, unless their labels plainly cover the whole ("số cũ" /
  // "số mới", "có điều kiện" / "chưa có điều kiện").
  const covered =
    exhaustive === false &&
    closed &&
    coverWhole(items.map((i) => figureWords(passage, i.token).join(" ")));
  const kind = exhaustive === "paren" ? "paren" : exhaustive || covered ? "all" : "some";
  return { items, kind, end: at, closed: (closed || exhaustive === "paren") && !loose };
}

/**
 * Whether a list whose items are joined by commas ends at the semicolon after its last part,
 * only that part's own words before it ("…, trong đó làm rõ 18 tin, đang giải quyết 4 tin;
 * tăng cường …"): a semicolon ends a clause of a higher rank than the commas inside it.
 */
function endsAtSemicolon(
  passage: Passage,
  items: readonly Item[],
  at: number,
  to: number,
): boolean {
  const first = items[0]?.token;
  const last = items.at(-1)?.token;
  if (!first || !last || items.length < 2) return false;
  if (solidTokens(passage, first.end, last.start).some((t) => t.text === ";")) return false;
  const semicolon = solidTokens(passage, at, to).find((t) => t.text === ";" || t.text === ".");
  if (semicolon?.text !== ";") return false;
  return (
    everySolid(passage, at, semicolon.start, (t) => t.kind === "word") &&
    !hasRole(passage, at, semicolon.start, "clause")
  );
}

// What may name a share or change noted on a part: "chiếm", "đạt tỷ lệ", "tăng", "bằng".
const NOTE_ROLES: readonly Role[] = ["clause", "rate", "up", "down", "change-word", "link"];

/**
 * Whether `[from, to)` before a percentage is what opens a note on the part before it: the
 * part's own words, then a bracket, comma or colon, then only words of a share or change
 * ("hồ sơ trực tuyến (đạt tỷ lệ", ", chiếm", ", tăng").
 */
function noteOfPart(passage: Passage, from: number, to: number): boolean {
  const gap = solidTokens(passage, from, to);
  const mark = gap.findIndex((t) => t.text === "(" || t.text === "," || t.text === ":");
  if (mark === -1 || gap.slice(0, mark).some((t) => t.kind !== "word")) return false;
  if (hasRole(passage, from, (gap[mark] as Token).start, "clause")) return false;
  const lead = gap[mark] as Token;
  const noted = new Set<number>();
  for (const cue of cuesIn(passage, lead.end, to))
    if (NOTE_ROLES.some((r) => cue.roles.has(r)))
      for (let i = cue.first; i <= cue.last; i++) noted.add(i);
  return gap
    .slice(mark + 1)
    .every((t) => t.kind === "word" && noted.has(tokenAt(passage, t.start)));
}

// Words that open a state of the whole rather than a part of it.
const STATES = ["đang ", "chưa ", "còn "];
const isState = (label: string) =>
  STATES.some((w) => `${label.trim().toLowerCase()} `.startsWith(w));

/** Past the ")" closing a part's share ("600 đơn (66,7%)"), or where the share ends. */
function skipShare(passage: Passage, from: number, to: number): number {
  for (const t of tokensIn(passage, from, to)) {
    if (t.text === ")") return t.end;
    if (t.text === "(" || t.kind === "number") break;
  }
  return from;
}

/**
 * The longest run of the list's first parts (two or more) that adds up, else one a keystroke
 * away (two adjacent digits swapped, or one digit of three or more typed wrong).
 */
function settledRun(total: QuantityToken, list: ListResult): ListResult | undefined {
  const sums: Decimal[] = [];
  let sum = total.value.minus(total.value);
  for (const item of list.items) {
    sum = sum.plus(item.token.value);
    sums.push(sum);
  }
  const take = (m: number): ListResult => ({
    ...list,
    items: list.items.slice(0, m),
    end: (list.items[m - 1] as Item).token.end,
    closed: true,
  });
  for (let m = sums.length; m >= 2; m--)
    if ((sums[m - 1] as Decimal).eq(total.value)) return take(m);
  for (let m = sums.length; m >= 2; m--)
    if (keystroke(sums[m - 1] as Decimal, total.value) || zeroSwap(sums[m - 1] as Decimal, total))
      return { ...take(m), kind: "some" };
  return undefined;
}

/**
 * Whether a total written with a leading zero is a sum with its first two digits swapped ("02"
 * for 20, "05" for 50): the slip is in the written digits, which the value loses.
 */
function zeroSwap(sum: Decimal, total: QuantityToken): boolean {
  const written = total.raw.replace(/\D/g, "");
  const digits = sum.toFixed();
  return (
    total.decimals === 0 &&
    written.startsWith("0") &&
    written.length === 2 &&
    digits === `${written[1]}${written[0]}`
  );
}

function* tokensOf(list: ListResult): Generator<QuantityToken> {
  for (const item of list.items) {
    yield item.token;
    if (item.children) yield* tokensOf(item.children);
  }
}

function toNode(
  ctx: AuditContext,
  token: QuantityToken,
  label: string,
  list: ListResult | undefined,
): BreakdownRelationNode {
  const figure = ctx.idOf(token);
  if (!list) return { figure, label };
  return {
    figure,
    label,
    list: list.kind,
    children: list.items.map((item, i) =>
      toNode(ctx, item.token, item.label || String(i + 1), item.children),
    ),
  };
}

function toDraft(
  ctx: AuditContext,
  total: QuantityToken,
  found: ListResult,
): ClaimDraft | undefined {
  let list = found;
  // A list whose end is uncertain may have run into the next clause: its parts are the longest
  // run from its start that adds up, or whose sum is the total one keystroke off (a typist's
  // slip: "8.196" or "8.168" for 8.169); otherwise nothing is said.
  if (!list.closed) {
    const run = settledRun(total, list);
    if (!run) return undefined;
    list = run;
  }
  const tokens = [...tokensOf(list)];
  const end =
    ctx.sentenceAt(total.numberStart) === ctx.sentenceAt(tokens[0]?.numberStart ?? 0)
      ? Math.max(list.end, ...tokens.map((t) => t.end))
      : // A footnote's parts lie elsewhere: the claim itself ends at the total.
        total.end;
  const draft = relationDraft(
    ctx,
    "breakdown",
    { start: total.numberStart, end },
    {
      kind: "breakdown",
      root: toNode(ctx, total, show(total.value, "vi"), list),
    },
  );
  return draft;
}
