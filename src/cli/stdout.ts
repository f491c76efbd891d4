import type { Lang } from "./i18n.js";
import { writeFailure } from "./write.js";

/** Standard output guarded against a reader that quits and a device that fails. */
export interface GuardedOutput {
  /** Writes, or does nothing once the stream has closed or failed. */
  readonly write: (text: string) => void;
  /**
   * The exit status to end with: the run's own when all was written or the reader quit early
   * (`| head`), 2 when a write failed (a full disk).
   *
   * @param status - the run's exit status
   * @returns the status to exit with
   */
  readonly exitStatus: (status: number) => number;
}

/**
 * Guards standard output. A closed pipe (EPIPE: the reader quit, as `head` does) ends the output
 * quietly and leaves the exit status as the run decides it; any other write error (ENOSPC on a
 * full disk, EIO) prints one line on standard error and makes the exit status 2. Without this,
 * Node throws the stream's error: a stack trace and exit 1, which CI reads as "findings".
 *
 * @param stream - standard output
 * @param stderr - where the one line goes
 * @param lang - the run's language, asked when the line is written (the run decides it)
 * @returns the guarded writer
 */
export function guardOutput(
  stream: NodeJS.WritableStream,
  stderr: (text: string) => void,
  lang: () => Lang = () => "vi",
): GuardedOutput {
  let closed = false;
  let failed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (closed || failed) return;
    if (error.code === "EPIPE") {
      closed = true;
      return;
    }
    failed = true;
    const why = writeFailure(error);
    stderr(
      lang() === "vi"
        ? `baocao: không ghi được ra đầu ra chuẩn: ${why.vi}\n`
        : `baocao: cannot write to standard output: ${why.en}\n`,
    );
  });
  return {
    write(text) {
      if (!closed && !failed) stream.write(text);
    },
    exitStatus: (status) => (failed ? 2 : status),
  };
}
