import { hex, sha256 } from "../core/sha256.js";

// A finding's key across runs: what a validator accepted must still be recognised after the report
// is edited above it, so line numbers and offsets stay out; only what the finding says about which
// words goes in. The CLI's acceptance file, SARIF's partialFingerprints and the HTML page all
// compute it with this one function.

/**
 * The version of the fingerprint recipe, part of every place that stores one (SARIF's
 * `partialFingerprints` key `baocao/v1`, the acceptance file's `version`): a new recipe gets a new
 * version, so an old acceptance file is never matched by a different rule.
 */
export const FINGERPRINT_VERSION = 1;

// Every kind of blank a report holds (tabs, no-break and thin spaces, line breaks of a wrapped
// excerpt) counts as one space, so re-flowing a paragraph does not change a finding's key.
const BLANKS = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/**
 * Text as the fingerprint reads it: Unicode NFC (a report saved as NFD is the same report), every
 * run of blanks one space, no blank at either end. A value that is not text reads as "".
 *
 * @param text - an excerpt, a figure as written, a file name
 * @returns the normalised text
 * @example
 * ```ts
 * import { normaliseForFingerprint } from "baocao";
 *
 * normaliseForFingerprint("  47/52\u00a0đơn\n(đạt 91,4%) "); // "47/52 đơn (đạt 91,4%)"
 * ```
 */
export function normaliseForFingerprint(text: string): string {
  return typeof text === "string" ? text.normalize("NFC").replace(BLANKS, " ").trim() : "";
}

/**
 * A file's name as a fingerprint keys it: relative, with `/` between folders (the same on Windows
 * and Unix), NFC, without a leading `./`. A value that is not text reads as "".
 *
 * @param file - the path relative to the folder audited, or the file's own name
 * @returns the key's file part
 * @example
 * ```ts
 * import { fingerprintFile } from "baocao";
 *
 * fingerprintFile(".\\huyen\\bao-cao.txt"); // "huyen/bao-cao.txt"
 * ```
 */
export function fingerprintFile(file: string): string {
  return normaliseForFingerprint(file)
    .replace(/\\/g, "/")
    .replace(/^(\.\/)+/, "");
}

/**
 * The fingerprint of a finding: a stable hexadecimal hash (SHA-256, 64 digits) of its code, the
 * file's name ({@link fingerprintFile}), its excerpt and its figures, the text normalised
 * ({@link normaliseForFingerprint}: NFC, blanks collapsed) so that a re-typed space or a
 * decomposed accent does not change it. Line numbers are not part of it: they move when the
 * report is edited; nor are severity and message, which a new version of baocao may reword. The
 * file is the path relative to the folder audited, or the file's name for a single file. A value
 * that is not text counts as empty text; the function never throws. For a finding of an audit,
 * {@link fingerprintFinding} picks the parts.
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
 *   file: "./quy-3/xa-b.txt",
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
  const figures = Array.isArray(input?.figures) ? input.figures.map(normaliseForFingerprint) : [];
  // JSON keeps the parts apart: no choice of separator can make two findings collide.
  const key = JSON.stringify([
    normaliseForFingerprint(input?.code),
    fingerprintFile(input?.file),
    normaliseForFingerprint(input?.excerpt),
    figures.join(" "),
  ]);
  return hex(sha256(new TextEncoder().encode(key)));
}
