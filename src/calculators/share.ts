import type { RoundingMode } from "../core/decimal.js";
import { createFinding, type Finding, type Message } from "../findings/finding.js";
import { type Shown, show, showApprox } from "./messages.js";
import {
  cmp,
  div,
  fromDecimal,
  int,
  mul,
  type Rational,
  rationalToString,
  roundRational,
  roundScaled,
  scaleDecimal,
  sub,
} from "./rational.js";
import type { RoundingPolicy } from "./rounding.js";
import type { Stated } from "./stated.js";

// The core every percentage-like check shares: recompute 100·part/whole exactly, then ask which
// rounding (or which complement) turns it into the stated figure.

/** How a stated share was explained (internal). */
export type ShareExplanation =
  | { readonly kind: "rounded"; readonly mode: RoundingMode; readonly lenient: boolean }
  | { readonly kind: "complement"; readonly mode: RoundingMode; readonly other: string }
  | { readonly kind: "none" };

/** 100·part/whole exactly; whole ≠ 0. */
export function shareOf(part: Rational, whole: Rational): Rational {
  return div(mul(int(100), part), whole);
}

/** The first mode of the list under which `exact` rounds to the stated value. */
export function matchingMode(
  exact: Rational,
  stated: Stated,
  modes: readonly RoundingMode[],
): RoundingMode | undefined {
  const target = scaleDecimal(stated.value, stated.decimals);
  return modes.find((mode) => roundScaled(exact, stated.decimals, mode) === target);
}

/**
 * Explains a stated share: by a consistent mode, else a lenient one, else (when the policy
 * allows and the share is at most 100) as 100 minus the rounded share of the rest.
 */
export function explainShare(
  exact: Rational,
  stated: Stated,
  policy: RoundingPolicy,
): ShareExplanation {
  const plain = matchingMode(exact, stated, policy.consistent);
  if (plain !== undefined) return { kind: "rounded", mode: plain, lenient: false };
  const lenient = matchingMode(exact, stated, policy.lenient);
  if (lenient !== undefined) return { kind: "rounded", mode: lenient, lenient: true };
  if (policy.complement && cmp(exact, int(100)) <= 0 && cmp(exact, int(0)) >= 0) {
    const rest = sub(int(100), exact);
    const target = scaleDecimal(stated.value, stated.decimals);
    const hundred = 100n * 10n ** BigInt(stated.decimals);
    for (const mode of [...policy.consistent, ...policy.lenient]) {
      const restRounded = roundScaled(rest, stated.decimals, mode);
      if (hundred - restRounded === target) {
        const other = roundRational(rest, stated.decimals, mode).toFixed(stated.decimals);
        return { kind: "complement", mode, other };
      }
    }
  }
  return { kind: "none" };
}

/** Vietnamese and English names of each rounding mode, for messages. */
export const MODE_NAMES: Readonly<Record<RoundingMode, Message>> = {
  "half-up": { vi: "làm tròn", en: "rounding half up" },
  "half-even": { vi: "làm tròn về số chẵn", en: "rounding half to even" },
  truncate: { vi: "cắt bỏ chữ số", en: "truncating" },
  floor: { vi: "làm tròn xuống", en: "rounding down" },
  ceiling: { vi: "làm tròn lên", en: "rounding up" },
};

/** The stated figure as shown in messages: its text without a trailing "%". */
export function statedShown(stated: Stated): Shown {
  const vi = stated.text.replace(/\s*%$/u, "");
  return { vi, en: show(stated.value, stated.decimals).en };
}

/** Places used to show an exact share: one more than stated, at least two. */
export function shownPlaces(stated: Stated): number {
  return Math.max(2, stated.decimals + 1);
}

/** What a share finding is about: how the fraction reads, and the figures behind it. */
export interface ShareContext {
  readonly fraction: Message;
  readonly inputs: Readonly<Record<string, string>>;
}

/** The "a/b = x%" opening of a share message. */
export function shareOpening(context: ShareContext, exact: Rational, stated: Stated): Message {
  const shown = showApprox(exact, shownPlaces(stated));
  return {
    vi: `${context.fraction.vi} ${shown.sign} ${shown.vi}%`,
    en: `${context.fraction.en} ${shown.sign} ${shown.en}%`,
  };
}

/** The computed values every share finding carries. */
export function shareComputed(
  exact: Rational,
  stated: Stated,
): { exact: string; rounded: string; gap: string } {
  return {
    exact: rationalToString(exact),
    rounded: roundRational(exact, stated.decimals, "half-up").toFixed(stated.decimals),
    gap: rationalToString(sub(fromDecimal(stated.value), exact)),
  };
}

/**
 * The finding for a share that holds only under a lenient reading, or not at all; none when it
 * holds plainly. `extra` adds a sentence (bases or wholes that would fit) to an inconsistent one.
 */
export function shareFinding(
  context: ShareContext,
  exact: Rational,
  stated: Stated,
  explanation: ShareExplanation,
  extra: Message = { vi: "", en: "" },
): Finding | undefined {
  if (explanation.kind === "rounded" && !explanation.lenient) return undefined;
  const opening = shareOpening(context, exact, stated);
  const s = statedShown(stated);
  const rounded = show(roundRational(exact, stated.decimals, "half-up"), stated.decimals);
  const base = {
    inputs: { ...context.inputs, stated: stated.text },
    computed: shareComputed(exact, stated),
  };
  if (explanation.kind === "rounded") {
    const name = MODE_NAMES[explanation.mode];
    const truncated = explanation.mode === "truncate" || explanation.mode === "floor";
    return createFinding({
      ...base,
      code: truncated ? "PERCENT_ONLY_IF_TRUNCATED" : "PERCENT_OTHER_ROUNDING",
      severity: "warning",
      message: {
        vi: `${opening.vi}; tỷ lệ ghi ${s.vi}% chỉ đúng khi ${name.vi}, làm tròn đúng là ${rounded.vi}%`,
        en: `${opening.en}; the stated ${s.en}% holds only by ${name.en}; rounded half up it is ${rounded.en}%`,
      },
      data: { mode: explanation.mode },
    });
  }
  if (explanation.kind === "complement") {
    const name = MODE_NAMES[explanation.mode];
    const other = show(explanation.other);
    return createFinding({
      ...base,
      code: "PERCENT_COMPLEMENT",
      severity: "warning",
      message: {
        vi: `${opening.vi}; tỷ lệ ghi ${s.vi}% chỉ đúng khi tính bằng 100 − ${other.vi} (phần còn lại, ${name.vi}), làm tròn đúng là ${rounded.vi}%`,
        en: `${opening.en}; the stated ${s.en}% holds only as 100 − ${other.en} (the rest, by ${name.en}); rounded half up it is ${rounded.en}%`,
      },
      data: { mode: explanation.mode, complementOf: explanation.other },
    });
  }
  const gap = showApprox(sub(fromDecimal(stated.value), exact), shownPlaces(stated));
  const gapVi = gap.vi.replace(/^-/u, "");
  const gapEn = gap.en.replace(/^-/u, "");
  return createFinding({
    ...base,
    code: "PERCENT_INCONSISTENT",
    severity: "error",
    message: {
      vi: `${opening.vi}, làm tròn là ${rounded.vi}%; tỷ lệ ghi ${s.vi}% không khớp (chênh ${gap.sign === "=" ? "" : "khoảng "}${gapVi} điểm %)${extra.vi}`,
      en: `${opening.en}, which rounds to ${rounded.en}%; the stated ${s.en}% does not match (off by ${gap.sign === "=" ? "" : "about "}${gapEn} percentage points)${extra.en}`,
    },
  });
}

/** A fraction "a/b" in both styles. */
export function fractionText(part: Shown, whole: Shown): Message {
  return { vi: `${part.vi}/${whole.vi}`, en: `${part.en}/${whole.en}` };
}
