import type { Message } from "../findings/finding.js";
import type { ClaimKind } from "./claim.js";
import type { AuditContext } from "./context.js";
import type { ClaimDraft } from "./draft.js";
import type { Passage } from "./passage.js";

/**
 * A claim rule: one kind of claim, read from the passages the engine hands it. Each rule lives in
 * its own file under `rules/` with its own test file, and is registered in `rules/index.ts`
 * (see docs/contributing.md).
 */
export interface Rule {
  /** The kind of claim the rule proposes. */
  readonly kind: ClaimKind;
  /** What the claim kind is called, in Vietnamese and English (the HTML page shows it). */
  readonly labels: Message;
  /** Which passages it reads: sentences of running text, table rows, or both. */
  readonly reads: readonly Passage["kind"][];
  /**
   * Reads one passage. The figures other rules took before it in the same passage are in
   * `ctx.used`; the rule adds the figures its drafts consume.
   */
  readonly run: (ctx: AuditContext, passage: Passage) => readonly ClaimDraft[];
  /**
   * Reads the whole text once, before any passage: for claims whose layout spans lines that the
   * segmenter takes for running text (a table aligned with spaces, copied from a PDF).
   */
  readonly runText?: (ctx: AuditContext) => readonly ClaimDraft[];
}
