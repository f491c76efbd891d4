import { hex, sha256 } from "../core/sha256.js";

// A finding's key across runs: what a validator accepted must still be recognised after the report
// is edited above it, so line numbers and offsets stay out; only what the finding says about which
// words goes in. The CLI's acceptance file and the HTML page compute it with this one function.

/** Text as compared: NFC, every run of white space one space, no space at either end. */
const normalised = (value: unknown): string =>
  typeof value === "string" ? value.normalize("NFC").replace(/\s+/gu, " ").trim() : "";

/**
 * The fingerprint of a finding: a stable hexadecimal hash (SHA-256, 64 digits) of its code, the
 * file's path (back slashes written as forward slashes), its excerpt and its figures, the text
 * normalised (NFC, white space collapsed) so that a re-typed space or a decomposed accent does
 * not change it. Line numbers are not part of it: they move when the report is edited. The file
 * is the path relative to the folder audited, or the file's name for a single file. A value that
 * is not text counts as empty text; the function never throws.
 *
 * @param input - the file, the finding's code, its excerpt and its figures' values
 * @returns 64 lower-case hexadecimal digits
 * @example
 * ```ts
 * import { findingFingerprint } from "baocao";
 *
 * const a = findingFingerprint({
 *   file: "quy-3\\xa-b.txt",
 *   code: "PERCENT_INCONSISTENT",
 *   excerpt: "47/52 đơn  (đạt 91,4%)",
 *   figures: ["47", "52", "91,4"],
 * });
 * const b = findingFingerprint({
 *   file: "quy-3/xa-b.txt",
 *   code: "PERCENT_INCONSISTENT",
 *   excerpt: "47/52 đơn (đạt 91,4%)",
 *   figures: ["47", "52", "91,4"],
 * });
 * a === b; // true
 * a.length; // 64
 * ```
 */
export function findingFingerprint(input: {
  file: string;
  code: string;
  excerpt: string;
  figures: readonly string[];
}): string {
  const file = normalised(input?.file).replace(/\\/g, "/");
  const figures = Array.isArray(input?.figures) ? input.figures.map(normalised) : [];
  // JSON keeps the parts apart: no choice of separator can make two findings collide.
  const key = JSON.stringify([
    normalised(input?.code),
    file,
    normalised(input?.excerpt),
    figures.join(" "),
  ]);
  return hex(sha256(new TextEncoder().encode(key)));
}

/**
 * The acceptance file: the findings a validator has checked and accepted, so that later runs
 * (the CLI's `--accept`, the page's "Accept" buttons) hide them. Each entry is keyed by
 * {@link findingFingerprint}; the code, file and excerpt are there for people reading the file.
 */
export interface AcceptanceFile {
  /** The format's version. */
  version: 1;
  /** The accepted findings. */
  accepted: {
    /** {@link findingFingerprint} of the finding. */
    fingerprint: string;
    /** The finding's code. */
    code: string;
    /** The file, as in the fingerprint (relative path with forward slashes, or the name). */
    file: string;
    /** The words the finding points at. */
    excerpt: string;
    /** When it was accepted (ISO 8601). */
    acceptedAt?: string;
  }[];
}
