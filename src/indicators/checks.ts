import type { Claim, ClaimFigure } from "../audit/claim.js";
import { toDecimal } from "../core/decimal.js";
import { createFinding, type Finding } from "../findings/finding.js";
import { formatNumber } from "../quantities/format.js";
import {
  type CompiledIndicator,
  compiledIndicators,
  coreCatalogue,
  type IndicatorCatalogue,
} from "./catalogue.js";
import type { Indicator } from "./schema.js";
import { findTerm, normalise, type TermHit } from "./terms.js";
import { clauseStart, tableCellAt } from "./window.js";

// After a stated share: words that make it a share of a plan or of last year, which may pass 100.
const PLAN_WORDS =
  /^[\s)]*(?:[,;]\s*)?(?:so với|kế hoạch|chỉ tiêu|dự toán|cùng kỳ|nghị quyết|vượt)/iu;
const BEFORE_PLAN = /(?:vượt|so với kế hoạch)\s*$/iu;

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const vi = (v: string) => formatNumber(toDecimal(v));

function isPercent(f: ClaimFigure): boolean {
  return f.text.trim().endsWith("%");
}

/** The words that name the base of a share: before the figure in its clause, and just after it. */
function baseLabel(whole: ClaimFigure, text: string): string {
  const cell = tableCellAt(text, whole.span.start);
  if (cell) return normalise([...cell.headers, cell.rowLabel ?? "", cell.cellText].join("\n"));
  let from = clauseStart(text, whole.span.start, false);
  // The base's own words stand between it and the previous figure or comma.
  for (let i = whole.span.start - 1; i >= from; i--) {
    if (/[\d,]/.test(text[i] ?? "")) {
      from = i + 1;
      break;
    }
  }
  const after = text.slice(whole.span.end, whole.span.end + 30);
  const stop = after.search(/[\d;.!?\n\t(]/u);
  return normalise(
    `${text.slice(from, whole.span.start)} ${stop === -1 ? after : after.slice(0, stop)}`,
  );
}

const overlaps = (a: TermHit, b: TermHit) => a.start < b.end && b.start < a.end;

function wrongBase(claim: Claim, c: CompiledIndicator, text: string): Finding | undefined {
  const { indicator } = c;
  if (!["percentage", "share", "table"].includes(claim.kind) || c.wrong.length === 0)
    return undefined;
  if (claim.findings.some((f) => f.code.startsWith("RESOLUTION_"))) return undefined;
  const whole = claim.figures.find((f) => f.role === "whole");
  if (!whole || !indicator.denominator) return undefined;
  const label = baseLabel(whole, text);
  for (const { base, terms } of c.wrong) {
    const wrongHits = terms.flatMap((t) => findTerm(t, label));
    if (wrongHits.length === 0) continue;
    const rightHits = c.right
      .flatMap((t) => findTerm(t, label))
      .filter((r) => !wrongHits.some((w) => overlaps(r, w)));
    if (rightHits.length > 0) continue;
    const right = indicator.denominator;
    return createFinding({
      code: "INDICATOR_WRONG_BASE",
      severity: "warning",
      message: {
        vi: `${indicator.name.vi} được tính trên ${lower(base.vi)} (${vi(whole.value)}); mẫu số đúng là ${lower(right.vi)}.`,
        en: `${indicator.name.en} is computed on ${lower(base.en)} (${whole.value}); the right base is ${lower(right.en)}.`,
      },
      inputs: { whole: whole.text },
      computed: { base: whole.value },
      span: whole.span,
      data: { indicator: indicator.id, wrongBase: base.en, rightBase: right.en },
    });
  }
  return undefined;
}

function valueFigures(claim: Claim): ClaimFigure[] {
  if (claim.kind === "change") {
    return claim.figures.filter((f) => (f.role === "before" || f.role === "after") && isPercent(f));
  }
  return claim.figures.filter((f) => f.role === "stated" || f.role === "rate");
}

function outOfRange(claim: Claim, indicator: Indicator, text: string): Finding | undefined {
  if (indicator.measure !== "share" && indicator.measure !== "rate") return undefined;
  for (const figure of valueFigures(claim)) {
    const value = toDecimal(figure.value);
    const { min, max } = indicator.range;
    const above = max !== undefined && value.gt(toDecimal(max));
    const below = value.lt(toDecimal(min));
    if (!above && !below) continue;
    const after = text.slice(figure.span.end, figure.span.end + 30);
    const before = text.slice(Math.max(0, figure.span.start - 20), figure.span.start);
    if (above && (PLAN_WORDS.test(after) || BEFORE_PLAN.test(before))) continue;
    const limit = above ? (max as string) : min;
    return createFinding({
      code: above ? "INDICATOR_ABOVE_RANGE" : "INDICATOR_BELOW_RANGE",
      severity: "error",
      message: above
        ? {
            vi: `${indicator.name.vi} ghi ${figure.text} nhưng không thể vượt ${vi(limit)}%.`,
            en: `${indicator.name.en} is stated as ${figure.value}% but cannot exceed ${limit}%.`,
          }
        : {
            vi: `${indicator.name.vi} ghi ${figure.text} nhưng không thể dưới ${vi(limit)}%.`,
            en: `${indicator.name.en} is stated as ${figure.value}% but cannot be below ${limit}%.`,
          },
      inputs: { stated: figure.text },
      computed: { limit },
      span: figure.span,
      data: { indicator: indicator.id },
    });
  }
  return undefined;
}

function notWhole(claim: Claim, indicator: Indicator): Finding | undefined {
  if (indicator.measure !== "count") return undefined;
  const figure = claim.figures.find(
    (f) => !isPercent(f) && f.role !== "stated" && !toDecimal(f.value).isInteger(),
  );
  if (!figure) return undefined;
  return createFinding({
    code: "INDICATOR_COUNT_NOT_WHOLE",
    severity: "error",
    message: {
      vi: `${indicator.name.vi} là số đếm nhưng ghi ${figure.text}, không phải số nguyên.`,
      en: `${indicator.name.en} is a count but is written ${figure.value}, not a whole number.`,
    },
    inputs: { figure: figure.text },
    computed: { value: figure.value },
    span: figure.span,
    data: { indicator: indicator.id },
  });
}

/**
 * The indicator-specific checks of one labelled claim, run on top of its arithmetic: a share or
 * rate computed on a base reports commonly use by mistake (`INDICATOR_WRONG_BASE`, naming the
 * right base), a share outside the indicator's range (`INDICATOR_ABOVE_RANGE`,
 * `INDICATOR_BELOW_RANGE`; a share of a plan or of last year may pass 100 and is left alone),
 * and a count that is not a whole number (`INDICATOR_COUNT_NOT_WHOLE`). Each check runs only
 * where it certainly applies.
 *
 * @param claim - a claim from `auditText` (spans into `text`)
 * @param indicatorId - the claim's indicator (from {@link classifyClaim})
 * @param text - the text the claim was found in
 * @param catalogue - the catalogue the id is from (default: the built-in one)
 * @returns the findings, empty when the claim passes or the id is unknown
 * @example
 * ```ts
 * import { auditText, checkIndicatorClaim } from "baocao";
 *
 * const text = "Xã tiếp nhận 150 đơn; đã giải quyết 120 đơn, đạt 80%.";
 * const claim = auditText(text).claims.find((c) => c.kind === "share");
 * claim ? checkIndicatorClaim(claim, "petitions.resolution-rate", text)[0]?.code : undefined; // "INDICATOR_WRONG_BASE"
 * ```
 */
export function checkIndicatorClaim(
  claim: Claim,
  indicatorId: string,
  text: string,
  catalogue: IndicatorCatalogue = coreCatalogue(),
): Finding[] {
  const compiled = compiledIndicators(catalogue).find((c) => c.indicator.id === indicatorId);
  if (!compiled || typeof text !== "string") return [];
  const findings = [
    wrongBase(claim, compiled, text),
    outOfRange(claim, compiled.indicator, text),
    notWhole(claim, compiled.indicator),
  ];
  return findings.filter((f): f is Finding => f !== undefined);
}
