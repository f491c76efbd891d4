import type { AcceptanceFile } from "../findings/fingerprint.js";
import { textOf } from "./html.js";
import type { AcceptedEntry } from "./summary.js";

// What the page needs of the acceptance file it is given: a stored file may hold anything, so
// only entries with a fingerprint are read, only text fields count, and nothing is thrown.

/** The file's own name: what follows its last `/` or `\`. */
export const baseName = (file: unknown): string => textOf(file).replace(/^.*[/\\]/, "");

/** A text field of an object that may be anything ("" for any other value), never throwing. */
function field(entry: unknown, key: string): string {
  try {
    const value =
      typeof entry === "object" && entry !== null
        ? (entry as Record<string, unknown>)[key]
        : undefined;
    return typeof value === "string" ? value : "";
  } catch {
    return "";
  }
}

/**
 * The entries of an acceptance file with a fingerprint, their text fields, in order, each
 * fingerprint once; none when the value is not an acceptance file.
 */
export function acceptedEntries(file: AcceptanceFile | undefined): AcceptedEntry[] {
  const seen = new Set<string>();
  const entries: AcceptedEntry[] = [];
  try {
    const list: unknown = file?.accepted;
    if (!Array.isArray(list)) return [];
    for (const entry of list) {
      const fingerprint = field(entry, "fingerprint");
      if (fingerprint === "" || seen.has(fingerprint)) continue;
      seen.add(fingerprint);
      const at = field(entry, "acceptedAt");
      entries.push({
        fingerprint,
        code: field(entry, "code"),
        file: field(entry, "file"),
        excerpt: field(entry, "excerpt"),
        ...(at === "" ? {} : { acceptedAt: at }),
      });
    }
  } catch {
    // A proxy or getter that throws ends the reading; what was read is kept.
  }
  return entries;
}
