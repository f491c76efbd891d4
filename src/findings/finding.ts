import type { Span } from "../core/span.js";

/** How serious a finding is: `error` (does not hold), `warning` (holds only under a lenient reading), `info` (a note). */
export type Severity = "error" | "warning" | "info";

/** A message in both languages the library speaks. */
export interface Message {
  /** Vietnamese. */
  readonly vi: string;
  /** English. */
  readonly en: string;
}

/**
 * One thing the library found: a claim that does not hold, a deviation in a citation, a note.
 * Findings are data, never exceptions. Every value is a string or plain data so a finding
 * serialises to JSON as it is.
 */
export interface Finding {
  /** Stable code (see docs/finding-codes.md), for example `PERCENT_INCONSISTENT`. */
  readonly code: string;
  /** How serious it is. */
  readonly severity: Severity;
  /** What was recomputed and what does not hold, in Vietnamese and English. */
  readonly message: Message;
  /** The inputs as written (for a figure: its text, such as "99,42"). */
  readonly inputs: Readonly<Record<string, string>>;
  /** Exact computed values as plain decimal strings ("99.4382022471..."). */
  readonly computed: Readonly<Record<string, string>>;
  /** Where in the text, when the input came from text. */
  readonly span?: Span;
  /** Further structured detail (candidate denominators, suggestions...). */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** What every calculator returns: its verdict and the findings that explain it. */
export interface Checked<V extends string> {
  /** The verdict, a string union specific to each calculator. */
  readonly verdict: V;
  /** The findings (empty when the claim holds without remark). */
  readonly findings: readonly Finding[];
}

/** The parts of a finding a producer gives; {@link createFinding} fills the rest. */
export interface FindingInit {
  readonly code: string;
  readonly severity: Severity;
  readonly message: Message;
  readonly inputs?: Readonly<Record<string, string>>;
  readonly computed?: Readonly<Record<string, string>>;
  readonly span?: Span | undefined;
  readonly data?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Builds a {@link Finding}, leaving out absent optional fields (so `exactOptionalPropertyTypes`
 * holds and JSON stays small).
 *
 * @param init - code, severity, message, and optionally inputs, computed values, span and data
 * @returns the finding
 * @example
 * ```ts
 * import { createFinding } from "baocao";
 *
 * const finding = createFinding({
 *   code: "TOTAL_EXCEEDED",
 *   severity: "error",
 *   message: { vi: "Các phần vượt tổng", en: "The parts exceed the total" },
 *   inputs: { total: "900" },
 * });
 * finding.severity; // "error"
 * ```
 */
export function createFinding(init: FindingInit): Finding {
  const { span, data, inputs = {}, computed = {}, ...rest } = init;
  return {
    ...rest,
    inputs,
    computed,
    ...(span === undefined ? {} : { span }),
    ...(data === undefined ? {} : { data }),
  };
}

/**
 * Returns the same finding placed at a span of a text (used by recognisers that run a calculator
 * on figures they found).
 *
 * @param finding - a finding without, or with another, span
 * @param span - where it is
 * @returns a new finding with the span
 * @example
 * ```ts
 * import { createFinding, createLineIndex, withSpan } from "baocao";
 *
 * const f = createFinding({ code: "X", severity: "info", message: { vi: "a", en: "a" } });
 * withSpan(f, createLineIndex("abc").span(0, 1)).span?.excerpt; // "a"
 * ```
 */
export function withSpan(finding: Finding, span: Span): Finding {
  return { ...finding, span };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/**
 * Compares two severities: positive when `a` is more serious than `b`.
 *
 * @param a - a severity
 * @param b - another severity
 * @returns a number whose sign orders the two
 * @example
 * ```ts
 * import { compareSeverity } from "baocao";
 *
 * compareSeverity("error", "warning") > 0; // true
 * ```
 */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITY_RANK[a] - SEVERITY_RANK[b];
}
