import { type Acceptance, safeParseAcceptance } from "../findings/acceptance.js";
import { textOf } from "./html.js";
import type { AcceptedEntry } from "./summary.js";

// The page reads the acceptance file it is given with the CLI's own parser, so it shows as
// accepted exactly what `baocao audit` hides; a file the CLI would refuse counts as none here
// (the page never throws over what it is given).

/** The file's own name: what follows its last `/` or `\`. */
export const baseName = (file: unknown): string => textOf(file).replace(/^.*[/\\]/, "");

/**
 * The entries of an acceptance file, in order, each file and fingerprint once; none when the
 * value is not an acceptance file ({@link safeParseAcceptance} refuses it).
 */
export function acceptedEntries(file: Acceptance | undefined): AcceptedEntry[] {
  if (file === undefined) return [];
  const parsed = safeParseAcceptance(file);
  if (!parsed.ok) return [];
  const seen = new Set<string>();
  return parsed.value.accepted.filter((entry) => {
    const id = `${entry.file}\u0000${entry.fingerprint}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
