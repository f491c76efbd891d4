import {
  type AcceptedFinding,
  type AuditResult,
  acceptedEntry,
  compareSeverity,
  type Finding,
  reviewFindings,
  type Severity,
} from "baocao";
import type { AuditedFile } from "./format-text.js";
import type { Origin } from "./readers/index.js";

/** What the config says of one code: turned off, or reported at another severity. */
export type CodeSetting = "off" | Severity;

/** How one file's findings are reviewed before they are written. */
export interface ReviewSettings {
  /** By code: "off" drops the finding, a severity replaces its own (the config's `codes`). */
  readonly codes?: Readonly<Record<string, CodeSetting>>;
  /** Findings below it are counted but not listed (`--min-severity`, `--quiet`). */
  readonly minSeverity?: Severity;
  /** The acceptance file's entries for this file. */
  readonly accepted?: readonly AcceptedFinding[];
  /** List accepted findings too, marked (`--show-accepted`). */
  readonly showAccepted?: boolean;
  /** `--accept`: every finding is accepted now (the acceptance file is rewritten with them). */
  readonly acceptAll?: boolean;
  /** The file's key (its name relative to the folder audited). */
  readonly key: string;
}

/**
 * One file's counts, with one name per severity everywhere (JSON, text, --fail-on):
 * `error`, `warning`, `info`.
 */
export interface FileCounts {
  /** Claims recognised and recomputed. */
  readonly claims: number;
  /** Claims that hold without remark. */
  readonly consistent: number;
  /** Length of the text audited (UTF-16 code units). */
  readonly characters: number;
  /** Findings reported (not accepted), by severity, listed or not: what `--fail-on` reads. */
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  /** Findings the acceptance file accepts: hidden, or listed and marked with `--show-accepted`. */
  readonly accepted: number;
  /** Findings reported but not listed, being below `--min-severity`. */
  readonly unlisted: number;
}

/** A file after review: the findings to list, and what became of the others. */
export interface ReviewedFile extends AuditedFile {
  /** For each finding of `result.findings` (the ones listed): its fingerprint. */
  readonly fingerprints: readonly string[];
  /** For each finding of `result.findings`: whether it is accepted (listed with --show-accepted). */
  readonly acceptedFlags: readonly boolean[];
  readonly counts: FileCounts;
  /** Accepted entries of this file that no finding matched. */
  readonly stale: readonly AcceptedFinding[];
  /** With `--accept`, an acceptance entry for every finding: what the acceptance file records. */
  readonly entries: readonly AcceptedFinding[];
  /** The file's key (its name relative to the folder audited). */
  readonly key: string;
  /** Whether accepted findings are listed (`--show-accepted`): what the text says of them. */
  readonly showAccepted: boolean;
}

/** Severities as the config overrides them; codes turned off are left out. */
function withSettings(findings: readonly Finding[], codes: ReviewSettings["codes"]) {
  return findings.flatMap((finding, index) => {
    const setting = codes?.[finding.code];
    if (setting === "off") return [];
    const severity = setting ?? finding.severity;
    return [{ finding: severity === finding.severity ? finding : { ...finding, severity }, index }];
  });
}

/**
 * Reviews one audited file: codes turned off are dropped and severities overridden (the
 * config's `codes`); each finding is fingerprinted and the acceptance file's entries applied
 * (accepted findings are hidden, or listed and marked with `--show-accepted`); findings below
 * `--min-severity` are counted but not listed. The result's findings are the ones to list, with
 * their origins; its counts are of what is reported.
 *
 * @param audited - the file as audited
 * @param settings - codes, minimum severity, acceptance entries, key
 * @returns the reviewed file
 */
export function reviewFile(audited: AuditedFile, settings: ReviewSettings): ReviewedFile {
  const { result } = audited;
  const kept = withSettings(result.findings, settings.codes);
  const review = reviewFindings(
    kept.map((k) => k.finding),
    settings.key,
    settings.accepted ?? [],
  );
  const min = settings.minSeverity ?? "info";
  const counts = { error: 0, warning: 0, info: 0, accepted: 0, unlisted: 0 };
  const listed: {
    finding: Finding;
    origin: Origin | null;
    fingerprint: string;
    accepted: boolean;
  }[] = [];
  const acceptAll = settings.acceptAll === true;
  review.findings.forEach(({ finding, fingerprint, accepted: inFile }, i) => {
    const accepted = inFile || acceptAll;
    const below = compareSeverity(finding.severity, min) < 0;
    if (accepted) counts.accepted += 1;
    else counts[finding.severity] += 1;
    if (below && !accepted) counts.unlisted += 1;
    if (below || (accepted && !settings.showAccepted)) return;
    const origin = audited.origins?.[kept[i]?.index ?? -1] ?? null;
    listed.push({ finding, origin, fingerprint, accepted });
  });
  const reviewed: AuditResult = { ...result, findings: listed.map((l) => l.finding) };
  return {
    ...audited,
    result: reviewed,
    origins: listed.map((l) => l.origin),
    fingerprints: listed.map((l) => l.fingerprint),
    acceptedFlags: listed.map((l) => l.accepted),
    counts: {
      claims: result.stats.claims,
      consistent: result.stats.consistent,
      characters: result.stats.characters,
      ...counts,
    },
    stale: acceptAll ? [] : review.stale,
    // Only --accept records them (each entry hashes its finding again).
    entries: acceptAll ? kept.map((k) => acceptedEntry(k.finding, settings.key)) : [],
    key: settings.key,
    showAccepted: settings.showAccepted === true,
  };
}

/**
 * Whether a file's reported findings reach `--fail-on` (accepted findings never do).
 *
 * @param counts - the file's counts
 * @param failOn - the threshold
 * @returns true when the run should exit 1 for this file
 */
export function reaches(counts: FileCounts, failOn: Severity | "never"): boolean {
  if (failOn === "never") return false;
  if (counts.error > 0) return true;
  if (failOn === "error") return false;
  return counts.warning > 0 || (failOn === "info" && counts.info > 0);
}
