import { lowerBound } from "../../core/search.js";
import type { QuantityToken } from "../../quantities/token.js";
import type { AuditContext } from "../context.js";
import type { Range } from "../segment.js";

/** A keyword and the figure it introduces ("đã giải quyết xong: 462 đơn"). */
export interface Keyed<Role extends string> {
  readonly role: Role;
  readonly token: QuantityToken;
  /** Where the keyword starts. */
  readonly at: number;
}

// What may stand between a keyword and its figure: "xong", "là", "được", a colon.
const LINK = /^[\s:]*(?:(?:xong|là|được|có|lại|khoảng|tổng số|số)[\s:]*){0,3}$/iu;

/**
 * Finds, in one range of the text, each keyword of a table followed closely by a figure, and
 * returns the pairs in text order. A figure is taken by the first keyword that reaches it.
 *
 * @param ctx - the audit context
 * @param range - a sentence or clause
 * @param keywords - role → pattern (global, unicode, case-insensitive)
 * @returns the keyed figures
 */
export function keyedFigures<Role extends string>(
  ctx: AuditContext,
  range: Range,
  keywords: readonly (readonly [Role, RegExp])[],
): Keyed<Role>[] {
  const text = ctx.text.slice(range.start, range.end);
  const tokens = ctx.numbersIn(range.start, range.end).filter((t) => !t.percent);
  const found: Keyed<Role>[] = [];
  const taken = new Set<QuantityToken>();
  const hits: { role: Role; at: number; end: number }[] = [];
  for (const [role, pattern] of keywords) {
    for (const m of text.matchAll(pattern)) {
      const at = range.start + (m.index ?? 0);
      hits.push({ role, at, end: at + m[0].length });
    }
  }
  hits.sort((a, b) => a.at - b.at || b.end - a.end);
  let reach = -1;
  for (const hit of hits) {
    if (hit.at < reach) continue;
    reach = hit.end;
    // The first figure at or after the keyword (a binary search: a long sentence stays linear).
    const next = tokens[lowerBound(tokens, hit.end, (t) => t.numberStart)];
    const token = next && next.numberStart - hit.end <= 24 ? next : undefined;
    if (!token || taken.has(token)) continue;
    if (!LINK.test(ctx.text.slice(hit.end, token.start))) continue;
    taken.add(token);
    found.push({ role: hit.role, token, at: hit.at });
  }
  return found;
}
