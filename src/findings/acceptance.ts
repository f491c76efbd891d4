import * as z from "zod/mini";
import { BaocaoError, inputText } from "../core/errors.js";
import { err, ok, type Result, unwrap } from "../core/result.js";
import { checkSchema } from "../core/structured-input.js";
import { FINGERPRINT_VERSION, fingerprintFile, normaliseForFingerprint } from "./fingerprint.js";
import { type FingerprintedFinding, fingerprintFinding } from "./fingerprint-finding.js";

/**
 * The acceptance file's one name: where `baocao audit` looks for it when neither the config nor
 * `--acceptance-file` names another (beside the config file, or in the working directory), and
 * the name the HTML page downloads it under, so a file saved from the page into that folder is
 * the one the next run reads.
 *
 * @example
 * ```ts
 * import { ACCEPTANCE_FILE_NAME } from "baocao";
 *
 * ACCEPTANCE_FILE_NAME; // "baocao.accepted.json"
 * ```
 */
export const ACCEPTANCE_FILE_NAME = "baocao.accepted.json";

/** The zod schema of one accepted finding of an acceptance file (built with zod/mini). */
export const acceptedFindingSchema = z.object({
  file: z
    .string()
    .check(
      z.minLength(1),
      z.describe(
        "The file's name relative to the folder audited, or its own name (see fingerprintFile).",
      ),
    ),
  code: z
    .string()
    .check(z.regex(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/, "a finding code such as PERCENT_INCONSISTENT")),
  fingerprint: z
    .string()
    .check(
      z.regex(/^[0-9a-f]{64}$/, "64 lowercase hexadecimal digits (findingFingerprint)"),
      z.describe("fingerprintFinding(finding, file): SHA-256 of code, file, excerpt and figures."),
    ),
  count: z
    .optional(z.number().check(z.int(), z.gte(1)))
    .check(z.describe("How many findings with this fingerprint are accepted (default 1).")),
  excerpt: z
    .optional(z.string())
    .check(z.describe("The excerpt, for the people who read the file.")),
  note: z
    .optional(z.string())
    .check(z.describe("Why it was accepted; kept when the file is rewritten.")),
  acceptedAt: z
    .optional(z.string())
    .check(
      z.describe("When it was accepted (ISO 8601); the HTML page writes it, --accept keeps it."),
    ),
});

/**
 * The zod schema of an acceptance file (`baocao.accepted.json`): the findings a validator has
 * checked and accepted, keyed by {@link fingerprintFinding}. `baocao audit --accept` writes it,
 * later runs hide what it lists, and the HTML page downloads one under the same name
 * ({@link ACCEPTANCE_FILE_NAME}) that the CLI reads the same way. The package ships it as JSON Schema
 * (`baocao/acceptance.schema.json`). Built with zod/mini, like every schema of the library.
 *
 * @example
 * ```ts
 * import { acceptanceSchema } from "baocao";
 *
 * acceptanceSchema.safeParse({ version: 1, accepted: [] }).success; // true
 * acceptanceSchema.safeParse({ version: 1, accepted: [{ file: "a.txt" }] }).success; // false
 * ```
 */
export const acceptanceSchema = z.object({
  $schema: z.optional(z.string()),
  version: z
    .literal(FINGERPRINT_VERSION)
    .check(z.describe("The fingerprint recipe the keys were made with.")),
  accepted: z.array(acceptedFindingSchema),
});

/** An acceptance file (see {@link acceptanceSchema}). */
export type Acceptance = z.infer<typeof acceptanceSchema>;
/** One accepted finding of an acceptance file. */
export type AcceptedFinding = z.infer<typeof acceptedFindingSchema>;

/**
 * Checks an acceptance file (parsed JSON) without throwing.
 *
 * @param input - parsed JSON, or anything
 * @returns the acceptance, or a `BaocaoError` `ACCEPTANCE_INVALID` naming every problem with its path
 * @example
 * ```ts
 * import { safeParseAcceptance } from "baocao";
 *
 * safeParseAcceptance({ version: 1, accepted: [{ file: "a.txt" }] }).ok; // false
 * ```
 */
export function safeParseAcceptance(
  input: unknown,
): Result<Acceptance, BaocaoError<"ACCEPTANCE_INVALID">> {
  const checked = checkSchema(acceptanceSchema, input);
  if (checked.ok) return ok(checked.value);
  const issues = checked.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
  return err(
    new BaocaoError(
      "ACCEPTANCE_INVALID",
      `The acceptance file does not match its schema: ${issues.join("; ")}`,
      inputText(input).slice(0, 2000),
    ),
  );
}

/**
 * Checks an acceptance file (parsed JSON).
 *
 * @param input - parsed JSON
 * @returns the acceptance
 * @throws BaocaoError `ACCEPTANCE_INVALID` naming every problem with its path
 * @example
 * ```ts
 * import { parseAcceptance } from "baocao";
 *
 * parseAcceptance({ version: 1, accepted: [] }).accepted.length; // 0
 * ```
 */
export function parseAcceptance(input: unknown): Acceptance {
  return unwrap(safeParseAcceptance(input));
}

/** One finding of a file, with its fingerprint and whether the acceptance file accepts it. */
export interface ReviewedFinding<F extends FingerprintedFinding> {
  readonly finding: F;
  readonly fingerprint: string;
  readonly accepted: boolean;
}

/** What {@link reviewFindings} tells about one file. */
export interface Review<F extends FingerprintedFinding> {
  /** Every finding, in the order given, with its fingerprint and whether it is accepted. */
  readonly findings: readonly ReviewedFinding<F>[];
  /** How many findings are accepted. */
  readonly accepted: number;
  /**
   * Accepted entries of this file that matched no finding (or fewer than their `count`, which is
   * then what is left): the report was corrected, or its wording changed.
   */
  readonly stale: readonly AcceptedFinding[];
}

/**
 * Tells, for one file's findings, which an acceptance file accepts: a finding is accepted when an
 * entry of the same file has its fingerprint, at most `count` findings per entry (a mistake
 * written a third time is not hidden by an entry that accepted two). Entries left over are stale.
 *
 * @param findings - the file's findings, in the order to report them
 * @param file - the file's name as the acceptance file keys it (see {@link fingerprintFile})
 * @param accepted - the acceptance file's entries (those of other files are ignored)
 * @returns each finding with its fingerprint and verdict, the number accepted, the stale entries
 * @example
 * ```ts
 * import { auditText, fingerprintFinding, reviewFindings } from "baocao";
 *
 * const findings = auditText("Xã đã giải quyết 47/52 đơn (đạt 91,4%).").findings;
 * const first = findings[0];
 * if (first) {
 *   const entry = { file: "xa.txt", code: first.code, fingerprint: fingerprintFinding(first, "xa.txt") };
 *   const review = reviewFindings(findings, "xa.txt", [entry]);
 *   review.accepted; // 1
 *   reviewFindings([], "xa.txt", [entry]).stale.length; // 1
 * }
 * ```
 */
export function reviewFindings<F extends FingerprintedFinding>(
  findings: readonly F[],
  file: string,
  accepted: readonly AcceptedFinding[],
): Review<F> {
  const key = fingerprintFile(file);
  const left = new Map<string, { entry: AcceptedFinding; left: number }>();
  for (const entry of accepted) {
    if (fingerprintFile(entry.file) !== key) continue;
    const seen = left.get(entry.fingerprint);
    if (seen) seen.left += entry.count ?? 1;
    else left.set(entry.fingerprint, { entry, left: entry.count ?? 1 });
  }
  let count = 0;
  const reviewed = findings.map((finding) => {
    const fingerprint = fingerprintFinding(finding, key);
    const slot = left.get(fingerprint);
    const isAccepted = slot !== undefined && slot.left > 0;
    if (isAccepted) {
      slot.left -= 1;
      count += 1;
    }
    return { finding, fingerprint, accepted: isAccepted };
  });
  const stale = [...left.values()]
    .filter((s) => s.left > 0)
    .map(({ entry, left: n }) => {
      const { count: _count, ...rest } = entry;
      return n === 1 ? rest : { ...rest, count: n };
    });
  return { findings: reviewed, accepted: count, stale };
}

/**
 * The acceptance file's entry for one finding: its file, code, fingerprint and excerpt.
 *
 * @param finding - the finding
 * @param file - the file's name as the acceptance file keys it
 * @returns the entry (count 1)
 * @example
 * ```ts
 * import { acceptedEntry, auditText } from "baocao";
 *
 * const [finding] = auditText("Xã đã giải quyết 47/52 đơn (đạt 91,4%).").findings;
 * if (finding) acceptedEntry(finding, "xa.txt").excerpt; // "47/52 đơn (đạt 91,4%"
 * ```
 */
export function acceptedEntry(finding: FingerprintedFinding, file: string): AcceptedFinding {
  const excerpt = normaliseForFingerprint(finding.span?.excerpt ?? "");
  return {
    file: fingerprintFile(file),
    code: finding.code,
    fingerprint: fingerprintFinding(finding, file),
    ...(excerpt ? { excerpt } : {}),
  };
}

/**
 * A new acceptance file: the entries of the files reviewed now replaced by their current findings
 * (so what was corrected leaves the file), the entries of every other file kept as they were.
 * Findings with one fingerprint become one entry with a `count`; a `note` written by hand on an
 * entry, and when it was accepted (`acceptedAt`, which the HTML page writes), are kept. Entries are sorted by file, code and fingerprint, so the file diffs well.
 *
 * @param previous - the acceptance file so far (or undefined for none)
 * @param files - the names of the files reviewed now (keys, see {@link fingerprintFile})
 * @param found - one entry per current finding of those files ({@link acceptedEntry})
 * @returns the new acceptance file
 * @example
 * ```ts
 * import { acceptFindings } from "baocao";
 *
 * const entry = { file: "a.txt", code: "TOTAL_SHORT", fingerprint: "ab".repeat(32) };
 * acceptFindings(undefined, ["a.txt"], [entry, entry]).accepted[0]?.count; // 2
 * ```
 */
export function acceptFindings(
  previous: Acceptance | undefined,
  files: readonly string[],
  found: readonly AcceptedFinding[],
): Acceptance {
  const reviewed = new Set(files.map(fingerprintFile));
  const old = previous?.accepted ?? [];
  const written = new Map(
    old.map((e) => [
      `${fingerprintFile(e.file)}\u0000${e.fingerprint}`,
      {
        ...(e.note ? { note: e.note } : {}),
        ...(e.acceptedAt ? { acceptedAt: e.acceptedAt } : {}),
      },
    ]),
  );
  const merged = new Map<string, AcceptedFinding>();
  for (const entry of found) {
    const file = fingerprintFile(entry.file);
    const id = `${file}\u0000${entry.fingerprint}`;
    const seen = merged.get(id);
    const own = written.get(id);
    merged.set(
      id,
      seen
        ? { ...seen, count: (seen.count ?? 1) + (entry.count ?? 1) }
        : { ...entry, file, ...own },
    );
  }
  const kept = old.filter((e) => !reviewed.has(fingerprintFile(e.file)));
  const accepted = [...kept, ...merged.values()].sort(
    (a, b) =>
      compare(a.file, b.file) || compare(a.code, b.code) || compare(a.fingerprint, b.fingerprint),
  );
  return { version: FINGERPRINT_VERSION, accepted };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The JSON Schema (draft 2020-12) of an acceptance file, generated from {@link acceptanceSchema};
 * the package ships it as `baocao/acceptance.schema.json`.
 *
 * @returns the JSON Schema as a plain object
 * @example
 * ```ts
 * import { acceptanceSchemaJson } from "baocao";
 *
 * acceptanceSchemaJson().title; // "baocao acceptance file"
 * ```
 */
export function acceptanceSchemaJson(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(acceptanceSchema),
    $id: "https://unpkg.com/baocao/acceptance.schema.json",
    title: "baocao acceptance file",
    description:
      "Findings a validator has checked and accepted, keyed by a fingerprint that survives edits of the report (see docs/review.md).",
  };
}
