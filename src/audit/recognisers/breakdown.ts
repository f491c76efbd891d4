import { lowerBound } from "../../core/search.js";
import type { QuantityToken } from "../../quantities/token.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft, show } from "../draft.js";
import type { BreakdownRelationNode } from "../relations.js";

// "trong đó" names some of the parts; "gồm", "bao gồm", "cụ thể", "chia ra" name all of them.
const MARKER =
  /^[^\d.;!?()\n]{0,40}?[,:]?\s*(?:\*\s*)?(trong đó|trong số đó|bao gồm|gồm|cụ thể|chia ra)(?:\s+(?:có|là|như sau))?\s*:?\s*/iu;
const PAREN_OPEN =
  /^[^\d.;!?()\n]{0,30}?\(\s*\*?\s*(?:(trong đó|trong số đó|bao gồm|gồm|cụ thể)\s*(?:có|là)?\s*:?\s*)?/iu;
// A label between two parts: words, commas, colons, never a digit, a bracket or a clause verb.
const CLAUSE_WORD =
  /(?:^|[\s,;:])(?:đã|đạt|còn|tồn|chiếm|bằng|so với|tăng|giảm|tỷ lệ|được|với|là|nhưng|tuy nhiên|hoặc|hay|mỗi|bình quân|trung bình)(?=$|[\s,;:])/iu;
const LABEL = /^[\p{L}\s,;:–\-*"“”'’/&]{0,60}$/u;
const FOOTNOTE_MARK = /^[^\d.;!?\n]{0,40}?([⁰¹²³⁴⁵⁶⁷⁸⁹]+|⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾)/u;
const FOOTNOTE_LEAD = /^\s*(?:⁽?[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾?|\(\d+\))\s*(trong đó|bao gồm|gồm|cụ thể)\s*:?\s*/iu;
const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
// Bounds no real breakdown reaches (the longest lists in reports have a few dozen parts).
const MAX_PARTS = 100;
const MAX_BRACKET = 4000;

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

/**
 * Totals with their breakdowns: "tiếp nhận 900 đơn, trong đó cấp huyện 300 đơn, cấp xã 600 đơn",
 * "1.737 TTHC (cấp tỉnh 1.406, cấp huyện 212, cấp xã 119 TTHC)", nested ones, and breakdowns
 * given in a footnote ("45 mô hình¹" … "¹ Gồm: …"). Parts must carry the total's unit (or none);
 * a list whose end is uncertain is only reported when it adds up.
 *
 * @param ctx - the audit context
 * @returns one draft per breakdown tree
 */
export function recogniseBreakdowns(ctx: AuditContext): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  const inside = new Set<QuantityToken>();
  for (const sentence of ctx.segments.sentences) {
    const tokens = ctx.numbersIn(sentence.start, sentence.end);
    for (const total of tokens) {
      if (inside.has(total) || !isCount(total)) continue;
      const list = listAfter(ctx, total, sentence.end);
      if (!list) continue;
      const draft = toDraft(ctx, total, list);
      if (!draft) continue;
      for (const t of tokensOf(list)) inside.add(t);
      drafts.push(draft);
    }
  }
  return drafts;
}

function isCount(token: QuantityToken): boolean {
  return !token.percent && !token.qualifier && !token.ambiguity && !token.numeral.isNegative();
}

function listAfter(ctx: AuditContext, total: QuantityToken, limit: number): ListResult | undefined {
  const { text } = ctx;
  const rest = text.slice(total.end, Math.min(limit, total.end + 80));
  const chunk = nextChunk(rest);
  const paren = PAREN_OPEN.exec(chunk);
  if (paren && !CLAUSE_WORD.test(` ${chunk.slice(0, chunk.indexOf("("))} `)) {
    const open = total.end + rest.indexOf("(");
    const close = matchingParen(text, open, limit);
    if (close === -1) return undefined;
    const marker = paren[1]?.toLowerCase();
    const exhaustive = marker === undefined ? "paren" : !marker.startsWith("trong");
    return readList(ctx, total, total.end + paren[0].length, close, exhaustive);
  }
  const marker = MARKER.exec(chunk);
  if (
    marker &&
    !CLAUSE_WORD.test(
      ` ${chunk.slice(0, marker.index + marker[0].length - (marker[1]?.length ?? 0))} `.replace(
        marker[0],
        "",
      ),
    )
  ) {
    const exhaustive = !(marker[1] ?? "").toLowerCase().startsWith("trong");
    return readList(ctx, total, total.end + marker[0].length, limit, exhaustive);
  }
  return footnoteList(ctx, total, rest);
}

/** The text up to the first digit: where a marker must sit. */
function nextChunk(rest: string): string {
  const digit = rest.search(/\d/);
  return digit === -1 ? rest : rest.slice(0, digit);
}

function footnoteList(
  ctx: AuditContext,
  total: QuantityToken,
  rest: string,
): ListResult | undefined {
  const mark = FOOTNOTE_MARK.exec(rest);
  if (!mark?.[1]) return undefined;
  const number = [...mark[1]]
    .filter((c) => SUPERSCRIPT.includes(c))
    .map((c) => SUPERSCRIPT.indexOf(c))
    .join("");
  const index = ctx.segments.footnotes.get(number);
  const note = index === undefined ? undefined : ctx.segments.paragraphs[index];
  if (!note) return undefined;
  const body = ctx.text.slice(note.start, note.end);
  const lead = FOOTNOTE_LEAD.exec(body);
  if (!lead) return undefined;
  const exhaustive = !(lead[1] ?? "").toLowerCase().startsWith("trong");
  return readList(ctx, total, note.start + lead[0].length, note.end, exhaustive);
}

function matchingParen(text: string, open: number, limit: number): number {
  let depth = 0;
  const end = Math.min(limit, open + MAX_BRACKET);
  for (let i = open; i < end; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

function sameUnit(total: QuantityToken, part: QuantityToken): boolean {
  return part.unit === undefined || part.unit.canonical === total.unit?.canonical;
}

/**
 * Reads "label N [unit] [(nested)]" items from `from` to `to`. `exhaustive` is "paren" for an
 * unmarked bracket: all parts are claimed, but a shortfall is only a warning.
 */
function readList(
  ctx: AuditContext,
  total: QuantityToken,
  from: number,
  to: number,
  exhaustive: boolean | "paren",
): ListResult | undefined {
  const { text, numbers } = ctx;
  const items: Item[] = [];
  let at = from;
  let closed = true;
  // Walk the figures in place (no copy of the rest of the sentence per total), and give up on a
  // list longer than any breakdown: both keep a sentence of thousands of figures linear.
  for (let i = lowerBound(numbers, from, (t) => t.numberStart); i < numbers.length; i++) {
    const token = numbers[i] as QuantityToken;
    if (token.numberStart >= to) break;
    if (token.numberStart < at) continue;
    if (items.length >= MAX_PARTS) {
      closed = false;
      break;
    }
    if (token.percent) {
      // "cấp xã 600 đơn (66,7%)": a share noted on the part, not a part.
      if (/^[\s(,:]*$/.test(text.slice(at, token.start))) {
        at = skipBracket(text, token.end, to);
        continue;
      }
      closed = false;
      break;
    }
    const between = text.slice(at, token.start);
    // "(670/833)" is a fraction, not a list of two parts.
    if (/^\s*\/\s*$/.test(between)) return undefined;
    const label = between.replace(/^[\s,;:*]+|[\s,;:*]+$/g, "");
    if (
      !LABEL.test(label) ||
      CLAUSE_WORD.test(` ${label} `) ||
      !isCount(token) ||
      !sameUnit(total, token)
    ) {
      closed = false;
      break;
    }
    let end = token.end;
    let children: ListResult | undefined;
    const nested = /^\s*\(/.exec(text.slice(end, to));
    if (nested) {
      const open = end + nested[0].length - 1;
      const close = matchingParen(text, open, to);
      if (close === -1) {
        closed = false;
        break;
      }
      const inner = PAREN_OPEN.exec(
        text.slice(end, Math.min(close, end + 40)).replace(/\d[\s\S]*$/, ""),
      );
      const marker = inner?.[1]?.toLowerCase();
      const list = readList(
        ctx,
        token,
        end + (inner?.[0].length ?? nested[0].length),
        close,
        marker === undefined ? "paren" : !marker.startsWith("trong"),
      );
      if (list?.closed && list.items.length >= 2) children = list;
      end = close + 1;
    }
    items.push(children ? { token, label, children } : { token, label });
    at = end;
  }
  if (closed && !/^[\s.;,*)]*$/.test(text.slice(at, to))) closed = false;
  if (items.length < 2 || (!items.some((i) => i.token.unit) && !total.unit)) return undefined;
  const kind = exhaustive === "paren" ? "paren" : exhaustive ? "all" : "some";
  return { items, kind, end: at, closed: closed || exhaustive === "paren" };
}

function skipBracket(text: string, from: number, to: number): number {
  const close = /^[^()\d]*\)/.exec(text.slice(from, to));
  return close ? from + close[0].length : from;
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
  list: ListResult,
): ClaimDraft | undefined {
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
  // A list whose end is uncertain may have run into the next clause: say nothing unless it adds up.
  if (!draft || (!list.closed && draft.findings.length > 0)) return undefined;
  return draft;
}
