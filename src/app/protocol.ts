import type { Origin } from "../cli/readers/origin.js";
import type { AuditResult, Message, RoundingMode } from "../index.js";

// The messages between the app's page and its worker: plain data, so they survive the
// structured clone (an audit result is plain data; findings shared by claims stay shared).

/** How the page asks for one file to be read and audited. */
export interface AuditRequest {
  readonly id: number;
  /** The file's name (its extension is checked against the content), or "pasted text". */
  readonly name: string;
  /** The file's bytes, or the pasted text as UTF-8. */
  readonly bytes: Uint8Array;
  readonly rounding: RoundingMode;
  /** Used only when the text names no date of its own (ISO `YYYY-MM-DD`). */
  readonly fallbackDate?: string;
}

/** A step of the work on one file, for the progress line. */
export interface ProgressReply {
  readonly id: number;
  readonly type: "progress";
  readonly stage: "reading" | "auditing";
}

/** A file read and audited. */
export interface DoneReply {
  readonly id: number;
  readonly type: "done";
  readonly text: string;
  readonly result: AuditResult;
  /** For each finding of `result.findings`: where it stands in the original file. */
  readonly origins: readonly (Origin | null)[];
  /** Notices of reading it, in both languages, as the command line gives them. */
  readonly notices: readonly Message[];
  readonly format: "text" | "docx" | "doc" | "pdf";
  /** Milliseconds spent reading, and auditing. */
  readonly timing: { readonly read: number; readonly audit: number };
}

/** A file that could not be read or audited, with the reader's code when there is one. */
export interface FailedReply {
  readonly id: number;
  readonly type: "failed";
  readonly code: string;
  /** Why, in both languages, as the command line says it. */
  readonly reason: Message;
}

/** What the worker sends back. */
export type WorkerReply = ProgressReply | DoneReply | FailedReply;
