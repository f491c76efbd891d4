import type { QuantityToken } from "../../quantities/token.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft } from "../draft.js";
import { type Keyed, keyedFigures } from "./keyed.js";

type Role = "toResolve" | "received" | "carriedOver" | "underJurisdiction" | "resolved" | "pending";

const KEYWORDS: readonly (readonly [Role, RegExp])[] = [
  ["toResolve", /(?:tổng số (?:đơn|vụ việc|vụ) )?phải giải quyết/giu],
  ["underJurisdiction", /thuộc thẩm quyền(?: giải quyết)?(?: của [\p{L} ]{1,20}?)?/giu],
  [
    "resolved",
    /(?:đã|được) giải quyết(?: xong| dứt điểm)?|giải quyết xong|đã xong|đã xử lý xong/giu,
  ],
  ["pending", /còn tồn đọng|còn tồn|còn lại|tồn đọng|\bcòn\b|đang (?:xem xét,? )?giải quyết/giu],
  ["received", /đơn mới|mới phát sinh|phát sinh mới|tiếp nhận|nhận được/giu],
  ["carriedOver", /đơn cũ|kỳ trước chuyển sang|năm trước chuyển sang|tồn kỳ trước/giu],
];

// Every "resolved" keyword holds one of these: a sentence without them has no resolution claim,
// and its keywords need not be looked for.
const RESOLVED_WORD = /giải quyết|xong/iu;

// "quá hạn còn 135 hồ sơ": late cases still open, not the pending of the balance.
const LATE = /(?:quá hạn|trễ hạn|chậm|đúng hạn|trước hạn)\s*$/iu;

/**
 * Resolution sentences: "phải giải quyết 476 đơn (đơn mới 463, đơn cũ 13), đã giải quyết xong
 * 462 đơn, còn 14 đơn", with the rate "đạt x%" when stated. Every identity the figures allow is
 * checked (new + carried over = to resolve = resolved + pending), and a rate computed on the
 * cases received rather than those under the body's jurisdiction is named.
 *
 * @param ctx - the audit context
 * @returns one draft per resolution sentence
 */
export function recogniseResolutions(ctx: AuditContext): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  for (const sentence of ctx.segments.sentences) {
    if (ctx.numbersIn(sentence.start, sentence.end).length < 2) continue;
    if (!RESOLVED_WORD.test(ctx.text.slice(sentence.start, sentence.end))) continue;
    const keyed = keyedFigures(ctx, sentence, KEYWORDS);
    const first = (role: Role) => keyed.find((k) => k.role === role);
    const resolved = first("resolved");
    if (!resolved) continue;
    const unit = resolved.token.unit?.canonical;
    const same = (k: Keyed<Role> | undefined) =>
      k && (k.token.unit === undefined || unit === undefined || k.token.unit.canonical === unit)
        ? k
        : undefined;
    const parts = {
      toResolve: same(first("toResolve")),
      received: same(first("received")),
      carriedOver: same(first("carriedOver")),
      underJurisdiction: same(first("underJurisdiction")),
      pending: same(
        keyed.find(
          (k) =>
            k.role === "pending" &&
            k.at > resolved.at &&
            !LATE.test(ctx.text.slice(Math.max(0, k.at - 16), k.at)),
        ),
      ),
    };
    const rate = rateAfter(ctx, resolved.token, sentence.end);
    const partners = [parts.toResolve, parts.pending, parts.underJurisdiction].filter(
      Boolean,
    ).length;
    // An identity needs a second figure; a rate alone is the share recogniser's.
    // Cases received are not cases to resolve unless the carried-over ones are given too.
    const intake =
      parts.toResolve ??
      parts.underJurisdiction ??
      (parts.carriedOver ? parts.received : undefined);
    if (partners === 0 || !intake) continue;
    const id = (k: Keyed<Role> | undefined) => (k ? ctx.idOf(k.token) : undefined);
    const relation = {
      kind: "resolution" as const,
      resolved: ctx.idOf(resolved.token),
      ...optional("toResolve", id(parts.toResolve)),
      ...optional("received", id(parts.received)),
      ...optional("carriedOver", id(parts.carriedOver)),
      ...optional("underJurisdiction", id(parts.underJurisdiction)),
      ...optional("pending", id(parts.pending)),
      ...optional("rate", rate ? ctx.idOf(rate) : undefined),
    };
    const used = [resolved, ...Object.values(parts)].filter(
      (k): k is Keyed<Role> => k !== undefined,
    );
    const end = Math.max(...used.map((k) => k.token.end), rate?.end ?? 0);
    const draft = relationDraft(
      ctx,
      "resolution",
      { start: Math.min(...used.map((k) => k.at)), end },
      relation,
    );
    if (draft) drafts.push(draft);
  }
  return drafts;
}

function rateAfter(
  ctx: AuditContext,
  resolved: QuantityToken,
  end: number,
): QuantityToken | undefined {
  const next = ctx.numbersIn(resolved.numberEnd, end)[0];
  if (!next?.percent || next.qualifier || next.lead?.kind !== "reached") return undefined;
  return /^[^\d;]{0,30}$/.test(ctx.text.slice(resolved.end, next.start)) ? next : undefined;
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
