import { Decimal, type DecimalInput } from "../core/decimal.js";
import { type Checked, createFinding, type Finding, type Message } from "../findings/finding.js";
import { prefixMessage, show } from "./messages.js";
import { checkPercentage, type PercentageVerdict } from "./percentage.js";
import type { RoundingOptions } from "./rounding.js";
import { readCount, readStated, type Stated, type StatedInput } from "./stated.js";
import { listParts } from "./total.js";

/** One share of a whole: its count, its stated percentage, or both. */
export interface ComplementPart {
  /** What it counts ("đã giải quyết"), used in messages. */
  readonly label?: string;
  /** The count ("95"). Not negative. */
  readonly count?: DecimalInput;
  /** The stated share ("95,0"). */
  readonly stated?: StatedInput;
}

/** What {@link checkComplement} checks: shares of one whole that should add up to 100 %. */
export interface ComplementInput {
  /** The whole; when absent, the sum of the counts (if every part has one) is the base. */
  readonly total?: DecimalInput;
  /** The shares, covering the whole between them. */
  readonly parts: readonly ComplementPart[];
  /** Rounding policy for each part's percentage (see {@link checkPercentage}). */
  readonly rounding?: RoundingOptions;
}

/**
 * The verdict of {@link checkComplement}: everything adds up (`consistent`), only with lenient
 * roundings or complements (`consistent-with-warnings`), or not (`inconsistent`).
 */
export type ComplementVerdict = "consistent" | "consistent-with-warnings" | "inconsistent";

/** What {@link checkComplement} returns. */
export interface ComplementResult extends Checked<ComplementVerdict> {
  /** The base the shares were computed on (the total, or the sum of the counts), if known. */
  readonly base: string | null;
  /** Sum of the counts, when every part has one. */
  readonly sumCounts: string | null;
  /** Sum of the stated shares, when every part has one. */
  readonly sumStated: string | null;
  /** How far from 100 the stated shares may add up to: Σ half a unit of each one's last decimal. */
  readonly slack: string | null;
  /** Each part's percentage verdict (null when its count, share or the base is missing). */
  readonly shares: readonly (PercentageVerdict | null)[];
}

/**
 * Checks shares that should make up a whole ("đã giải quyết 95 (95%), tồn đọng 5 (5%)"): the
 * counts add up to the total, each share matches its count, and the stated shares add up to 100
 * within the slack rounding allows (n shares rounded to d decimals may add up to 100 ± n·0,5·10⁻ᵈ).
 * See docs/calculators/complement.md.
 *
 * @param input - the total (optional) and the parts
 * @returns the verdict, findings (per-part ones prefixed with the part's label or position),
 *   base, sums and slack
 * @throws BaocaoError `CALC_NOT_A_FIGURE`, `CALC_NEGATIVE`, `CALC_BAD_STATED`, `CALC_BAD_DECIMALS`
 * @example
 * ```ts
 * import { checkComplement } from "baocao";
 *
 * const result = checkComplement({
 *   total: 14,
 *   parts: [
 *     { label: "giữ nguyên", count: 13, stated: "92,9" },
 *     { label: "hủy", count: 1, stated: "7,1" },
 *   ],
 * });
 * result.verdict; // "consistent"
 * ```
 */
export function checkComplement(input: ComplementInput): ComplementResult {
  const counts = input.parts.map((p, i) =>
    p.count === undefined ? undefined : readCount(p.count, `parts[${i}].count`),
  );
  const stated = input.parts.map((p, i) =>
    p.stated === undefined ? undefined : readStated(p.stated, `parts[${i}].stated`),
  );
  const total = input.total === undefined ? undefined : readCount(input.total, "total");
  const findings: Finding[] = [];
  const known = counts.filter((c): c is Decimal => c !== undefined);
  const allCounts = known.length === counts.length && counts.length > 0;
  const sumCounts = allCounts ? sum(known) : undefined;
  if (total !== undefined && known.length > 0) {
    const partial = sum(known);
    if (allCounts ? !partial.eq(total) : partial.gt(total)) {
      findings.push(countsFinding(known, partial, total, allCounts));
    }
  }
  const base = total ?? sumCounts;
  const shares = input.parts.map((part, i) => {
    const count = counts[i];
    const s = stated[i];
    if (count === undefined || s === undefined || part.stated === undefined) return null;
    if (base === undefined || base.isZero()) return null;
    const result = checkPercentage({
      part: count,
      whole: base,
      stated: part.stated,
      ...(input.rounding === undefined ? {} : { rounding: input.rounding }),
    });
    const where = partName(part, i);
    for (const finding of result.findings) {
      findings.push({
        ...finding,
        message: prefixMessage(where, finding.message),
        data: { ...finding.data, part: i },
      });
    }
    return result.verdict;
  });
  const givenStated = stated.filter((s): s is Stated => s !== undefined);
  let sumStated: Decimal | undefined;
  let slack: Decimal | undefined;
  if (givenStated.length === stated.length && stated.length > 0) {
    sumStated = sum(givenStated.map((s) => s.value));
    slack = sum(givenStated.map((s) => new Decimal(10).pow(-s.decimals).div(2)));
    if (sumStated.minus(100).abs().gt(slack))
      findings.push(sharesFinding(givenStated, sumStated, slack));
  }
  const verdict: ComplementVerdict = findings.some((f) => f.severity === "error")
    ? "inconsistent"
    : findings.some((f) => f.severity === "warning")
      ? "consistent-with-warnings"
      : "consistent";
  return {
    verdict,
    findings,
    base: base?.toFixed() ?? null,
    sumCounts: sumCounts?.toFixed() ?? null,
    sumStated: sumStated?.toFixed() ?? null,
    slack: slack?.toFixed() ?? null,
    shares,
  };
}

function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), new Decimal(0));
}

function partName(part: ComplementPart, index: number): Message {
  return part.label === undefined
    ? { vi: `Phần ${index + 1}`, en: `Part ${index + 1}` }
    : { vi: part.label, en: part.label };
}

function countsFinding(
  known: readonly Decimal[],
  partial: Decimal,
  total: Decimal,
  all: boolean,
): Finding {
  const list = listParts(known.map((c) => show(c)));
  const s = show(partial);
  const t = show(total);
  return createFinding({
    code: "COMPLEMENT_COUNTS_SUM",
    severity: "error",
    message: {
      vi: `Các số liệu thành phần ${list.vi} = ${s.vi}, ${all ? "không bằng" : "vượt"} tổng số ${t.vi}`,
      en: `The counts ${list.en} = ${s.en} ${all ? "do not equal" : "exceed"} the total ${t.en}`,
    },
    inputs: { total: total.toFixed(), counts: known.map((c) => c.toFixed()).join(" + ") },
    computed: { sumCounts: partial.toFixed(), difference: total.minus(partial).toFixed() },
  });
}

function sharesFinding(stated: readonly Stated[], total: Decimal, slack: Decimal): Finding {
  const list = listParts(
    stated.map((s) => ({
      vi: `${s.text.replace(/\s*%$/u, "")}%`,
      en: `${show(s.value, s.decimals).en}%`,
    })),
  );
  const t = show(total);
  const sl = show(slack);
  return createFinding({
    code: "COMPLEMENT_SHARES_SUM",
    severity: "error",
    message: {
      vi: `Các tỷ lệ ${list.vi} = ${t.vi}%, lệch khỏi 100% quá mức làm tròn cho phép (±${sl.vi} điểm %)`,
      en: `The shares ${list.en} = ${t.en}%, further from 100% than rounding allows (±${sl.en} percentage points)`,
    },
    inputs: { stated: stated.map((s) => s.text).join(" + ") },
    computed: {
      sumStated: total.toFixed(),
      slack: slack.toFixed(),
      gap: total.minus(100).toFixed(),
    },
  });
}
