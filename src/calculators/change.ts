import { Decimal, type DecimalInput } from "../core/decimal.js";
import { type Checked, createFinding, type Finding, type Message } from "../findings/finding.js";
import { show, showApprox } from "./messages.js";
import { add, fromDecimal, int, mul, type Rational, rationalToString, sub } from "./rational.js";
import {
  divisorsInInterval,
  type IntegerRange,
  type Interval,
  type RoundingOptions,
  type RoundingPolicy,
  resolvePolicy,
  roundingInterval,
} from "./rounding.js";
import {
  explainShare,
  matchingMode,
  shareFinding,
  shareOf,
  shownPlaces,
  statedShown,
} from "./share.js";
import { readFigure, readStated, type Stated, type StatedInput } from "./stated.js";

/** Whether a passage says the figure rose ("tăng") or fell ("giảm"). */
export type ChangeDirection = "increase" | "decrease";

/**
 * What {@link checkChange} checks: "giảm từ 480 xuống còn 460, giảm 20, tương đương 4,17%", or,
 * with the earlier value unwritten, "xảy ra 420 vụ, giảm 30 vụ (6,67%) so với cùng kỳ".
 */
export interface ChangeInput {
  /** The earlier value (năm trước, cùng kỳ); when absent it is derived (DOMAIN §5.11). */
  readonly before?: DecimalInput;
  /** The current value. */
  readonly after: DecimalInput;
  /** The absolute change as written ("20", "12,5"); its sign, if written, must match the direction. */
  readonly statedChange?: StatedInput;
  /** The change as a percentage of the earlier value ("4,17", "-6,67"). */
  readonly statedPercent?: StatedInput;
  /** "increase" (tăng) or "decrease" (giảm). */
  readonly direction: ChangeDirection;
  /** Rounding policy for the stated change and percentage (the complement is not used). */
  readonly rounding?: RoundingOptions;
}

/**
 * The verdict of {@link checkChange}: everything stated holds (`consistent`), some only under
 * lenient rounding (`consistent-with-warnings`), something does not (`inconsistent`), or nothing
 * stated could be checked (`unchecked`).
 */
export type ChangeVerdict =
  | "consistent"
  | "consistent-with-warnings"
  | "inconsistent"
  | "unchecked";

/** What {@link checkChange} returns. */
export interface ChangeResult extends Checked<ChangeVerdict> {
  /** The earlier value: as given, or derived from the current value and the stated change. */
  readonly before: string | null;
  /** Whether `before` was derived rather than given. */
  readonly beforeImplied: boolean;
  /** after − before (negative for a fall), when before is known. */
  readonly change: string | null;
  /** 100·(after − before)/before exactly (to 20 decimals), when before is known and not 0. */
  readonly percent: string | null;
  /**
   * When only the percentage is stated: the whole-number earlier values that would give it
   * (`max` null when unbounded), or null.
   */
  readonly beforeRange: { readonly min: string; readonly max: string | null } | null;
}

/**
 * Checks a change between two values: its direction, the stated absolute change, and the stated
 * percentage of the earlier value; derives the earlier value when the text never writes it
 * (current + fall, current − rise), or, given only a percentage, the whole-number earlier values
 * that would fit. Flags a percentage that is really the ratio "bằng ...% so với cùng kỳ". See
 * docs/calculators/change.md.
 *
 * @param input - before (optional), after, stated change and percentage, direction
 * @returns the verdict, findings and the exact change, percentage and earlier value
 * @throws BaocaoError `CALC_NOT_A_FIGURE`, `CALC_BAD_STATED`, `CALC_BAD_DECIMALS`
 * @example
 * ```ts
 * import { checkChange } from "baocao";
 *
 * checkChange({ before: 480, after: 460, statedChange: 20, statedPercent: "4,17", direction: "decrease" }).verdict; // "consistent"
 * const implied = checkChange({ after: 420, statedChange: 30, statedPercent: "-6,67", direction: "decrease" });
 * implied.before; // "450"
 * ```
 */
export function checkChange(input: ChangeInput): ChangeResult {
  const after = readFigure(input.after, "after");
  const given = input.before === undefined ? undefined : readFigure(input.before, "before");
  const change =
    input.statedChange === undefined ? undefined : readStated(input.statedChange, "statedChange");
  const percent =
    input.statedPercent === undefined
      ? undefined
      : readStated(input.statedPercent, "statedPercent");
  const policy: RoundingPolicy = { ...resolvePolicy(input.rounding), complement: false };
  const sign = input.direction === "increase" ? 1 : -1;
  const findings: Finding[] = [];
  for (const [stated, name] of [
    [change, "statedChange"],
    [percent, "statedPercent"],
  ] as const) {
    if (sign > 0 && stated !== undefined && stated.value.lt(0)) {
      findings.push(signFinding(stated, name));
    }
  }
  let before = given;
  if (before === undefined && change !== undefined) {
    before = after.minus(change.value.abs().times(sign));
    findings.push(impliedFinding(after, change, before, input.direction));
  }
  if (before === undefined) {
    return percentOnly(after, percent, input.direction, policy, findings);
  }
  const delta = after.minus(before);
  if (
    given !== undefined &&
    delta.times(sign).lte(0) &&
    !(delta.isZero() && change?.value.isZero())
  ) {
    findings.push(directionFinding(before, after, input.direction));
  }
  if (given !== undefined && change !== undefined) {
    const amount = fromDecimal(delta.abs());
    const magnitude: Stated = { ...change, value: change.value.abs() };
    const mode = matchingMode(amount, magnitude, [...policy.consistent, ...policy.lenient]);
    if (mode === undefined) findings.push(amountFinding(before, after, delta, change));
  }
  let exactPercent: Rational | undefined;
  if (!before.isZero()) exactPercent = shareOf(fromDecimal(delta), fromDecimal(before));
  if (percent !== undefined) {
    if (before.isZero() || before.isNegative()) {
      findings.push(zeroBaseFinding(before));
    } else {
      findings.push(...percentFindings(before, after, delta, percent, policy));
    }
  }
  return {
    verdict: verdictOf(findings, change !== undefined || percent !== undefined),
    findings,
    before: before.toFixed(),
    beforeImplied: given === undefined,
    change: delta.toFixed(),
    percent: exactPercent === undefined ? null : rationalToString(exactPercent),
    beforeRange: null,
  };
}

function verdictOf(findings: readonly Finding[], anything: boolean): ChangeVerdict {
  if (findings.some((f) => f.severity === "error")) return "inconsistent";
  if (findings.some((f) => f.severity === "warning")) return "consistent-with-warnings";
  return anything ? "consistent" : "unchecked";
}

function fraction(before: Decimal, after: Decimal, delta: Decimal): Message {
  const b = show(before);
  const a = show(after);
  return delta.isNegative()
    ? { vi: `(${b.vi} − ${a.vi})/${b.vi}`, en: `(${b.en} − ${a.en})/${b.en}` }
    : { vi: `(${a.vi} − ${b.vi})/${b.vi}`, en: `(${a.en} − ${b.en})/${b.en}` };
}

function percentFindings(
  before: Decimal,
  after: Decimal,
  delta: Decimal,
  percent: Stated,
  policy: RoundingPolicy,
): Finding[] {
  const magnitude: Stated = { ...percent, value: percent.value.abs() };
  const exact = shareOf(fromDecimal(delta.abs()), fromDecimal(before));
  const explanation = explainShare(exact, magnitude, policy);
  const context = {
    fraction: fraction(before, after, delta),
    inputs: { before: before.toFixed(), after: after.toFixed() },
  };
  if (explanation.kind === "none") {
    const ratio = shareOf(fromDecimal(after), fromDecimal(before));
    if (matchingMode(ratio, magnitude, policy.consistent) !== undefined) {
      const r = showApprox(ratio, shownPlaces(percent));
      const s = statedShown(percent);
      return [
        createFinding({
          code: "RATIO_IS_CHANGE",
          severity: "error",
          message: {
            vi: `Mức thay đổi ghi ${s.vi}% thực ra là tỷ lệ ${show(after).vi}/${show(before).vi} ${r.sign} ${r.vi}% (bằng ...% so với kỳ trước), không phải mức tăng/giảm`,
            en: `The stated change of ${s.en}% is really the ratio ${show(after).en}/${show(before).en} ${r.sign} ${r.en}% (as a share of the earlier value), not the rise or fall`,
          },
          inputs: { ...context.inputs, statedPercent: percent.text },
          computed: { ratio: rationalToString(ratio), change: rationalToString(exact) },
        }),
      ];
    }
  }
  const finding = shareFinding(context, exact, magnitude, explanation);
  return finding === undefined ? [] : [finding];
}

/** Whole-number earlier values b for which 100·|after − b|/b rounds to the stated percentage. */
function percentOnly(
  after: Decimal,
  percent: Stated | undefined,
  direction: ChangeDirection,
  policy: RoundingPolicy,
  findings: Finding[],
): ChangeResult {
  const empty = {
    before: null,
    beforeImplied: true,
    change: null,
    percent: null,
    beforeRange: null,
  };
  if (percent === undefined || !after.isInteger() || !after.isPositive() || after.isZero()) {
    findings.push(
      createFinding({
        code: "CHANGE_NOTHING_TO_CHECK",
        severity: "info",
        message: {
          vi: "Không có số kỳ trước, mức thay đổi hay tỷ lệ nào đối chiếu được",
          en: "No earlier value, change or percentage can be checked against the figures given",
        },
      }),
    );
    return { ...empty, verdict: verdictOf(findings, false), findings };
  }
  const magnitude: Stated = { ...percent, value: percent.value.abs() };
  const a = BigInt(after.toFixed());
  const hundred = int(100);
  const range = [...policy.consistent, ...policy.lenient].reduce<IntegerRange | null>(
    (found, mode) => {
      if (found !== null) return found;
      const i = roundingInterval(magnitude, mode);
      // 100·after/b must lie in 100 ∓ the interval of the stated percentage.
      const shifted: Interval =
        direction === "decrease"
          ? {
              lo: sub(hundred, i.hi),
              loClosed: i.hiClosed,
              hi: sub(hundred, i.lo),
              hiClosed: i.loClosed,
            }
          : {
              lo: add(hundred, i.lo),
              loClosed: i.loClosed,
              hi: add(hundred, i.hi),
              hiClosed: i.hiClosed,
            };
      const r = divisorsInInterval(mul(hundred, int(a)), shifted, 1n);
      if (r === null) return null;
      const min = direction === "decrease" && r.min <= a ? a + 1n : r.min;
      const max = direction === "increase" && (r.max === null || r.max >= a) ? a - 1n : r.max;
      return max !== null && max < min ? null : { min, max };
    },
    null,
  );
  const s = statedShown(percent);
  if (range === null) {
    findings.push(
      createFinding({
        code: "CHANGE_PERCENT_UNREACHABLE",
        severity: "error",
        message: {
          vi: `Không có số kỳ trước nguyên nào để từ đó ${direction === "decrease" ? "giảm" : "tăng"} còn ${show(after).vi} tương ứng ${s.vi}%`,
          en: `No whole-number earlier value gives ${show(after).en} after a ${s.en}% ${direction}`,
        },
        inputs: { after: after.toFixed(), statedPercent: percent.text },
      }),
    );
    return { ...empty, verdict: "inconsistent", findings };
  }
  const beforeRange = {
    min: range.min.toString(),
    max: range.max === null ? null : range.max.toString(),
  };
  const single = range.max === range.min;
  if (single) {
    const before = new Decimal(range.min.toString());
    findings.push(
      createFinding({
        code: "CHANGE_IMPLIED_BASE",
        severity: "info",
        message: {
          vi: `Số kỳ trước không được ghi; chỉ có ${show(before).vi} cho ra ${s.vi}%`,
          en: `The earlier value is not written; only ${show(before).en} gives ${s.en}%`,
        },
        computed: { before: before.toFixed() },
      }),
    );
  }
  return {
    ...empty,
    verdict: verdictOf(findings, true),
    findings,
    beforeRange,
    ...(single ? { before: range.min.toString() } : {}),
  };
}

function impliedFinding(
  after: Decimal,
  change: Stated,
  before: Decimal,
  direction: ChangeDirection,
): Finding {
  const a = show(after);
  const c = show(change.value.abs());
  const b = show(before);
  const op = direction === "decrease" ? "+" : "−";
  return createFinding({
    code: "CHANGE_IMPLIED_BASE",
    severity: "info",
    message: {
      vi: `Số kỳ trước không được ghi; suy ra ${a.vi} ${op} ${c.vi} = ${b.vi}`,
      en: `The earlier value is not written; derived as ${a.en} ${op} ${c.en} = ${b.en}`,
    },
    inputs: { after: after.toFixed(), statedChange: change.text },
    computed: { before: before.toFixed() },
  });
}

function directionFinding(before: Decimal, after: Decimal, direction: ChangeDirection): Finding {
  const said =
    direction === "increase" ? { vi: "tăng", en: "a rise" } : { vi: "giảm", en: "a fall" };
  return createFinding({
    code: "CHANGE_WRONG_DIRECTION",
    severity: "error",
    message: {
      vi: `Ghi là ${said.vi} nhưng số liệu đi từ ${show(before).vi} đến ${show(after).vi}`,
      en: `Stated as ${said.en}, but the figures go from ${show(before).en} to ${show(after).en}`,
    },
    inputs: { before: before.toFixed(), after: after.toFixed(), direction },
    computed: { change: after.minus(before).toFixed() },
  });
}

function signFinding(stated: Stated, name: string): Finding {
  return createFinding({
    code: "CHANGE_WRONG_DIRECTION",
    severity: "error",
    message: {
      vi: `Ghi là tăng nhưng mức thay đổi ghi số âm (${stated.text})`,
      en: `Stated as a rise, but the change is written negative (${show(stated.value, stated.decimals).en})`,
    },
    inputs: { [name]: stated.text },
  });
}

function amountFinding(before: Decimal, after: Decimal, delta: Decimal, change: Stated): Finding {
  const f = fraction(before, after, delta);
  const d = show(delta.abs());
  const c = statedShown(change);
  return createFinding({
    code: "CHANGE_AMOUNT_MISMATCH",
    severity: "error",
    message: {
      vi: `${f.vi.replace(/^\((.*)\)\/.*$/u, "$1")} = ${d.vi}; mức thay đổi ghi ${c.vi} không khớp`,
      en: `${f.en.replace(/^\((.*)\)\/.*$/u, "$1")} = ${d.en}; the stated change ${c.en} does not match`,
    },
    inputs: { before: before.toFixed(), after: after.toFixed(), statedChange: change.text },
    computed: { change: delta.toFixed() },
  });
}

function zeroBaseFinding(before: Decimal): Finding {
  return createFinding({
    code: "PERCENT_ZERO_BASE",
    severity: "error",
    message: {
      vi: `Tỷ lệ thay đổi được ghi trên số kỳ trước không dương (${show(before).vi})`,
      en: `A percentage change is stated from an earlier value that is not positive (${show(before).en})`,
    },
    computed: { before: before.toFixed() },
  });
}
