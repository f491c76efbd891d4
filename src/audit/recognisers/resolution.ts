import { type ResolutionInput, resolutionRate } from "../../calculators/resolution.js";
import type { QuantityToken } from "../../quantities/token.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, show, statedOf } from "../draft.js";
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
      pending: same(keyed.find((k) => k.role === "pending" && k.at > resolved.at)),
    };
    const rate = rateAfter(ctx, resolved.token, sentence.end);
    const partners = [parts.toResolve, parts.pending, parts.underJurisdiction].filter(
      Boolean,
    ).length;
    // An identity needs a second figure; a rate alone is the share recogniser's.
    if (partners === 0 || (!parts.toResolve && !parts.underJurisdiction && !parts.received))
      continue;
    const input: ResolutionInput = {
      resolved: resolved.token.value,
      ...(parts.toResolve ? { toResolve: parts.toResolve.token.value } : {}),
      ...(parts.received ? { received: parts.received.token.value } : {}),
      ...(parts.carriedOver ? { carriedOver: parts.carriedOver.token.value } : {}),
      ...(parts.underJurisdiction
        ? { underJurisdiction: parts.underJurisdiction.token.value }
        : {}),
      ...(parts.pending ? { pending: parts.pending.token.value } : {}),
      ...(rate ? { statedRate: statedOf(rate) } : {}),
    };
    const result = resolutionRate(input);
    const used = [resolved, ...Object.values(parts)].filter(
      (k): k is Keyed<Role> => k !== undefined,
    );
    const tokens: QuantityToken[] = [...used.map((k) => k.token), ...(rate ? [rate] : [])];
    const start = Math.min(...used.map((k) => k.at));
    drafts.push({
      kind: "resolution",
      start,
      end: Math.max(...tokens.map((t) => t.end)),
      figures: [
        ...used.map((k) => ctx.figure(k.token, k.role)),
        ...(rate ? [ctx.figure(rate, "rate")] : []),
      ],
      tokens,
      findings: result.findings,
      explanation: explain(result.toResolve, resolved.token, parts.pending?.token, result.rate),
    });
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

function explain(
  toResolve: string | null,
  resolved: QuantityToken,
  pending: QuantityToken | undefined,
  rate: string | null,
): { vi: string; en: string } {
  const line = (lang: "vi" | "en") => {
    const parts = [
      toResolve === null
        ? ""
        : `${lang === "vi" ? "phải giải quyết" : "to resolve"} ${show(toResolve, lang)}`,
      `${lang === "vi" ? "đã giải quyết" : "resolved"} ${show(resolved.value, lang)}`,
      pending ? `${lang === "vi" ? "còn" : "pending"} ${show(pending.value, lang)}` : "",
      rate === null ? "" : `${lang === "vi" ? "tỷ lệ" : "rate"} ${show(rate, lang)}%`,
    ];
    return parts.filter(Boolean).join("; ");
  };
  return { vi: line("vi"), en: line("en") };
}
