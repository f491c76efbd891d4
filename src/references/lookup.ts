import {
  COURT_CODES,
  DOCUMENT_TYPE_CODES,
  ISSUER_KINDS,
  type IssuerKind,
  type TypeCodeInfo,
} from "./codes-data.js";

const byCode = <T extends { code: string }>(rows: readonly T[]) =>
  new Map(rows.map((row) => [row.code, row]));
const byUpper = <T extends { code: string }>(rows: readonly T[]) =>
  new Map(rows.map((row) => [row.code.toUpperCase(), row]));

const TYPES = byCode(DOCUMENT_TYPE_CODES);
const TYPES_UPPER = byUpper(DOCUMENT_TYPE_CODES);
const ISSUERS = byCode(ISSUER_KINDS);
const ISSUERS_UPPER = byUpper(ISSUER_KINDS);
const COURT = new Set(COURT_CODES.map((c) => c.code));

/** A code looked up in a table: found as written, found in another case, or unknown. @internal */
export type Resolved<T> =
  | { readonly status: "known"; readonly code: string; readonly info: T }
  | { readonly status: "case"; readonly code: string; readonly info: T }
  | { readonly status: "unknown"; readonly code: string; readonly suggestion?: string };

function nearest(code: string, candidates: Iterable<string>, shortest = 1): string | undefined {
  if (code.replace(/\d+$/u, "").length < shortest) return undefined;
  const limit = code.length >= 6 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = editDistance(code.toUpperCase(), candidate.toUpperCase(), bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Damerau–Levenshtein distance (adjacent transpositions count once), stopping early past `cap`.
 *
 * @internal
 * @param a - first string
 * @param b - second string
 * @param cap - distances above this are reported as `cap + 1`
 * @returns the distance, at most `cap + 1`
 */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) rows.push([i]);
  for (let j = 1; j <= b.length; j += 1) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      }
      row[j] = v;
    }
  }
  return Math.min((rows[a.length] as number[])[b.length] ?? cap + 1, cap + 1);
}

/**
 * Looks a type code up ("KL", "QĐi"), tolerating another letter case.
 *
 * @internal
 * @param code - the code as written (spaces removed)
 * @returns the resolution
 */
export function resolveType(code: string): Resolved<TypeCodeInfo> {
  const exact = TYPES.get(code);
  if (exact) return { status: "known", code, info: exact };
  const other = TYPES_UPPER.get(code.toUpperCase());
  if (other) return { status: "case", code: other.code, info: other };
  const suggestion = nearest(code, TYPES.keys());
  return suggestion === undefined
    ? { status: "unknown", code }
    : { status: "unknown", code, suggestion };
}

/**
 * Looks an issuer code up ("TW", "UBTVQH11"), tolerating another letter case; a term suffix is
 * accepted only on bodies that have terms.
 *
 * @internal
 * @param code - the code as written (spaces removed)
 * @returns the resolution
 */
export function resolveIssuer(code: string): Resolved<IssuerKind> {
  const termed = /^(.*?)(\d{1,2})$/u.exec(code);
  const base = termed?.[1] ?? code;
  const digits = termed?.[2] ?? "";
  const exact = ISSUERS.get(base);
  if (exact && (digits === "" || exact.term)) return { status: "known", code, info: exact };
  const other = ISSUERS_UPPER.get(base.toUpperCase());
  if (other && (digits === "" || other.term)) {
    return { status: "case", code: `${other.code}${digits}`, info: other };
  }
  // Issuer codes are open-ended: short ones are mostly local bodies' own abbreviations ("TTT"
  // for Thanh tra tỉnh, "BQL"), one edit from a central code by chance, so none is suggested.
  const near = nearest(base, ISSUERS.keys(), 4);
  return near === undefined
    ? { status: "unknown", code }
    : { status: "unknown", code, suggestion: `${near}${ISSUERS.get(near)?.term ? digits : ""}` };
}

/**
 * Reads a court judgment code ("HS-ST", also "HSST"/"HSPT" written without the hyphen).
 *
 * @internal
 * @param written - the code(s) after the year, joined by "-"
 * @returns the canonical code and whether it was written differently, or undefined
 */
export function resolveCourt(written: string): { code: string; changed: boolean } | undefined {
  const m = /^(HS|DS|HC|KDTM|LĐ|HNGĐ)-?(ST|PT)$/iu.exec(written);
  if (!m) return undefined;
  const code = `${(m[1] ?? "").toUpperCase()}-${(m[2] ?? "").toUpperCase()}`;
  return COURT.has(code) ? { code, changed: code !== written } : undefined;
}
