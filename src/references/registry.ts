// Only the documents: a named import leaves the file's long description of itself out of the
// build (esbuild keeps just the top-level fields a module reads).
import { documents } from "./data/central.json";
import { formatDocumentRef } from "./format.js";
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
export const CENTRAL_DOCUMENTS: DocumentRegistry = documents.map((d) => ({
  ref: d.ref.normalize("NFC"),
  kind: d.kind,
  date: d.date,
  issuer: d.issuer,
  title: d.title,
  source: d.source,
  confidence: d.confidence === "two-sources-disagree" ? "two-sources-disagree" : "verified",
  ...("note" in d && typeof d.note === "string" ? { note: d.note } : {}),
}));

/** What the registry says about a cited reference. */
export type RegistryLookup =
  | { readonly status: "unknown" }
  | { readonly status: "ambiguous"; readonly entries: readonly RegistryEntry[] }
  | { readonly status: "match"; readonly entry: RegistryEntry };

const TERM_IN_ISSUER = /\(kh[oó]a ([IVXL]+)\)/iu;

/**
 * The Party term a registry entry names in its issuer ("(khóa XI)").
 *
 * @internal
 * @param entry - a registry entry
 * @returns the Roman numeral, or undefined
 */
export function entryTerm(entry: RegistryEntry): string | undefined {
  return TERM_IN_ISSUER.exec(entry.issuer.normalize("NFC"))?.[1];
}

/** Each registry's entries by their reference in NFC, with the registry's length when indexed. */
const INDEXES = new WeakMap<
  DocumentRegistry,
  { readonly length: number; readonly byRef: Map<string, RegistryEntry[]> }
>();

/**
 * A registry's entries by reference, built once per registry: an audit looks up every dated
 * citation, and normalising every entry again at each lookup was a tenth of an audit of
 * citations. Built again if the array grew or shrank since (a caller's list, typed readonly).
 */
function entriesByRef(registry: DocumentRegistry): ReadonlyMap<string, readonly RegistryEntry[]> {
  const known = INDEXES.get(registry);
  if (known && known.length === registry.length) return known.byRef;
  const byRef = new Map<string, RegistryEntry[]>();
  for (const entry of registry) {
    const key = entry.ref.normalize("NFC");
    const list = byRef.get(key);
    if (list) list.push(entry);
    else byRef.set(key, [entry]);
  }
  INDEXES.set(registry, { length: registry.length, byRef });
  return byRef;
}

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
  const candidates = entriesByRef(registry).get(formatDocumentRef(ref)) ?? [];
  let pool = candidates;
  if (ref.family === "normative" || ref.family === "court") pool = candidates;
  else if (
    ref.family === "party" &&
    ref.term !== undefined &&
    candidates.some((e) => entryTerm(e) === ref.term)
  ) {
    pool = candidates.filter((e) => entryTerm(e) === ref.term);
  } else if (ref.date !== undefined) {
    const year = String(ref.date.year);
    pool = candidates.filter((e) => e.date.startsWith(year));
  }
  const [only] = pool;
  if (only === undefined) return { status: "unknown" };
  // A copy: the index's own list must not reach the caller.
  if (pool.length > 1) return { status: "ambiguous", entries: [...pool] };
  return { status: "match", entry: only };
}
