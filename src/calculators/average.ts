import type { DecimalInput, RoundingMode } from "../core/decimal.js";
import { BaocaoError } from "../core/errors.js";
import { type Checked, createFinding, type Finding } from "../findings/finding.js";
import { show, showApprox } from "./messages.js";
import {
  add,
  cmp,
  div,
  fromDecimal,
  int,
  mul,
  type Rational,
  rationalToString,
  roundRational,
  sub,
} from "./rational.js";
import {
  type Interval,
  type RoundingOptions,
  resolvePolicy,
  roundingInterval,
} from "./rounding.js";
import { MODE_NAMES, shownPlaces, statedShown } from "./share.js";
import { readCount, readStated, type Stated, type StatedInput } from "./stated.js";

/**
 * What {@link checkAverage} checks: a total spread over a count, and the average stated for it
 * ("cho 186 hộ vay 2.046 triệu đồng, bình quân 11 triệu đồng/hộ").
 */
export interface AverageInput {
  /** The total (tổng số): 2046000000 for "2.046 triệu đồng". Not negative. */
  readonly total: DecimalInput;
  /** What it is spread over (households, hectares, projects): 186. Positive. */
  readonly count: DecimalInput;
  /** The average as written, in its own unit: "11" or "1,1" for "1,1 triệu đồng/hộ". */
  readonly stated: StatedInput;
  /**
   * What one unit of the stated average is worth in the total's unit: 1000000 when the average
   * is written in millions ("11 triệu đồng") and the total in đồng; 0.1 for a yield in tạ/ha
   * against a production in tấn. Positive; default 1.
   */
  readonly scale?: DecimalInput;
  /**
   * The step the total is written rounded to (1000000 for "2.046 triệu đồng", 100000000 for
   * "1,4 tỷ đồng"): the total may be anywhere within half a step of the figure, and the average
   * holds when some total in that range gives it. Default 0: the total is exact.
   */
  readonly totalStep?: DecimalInput;
  /**
   * Where the total lies against its step when it was qualified: `over` ("hơn 14 tỷ": between 14
   * and 15 tỷ), `under` ("gần 2.000 tấn": between 1.000 and 2.000… one step below). Absent: half
   * a step either way.
   */
  readonly totalBound?: "over" | "under";
  /** Which roundings count as consistent, which as a warning; see {@link RoundingPolicy}. */
  readonly rounding?: RoundingOptions;
}

/**
 * The verdict of {@link checkAverage}: `consistent`; `consistent-if-truncated` or
 * `consistent-if-other-rounding` (warnings: the average holds only under a lenient rounding);
 * `inconsistent` (an error).
 */
export type AverageVerdict =
  | "consistent"
  | "consistent-if-truncated"
  | "consistent-if-other-rounding"
  | "inconsistent";

/** What {@link checkAverage} returns. */
export interface AverageResult extends Checked<AverageVerdict> {
  /** total/(count·scale) exactly, in the stated average's unit (to 20 decimals when it does not terminate). */
  readonly exact: string;
  /** The exact average rounded half up at the stated decimals. */
  readonly rounded: string;
  /** stated − exact. */
  readonly gap: string;
  /** The rounding that explains the stated average, or null. */
  readonly mode: RoundingMode | null;
}

/**
 * Checks an average ("bình quân", "trung bình"): the total divided by the count, in the stated
 * average's unit, must round half up to the average at the decimals written. When only
 * truncation (or another lenient rounding) gives it, a warning; otherwise an error
 * `AVERAGE_INCONSISTENT` that says what was recomputed. See docs/calculators/average.md.
 *
 * @param input - total, count, the stated average, its scale and the rounding policy
 * @returns the verdict, findings, the exact average, its rounding and the gap
 * @throws BaocaoError `CALC_ZERO_WHOLE` when count or scale is 0, `CALC_NEGATIVE`,
 *   `CALC_NOT_A_FIGURE`, `CALC_BAD_STATED`, `CALC_BAD_DECIMALS`
 * @example
 * ```ts
 * import { checkAverage } from "baocao";
 *
 * // 2.046 triệu đồng for 186 hộ: 11 triệu đồng each, not 1,1.
 * checkAverage({ total: 2046, count: 186, stated: "11" }).verdict; // "consistent"
 * checkAverage({ total: 2046, count: 186, stated: "1,1" }).findings[0]?.code; // "AVERAGE_INCONSISTENT"
 * ```
 */
export function checkAverage(input: AverageInput): AverageResult {
  const total = readCount(input.total, "total");
  const count = readCount(input.count, "count");
  const scale = readCount(input.scale ?? 1, "scale");
  const step = readCount(input.totalStep ?? 0, "totalStep");
  for (const [name, value] of [
    ["count", count],
    ["scale", scale],
  ] as const) {
    if (value.isZero())
      throw new BaocaoError(
        "CALC_ZERO_WHOLE",
        `${name} must not be zero: an average over nothing has no value`,
        "0",
      );
  }
  const stated = readStated(input.stated, "stated");
  const policy = resolvePolicy(input.rounding);
  const over = mul(fromDecimal(count), fromDecimal(scale));
  const exact = div(fromDecimal(total), over);
  const half = div(fromDecimal(step), { n: 2n, d: 1n });
  const [below, above] =
    input.totalBound === "over"
      ? [int(0), fromDecimal(step)]
      : input.totalBound === "under"
        ? [fromDecimal(step), int(0)]
        : [half, half];
  const range = {
    lo: div(sub(fromDecimal(total), below), over),
    hi: div(add(fromDecimal(total), above), over),
  };
  const computed = {
    exact: rationalToString(exact),
    rounded: roundRational(exact, stated.decimals, "half-up").toFixed(stated.decimals),
    gap: rationalToString(sub(fromDecimal(stated.value.abs()), exact)),
  };
  const magnitude: Stated = { ...stated, value: stated.value.abs() };
  const plain = modeWithin(range, magnitude, policy.consistent);
  if (plain !== undefined) return { verdict: "consistent", findings: [], ...computed, mode: plain };
  const lenient = modeWithin(range, magnitude, policy.lenient);
  // The total is shown in the average's unit ("2.046/186" for triệu đồng), as a reader redoes it.
  const shown = {
    total: show(rationalToString(div(fromDecimal(total), fromDecimal(scale)))),
    count: show(count),
  };
  const finding = averageFinding(shown, exact, range, step.isZero(), magnitude, lenient);
  const inputs = {
    total: total.toFixed(),
    count: count.toFixed(),
    scale: scale.toFixed(),
    stated: stated.text,
  };
  const withInputs = { ...finding, inputs, computed: { ...finding.computed, ...computed } };
  if (lenient === undefined)
    return { verdict: "inconsistent", findings: [withInputs], ...computed, mode: null };
  const truncated = lenient === "truncate" || lenient === "floor";
  return {
    verdict: truncated ? "consistent-if-truncated" : "consistent-if-other-rounding",
    findings: [withInputs],
    ...computed,
    mode: lenient,
  };
}

/** The first mode whose rounding interval around the stated average meets the quotients' range. */
function modeWithin(
  range: { lo: Rational; hi: Rational },
  stated: Stated,
  modes: readonly RoundingMode[],
): RoundingMode | undefined {
  return modes.find((mode) => meets(range, roundingInterval(stated, mode)));
}

/** Whether the closed range [lo, hi] and the interval share a value. */
function meets(range: { lo: Rational; hi: Rational }, interval: Interval): boolean {
  const below = cmp(range.lo, interval.hi);
  const above = cmp(interval.lo, range.hi);
  return (
    (below < 0 || (below === 0 && interval.hiClosed)) &&
    (above < 0 || (above === 0 && interval.loClosed))
  );
}

function averageFinding(
  shown: { total: ReturnType<typeof show>; count: ReturnType<typeof show> },
  exact: Rational,
  range: { lo: Rational; hi: Rational },
  exactTotal: boolean,
  stated: Stated,
  lenient: RoundingMode | undefined,
): Finding {
  const places = shownPlaces(stated);
  const q = showApprox(exact, places);
  const r = show(roundRational(exact, stated.decimals, "half-up"), stated.decimals);
  const s = statedShown(stated);
  const opening = {
    vi: `Bình quân tính lại: ${shown.total.vi}/${shown.count.vi} ${q.sign} ${q.vi}`,
    en: `Average recomputed: ${shown.total.en}/${shown.count.en} ${q.sign} ${q.en}`,
  };
  const lo = showApprox(range.lo, places);
  const hi = showApprox(range.hi, places);
  // A range within one unit of the stated decimals says nothing the quotient does not.
  const narrow =
    showApprox(range.lo, stated.decimals).vi === showApprox(range.hi, stated.decimals).vi;
  const spread =
    exactTotal || narrow
      ? { vi: "", en: "" }
      : {
          vi: ` (tổng số không ghi đến hàng đơn vị: bình quân trong khoảng ${lo.vi} đến ${hi.vi})`,
          en: ` (the total is not written to the unit: the average lies between ${lo.en} and ${hi.en})`,
        };
  if (lenient !== undefined) {
    const name = MODE_NAMES[lenient];
    const truncated = lenient === "truncate" || lenient === "floor";
    return createFinding({
      code: truncated ? "AVERAGE_ONLY_IF_TRUNCATED" : "AVERAGE_OTHER_ROUNDING",
      severity: "warning",
      message: {
        vi: `${opening.vi}${spread.vi}; số bình quân ghi ${s.vi} chỉ đúng khi ${name.vi}, làm tròn đúng là ${r.vi}`,
        en: `${opening.en}${spread.en}; the stated average ${s.en} holds only by ${name.en}; rounded half up it is ${r.en}`,
      },
      data: { mode: lenient },
    });
  }
  const gap = showApprox(sub(fromDecimal(stated.value), exact), places);
  const about = gap.sign === "=" ? "" : { vi: "khoảng ", en: "about " };
  return createFinding({
    code: "AVERAGE_INCONSISTENT",
    severity: "error",
    message: {
      vi: `${opening.vi}${spread.vi}, làm tròn là ${r.vi}; số bình quân ghi ${s.vi} không khớp (chênh ${about === "" ? "" : about.vi}${gap.vi.replace(/^-/u, "")})`,
      en: `${opening.en}${spread.en}, which rounds to ${r.en}; the stated average ${s.en} does not match (off by ${about === "" ? "" : about.en}${gap.en.replace(/^-/u, "")})`,
    },
  });
}
