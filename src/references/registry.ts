// The titles apart from the rest of each entry (known-documents.ts), which the checks read: a
// program that audits text carries no title. CENTRAL_DOCUMENTS joins the two.
import { titles } from "./data/central-titles.json";
import { DATED_DOCUMENTS, lookupEntry } from "./known-documents.js";
import type { DocumentRef } from "./shapes.js";

/** One known document: its reference, kind, issue date and where the date was checked. */
export interface RegistryEntry {
  /** Canonical reference ("114-KL/TW"). */
  readonly ref: string;
  /** Kind ("Kết luận"; "Quy định" for 124-QĐ/TW). */
  readonly kind: string;
  /** Issue date, ISO `YYYY-MM-DD`. */
  readonly date: string;
  /** Issuing body, with the Party term in parentheses when it has one ("Bộ Chính trị (khóa XI)"). */
  readonly issuer: string;
  /** Short paraphrased title. */
  readonly title: string;
  /** The public page that states the date. */
  readonly source: string;
  /** `verified`, or `two-sources-disagree` (the note names the other date). */
  readonly confidence: "verified" | "two-sources-disagree";
  /** Remarks: another date some sources give, another document with the same number. */
  readonly note?: string;
}

/** A list of known documents; pass your own to `checkDocumentRefs` to extend or replace the default. */
export type DocumentRegistry = readonly RegistryEntry[];

/**
 * The default registry: 35 central Party and State documents that local reports cite most, with
 * issue dates checked against public pages (the `source` of each entry). Shipped from
 * `central.json` of the project's data set (see docs/references.md).
 *
 * @example
 * ```ts
 * import { CENTRAL_DOCUMENTS } from "baocao";
 *
 * CENTRAL_DOCUMENTS.find((d) => d.ref === "114-KL/TW")?.date; // "2015-07-14"
 * ```
 */
export const CENTRAL_DOCUMENTS: DocumentRegistry = DATED_DOCUMENTS.map((d, i) => ({
  ref: d.ref,
  kind: d.kind,
  date: d.date,
  issuer: d.issuer,
  title: titles[i] ?? "",
  source: d.source,
  confidence: d.confidence,
  ...(d.note !== undefined ? { note: d.note } : {}),
}));

/** What the registry says about a cited reference. */
export type RegistryLookup =
  | { readonly status: "unknown" }
  | { readonly status: "ambiguous"; readonly entries: readonly RegistryEntry[] }
  | { readonly status: "match"; readonly entry: RegistryEntry };

/**
 * Finds the registry entry a citation names. Party numbers restart with each term and State
 * numbers each year, so a reference is matched with its year in the symbol (normative), its
 * Party term, or the year of its date. No entry for that year or term: `unknown` (not wrong).
 * Several entries and nothing to choose by: `ambiguous`.
 *
 * @param registry - the known documents
 * @param ref - the cited reference (with its date and term when the text gives them)
 * @returns unknown, ambiguous or the matching entry
 * @example
 * ```ts
 * import { CENTRAL_DOCUMENTS, lookupDocument, parseDocumentRef } from "baocao";
 *
 * lookupDocument(CENTRAL_DOCUMENTS, parseDocumentRef("35-CT/TW")).status; // "ambiguous"
 * lookupDocument(CENTRAL_DOCUMENTS, parseDocumentRef("Chỉ thị số 35-CT/TW ngày 26/5/2014")).status; // "match"
 * ```
 */
export function lookupDocument(registry: DocumentRegistry, ref: DocumentRef): RegistryLookup {
  return lookupEntry(registry, ref);
}
