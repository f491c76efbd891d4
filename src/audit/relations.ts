import { checkAverage } from "../calculators/average.js";
import { type BreakdownNode, checkBreakdownTree } from "../calculators/breakdown.js";
import { type ChangeInput, checkChange } from "../calculators/change.js";
import { checkComplement } from "../calculators/complement.js";
import { checkPercentage } from "../calculators/percentage.js";
import { checkReachability } from "../calculators/reachability.js";
import { type ResolutionInput, resolutionRate } from "../calculators/resolution.js";
import type { RoundingOptions } from "../calculators/rounding.js";
import { readStated } from "../calculators/stated.js";
import { checkTable, type TableCell } from "../calculators/table.js";
import { Decimal, toDecimal } from "../core/decimal.js";
import type { Finding, Message } from "../findings/finding.js";
import type { QualifierKind } from "../quantities/words.js";
import { show } from "./draft.js";
import type { BreakdownRelationNode, Relation } from "./relation-schema.js";

export type { BreakdownRelationNode, Relation } from "./relation-schema.js";

/** A figure as a relation reads it. */
export interface RelationFigure {
  /** As written ("99,42%"). */
  readonly text: string;
  /** Exact value, plain ("99.42"). */
  readonly value: string;
  /** Decimals as written. */
  readonly decimals: number;
  /** A qualifier before it, when the claim is a bound. */
  readonly qualifier?: QualifierKind;
}

/** What {@link evaluateRelation} returns. */
export interface RelationOutcome {
  readonly findings: readonly Finding[];
  readonly explanation: Message;
  /** True when the figures do not allow a check (the claim is then not reported). */
  readonly unchecked: boolean;
}

/** Looks a figure up by id; throws a TypeError naming an id that is missing. */
export type FigureLookup = (id: string) => RelationFigure;

const stated = (f: RelationFigure) => ({
  value: toDecimal(f.value).abs(),
  decimals: f.decimals,
  text: f.text.replace(/\s*%$/u, "").replace(/^[-−+]/u, ""),
});
const num = (f: RelationFigure) => toDecimal(f.value);

/**
 * Recomputes a relation: the same code runs for a claim read from text and for a claim of a
 * structured report, so both give the same findings.
 *
 * @param relation - what the claim asserts
 * @param figure - the figures by id
 * @param rounding - which roundings count as consistent or lenient (calculators' default when absent)
 * @returns the findings, the explanation of what was recomputed, and whether it was checkable
 * @throws TypeError when the relation names a figure `figure` cannot find
 * @example
 * ```ts
 * import { evaluateRelation } from "baocao";
 *
 * const figures = {
 *   a: { text: "47", value: "47", decimals: 0 },
 *   b: { text: "52", value: "52", decimals: 0 },
 *   p: { text: "91,4%", value: "91.4", decimals: 1 },
 * };
 * const outcome = evaluateRelation({ kind: "percentage", part: "a", whole: "b", stated: "p" }, (id) => figures[id as "a"]);
 * outcome.findings[0]?.code; // "PERCENT_INCONSISTENT"
 * ```
 */
export function evaluateRelation(
  relation: Relation,
  figure: FigureLookup,
  rounding?: RoundingOptions,
): RelationOutcome {
  switch (relation.kind) {
    case "percentage":
      return percentage(relation, figure, rounding);
    case "share":
      return share(relation, figure, rounding);
    case "share-of-sum":
      return shareOfSum(relation, figure, rounding);
    case "composition":
      return composition(relation, figure);
    case "reachability":
      return reachability(relation, figure, rounding);
    case "breakdown":
      return breakdown(relation.root, figure, relation.rounded);
    case "table-total":
      return tableTotal(relation, figure, rounding);
    case "resolution":
      return resolution(relation, figure, rounding);
    case "change":
      return change(relation, figure, rounding);
    case "average":
      return average(relation, figure, rounding);
  }
}

/** The policy for one claim: the caller's, less the complement when no other share is stated. */
function policy(rounding: RoundingOptions | undefined, complement: boolean | undefined) {
  const merged = { ...rounding, ...(complement === false ? { complement: false } : {}) };
  return Object.keys(merged).length > 0 ? { rounding: merged } : {};
}

function sentenceEnd(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

function percentage(
  r: Extract<Relation, { kind: "percentage" }>,
  figure: FigureLookup,
  rounding: RoundingOptions | undefined,
): RelationOutcome {
  const part = figure(r.part);
  const whole = figure(r.whole);
  const s = figure(r.stated);
  const qualifier = s.qualifier;
  const base = {
    part: num(part),
    whole: num(whole),
    stated: stated(s),
    ...(qualifier ? { qualifier } : {}),
    ...policy(rounding, r.complement),
  };
  const result = checkPercentage(base);
  const findings =
    result.verdict === "inconsistent" && !qualifier
      ? nameCandidates(result.findings, base, r.candidates, r.candidatesFrom)
      : result.findings;
  const fraction = (lang: "vi" | "en") =>
    `${show(part.value, lang)}/${show(whole.value, lang)} = ${show(result.exact, lang)}%`;
  return {
    findings,
    unchecked: false,
    explanation: {
      vi: `${fraction("vi")}; ghi ${s.text}`,
      en: `${fraction("en")}; stated ${qualifier ? `${qualifier} ` : ""}${show(s.value, "en")}%`,
    },
  };
}

/**
 * Adds to an inconsistent share's findings the figures of the passage (or row) that would make
 * it consistent as its base: that is how a wrong base is found, and a coincidence never hides
 * the slip.
 */
function nameCandidates(
  findings: readonly Finding[],
  input: Parameters<typeof checkPercentage>[0],
  candidates: readonly string[] | undefined,
  from: "passage" | "row" | undefined,
): readonly Finding[] {
  if (!candidates || candidates.length === 0) return findings;
  const bases = checkPercentage({ ...input, candidates: [...candidates] }).bases.map((b) => b.base);
  if (bases.length === 0) return findings;
  const where =
    from === "row"
      ? { vi: "trong dòng", en: "in the row" }
      : { vi: "trong đoạn", en: "in the passage" };
  return findings.map((f) => ({
    ...f,
    data: { ...f.data, candidateBases: bases },
    message: {
      vi: `${sentenceEnd(f.message.vi)} Mẫu số khớp ${where.vi}: ${bases.map((b) => show(b, "vi")).join(", ")}.`,
      en: `${sentenceEnd(f.message.en)} Bases ${where.en} that fit: ${bases.map((b) => show(b, "en")).join(", ")}.`,
    },
  }));
}

function composition(
  r: Extract<Relation, { kind: "composition" }>,
  figure: FigureLookup,
): RelationOutcome {
  const shares = r.shares.map((id) => figure(id));
  const result = checkComplement({
    parts: shares.map((f, i) => ({
      stated: stated(f),
      ...(r.labels?.[i] ? { label: r.labels[i] } : {}),
    })),
  });
  const sum = (lang: "vi" | "en") =>
    `${shares.map((f) => show(stated(f).value, lang)).join(" + ")} = ${show(result.sumStated ?? "0", lang)}%`;
  return {
    findings: result.findings,
    unchecked: false,
    explanation: {
      vi: `Cơ cấu: ${sum("vi")} (phải bằng 100%, sai lệch do làm tròn tối đa ${show(result.slack ?? "0", "vi")})`,
      en: `Structure: ${sum("en")} (must make 100%, within ${show(result.slack ?? "0", "en")} for rounding)`,
    },
  };
}

function shareOfSum(
  r: Extract<Relation, { kind: "share-of-sum" }>,
  figure: FigureLookup,
  rounding: RoundingOptions | undefined,
): RelationOutcome {
  const part = figure(r.part);
  const parts = r.parts.map((id) => figure(id));
  const whole = parts.reduce((sum, f) => sum.plus(num(f)), toDecimal(0));
  const s = figure(r.stated);
  const result = checkPercentage({
    part: num(part),
    whole,
    stated: stated(s),
    ...policy(rounding, false),
  });
  const sum = (lang: "vi" | "en") => parts.map((f) => show(f.value, lang)).join(" + ");
  // The part among the parts: a list whose shares make 100; otherwise a sum the text writes.
  const among = r.parts.includes(r.part);
  return {
    findings: result.findings,
    unchecked: false,
    explanation: {
      vi: `${show(part.value, "vi")}/(${sum("vi")} = ${show(whole, "vi")}) = ${show(result.exact, "vi")}%; ghi ${s.text} (mẫu số là tổng ${among ? "các phần, có tỷ lệ cộng lại 100%" : "ghi trong văn bản"})`,
      en: `${show(part.value, "en")}/(${sum("en")} = ${show(whole, "en")}) = ${show(result.exact, "en")}%; stated ${show(s.value, "en")}% (the base is the sum ${among ? "of the parts, whose shares make 100%" : "the text writes"})`,
    },
  };
}

function share(
  r: Extract<Relation, { kind: "share" }>,
  figure: FigureLookup,
  rounding: RoundingOptions | undefined,
): RelationOutcome {
  const part = figure(r.part);
  const whole = figure(r.whole);
  const s = figure(r.stated);
  const input = {
    part: num(part),
    whole: num(whole),
    stated: stated(s),
    ...policy(rounding, r.complement),
  };
  const result = checkPercentage(input);
  // "được trên 1.800 liều, đạt 53% kế hoạch": the part is a lower bound, so any share from
  // that of the bound up holds (within half a unit of the stated figure's last decimal).
  const atLeast = part.qualifier === "over" || part.qualifier === "at-least";
  const bound = atLeast && !stated(s).value.plus(half(s.decimals)).lt(toDecimal(result.exact));
  const note = r.inferred
    ? {
        vi: ` (mẫu số ${show(whole.value, "vi")} lấy từ đoạn văn)`,
        en: ` (base ${show(whole.value, "en")} taken from the passage)`,
      }
    : { vi: "", en: "" };
  const named = bound
    ? []
    : result.verdict === "inconsistent"
      ? nameCandidates(result.findings, input, r.candidates, "passage")
      : result.findings;
  const findings = named.map((f) =>
    r.inferred && f.code !== "PERCENT_OTHER_BASE"
      ? {
          ...f,
          message: { vi: `${f.message.vi}${note.vi}`, en: `${f.message.en}${note.en}` },
          data: { ...f.data, inferredBase: whole.value },
        }
      : f,
  );
  return {
    findings,
    unchecked: false,
    explanation: {
      vi: `${atLeast ? "trên " : ""}${show(part.value, "vi")}/${show(whole.value, "vi")} = ${atLeast ? "trên " : ""}${show(result.exact, "vi")}%; ghi ${s.text}${note.vi}`,
      en: `${atLeast ? "over " : ""}${show(part.value, "en")}/${show(whole.value, "en")} = ${atLeast ? "over " : ""}${show(result.exact, "en")}%; stated ${show(s.value, "en")}%${note.en}`,
    },
  };
}

/** Half a unit of the last of `decimals` decimals: what rounding a figure may have taken off. */
function half(decimals: number): Decimal {
  return new Decimal(5).dividedBy(new Decimal(10).pow(decimals + 1));
}

function reachability(
  r: Extract<Relation, { kind: "reachability" }>,
  figure: FigureLookup,
  rounding: RoundingOptions | undefined,
): RelationOutcome {
  const whole = figure(r.whole);
  const s = figure(r.stated);
  const result = checkReachability({
    whole: num(whole),
    stated: stated(s),
    ...policy(rounding, undefined),
  });
  return {
    findings: result.findings,
    unchecked: false,
    explanation: {
      vi: `Không số nguyên nào chia cho hay chia ${show(whole.value, "vi")} cho ra ${s.text}`,
      en: `No whole number over or under ${show(whole.value, "en")} gives ${show(s.value, "en")}%`,
    },
  };
}

function breakdown(
  root: BreakdownRelationNode,
  figure: FigureLookup,
  rounded: boolean | "units" = false,
): RelationOutcome {
  const lenient = new Set<string>();
  const toNode = (node: BreakdownRelationNode, path: readonly string[]): BreakdownNode => {
    const value = num(figure(node.figure));
    if (!node.children || node.children.length === 0) return { label: node.label, value };
    if (node.list === "paren") lenient.add(path.join("\u0000"));
    return {
      label: node.label,
      value,
      exhaustive: node.list !== "some",
      children: node.children.map((c) => toNode(c, [...path, c.label])),
      ...(rounded
        ? { tolerance: roundingSlack([node, ...node.children], figure, rounded === "units") }
        : {}),
    };
  };
  const result = checkBreakdownTree(toNode(root, [root.label]));
  const findings = result.findings.map((f) => {
    const path = f.data?.path;
    const key = Array.isArray(path) ? path.join("\u0000") : "";
    return f.code === "TOTAL_SHORT" && lenient.has(key)
      ? { ...f, severity: "warning" as const }
      : f;
  });
  return {
    findings,
    unchecked: false,
    explanation: {
      vi: result.nodes
        .map((n) => `${show(n.total, "vi")} so với tổng các phần ${show(n.sum, "vi")}`)
        .join("; "),
      en: result.nodes
        .map((n) => `${show(n.total, "en")} against parts summing to ${show(n.sum, "en")}`)
        .join("; "),
    },
  };
}

/** Half a unit of the last decimal printed, once for each figure: what rounding may leave. */
function roundingSlack(
  nodes: readonly BreakdownRelationNode[],
  figure: FigureLookup,
  units: boolean,
): Decimal {
  const decimals = Math.max(...nodes.map((n) => figure(n.figure).decimals));
  if (decimals === 0 && !units) return new Decimal(0);
  return new Decimal(5).times(nodes.length).dividedBy(new Decimal(10).pow(decimals + 1));
}

function tableTotal(
  r: Extract<Relation, { kind: "table-total" }>,
  figure: FigureLookup,
  rounding: RoundingOptions | undefined,
): RelationOutcome {
  // Blank columns before this one keep its position in the messages ("Cột 3").
  const pad = Array.from({ length: r.column }, () => null);
  const cell = (c: (typeof r.parts)[number]): TableCell =>
    c === null
      ? null
      : {
          count: num(figure(c.count)),
          ...(c.percent ? { percent: stated(figure(c.percent)) } : {}),
        };
  const result = checkTable({
    rows: r.parts.map((c) => [...pad, cell(c)]),
    totalRow: [...pad, num(figure(r.total))],
    rowLabels: r.rowLabels,
    columnLabels: [...pad.map(() => ""), r.label],
    percentOf: "column-total",
    ...policy(rounding, undefined),
  });
  const total = figure(r.total).value;
  const sum = result.columnSums[r.column] ?? "0";
  return {
    findings: result.findings,
    unchecked: false,
    explanation: {
      vi: `Dòng tổng ${show(total, "vi")} so với tổng cột ${show(sum, "vi")}`,
      en: `Total row ${show(total, "en")} against the column sum ${show(sum, "en")}`,
    },
  };
}

function resolution(
  r: Extract<Relation, { kind: "resolution" }>,
  figure: FigureLookup,
  rounding: RoundingOptions | undefined,
): RelationOutcome {
  const opt = (id: string | undefined) => (id === undefined ? undefined : num(figure(id)));
  const input: ResolutionInput = {
    resolved: num(figure(r.resolved)),
    ...(r.toResolve ? { toResolve: opt(r.toResolve) } : {}),
    ...(r.received ? { received: opt(r.received) } : {}),
    ...(r.carriedOver ? { carriedOver: opt(r.carriedOver) } : {}),
    ...(r.underJurisdiction ? { underJurisdiction: opt(r.underJurisdiction) } : {}),
    ...(r.pending ? { pending: opt(r.pending) } : {}),
    ...(r.rate ? { statedRate: stated(figure(r.rate)) } : {}),
    ...policy(rounding, undefined),
  } as ResolutionInput;
  const result = resolutionRate(input);
  const resolved = figure(r.resolved).value;
  const pending = r.pending ? figure(r.pending).value : undefined;
  const line = (lang: "vi" | "en") =>
    [
      result.toResolve === null
        ? ""
        : `${lang === "vi" ? "phải giải quyết" : "to resolve"} ${show(result.toResolve, lang)}`,
      `${lang === "vi" ? "đã giải quyết" : "resolved"} ${show(resolved, lang)}`,
      pending === undefined ? "" : `${lang === "vi" ? "còn" : "pending"} ${show(pending, lang)}`,
      result.rate === null ? "" : `${lang === "vi" ? "tỷ lệ" : "rate"} ${show(result.rate, lang)}%`,
    ]
      .filter(Boolean)
      .join("; ");
  return {
    findings: result.findings,
    unchecked: false,
    explanation: { vi: line("vi"), en: line("en") },
  };
}

function change(
  r: Extract<Relation, { kind: "change" }>,
  figure: FigureLookup,
  rounding: RoundingOptions | undefined,
): RelationOutcome {
  const input: ChangeInput = {
    after: num(figure(r.after)),
    direction: r.direction,
    ...(r.before ? { before: num(figure(r.before)) } : {}),
    ...(r.change ? { statedChange: stated(figure(r.change)) } : {}),
    ...(r.percent ? { statedPercent: stated(figure(r.percent)) } : {}),
    ...policy(rounding, undefined),
  };
  const result = checkChange(input);
  const implied = r.before === undefined;
  const line = (lang: "vi" | "en") => {
    const b = result.before === null ? "?" : show(result.before, lang);
    const a = show(figure(r.after).value, lang);
    const c =
      result.change === null
        ? ""
        : `; ${lang === "vi" ? "chênh" : "change"} ${show(result.change, lang)}`;
    const p = result.percent === null ? "" : ` (${show(result.percent, lang)}%)`;
    const note = implied
      ? lang === "vi"
        ? " (giá trị trước suy ra)"
        : " (earlier value implied)"
      : "";
    return `${b} → ${a}${c}${p}${note}`;
  };
  return {
    findings: result.findings,
    unchecked: result.verdict === "unchecked",
    explanation: { vi: line("vi"), en: line("en") },
  };
}

function average(
  r: Extract<Relation, { kind: "average" }>,
  figure: FigureLookup,
  rounding: RoundingOptions | undefined,
): RelationOutcome {
  const s = figure(r.stated);
  const scale = r.scale ?? "1";
  const result = checkAverage({
    total: num(figure(r.total)),
    count: num(figure(r.count)),
    stated: written(s),
    scale,
    ...(r.totalStep ? { totalStep: r.totalStep, ...bound(figure(r.total).qualifier) } : {}),
    ...(rounding ? { rounding } : {}),
  });
  // The total in the average's own unit ("2.046" triệu đồng), as a reader redoes the division.
  const total = num(figure(r.total)).dividedBy(scale);
  const count = figure(r.count).value;
  const line = (lang: "vi" | "en") =>
    `${lang === "vi" ? "Bình quân" : "Average"} ${show(total, lang)}/${show(count, lang)} = ${show(result.exact, lang)}; ${lang === "vi" ? `ghi ${s.text}` : `stated ${show(written(s).value, "en")}`}`;
  return {
    findings: result.findings,
    unchecked: false,
    explanation: { vi: line("vi"), en: line("en") },
  };
}

/** Where a qualified total lies against its step: above "hơn 14 tỷ", below "gần 2.000 tấn". */
function bound(q: QualifierKind | undefined): { totalBound?: "over" | "under" } {
  if (q === "over" || q === "at-least") return { totalBound: "over" };
  if (q === "nearly" || q === "under" || q === "at-most") return { totalBound: "under" };
  return {};
}

/**
 * The stated average as written: its numeral ("1,1" of "1,1 triệu đồng"), whose decimals count
 * in its own unit; the value itself when the text is no numeral.
 */
function written(f: RelationFigure): { value: Decimal; decimals: number; text: string } {
  try {
    const read = readStated(f.text, "stated");
    return { value: read.value.abs(), decimals: read.decimals, text: read.text };
  } catch {
    return { value: num(f).abs(), decimals: f.decimals, text: f.text };
  }
}

/**
 * The figures a relation names, with the role each plays, in a fixed order.
 *
 * @param relation - a relation
 * @returns `{ role, id }` pairs
 * @example
 * ```ts
 * import { figuresOf } from "baocao";
 *
 * figuresOf({ kind: "share", part: "f2", whole: "f1", stated: "f3", inferred: false }).map((f) => f.role); // ["part", "whole", "stated"]
 * ```
 */
export function figuresOf(relation: Relation): { role: string; id: string }[] {
  const pick = (pairs: [string, string | undefined][]) =>
    pairs
      .filter((p): p is [string, string] => p[1] !== undefined)
      .map(([role, id]) => ({ role, id }));
  switch (relation.kind) {
    case "percentage":
    case "share":
      return pick([
        ["part", relation.part],
        ["whole", relation.whole],
        ["stated", relation.stated],
      ]);
    case "composition":
      return relation.shares.map((id) => ({ role: "share", id }));
    case "share-of-sum":
      return [
        { role: "part", id: relation.part },
        ...relation.parts.filter((id) => id !== relation.part).map((id) => ({ role: "whole", id })),
        { role: "stated", id: relation.stated },
      ];
    case "reachability":
      return pick([
        ["whole", relation.whole],
        ["stated", relation.stated],
      ]);
    case "breakdown": {
      const out = [{ role: "total", id: relation.root.figure }];
      const walk = (n: BreakdownRelationNode) => {
        for (const c of n.children ?? []) {
          out.push({ role: "part", id: c.figure });
          walk(c);
        }
      };
      walk(relation.root);
      return out;
    }
    case "table-total":
      return [
        { role: "total", id: relation.total },
        ...relation.parts.flatMap((p) => (p ? [{ role: "part", id: p.count }] : [])),
      ];
    case "resolution":
      return pick([
        ["resolved", relation.resolved],
        ["toResolve", relation.toResolve],
        ["received", relation.received],
        ["carriedOver", relation.carriedOver],
        ["underJurisdiction", relation.underJurisdiction],
        ["pending", relation.pending],
        ["rate", relation.rate],
      ]);
    case "average":
      return [
        { role: "total", id: relation.total },
        { role: "count", id: relation.count },
        { role: "average", id: relation.stated },
      ];
    case "change":
      return pick([
        ["before", relation.before],
        ["after", relation.after],
        ["change", relation.change],
        ["percent", relation.percent],
      ]);
  }
}
