import type { DecimalInput } from "../core/decimal.js";
import { type Checked, createFinding, type Finding } from "../findings/finding.js";
import { show } from "./messages.js";
import { readInteger } from "./stated.js";

/** What {@link checkRank} checks: "xếp thứ 24/63". */
export interface RankInput {
  /** The rank (thứ hạng), a whole number from 1. */
  readonly rank: DecimalInput;
  /** The number ranked ("/63"), a whole number from 1. */
  readonly of: DecimalInput;
  /** The date the rank refers to, as written ("2019", "31/12/2020"); used in messages only. */
  readonly date?: string;
  /**
   * The number of units in force at that date (63 provinces before 1/7/2025, 34 after), from
   * the caller's unit data; when given, `of` must equal it.
   */
  readonly expectedOf?: DecimalInput;
}

/** The verdict of {@link checkRank}. */
export type RankVerdict = "consistent" | "inconsistent";

/** What {@link checkRank} returns. */
export interface RankResult extends Checked<RankVerdict> {
  /** The rank, plain. */
  readonly rank: string;
  /** The number ranked, plain. */
  readonly of: string;
}

/**
 * Checks a rank among units ("xếp thứ 24/63"): the rank is at most the number ranked, and that
 * number is the count of units in force on the date (pass it as `expectedOf`; this module does
 * not read unit data itself). See docs/calculators/rank.md.
 *
 * @param input - rank, of, optional date and expected count
 * @returns the verdict and findings
 * @throws BaocaoError `CALC_NOT_INTEGER` when rank, of or expectedOf is not a whole number of
 *   at least 1; `CALC_NOT_A_FIGURE`
 * @example
 * ```ts
 * import { checkRank } from "baocao";
 *
 * checkRank({ rank: 24, of: 63, date: "2019", expectedOf: 63 }).verdict; // "consistent"
 * checkRank({ rank: 12, of: 63, date: "2025", expectedOf: 34 }).findings[0]?.code; // "RANK_COUNT_MISMATCH"
 * ```
 */
export function checkRank(input: RankInput): RankResult {
  const rank = readInteger(input.rank, "rank", 1);
  const of = readInteger(input.of, "of", 1);
  const expected =
    input.expectedOf === undefined ? undefined : readInteger(input.expectedOf, "expectedOf", 1);
  const findings: Finding[] = [];
  const r = show(rank);
  const o = show(of);
  const when =
    input.date === undefined
      ? { vi: "", en: "" }
      : { vi: ` (${input.date})`, en: ` (${input.date})` };
  const inputs = {
    rank: rank.toFixed(),
    of: of.toFixed(),
    ...(input.date === undefined ? {} : { date: input.date }),
  };
  if (rank.gt(of)) {
    findings.push(
      createFinding({
        code: "RANK_EXCEEDS_COUNT",
        severity: "error",
        message: {
          vi: `Xếp thứ ${r.vi}/${o.vi}${when.vi}: thứ hạng lớn hơn tổng số đơn vị được xếp hạng`,
          en: `Ranked ${r.en} of ${o.en}${when.en}: the rank is larger than the number ranked`,
        },
        inputs,
      }),
    );
  }
  if (expected !== undefined && !expected.eq(of)) {
    const e = show(expected);
    findings.push(
      createFinding({
        code: "RANK_COUNT_MISMATCH",
        severity: "error",
        message: {
          vi: `Xếp thứ ${r.vi}/${o.vi}${when.vi}: tại thời điểm đó có ${e.vi} đơn vị, không phải ${o.vi}`,
          en: `Ranked ${r.en} of ${o.en}${when.en}: there were ${e.en} units at that date, not ${o.en}`,
        },
        inputs,
        computed: { expectedOf: expected.toFixed() },
      }),
    );
  }
  return {
    verdict: findings.length === 0 ? "consistent" : "inconsistent",
    findings,
    rank: rank.toFixed(),
    of: of.toFixed(),
  };
}
