import {
  CALCULATOR_CODES,
  DATE_CODES,
  ENCODING_CODES,
  INDICATOR_CODES,
  type Message,
  QUANTITY_CODES,
  REFERENCE_CODES,
  type Severity,
  UNIT_CODES,
} from "baocao";

/** What the command line knows of a finding code: its usual severity and one line about it. */
export interface KnownCode {
  readonly severity: Severity;
  readonly description: Message;
}

/**
 * Every code a finding can carry (the library's code tables, less the codes of errors that are
 * thrown): what the config's `codes` may name, and SARIF's rules.
 *
 * @returns code → severity and description, by code
 */
export function findingCodes(): ReadonlyMap<string, KnownCode> {
  const tables = [
    QUANTITY_CODES,
    REFERENCE_CODES,
    DATE_CODES,
    UNIT_CODES,
    ENCODING_CODES,
    CALCULATOR_CODES,
    INDICATOR_CODES,
  ] as readonly Readonly<Record<string, { severity?: string; en: string; vi: string }>>[];
  const codes = new Map<string, KnownCode>();
  for (const table of tables)
    for (const [code, row] of Object.entries(table))
      if (row.severity === "error" || row.severity === "warning" || row.severity === "info")
        codes.set(code, { severity: row.severity, description: { vi: row.vi, en: row.en } });
  return new Map([...codes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
