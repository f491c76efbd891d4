import type { Decimal, DecimalInput } from "../core/decimal.js";
import { type Checked, createFinding, type Finding } from "../findings/finding.js";
import { show } from "./messages.js";
import { readCount } from "./stated.js";

/** What {@link checkTotal} checks: a total and the parts a report breaks it into. */
export interface TotalInput {
  /** The total ("tiếp nhận 900 đơn"). Not negative. */
  readonly total: DecimalInput;
  /** The parts ("cấp huyện 300, cấp xã 600"). Not negative. */
  readonly parts: readonly DecimalInput[];
  /**
   * Whether the parts claim to be all of the total: `true` for "gồm", "bao gồm", "cụ thể"
   * (they must add up to it), `false` for "trong đó" (they may fall short, never exceed).
   */
  readonly exhaustive: boolean;
  /** How far the sum may be from the total and still count as equal (default 0). */
  readonly tolerance?: DecimalInput;
}

/**
 * The verdict of {@link checkTotal}: the parts add up to the total (`consistent`), fall short
 * of it (`falls-short`: an error for "gồm", a note for "trong đó"), or exceed it (`exceeds`,
 * always an error).
 */
export type TotalVerdict = "consistent" | "falls-short" | "exceeds";

/** What {@link checkTotal} returns. */
export interface TotalResult extends Checked<TotalVerdict> {
  /** The exact sum of the parts. */
  readonly sum: string;
  /** total − sum (negative when the parts exceed the total). */
  readonly difference: string;
}

const LISTED_PARTS = 8;

/**
 * Checks a breakdown against its total ("tiếp nhận 900 đơn, trong đó cấp huyện 300 đơn, cấp xã
 * 600 đơn"). See docs/calculators/total.md.
 *
 * @param input - the total, its parts, whether the breakdown is exhaustive, and a tolerance
 * @returns the verdict, findings, the sum and the difference
 * @throws BaocaoError `CALC_NOT_A_FIGURE` or `CALC_NEGATIVE` when a figure is not a
 *   non-negative figure
 * @example
 * ```ts
 * import { checkTotal } from "baocao";
 *
 * checkTotal({ total: 900, parts: [300, 600], exhaustive: true }).verdict; // "consistent"
 * checkTotal({ total: 900, parts: [300, 500], exhaustive: false }).verdict; // "falls-short"
 * checkTotal({ total: 900, parts: [300, 650], exhaustive: false }).findings[0]?.code; // "TOTAL_EXCEEDED"
 * ```
 */
export function checkTotal(input: TotalInput): TotalResult {
  const total = readCount(input.total, "total");
  const parts = input.parts.map((p, i) => readCount(p, `parts[${i}]`));
  const tolerance =
    input.tolerance === undefined ? total.minus(total) : readCount(input.tolerance, "tolerance");
  const sum = parts.reduce((acc, p) => acc.plus(p), total.minus(total));
  const difference = total.minus(sum);
  const values = { sum: sum.toFixed(), difference: difference.toFixed() };
  if (difference.abs().lte(tolerance)) return { verdict: "consistent", findings: [], ...values };
  const shownParts = listParts(parts.map((p) => show(p)));
  const s = show(sum);
  const t = show(total);
  const gap = show(difference.abs());
  const common = {
    inputs: {
      total: total.toFixed(),
      parts: parts.map((p) => p.toFixed()).join(" + "),
      exhaustive: String(input.exhaustive),
    },
    computed: values,
  };
  let finding: Finding;
  if (difference.isNegative()) {
    finding = createFinding({
      ...common,
      code: "TOTAL_EXCEEDED",
      severity: "error",
      message: {
        vi: `Các phần ${shownParts.vi} = ${s.vi}, vượt tổng số ${t.vi} là ${gap.vi}`,
        en: `The parts ${shownParts.en} = ${s.en} exceed the total ${t.en} by ${gap.en}`,
      },
    });
  } else if (input.exhaustive) {
    finding = createFinding({
      ...common,
      code: "TOTAL_SHORT",
      severity: "error",
      message: {
        vi: `Các phần liệt kê đầy đủ (gồm) ${shownParts.vi} = ${s.vi}, thiếu ${gap.vi} so với tổng số ${t.vi}`,
        en: `The exhaustive parts (gồm) ${shownParts.en} = ${s.en} fall ${gap.en} short of the total ${t.en}`,
      },
    });
  } else if (transposed(sum, total)) {
    // A list named "in part" that falls short by exactly a swap of two digits of the total is
    // far likelier a typing slip than a rest left unnamed (such differences are multiples of 9).
    finding = createFinding({
      ...common,
      code: "TOTAL_TRANSPOSED",
      severity: "warning",
      message: {
        vi: `Các phần nêu (trong đó) ${shownParts.vi} = ${s.vi}: tổng số ${t.vi} chính là ${s.vi} bị đảo hai chữ số liền nhau, có thể gõ nhầm`,
        en: `The parts named (trong đó) ${shownParts.en} = ${s.en}: the total ${t.en} is ${s.en} with two adjacent digits swapped, likely a typing slip`,
      },
    });
  } else {
    finding = createFinding({
      ...common,
      code: "TOTAL_PARTIAL",
      severity: "info",
      message: {
        vi: `Các phần nêu (trong đó) ${shownParts.vi} = ${s.vi}, ít hơn tổng số ${t.vi} là ${gap.vi}; phần còn lại không được nêu`,
        en: `The parts named (trong đó) ${shownParts.en} = ${s.en}, ${gap.en} less than the total ${t.en}; the rest is not named`,
      },
    });
  }
  return {
    verdict: difference.isNegative() ? "exceeds" : "falls-short",
    findings: [finding],
    ...values,
  };
}

/**
 * Whether `b` is `a` written with two adjacent digits swapped (same digits, same length, one
 * swap): a typist's slip.
 *
 * @internal
 */
export function transposed(a: Decimal, b: Decimal): boolean {
  // Written to the same places and read as a string of digits: a swap across the decimal comma
  // ("549,6" typed "546,9") or into a trailing zero ("3.582,80" typed "3.582,08") is a slip too.
  const places = Math.max(a.decimalPlaces(), b.decimalPlaces());
  const x = a.toFixed(places).replace(".", "");
  const y = b.toFixed(places).replace(".", "");
  if (x.length !== y.length || x === y) return false;
  const diff = [...x].flatMap((c, i) => (c === y[i] ? [] : [i]));
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && x[i] === y[j] && x[j] === y[i];
}

const DIGIT = /^\d$/;

/**
 * Whether `b` is one keystroke from `a`: two adjacent digits swapped, or one digit of a figure of
 * three digits or more typed wrong ("68.547" for 68.544). A coincidence that close is rare, so a
 * relation seen only weakly elsewhere may still report it.
 */
export function keystroke(a: Decimal, b: Decimal): boolean {
  if (transposed(a, b)) return true;
  const x = a.toFixed();
  const y = b.toFixed();
  if (x.length !== y.length || x === y || x.replace(/\D/g, "").length < 3) return false;
  let at = -1;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (at !== -1) return false;
    at = i;
  }
  return DIGIT.test(x[at] ?? "") && DIGIT.test(y[at] ?? "");
}

/** "a + b + c", or the first parts and a count when there are many. */
export function listParts(parts: readonly { vi: string; en: string }[]): {
  vi: string;
  en: string;
} {
  if (parts.length === 0) return { vi: "(không có phần nào)", en: "(no parts)" };
  const shown = parts.slice(0, LISTED_PARTS);
  const more = parts.length > LISTED_PARTS;
  return {
    vi: `${shown.map((p) => p.vi).join(" + ")}${more ? ` + … (${parts.length} phần)` : ""}`,
    en: `${shown.map((p) => p.en).join(" + ")}${more ? ` + … (${parts.length} parts)` : ""}`,
  };
}
