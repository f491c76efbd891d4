import type { Finding } from "./finding.js";

/** The parts of a finding its fingerprint is made of (what a person would call "the same"). */
export type FingerprintedFinding = Pick<Finding, "code" | "inputs" | "span">;

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
 * run of blanks one space, no blank at either end.
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
  return text.normalize("NFC").replace(BLANKS, " ").trim();
}

/**
 * A file's name as a fingerprint keys it: relative, with `/` between folders (the same on Windows
 * and Unix), NFC, without a leading `./`.
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
  return file
    .normalize("NFC")
    .replace(/\\/g, "/")
    .replace(/^(\.\/)+/, "");
}

/**
 * The stable fingerprint of a finding: what stays the same when the report around it is edited.
 * It is made of the file's name (relative to the folder audited, or the file's own name when one
 * file is audited: see {@link fingerprintFile}), the finding's code, its excerpt and the figures
 * it read (`inputs`, as written), each normalised ({@link normaliseForFingerprint}). Line numbers
 * and offsets are not part of it: they move whenever a line is added above. Severity and message
 * are not either, so a finding whose wording or severity changes with a new version of baocao
 * keeps its key.
 *
 * The result is 16 hexadecimal digits (64-bit FNV-1a over the UTF-8 of those parts): the key of
 * the acceptance file (`baocao audit --accept`), of SARIF's `partialFingerprints` and of the HTML
 * page's accepted findings. Two findings with the same code, excerpt and figures in one file (the
 * same sentence written twice) share a key; the acceptance file counts them.
 *
 * @param finding - the finding (its code, inputs and span are read)
 * @param file - the file's name as the key knows it (relative to the folder audited)
 * @returns 16 lowercase hexadecimal digits
 * @example
 * ```ts
 * import { auditText, findingFingerprint } from "baocao";
 *
 * const before = auditText("Xã đã giải quyết 47/52 đơn (đạt 91,4%).").findings[0];
 * const after = auditText("Mở đầu.\n\nXã đã giải quyết 47/52 đơn (đạt 91,4%).").findings[0];
 * if (before && after) {
 *   findingFingerprint(before, "xa.txt") === findingFingerprint(after, "xa.txt"); // true
 *   findingFingerprint(before, "xa.txt") === findingFingerprint(before, "huyen.txt"); // false
 *   findingFingerprint(before, "xa.txt").length; // 16
 * }
 * ```
 */
export function findingFingerprint(finding: FingerprintedFinding, file: string): string {
  const figures = Object.entries(finding.inputs ?? {})
    .map(([role, text]) => `${role}=${normaliseForFingerprint(String(text))}`)
    .sort();
  const parts = [
    `v${FINGERPRINT_VERSION}`,
    fingerprintFile(file),
    finding.code,
    normaliseForFingerprint(finding.span?.excerpt ?? ""),
    ...figures,
  ];
  // NUL cannot occur in a normalised part's boundaries by accident: "a" + "bc" ≠ "ab" + "c".
  return fnv1a64(parts.join("\u0000"));
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** FNV-1a, 64 bits, over the UTF-8 of the text: small, fast enough, the same in every runtime. */
function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, "0");
}
