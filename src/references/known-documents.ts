// The registry as the checks read it: every field but the title. The titles live in a file of
// their own (central-titles.json, joined in registry.ts), so a program that audits text does not
// carry them (1.8 KiB of a gzipped browser bundle of auditText). Only the documents: a named
// import leaves the file's other top-level fields out of the build.
import { documents } from "./data/central-dated.json";
import { formatDocumentRef } from "./format.js";
import type { RegistryEntry } from "./registry.js";
import type { DocumentRef } from "./shapes.js";

/** A registry entry as the checks read it (no title). @internal */
export type DatedEntry = Omit<RegistryEntry, "title">;

/**
 * The entries of the default registry without their titles, in the registry's order.
 *
 * @internal
 */
export const DATED_DOCUMENTS: readonly DatedEntry[] = documents.map((d) => ({
  ref: d.ref.normalize("NFC"),
  kind: d.kind,
  date: d.date,
  issuer: d.issuer,
  source: d.source,
  confidence: d.confidence === "two-sources-disagree" ? "two-sources-disagree" : "verified",
  ...("note" in d && typeof d.note === "string" ? { note: d.note } : {}),
}));

/** What a registry says about a cited reference, for entries of any shape. @internal */
export type Lookup<E> =
  | { readonly status: "unknown" }
  | { readonly status: "ambiguous"; readonly entries: readonly E[] }
  | { readonly status: "match"; readonly entry: E };

const TERM_IN_ISSUER = /\(kh[oó]a ([IVXL]+)\)/iu;

/**
 * The Party term a registry entry names in its issuer ("(khóa XI)").
 *
 * @internal
 * @param entry - a registry entry
 * @returns the Roman numeral, or undefined
 */
export function entryTerm(entry: DatedEntry): string | undefined {
  return TERM_IN_ISSUER.exec(entry.issuer.normalize("NFC"))?.[1];
}

/** Each registry's entries by their reference in NFC, with the registry's length when indexed. */
const INDEXES = new WeakMap<
  readonly DatedEntry[],
  { readonly length: number; readonly byRef: Map<string, DatedEntry[]> }
>();

/**
 * A registry's entries by reference, built once per registry: an audit looks up every dated
 * citation, and normalising every entry again at each lookup was a tenth of an audit of
 * citations. Built again if the array grew or shrank since (a caller's list, typed readonly).
 */
function entriesByRef<E extends DatedEntry>(registry: readonly E[]): ReadonlyMap<string, E[]> {
  const known = INDEXES.get(registry);
  if (known && known.length === registry.length) return known.byRef as Map<string, E[]>;
  const byRef = new Map<string, E[]>();
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
 * Finds the registry entry a citation names (see `lookupDocument`, which is this for a
 * registry with titles).
 *
 * @internal
 * @param registry - the known documents
 * @param ref - the cited reference (with its date and term when the text gives them)
 * @returns unknown, ambiguous or the matching entry
 */
export function lookupEntry<E extends DatedEntry>(
  registry: readonly E[],
  ref: DocumentRef,
): Lookup<E> {
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
