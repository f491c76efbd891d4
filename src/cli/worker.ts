import { type AuditResult, auditText, type RoundingMode } from "baocao";
import { InputError, readInput } from "./inputs.js";

/** One file for a worker to read and audit. */
export interface AuditTask {
  /** The path as the user gave it (never "-": standard input is read by the main thread). */
  readonly file: string;
  readonly rounding: RoundingMode;
}

/**
 * What a worker sends back: the audit (plain data, so it crosses threads by structured clone
 * intact), or why the file could not be audited. Errors travel as data because an Error's class
 * does not survive the trip, and the CLI must tell an unreadable input (exit 2, one line) from a
 * bug.
 */
export type AuditReply =
  | { readonly ok: true; readonly result: AuditResult }
  | { readonly ok: false; readonly inputError: boolean; readonly message: string };

const NO_STDIN: AsyncIterable<Uint8Array> = {
  async *[Symbol.asyncIterator]() {},
};

/**
 * Reads one report and audits it. The default export is what the worker pool calls on a worker
 * thread; the CLI calls the same function in-process when a pool would not pay off, so both
 * paths read, decode and audit a file the same way.
 *
 * @param task - the file and the audit options
 * @returns the result, or the reason it failed
 */
export default async function auditFileTask(task: AuditTask): Promise<AuditReply> {
  try {
    const input = await readInput(task.file, NO_STDIN);
    return { ok: true, result: auditText(input.text, { rounding: task.rounding }) };
  } catch (error) {
    return {
      ok: false,
      inputError: error instanceof InputError,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
