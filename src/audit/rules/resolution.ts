import { lowerBound } from "../../core/search.js";
import type { QuantityToken } from "../../quantities/token.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft } from "../draft.js";
import type { Role } from "../lexicon.js";
import { type Cue, cueBefore, cuesIn, type Passage, solidTokens } from "../passage.js";
import type { Rule } from "../rule.js";

type Part = "toResolve" | "received" | "carriedOver" | "underJurisdiction" | "resolved" | "pending";

// The lexicon's role for each part, in order of precedence when one phrase has two of them.
const ROLES: readonly (readonly [Part, Role])[] = [
  ["toResolve", "to-resolve"],
  ["underJurisdiction", "jurisdiction"],
  ["resolved", "resolved"],
  ["pending", "pending"],
  ["received", "received"],
  ["carriedOver", "carried-over"],
];

// How far after its keyword a figure may stand ("đã giải quyết xong: 318 đơn").
const KEY_REACH = 24;
const RATE_REACH = 30;

/** A keyword and the figure it introduces ("đã giải quyết xong: 318 đơn"). */
interface Keyed {
  readonly part: Part;
  readonly token: QuantityToken;
  /** Where the keyword starts. */
  readonly at: number;
}

/**
 * Resolution sentences: "phải giải quyết 476 đơn (đơn mới 463, đơn cũ 13), đã giải quyết xong
 * 318 đơn, còn 12 đơn", with the rate "đạt x%" when stated. Every identity the figures allow is
 * checked (new + carried over = to resolve = resolved + pending), and a rate computed on the
 * cases received rather than those under the body's jurisdiction is named.
 */
export const resolutionRule: Rule = {
  kind: "resolution",
  labels: { vi: "Kết quả giải quyết", en: "Resolution figures" },
  reads: ["sentence"],
  run: (ctx, passage) => {
    const draft = recognise(ctx, passage);
    return draft ? [draft] : [];
  },
};

function recognise(ctx: AuditContext, passage: Passage): ClaimDraft | undefined {
  if (ctx.numbersIn(passage.start, passage.end).length < 2) return undefined;
  const keyed = keyedFigures(ctx, passage);
  const first = (part: Part) => keyed.find((k) => k.part === part);
  const resolved = first("resolved");
  if (!resolved) return undefined;
  const unit = resolved.token.unit?.canonical;
  const same = (k: Keyed | undefined) =>
    k && (k.token.unit === undefined || unit === undefined || k.token.unit.canonical === unit)
      ? k
      : undefined;
  const parts: Record<
    "toResolve" | "received" | "carriedOver" | "underJurisdiction" | "pending",
    Keyed | undefined
  > = {
    toResolve: same(first("toResolve")),
    received: same(first("received")),
    carriedOver: same(first("carriedOver")),
    underJurisdiction: same(first("underJurisdiction")),
    pending: same(
      keyed.find(
        // "quá hạn còn 135 hồ sơ": late cases still open, not the pending of the balance.
        (k) =>
          k.part === "pending" &&
          k.at > resolved.at &&
          cueBefore(passage, k.at, "timeliness") === undefined,
      ),
    ),
  };
  // "tiếp nhận 1.250 hồ sơ (tồn đầu kỳ 50 hồ sơ, tiếp nhận mới 1.200 hồ sơ)": the figure the
  // bracket divides is all there is to resolve, carried-over ones included.
  if (parts.received && parts.carriedOver && divides(passage, parts.received, parts.carriedOver)) {
    parts.toResolve ??= parts.received;
    parts.received = undefined;
    parts.carriedOver = undefined;
  }
  const rate = rateAfter(ctx, passage, resolved.token);
  const partners = [parts.toResolve, parts.pending, parts.underJurisdiction].filter(Boolean).length;
  // An identity needs a second figure; a rate alone is the share rule's.
  // Cases received are not cases to resolve unless the carried-over ones are given too.
  const intake =
    parts.toResolve ?? parts.underJurisdiction ?? (parts.carriedOver ? parts.received : undefined);
  if (partners === 0 || !intake) return undefined;
  const id = (k: Keyed | undefined) => (k ? ctx.idOf(k.token) : undefined);
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
  const used = [resolved, ...Object.values(parts)].filter((k): k is Keyed => k !== undefined);
  const end = Math.max(...used.map((k) => k.token.end), rate?.end ?? 0);
  return relationDraft(
    ctx,
    "resolution",
    { start: Math.min(...used.map((k) => k.at)), end },
    relation,
  );
}

/** Whether `inner` stands in a bracket opened right after `outer` (its breakdown). */
function divides(passage: Passage, outer: Keyed, inner: Keyed): boolean {
  if (inner.at < outer.token.end) return false;
  const between = solidTokens(passage, outer.token.end, inner.at);
  const open = between.findIndex((t) => t.text === "(");
  return (
    open !== -1 &&
    between.slice(0, open).every((t) => t.kind === "word") &&
    !between.slice(open).some((t) => t.text === ")")
  );
}

/**
 * Each keyword of a part followed closely by a figure, in text order; a figure is taken by the
 * first keyword that reaches it, and a keyword inside another is passed over.
 */
function keyedFigures(ctx: AuditContext, passage: Passage): Keyed[] {
  const hits: { part: Part; cue: Cue }[] = [];
  for (const cue of passage.cues) {
    const found = ROLES.find(([, role]) => cue.roles.has(role));
    if (found) hits.push({ part: found[0], cue });
  }
  hits.sort((a, b) => a.cue.start - b.cue.start || b.cue.end - a.cue.end);
  const numbers = ctx.numbersIn(passage.start, passage.end).filter((t) => !t.percent);
  const found: Keyed[] = [];
  const taken = new Set<QuantityToken>();
  let reach = -1;
  for (const { part, cue } of hits) {
    if (cue.start < reach) continue;
    reach = cue.end;
    const token = numbers[lowerBound(numbers, cue.end, (t) => t.numberStart)];
    if (!token || token.numberStart - cue.end > KEY_REACH || taken.has(token)) continue;
    if (!onlyLinks(passage, cue.end, token.start)) continue;
    taken.add(token);
    found.push({ part, token, at: cue.start });
  }
  return found;
}

/** Whether only colons and link words ("xong", "là", "được") stand in `[from, to)`. */
function onlyLinks(passage: Passage, from: number, to: number): boolean {
  const solid = solidTokens(passage, from, to);
  const words = solid.filter((t) => t.text !== ":");
  if (words.length === 0) return true;
  const links = cuesIn(passage, from, to).filter((c) => c.roles.has("link"));
  // Every word is covered by a link phrase, and there are at most three of them.
  let covered = 0;
  let at = from;
  for (const link of links) {
    if (link.start < at) continue;
    covered += solidTokens(passage, link.start, link.end).length;
    at = link.end;
  }
  return covered === words.length && links.length <= 3;
}

function rateAfter(
  ctx: AuditContext,
  passage: Passage,
  resolved: QuantityToken,
): QuantityToken | undefined {
  const next = ctx.numbersIn(resolved.numberEnd, passage.end)[0];
  if (!next?.percent || next.qualifier || next.lead?.kind !== "reached") return undefined;
  if (next.start - resolved.end > RATE_REACH) return undefined;
  return solidTokens(passage, resolved.end, next.start).some(
    (t) => t.kind === "number" || t.text === ";",
  )
    ? undefined
    : next;
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
