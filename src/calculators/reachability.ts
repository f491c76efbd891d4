import type { DecimalInput, RoundingMode } from "../core/decimal.js";
import { type Checked, createFinding, type Finding } from "../findings/finding.js";
import { show, showApprox } from "./messages.js";
import { div, floor, fromDecimal, int, mul, type Rational, roundRational } from "./rational.js";
import {
  type IntegerRange,
  multiplesInInterval,
  type RoundingOptions,
  resolvePolicy,
  roundingInterval,
} from "./rounding.js";
import { MODE_NAMES, shareOf, statedShown } from "./share.js";
import { readInteger, readStated, type Stated, type StatedInput } from "./stated.js";

/** What {@link checkReachability} checks: a share of a whole count whose part may be unwritten. */
export interface ReachabilityInput {
  /** The whole count ("28 đại biểu"). A whole number, at least 1. */
  readonly whole: DecimalInput;
  /** The stated share ("82,15"). */
  readonly stated: StatedInput;
  /** Which roundings count as consistent or lenient (the complement is not used here). */
  readonly rounding?: RoundingOptions;
}

/**
 * The verdict of {@link checkReachability}: some whole number of the whole gives the share
 * (`reachable`), only under a lenient rounding (`reachable-if-lenient`, warning), or none does
 * (`unreachable`, error).
 */
export type ReachabilityVerdict = "reachable" | "reachable-if-lenient" | "unreachable";

/** A part of the whole and its share, rounded at the stated decimals. */
export interface ReachablePart {
  /** The part p (0 ≤ p ≤ whole). */
  readonly part: string;
  /** 100·p/whole rounded half up at the stated decimals. */
  readonly value: string;
}

/** What {@link checkReachability} returns. */
export interface ReachabilityResult extends Checked<ReachabilityVerdict> {
  /** The parts that give the stated share (min and max), or null when none does. */
  readonly parts: { readonly min: string; readonly max: string } | null;
  /** The rounding under which they do, or null. */
  readonly mode: RoundingMode | null;
  /** The nearest parts on either side of the stated share (empty when it is reachable). */
  readonly nearest: readonly ReachablePart[];
}

/**
 * Checks that a share of a small whole can be reached at all (the GRIM test): is there a
 * whole number p ≤ whole with 100·p/whole rounding to the stated figure? "28 đại biểu ..., đạt
 * 82,15%" cannot be: 23/28 ≈ 82,14% and 24/28 ≈ 85,71%. See docs/calculators/reachability.md.
 *
 * @param input - the whole, the stated share and the rounding policy
 * @returns the verdict, the parts that reach it, or the nearest reachable shares
 * @throws BaocaoError `CALC_NOT_INTEGER` when the whole is not a whole number of at least 1,
 *   `CALC_NOT_A_FIGURE`, `CALC_BAD_STATED`, `CALC_BAD_DECIMALS`
 * @example
 * ```ts
 * import { checkReachability } from "baocao";
 *
 * const result = checkReachability({ whole: 28, stated: "82,15" });
 * result.verdict; // "unreachable"
 * result.nearest.map((n) => n.value); // ["82.14", "85.71"]
 * ```
 */
export function checkReachability(input: ReachabilityInput): ReachabilityResult {
  const whole = readInteger(input.whole, "whole", 1);
  const stated = readStated(input.stated, "stated");
  const policy = resolvePolicy(input.rounding);
  const w = BigInt(whole.toFixed());
  const factor = div(int(100), int(w));
  const find = (modes: readonly RoundingMode[]): [RoundingMode, IntegerRange] | undefined => {
    for (const mode of modes) {
      const range = multiplesInInterval(factor, roundingInterval(stated, mode), 0n, w);
      if (range !== null) return [mode, range];
    }
    return undefined;
  };
  const plain = find(policy.consistent);
  const found = plain ?? find(policy.lenient);
  if (found !== undefined) {
    const [mode, range] = found;
    const parts = { min: range.min.toString(), max: (range.max ?? w).toString() };
    const findings: Finding[] =
      plain === undefined ? [lenientFinding(w, stated, mode, range.min)] : [];
    return {
      verdict: plain === undefined ? "reachable-if-lenient" : "reachable",
      findings,
      parts,
      mode,
      nearest: [],
    };
  }
  const nearest = nearestParts(w, stated);
  return {
    verdict: "unreachable",
    findings: [unreachableFinding(w, stated, nearest)],
    parts: null,
    mode: null,
    nearest: nearest.map(({ part, exact }) => ({
      part: part.toString(),
      value: roundRational(exact, stated.decimals, "half-up").toFixed(stated.decimals),
    })),
  };
}

interface Near {
  readonly part: bigint;
  readonly exact: Rational;
}

/** The parts just below and just above the stated share, kept within 0..whole. */
function nearestParts(w: bigint, stated: Stated): Near[] {
  const below = floor(div(mul(fromDecimal(stated.value), int(w)), int(100)));
  const clamp = (p: bigint): bigint => (p < 0n ? 0n : p > w ? w : p);
  const parts = [...new Set([clamp(below), clamp(below + 1n)])];
  return parts.map((part) => ({ part, exact: shareOf(int(part), int(w)) }));
}

function listNear(w: bigint, stated: Stated, near: readonly Near[]): { vi: string; en: string } {
  const whole = show(w);
  const items = near.map(({ part, exact }) => {
    const p = show(part);
    const v = showApprox(exact, stated.decimals);
    return {
      vi: `${p.vi}/${whole.vi} ${v.sign} ${v.vi}%`,
      en: `${p.en}/${whole.en} ${v.sign} ${v.en}%`,
    };
  });
  return { vi: items.map((x) => x.vi).join("; "), en: items.map((x) => x.en).join("; ") };
}

function unreachableFinding(w: bigint, stated: Stated, near: readonly Near[]): Finding {
  const s = statedShown(stated);
  const whole = show(w);
  const list = listNear(w, stated, near);
  return createFinding({
    code: "PERCENT_UNREACHABLE",
    severity: "error",
    message: {
      vi: `Không có số nguyên nào trên tổng ${whole.vi} cho tỷ lệ ${s.vi}%: gần nhất là ${list.vi}`,
      en: `No whole number out of ${whole.en} gives ${s.en}%: the nearest are ${list.en}`,
    },
    inputs: { whole: w.toString(), stated: stated.text },
    computed: {
      nearest: near
        .map(
          (n) =>
            `${n.part}:${roundRational(n.exact, stated.decimals, "half-up").toFixed(stated.decimals)}`,
        )
        .join(" "),
    },
    data: { nearestParts: near.map((n) => n.part.toString()) },
  });
}

function lenientFinding(w: bigint, stated: Stated, mode: RoundingMode, part: bigint): Finding {
  const s = statedShown(stated);
  const name = MODE_NAMES[mode];
  const list = listNear(w, stated, [{ part, exact: shareOf(int(part), int(w)) }]);
  return createFinding({
    code: "PERCENT_REACHABLE_IF_LENIENT",
    severity: "warning",
    message: {
      vi: `Tỷ lệ ${s.vi}% trên tổng ${show(w).vi} chỉ đạt được khi ${name.vi} (${list.vi})`,
      en: `${s.en}% of ${show(w).en} is reachable only by ${name.en} (${list.en})`,
    },
    inputs: { whole: w.toString(), stated: stated.text },
    computed: { part: part.toString() },
    data: { mode },
  });
}
