import { type Decimal, type DecimalInput, type RoundingMode, toDecimal } from "../core/decimal.js";
import { BaocaoError } from "../core/errors.js";
import { type Checked, createFinding, type Finding, type Message } from "../findings/finding.js";
import { show, showApprox } from "./messages.js";
import { QUALIFIER_WORDS, type Qualifier } from "./qualifier.js";
import {
  add,
  cmp,
  fromDecimal,
  int,
  mul,
  type Rational,
  rationalToString,
  roundRational,
  sub,
  toDecimalValue,
} from "./rational.js";
import {
  divisorsInInterval,
  type RoundingOptions,
  type RoundingPolicy,
  resolvePolicy,
  roundingInterval,
} from "./rounding.js";
import {
  explainShare,
  fractionText,
  type ShareExplanation,
  shareComputed,
  shareFinding,
  shareOf,
  shareOpening,
  shownPlaces,
  statedShown,
} from "./share.js";
import { readCount, readStated, type Stated, type StatedInput } from "./stated.js";

/** What {@link checkPercentage} checks: "part/whole (stated %)", optionally qualified. */
export interface PercentageInput {
  /** The count or amount the share is of (tử số), for example 120. Not negative. */
  readonly part: DecimalInput;
  /** The base (mẫu số), for example 150. Positive. */
  readonly whole: DecimalInput;
  /** The percentage as written: "80,5" or `{ value: "80.5", decimals: 1 }`. */
  readonly stated: StatedInput;
  /** A qualifier ("trên", "gần"...) that makes the claim a bound; see {@link Qualifier}. */
  readonly qualifier?: Qualifier;
  /**
   * For `nearly` and `about`: how far (in percentage points) the exact value may be from the
   * stated one. Default: 5 % of the stated value, and at least one unit of its last decimal.
   */
  readonly tolerance?: DecimalInput;
  /** Which roundings count as consistent, which as a warning; see {@link RoundingPolicy}. */
  readonly rounding?: RoundingOptions;
  /** Other figures from the same passage, tried as the base when `whole` does not fit. */
  readonly candidates?: readonly DecimalInput[];
  /** The parts of the breakdown the share belongs to (including `part`): their sum is tried as a base. */
  readonly parts?: readonly DecimalInput[];
}

/**
 * The verdict of {@link checkPercentage}.
 * - `consistent`: a consistent rounding of the exact value gives the stated figure (or the
 *   qualifier holds)
 * - `consistent-if-truncated`: only cutting off digits gives it (warning)
 * - `consistent-if-other-rounding`: only another lenient rounding (half-even...) gives it (warning)
 * - `consistent-as-complement`: only 100 minus the rounded share of the rest gives it (warning)
 * - `consistent-with-other-base`: `whole` does not fit but a candidate base or the sum of the
 *   parts does (info, naming the base)
 * - `inconsistent`: nothing explains it (error)
 */
export type PercentageVerdict =
  | "consistent"
  | "consistent-if-truncated"
  | "consistent-if-other-rounding"
  | "consistent-as-complement"
  | "consistent-with-other-base"
  | "inconsistent";

/** The integer wholes that would make a stated share consistent for the given part (as GRIM does). */
export interface WholeRange {
  /** Smallest such whole. */
  readonly min: string;
  /** Largest such whole, or null when every larger whole fits too (a stated 0). */
  readonly max: string | null;
  /** Every such whole, when there are at most 12. */
  readonly wholes?: readonly string[];
}

/** A base other than `whole` under which the stated share is consistent. */
export interface BaseMatch {
  /** The base, a plain decimal string. */
  readonly base: string;
  /** Where it came from: one of the `candidates`, or the sum of `parts`. */
  readonly source: "candidate" | "sum-of-parts";
  /** 100·part/base exactly (to 20 decimals when it does not terminate). */
  readonly exact: string;
  /** The rounding under which it matches. */
  readonly mode: RoundingMode;
}

/** What {@link checkPercentage} returns. */
export interface PercentageResult extends Checked<PercentageVerdict> {
  /** 100·part/whole exactly (to 20 decimals when it does not terminate). */
  readonly exact: string;
  /** The exact value rounded half up at the stated decimals. */
  readonly rounded: string;
  /** The stated value, plain, with its decimals. */
  readonly stated: string;
  /** Decimals of the stated value. */
  readonly decimals: number;
  /** stated − exact. */
  readonly gap: string;
  /** The rounding that explains the stated value (of the rest, for a complement); null if none. */
  readonly mode: RoundingMode | null;
  /** Wholes that would fit this part (null for a qualified claim or a part that is not whole). */
  readonly wholeRange: WholeRange | null;
  /** Candidate bases (and the sum of parts) under which the stated value is consistent. */
  readonly bases: readonly BaseMatch[];
}

const LISTED_WHOLES = 12;

/**
 * Checks a stated percentage against its counts ("đã giải quyết 120/150 đơn, đạt 80%"):
 * recomputes 100·part/whole exactly and asks which rounding of it gives the stated figure, at
 * the decimals the figure was written with. See docs/calculators/percentage.md.
 *
 * @param input - part, whole, stated figure, and the optional qualifier, rounding policy,
 *   candidate bases and sibling parts
 * @returns the verdict, findings, exact value, gap, the wholes that would fit and the bases
 *   that would fit
 * @throws BaocaoError `CALC_NOT_A_FIGURE`, `CALC_NEGATIVE` (a negative part, whole, candidate
 *   or tolerance), `CALC_ZERO_WHOLE`, `CALC_BAD_STATED`, `CALC_BAD_DECIMALS`
 * @example
 * ```ts
 * import { checkPercentage } from "baocao";
 *
 * checkPercentage({ part: 120, whole: 150, stated: "80,5" }).verdict; // "inconsistent"
 * checkPercentage({ part: 13, whole: 14, stated: "92,8" }).verdict; // "consistent-if-truncated"
 * checkPercentage({ part: 1230, whole: 2180, stated: "56,5", qualifier: "over" }).verdict; // "inconsistent"
 * ```
 */
export function checkPercentage(input: PercentageInput): PercentageResult {
  const part = readCount(input.part, "part");
  const whole = readPositive(input.whole, "whole");
  const stated = readStated(input.stated, "stated");
  const policy = resolvePolicy(input.rounding);
  const partR = fromDecimal(part);
  const exact = shareOf(partR, fromDecimal(whole));
  const context = {
    fraction: fractionText(show(part), show(whole)),
    inputs: { part: part.toFixed(), whole: whole.toFixed() },
  };
  const computed = shareComputed(exact, stated);
  const common = {
    ...computed,
    stated: stated.value.toFixed(stated.decimals),
    decimals: stated.decimals,
  };
  if (input.qualifier !== undefined) {
    const tolerance = readTolerance(input.tolerance, stated);
    const finding = qualifierFinding(context, exact, stated, input.qualifier, tolerance);
    return {
      ...common,
      verdict: finding === undefined ? "consistent" : "inconsistent",
      findings: finding === undefined ? [] : [finding],
      mode: null,
      wholeRange: null,
      bases: [],
    };
  }
  const explanation = explainShare(exact, stated, policy);
  const bases = findBases(partR, whole, stated, policy, input);
  const wholeRange = wholesFor(part, stated, policy.consistent[0] ?? "half-up");
  const mode = explanation.kind === "none" ? null : explanation.mode;
  const rest = { ...common, mode, wholeRange, bases };
  const plainBase = bases.find((b) => policy.consistent.includes(b.mode));
  if (explanation.kind === "none" && plainBase !== undefined) {
    return {
      ...rest,
      verdict: "consistent-with-other-base",
      findings: [otherBaseFinding(context, partR, exact, stated, plainBase)],
    };
  }
  const finding = shareFinding(
    context,
    exact,
    stated,
    explanation,
    inconsistentHint(bases, wholeRange, part),
  );
  return {
    ...rest,
    verdict: verdictOf(explanation),
    findings: finding === undefined ? [] : [finding],
  };
}

/**
 * The verdict {@link checkPercentage} gives, without its findings, hints and wholes: for readers
 * that try a share against many bases and keep only the verdict. A qualified claim, candidate
 * bases or sibling parts take the full check. Not part of the public API.
 *
 * @param input - as for {@link checkPercentage}
 * @returns the verdict `checkPercentage(input).verdict` would give
 * @throws as {@link checkPercentage}
 * @internal
 */
export function percentageVerdict(input: PercentageInput): PercentageVerdict {
  if (input.qualifier !== undefined || input.candidates?.length || input.parts?.length) {
    return checkPercentage(input).verdict;
  }
  const part = readCount(input.part, "part");
  const whole = readPositive(input.whole, "whole");
  const stated = readStated(input.stated, "stated");
  const exact = shareOf(fromDecimal(part), fromDecimal(whole));
  return verdictOf(explainShare(exact, stated, resolvePolicy(input.rounding)));
}

function verdictOf(explanation: ShareExplanation): PercentageVerdict {
  if (explanation.kind === "none") return "inconsistent";
  if (explanation.kind === "complement") return "consistent-as-complement";
  if (!explanation.lenient) return "consistent";
  return explanation.mode === "truncate" || explanation.mode === "floor"
    ? "consistent-if-truncated"
    : "consistent-if-other-rounding";
}

function readPositive(input: DecimalInput, name: string): Decimal {
  const value = readCount(input, name);
  if (value.isZero()) {
    throw new BaocaoError(
      "CALC_ZERO_WHOLE",
      `${name} must not be zero: a share of nothing has no value`,
      "0",
    );
  }
  return value;
}

function readTolerance(input: DecimalInput | undefined, stated: Stated): Rational {
  if (input !== undefined) return fromDecimal(readCount(input, "tolerance"));
  const relative = mul(fromDecimal(stated.value.abs()), { n: 5n, d: 100n });
  const step: Rational = { n: 1n, d: 10n ** BigInt(stated.decimals) };
  return cmp(relative, step) >= 0 ? relative : step;
}

function holds(qualifier: Qualifier, exact: Rational, s: Rational, tolerance: Rational): boolean {
  const c = cmp(exact, s);
  switch (qualifier) {
    case "over":
      return c > 0;
    case "at-least":
      return c >= 0;
    case "under":
      return c < 0;
    case "at-most":
      return c <= 0;
    case "nearly":
      return c <= 0 && cmp(sub(s, exact), tolerance) <= 0;
    case "about": {
      const gap = sub(exact, s);
      return cmp(gap.n < 0n ? { n: -gap.n, d: gap.d } : gap, tolerance) <= 0;
    }
  }
}

function qualifierFinding(
  context: { fraction: Message; inputs: Record<string, string> },
  exact: Rational,
  stated: Stated,
  qualifier: Qualifier,
  tolerance: Rational,
): Finding | undefined {
  const s = fromDecimal(stated.value);
  if (holds(qualifier, exact, s, tolerance)) return undefined;
  const opening = shareOpening(context, exact, stated);
  const word = QUALIFIER_WORDS[qualifier];
  const shown = statedShown(stated);
  const tol = show(roundRational(tolerance, 4, "half-up"));
  const withTolerance = qualifier === "nearly" || qualifier === "about";
  return createFinding({
    code: "PERCENT_QUALIFIER_FAILS",
    severity: "error",
    message: {
      vi: `${opening.vi}; "${word.vi} ${shown.vi}%" không đúng với giá trị chính xác${
        withTolerance ? ` (sai số cho phép ${tol.vi} điểm %)` : ""
      }`,
      en: `${opening.en}; "${word.en} ${shown.en}%" does not hold for the exact value${
        withTolerance ? ` (tolerance ${tol.en} percentage points)` : ""
      }`,
    },
    inputs: { ...context.inputs, stated: stated.text, qualifier },
    computed: {
      ...shareComputed(exact, stated),
      ...(withTolerance ? { tolerance: rationalToString(tolerance) } : {}),
    },
  });
}

function findBases(
  part: Rational,
  whole: Decimal,
  stated: Stated,
  policy: RoundingPolicy,
  input: PercentageInput,
): BaseMatch[] {
  const tried: { base: Decimal; source: BaseMatch["source"] }[] = [];
  for (const [i, candidate] of (input.candidates ?? []).entries()) {
    tried.push({ base: readCount(candidate, `candidates[${i}]`), source: "candidate" });
  }
  if (input.parts !== undefined && input.parts.length > 0) {
    const sum = input.parts.reduce<Rational>(
      (acc, p, i) => add(acc, fromDecimal(readCount(p, `parts[${i}]`))),
      int(0),
    );
    tried.push({ base: toDecimalValue(sum), source: "sum-of-parts" });
  }
  const matches: BaseMatch[] = [];
  const seen = new Set<string>([whole.toFixed()]);
  for (const { base, source } of tried) {
    const key = base.toFixed();
    if (base.isZero() || seen.has(key)) continue;
    seen.add(key);
    const exact = shareOf(part, fromDecimal(base));
    const explanation = explainShare(exact, stated, { ...policy, complement: false });
    if (explanation.kind === "rounded") {
      matches.push({ base: key, source, exact: rationalToString(exact), mode: explanation.mode });
    }
  }
  return matches;
}

/** Integer wholes w ≥ 1 with round(100·part/w) = stated, when the part is a whole number. */
function wholesFor(part: Decimal, stated: Stated, mode: RoundingMode): WholeRange | null {
  if (!part.isInteger()) return null;
  const interval = roundingInterval(stated, mode);
  const scale = mul(int(100), fromDecimal(part));
  if (part.isZero()) {
    const zeroFits =
      cmp(interval.lo, int(0)) < 0 || (interval.loClosed && cmp(interval.lo, int(0)) === 0);
    return zeroFits ? { min: "1", max: null } : null;
  }
  const range = divisorsInInterval(scale, interval, 1n);
  if (range === null) return null;
  const { min, max } = range;
  if (max === null) return { min: min.toString(), max: null };
  const base = { min: min.toString(), max: max.toString() };
  if (max - min >= BigInt(LISTED_WHOLES)) return base;
  const wholes: string[] = [];
  for (let w = min; w <= max; w += 1n) wholes.push(w.toString());
  return { ...base, wholes };
}

function otherBaseFinding(
  context: { fraction: Message; inputs: Record<string, string> },
  part: Rational,
  exact: Rational,
  stated: Stated,
  match: BaseMatch,
): Finding {
  const opening = shareOpening(context, exact, stated);
  const s = statedShown(stated);
  const base = show(match.base);
  const fits = showApprox(shareOf(part, fromDecimal(toDecimal(match.base))), shownPlaces(stated));
  const what =
    match.source === "sum-of-parts"
      ? { vi: "tổng các phần", en: "the sum of the parts" }
      : { vi: "số", en: "the figure" };
  return createFinding({
    code: "PERCENT_OTHER_BASE",
    severity: "info",
    message: {
      vi: `${opening.vi} không cho ${s.vi}%, nhưng tỷ lệ ghi ${s.vi}% khớp khi lấy mẫu số là ${what.vi} ${base.vi} (${fits.sign} ${fits.vi}%)`,
      en: `${opening.en} does not give ${s.en}%, but the stated ${s.en}% fits when the base is ${what.en} ${base.en} (${fits.sign} ${fits.en}%)`,
    },
    inputs: { ...context.inputs, stated: stated.text },
    computed: { ...shareComputed(exact, stated), base: match.base, baseExact: match.exact },
    data: { source: match.source, mode: match.mode },
  });
}

function inconsistentHint(
  bases: readonly BaseMatch[],
  range: WholeRange | null,
  part: Decimal,
): Message {
  const parts: Message[] = [];
  if (bases.length > 0) {
    const list = bases.map((b) => show(b.base));
    parts.push({
      vi: `; khớp nếu mẫu số là ${list.map((b) => b.vi).join(" hoặc ")}`,
      en: `; it fits with the base ${list.map((b) => b.en).join(" or ")}`,
    });
  }
  if (range === null && part.isInteger()) {
    const p = show(part);
    parts.push({
      vi: `; với tử số ${p.vi}, không có mẫu số nguyên nào cho đúng tỷ lệ ghi`,
      en: `; with the part ${p.en}, no whole-number base gives the stated share`,
    });
  }
  if (range !== null) {
    const p = show(part);
    const span =
      range.max === null
        ? { vi: `từ ${show(range.min).vi} trở lên`, en: `${range.min} or more` }
        : range.min === range.max
          ? { vi: show(range.min).vi, en: range.min }
          : {
              vi: `từ ${show(range.min).vi} đến ${show(range.max).vi}`,
              en: `from ${range.min} to ${range.max}`,
            };
    parts.push({
      vi: `; với tử số ${p.vi}, tỷ lệ ghi chỉ đúng khi mẫu số ${span.vi}`,
      en: `; with the part ${p.en}, the stated share needs a base ${span.en}`,
    });
  }
  return { vi: parts.map((x) => x.vi).join(""), en: parts.map((x) => x.en).join("") };
}
