import { Decimal, type DecimalInput } from "../core/decimal.js";
import { type Checked, createFinding, type Finding, type Message } from "../findings/finding.js";
import { show, showApprox } from "./messages.js";
import { checkPercentage, type PercentageVerdict } from "./percentage.js";
import { fromDecimal, rationalToString } from "./rational.js";
import { type RoundingOptions, resolvePolicy } from "./rounding.js";
import { explainShare, shareOf, shownPlaces, statedShown } from "./share.js";
import { readCount, readStated, type StatedInput } from "./stated.js";

/**
 * The figures of a complaint-handling passage ("tiếp nhận ... đơn, thuộc thẩm quyền ..., phải
 * giải quyết ... (đơn mới ..., đơn cũ ...), đã giải quyết ..., còn ..., đạt ...%"). Every count
 * is optional but `resolved`; each identity is checked when its figures are given.
 */
export interface ResolutionInput {
  /** Cases received in the period (tiếp nhận; "đơn mới" when no jurisdiction figure is given). */
  readonly received?: DecimalInput;
  /** Cases carried over from the previous period (kỳ trước chuyển sang, "đơn cũ"). */
  readonly carriedOver?: DecimalInput;
  /** New cases under the body's own jurisdiction (thuộc thẩm quyền giải quyết). */
  readonly underJurisdiction?: DecimalInput;
  /** Cases to resolve, as stated (phải giải quyết). */
  readonly toResolve?: DecimalInput;
  /** Cases resolved (đã giải quyết). */
  readonly resolved: DecimalInput;
  /** Cases still pending (còn, tồn đọng, đang giải quyết). */
  readonly pending?: DecimalInput;
  /** The stated resolution rate ("99,42"). */
  readonly statedRate?: StatedInput;
  /**
   * What the rate is a share of: `jurisdiction` (default, the resolution rate "tỷ lệ giải
   * quyết": cases to resolve under the body's jurisdiction) or `received` (a processing rate of
   * everything received).
   */
  readonly rateOf?: "jurisdiction" | "received";
  /** Rounding policy for the rate (see {@link checkPercentage}). */
  readonly rounding?: RoundingOptions;
}

/**
 * The verdict of {@link resolutionRate}: every identity and the rate hold (`consistent`), some
 * only leniently (`consistent-with-warnings`), the rate was computed on the other base
 * (`wrong-base`), or something does not hold (`inconsistent`).
 */
export type ResolutionVerdict =
  | "consistent"
  | "consistent-with-warnings"
  | "wrong-base"
  | "inconsistent";

/** What {@link resolutionRate} returns. */
export interface ResolutionResult extends Checked<ResolutionVerdict> {
  /** Cases to resolve: the stated figure, else new + carried over, else resolved + pending. */
  readonly toResolve: string | null;
  /** toResolve − resolved. */
  readonly impliedPending: string | null;
  /** The base the rate should use (by `rateOf`). */
  readonly rateBase: string | null;
  /** 100·resolved/rateBase exactly (to 20 decimals when it does not terminate). */
  readonly rate: string | null;
  /** The verdict on the stated rate against the right base, when a rate is stated. */
  readonly rateVerdict: PercentageVerdict | null;
}

/**
 * Checks a resolution passage ("tỷ lệ giải quyết"): new + carried over = to resolve = resolved +
 * pending, resolved ≤ to resolve, under jurisdiction ≤ received, and the stated rate against
 * the right base, naming the usual mistake when the rate fits the other base (received instead
 * of under jurisdiction, or the reverse). "New" cases are those under jurisdiction when that
 * figure is given, else those received. See docs/calculators/resolution.md.
 *
 * @param input - the counts, the stated rate and what it is a share of
 * @returns the verdict, findings, the number to resolve, the implied pending count and the rate
 * @throws BaocaoError `CALC_NOT_A_FIGURE`, `CALC_NEGATIVE`, `CALC_BAD_STATED`, `CALC_BAD_DECIMALS`
 * @example
 * ```ts
 * import { resolutionRate } from "baocao";
 *
 * // 1.480 received, 1.150 under jurisdiction, 1.104 resolved, "đạt 74,6%" (1104/1480)
 * const result = resolutionRate({ received: 1480, underJurisdiction: 1150, resolved: 1104, statedRate: "74,6" });
 * result.verdict; // "wrong-base"
 * result.rate; // "96"
 * ```
 */
export function resolutionRate(input: ResolutionInput): ResolutionResult {
  const read = (value: DecimalInput | undefined, name: string): Decimal | undefined =>
    value === undefined ? undefined : readCount(value, name);
  const received = read(input.received, "received");
  const carried = read(input.carriedOver, "carriedOver");
  const jurisdiction = read(input.underJurisdiction, "underJurisdiction");
  const statedToResolve = read(input.toResolve, "toResolve");
  const resolved = readCount(input.resolved, "resolved");
  const pending = read(input.pending, "pending");
  const findings: Finding[] = [];
  const fresh = jurisdiction ?? received;
  const intake = fresh?.plus(carried ?? 0);
  if (received !== undefined && jurisdiction?.gt(received)) {
    findings.push(
      identity("RESOLUTION_JURISDICTION_EXCEEDS_RECEIVED", {
        vi: `Số thuộc thẩm quyền ${show(jurisdiction).vi} lớn hơn số tiếp nhận ${show(received).vi}`,
        en: `${show(jurisdiction).en} under jurisdiction is more than the ${show(received).en} received`,
      }),
    );
  }
  if (statedToResolve !== undefined && fresh !== undefined) {
    const expected = fresh.plus(carried ?? 0);
    if (carried !== undefined ? !expected.eq(statedToResolve) : statedToResolve.lt(fresh)) {
      const f = show(fresh);
      const c = show(carried ?? new Decimal(0));
      const t = show(statedToResolve);
      findings.push(
        identity(
          "RESOLUTION_INTAKE_MISMATCH",
          carried !== undefined
            ? {
                vi: `Số mới ${f.vi} + số kỳ trước chuyển sang ${c.vi} = ${show(expected).vi}, không bằng số phải giải quyết ${t.vi}`,
                en: `New ${f.en} + carried over ${c.en} = ${show(expected).en}, not the ${t.en} to resolve`,
              }
            : {
                vi: `Số phải giải quyết ${t.vi} ít hơn số mới ${f.vi}`,
                en: `The ${t.en} to resolve is less than the ${f.en} new cases`,
              },
          { computed: expected.toFixed() },
        ),
      );
    }
  }
  const toResolve =
    statedToResolve ?? intake ?? (pending === undefined ? undefined : resolved.plus(pending));
  if (toResolve !== undefined && resolved.gt(toResolve)) {
    findings.push(
      identity("RESOLUTION_RESOLVED_EXCEEDS", {
        vi: `Số đã giải quyết ${show(resolved).vi} lớn hơn số phải giải quyết ${show(toResolve).vi}`,
        en: `${show(resolved).en} resolved is more than the ${show(toResolve).en} to resolve`,
      }),
    );
  }
  if (toResolve !== undefined && pending !== undefined && !resolved.plus(pending).eq(toResolve)) {
    const balance = resolved.plus(pending);
    findings.push(
      identity(
        "RESOLUTION_BALANCE_MISMATCH",
        {
          vi: `Đã giải quyết ${show(resolved).vi} + còn lại ${show(pending).vi} = ${show(balance).vi}, không bằng số phải giải quyết ${show(toResolve).vi}`,
          en: `Resolved ${show(resolved).en} + pending ${show(pending).en} = ${show(balance).en}, not the ${show(toResolve).en} to resolve`,
        },
        { computed: balance.toFixed() },
      ),
    );
  }
  const rateOf = input.rateOf ?? "jurisdiction";
  const rateBase = rateOf === "jurisdiction" ? toResolve : received?.plus(carried ?? 0);
  let rateVerdict: PercentageVerdict | null = null;
  let wrongBase = false;
  if (input.statedRate !== undefined && rateBase !== undefined) {
    if (
      rateOf === "jurisdiction" &&
      statedToResolve === undefined &&
      jurisdiction === undefined &&
      received !== undefined
    ) {
      findings.push(
        createFinding({
          code: "RESOLUTION_ASSUMED_BASE",
          severity: "info",
          message: {
            vi: "Không có số thuộc thẩm quyền; coi mọi đơn tiếp nhận là thuộc thẩm quyền khi tính tỷ lệ",
            en: "No figure under jurisdiction is given; every received case is taken as the body's own for the rate",
          },
        }),
      );
    }
    if (rateBase.isZero()) {
      findings.push(
        createFinding({
          code: "PERCENT_ZERO_BASE",
          severity: "error",
          message: {
            vi: "Tỷ lệ giải quyết được ghi khi số phải giải quyết bằng 0",
            en: "A resolution rate is stated while there is nothing to resolve",
          },
          inputs: { statedRate: readStated(input.statedRate, "statedRate").text },
        }),
      );
    } else {
      const rate = checkPercentage({
        part: resolved,
        whole: rateBase,
        stated: input.statedRate,
        ...(input.rounding === undefined ? {} : { rounding: input.rounding }),
      });
      rateVerdict = rate.verdict;
      const wrong =
        rate.verdict === "inconsistent"
          ? otherBaseFinding(input, resolved, rateBase, rateOf, {
              received,
              carried,
              jurisdiction,
              toResolve,
            })
          : undefined;
      wrongBase = wrong !== undefined;
      findings.push(...(wrong === undefined ? rate.findings : [wrong]));
    }
  }
  const verdict: ResolutionVerdict = wrongBase
    ? "wrong-base"
    : findings.some((f) => f.severity === "error")
      ? "inconsistent"
      : findings.some((f) => f.severity === "warning")
        ? "consistent-with-warnings"
        : "consistent";
  return {
    verdict,
    findings,
    toResolve: toResolve?.toFixed() ?? null,
    impliedPending: toResolve?.minus(resolved).toFixed() ?? null,
    rateBase: rateBase?.toFixed() ?? null,
    rate: rateBase === undefined || rateBase.isZero() ? null : rationalString(resolved, rateBase),
    rateVerdict,
  };
}

function rationalString(part: Decimal, whole: Decimal): string {
  return rationalToString(shareOf(fromDecimal(part), fromDecimal(whole)));
}

function identity(code: string, message: Message, computed: Record<string, string> = {}): Finding {
  return createFinding({ code, severity: "error", message, computed });
}

const BASE_NAMES = {
  received: { vi: "số tiếp nhận", en: "cases received" },
  receivedAndCarried: {
    vi: "số tiếp nhận cộng số kỳ trước chuyển sang",
    en: "cases received plus carried over",
  },
  jurisdiction: {
    vi: "số phải giải quyết thuộc thẩm quyền",
    en: "cases to resolve under jurisdiction",
  },
  jurisdictionNew: {
    vi: "số thuộc thẩm quyền (không tính số kỳ trước)",
    en: "new cases under jurisdiction (without those carried over)",
  },
} as const;

function otherBaseFinding(
  input: ResolutionInput,
  resolved: Decimal,
  rightBase: Decimal,
  rateOf: "jurisdiction" | "received",
  figures: {
    received: Decimal | undefined;
    carried: Decimal | undefined;
    jurisdiction: Decimal | undefined;
    toResolve: Decimal | undefined;
  },
): Finding | undefined {
  const stated = readStated(input.statedRate ?? "0", "statedRate");
  const policy = resolvePolicy(input.rounding);
  const { received, carried, jurisdiction, toResolve } = figures;
  const tries: [Decimal | undefined, keyof typeof BASE_NAMES][] =
    rateOf === "jurisdiction"
      ? [
          [received, "received"],
          [received?.plus(carried ?? 0), "receivedAndCarried"],
        ]
      : [
          [toResolve, "jurisdiction"],
          [jurisdiction, "jurisdictionNew"],
        ];
  const rightName = rateOf === "jurisdiction" ? BASE_NAMES.jurisdiction : BASE_NAMES.received;
  for (const [base, key] of tries) {
    if (base === undefined || base.isZero() || base.eq(rightBase)) continue;
    const exact = shareOf(fromDecimal(resolved), fromDecimal(base));
    if (explainShare(exact, stated, { ...policy, complement: false }).kind === "none") continue;
    const wrong = showApprox(exact, shownPlaces(stated));
    const right = showApprox(
      shareOf(fromDecimal(resolved), fromDecimal(rightBase)),
      shownPlaces(stated),
    );
    const s = statedShown(stated);
    const r = show(resolved);
    const name = BASE_NAMES[key];
    return createFinding({
      code: "RESOLUTION_WRONG_BASE",
      severity: "error",
      message: {
        vi: `Tỷ lệ ghi ${s.vi}% là ${r.vi}/${show(base).vi} ${wrong.sign} ${wrong.vi}%, tính trên ${name.vi}; tính đúng trên ${rightName.vi}: ${r.vi}/${show(rightBase).vi} ${right.sign} ${right.vi}%`,
        en: `The stated ${s.en}% is ${r.en}/${show(base).en} ${wrong.sign} ${wrong.en}%, computed on ${name.en}; on ${rightName.en} it is ${r.en}/${show(rightBase).en} ${right.sign} ${right.en}%`,
      },
      inputs: { resolved: resolved.toFixed(), statedRate: stated.text },
      computed: {
        wrongBase: base.toFixed(),
        rightBase: rightBase.toFixed(),
        rightRate: rationalString(resolved, rightBase),
      },
      data: { wrongBase: key },
    });
  }
  return undefined;
}
