import type { Severity } from "./finding.js";

/** What a code means, in one line in each language. */
export interface CodeDescription {
  /** One line in English. */
  readonly en: string;
  /** One line in Vietnamese. */
  readonly vi: string;
}

/**
 * A module's table of codes (severity and description of each), made from two objects: its
 * severities, which the checks read, and its descriptions, which only the docs and the CLI
 * read. Kept apart so that a browser bundle of `auditText` carries the severities without every
 * description (2.6 KiB gzipped for the dates, references and units).
 *
 * @internal
 * @param severities - each code's severity, in the table's order
 * @param descriptions - each code's description, for exactly the same codes
 * @returns the table, in the order of `severities` (its type written out, not named: the public
 *   tables' types show it whole in the API docs)
 */
export function codeTable<const S extends Record<string, Severity>>(
  severities: S,
  descriptions: { readonly [K in keyof S]: CodeDescription },
): {
  readonly [K in keyof S]: { readonly severity: S[K]; readonly en: string; readonly vi: string };
} {
  const table: Record<string, { readonly severity: Severity } & CodeDescription> = {};
  for (const code of Object.keys(severities)) {
    table[code] = { severity: severities[code] as Severity, ...descriptions[code as keyof S] };
  }
  return table as {
    readonly [K in keyof S]: { readonly severity: S[K]; readonly en: string; readonly vi: string };
  };
}
