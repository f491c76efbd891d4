import type { DecimalInput, RoundingMode } from "../core/decimal.js";
import { BaocaoError } from "../core/errors.js";
import { type Checked, createFinding, type Finding } from "../findings/finding.js";
import { show, showApprox } from "./messages.js";
import { fromDecimal, int, rationalToString, sub } from "./rational.js";
import { type RoundingOptions, resolvePolicy } from "./rounding.js";
import {
  explainShare,
  fractionText,
  matchingMode,
  shareComputed,
  shareFinding,
  shareOf,
  shownPlaces,
  statedShown,
} from "./share.js";
import { readCount, readStated, type StatedInput } from "./stated.js";

/** What {@link checkRatio} checks: "bằng 93,2% so với cùng kỳ" (current as a share of previous). */
export interface RatioInput {
  /** The current value. Not negative. */
  readonly current: DecimalInput;
  /** The earlier value (cùng kỳ, năm trước). Positive. */
  readonly previous: DecimalInput;
  /** The stated ratio ("93,2"). */
  readonly stated: StatedInput;
  /** Rounding policy (the complement is not used for a ratio). */
  readonly rounding?: RoundingOptions;
}

/**
 * The verdict of {@link checkRatio}: `consistent`, `consistent-if-truncated` or
 * `consistent-if-other-rounding` (warnings), `is-change` (the stated figure is the rise or fall,
 * not the ratio: an error), or `inconsistent`.
 */
export type RatioVerdict =
  | "consistent"
  | "consistent-if-truncated"
  | "consistent-if-other-rounding"
  | "is-change"
  | "inconsistent";

/** What {@link checkRatio} returns. */
export interface RatioResult extends Checked<RatioVerdict> {
  /** 100·current/previous exactly (to 20 decimals when it does not terminate). */
  readonly exact: string;
  /** The exact value rounded half up at the stated decimals. */
  readonly rounded: string;
  /** stated − exact. */
  readonly gap: string;
  /** The rounding that explains the stated value, or null. */
  readonly mode: RoundingMode | null;
}

/**
 * Checks a ratio to an earlier value ("bằng 93,2% so với cùng kỳ"), which is not a change: 1.025
 * against 1.100 is 93,18%, and "bằng 6,8%" would be the fall written in its place (flagged
 * `RATIO_IS_CHANGE`). See docs/calculators/change.md.
 *
 * @param input - current, previous, the stated ratio and the rounding policy
 * @returns the verdict, findings, the exact ratio, its rounding and the gap
 * @throws BaocaoError `CALC_ZERO_WHOLE` when previous is 0, `CALC_NEGATIVE`,
 *   `CALC_NOT_A_FIGURE`, `CALC_BAD_STATED`, `CALC_BAD_DECIMALS`
 * @example
 * ```ts
 * import { checkRatio } from "baocao";
 *
 * checkRatio({ current: 1025, previous: 1100, stated: "93,2" }).verdict; // "consistent"
 * checkRatio({ current: 1025, previous: 1100, stated: "6,8" }).verdict; // "is-change"
 * ```
 */
export function checkRatio(input: RatioInput): RatioResult {
  const current = readCount(input.current, "current");
  const previous = readCount(input.previous, "previous");
  if (previous.isZero()) {
    throw new BaocaoError(
      "CALC_ZERO_WHOLE",
      "previous must not be zero: a ratio to nothing has no value",
      "0",
    );
  }
  const stated = readStated(input.stated, "stated");
  const policy = { ...resolvePolicy(input.rounding), complement: false };
  const exact = shareOf(fromDecimal(current), fromDecimal(previous));
  const computed = shareComputed(exact, stated);
  const explanation = explainShare(exact, stated, policy);
  const context = {
    fraction: fractionText(show(current), show(previous)),
    inputs: { current: current.toFixed(), previous: previous.toFixed() },
  };
  if (explanation.kind === "none") {
    const change = sub(exact, int(100));
    const magnitude = change.n < 0n ? { n: -change.n, d: change.d } : change;
    if (
      matchingMode(magnitude, { ...stated, value: stated.value.abs() }, policy.consistent) !==
      undefined
    ) {
      const r = showApprox(exact, shownPlaces(stated));
      const s = statedShown(stated);
      const finding: Finding = createFinding({
        code: "RATIO_IS_CHANGE",
        severity: "error",
        message: {
          vi: `${context.fraction.vi} ${r.sign} ${r.vi}%; "bằng ${s.vi}%" ghi mức ${change.n < 0n ? "giảm" : "tăng"} thay cho tỷ lệ so với kỳ trước`,
          en: `${context.fraction.en} ${r.sign} ${r.en}%; "${s.en}% of the earlier value" gives the ${change.n < 0n ? "fall" : "rise"} instead of the ratio`,
        },
        inputs: { ...context.inputs, stated: stated.text },
        computed: { ...computed, change: rationalToString(change) },
      });
      return { verdict: "is-change", findings: [finding], ...computed, mode: null };
    }
  }
  const finding = shareFinding(context, exact, stated, explanation);
  const mode = explanation.kind === "rounded" ? explanation.mode : null;
  const verdict: RatioVerdict =
    explanation.kind !== "rounded"
      ? "inconsistent"
      : !explanation.lenient
        ? "consistent"
        : mode === "truncate" || mode === "floor"
          ? "consistent-if-truncated"
          : "consistent-if-other-rounding";
  return { verdict, findings: finding === undefined ? [] : [finding], ...computed, mode };
}
