/** What decides whether a progress bar may be drawn. */
export interface ProgressEnvironment {
  /** Standard error is a terminal: the bar is drawn there. */
  readonly stderrIsTTY: boolean;
  /** Standard output is a terminal (the report is printed there, not piped). */
  readonly stdoutIsTTY: boolean;
  /** `--out` was given: the report goes to a file, the terminal is free. */
  readonly toFile: boolean;
  /** Environment variables (`CI`, `TERM`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Files to audit. */
  readonly files: number;
}

/**
 * Whether to draw a progress bar: only for a person watching a terminal. Never in CI, on a dumb
 * terminal, when standard error is not a terminal, or when the report itself is piped (a script
 * is reading it; the person, if any, is not waiting on this screen); and not for one file.
 *
 * @param environment - the streams, the environment and the batch size
 * @returns true when a bar should be drawn on standard error
 */
export function shouldShowProgress(environment: ProgressEnvironment): boolean {
  const { env } = environment;
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI !== "false";
  return (
    environment.stderrIsTTY &&
    !ci &&
    env.TERM !== "dumb" &&
    (environment.stdoutIsTTY || environment.toFile) &&
    environment.files > 1
  );
}

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  /** Writes to the terminal (standard error). */
  readonly write: (text: string) => void;
  /** Width of the terminal (default 80). */
  readonly columns?: number;
  /** Clock in milliseconds (tests pass their own). */
  readonly now?: () => number;
  /** Least time between two redraws, in ms (default 100): a redraw per file would slow a big batch. */
  readonly interval?: number;
}

/** A progress bar on one terminal line. */
export interface Progress {
  /** Records that `done` of `total` files are audited, the last being `file`. */
  update(done: number, total: number, file: string): void;
  /** Erases the bar, so the report prints on a clean line. */
  finish(): void;
}

const CLEAR_LINE = "\r\u001b[K";

/**
 * A progress bar for `baocao audit` on many files: `[#######.......]  412/1000  41%  name`,
 * redrawn in place at most every `interval` ms (and always for the last file), cut to the
 * terminal's width, erased by `finish`.
 *
 * @param options - where to write, width and clock
 * @returns the bar
 */
export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const interval = options.interval ?? 100;
  const columns = Math.max(20, options.columns ?? 80);
  let last = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    update(done, total, file) {
      const time = now();
      if (done < total && time - last < interval) return;
      last = time;
      drawn = true;
      options.write(`${CLEAR_LINE}${progressLine(done, total, file, columns - 1)}`);
    },
    finish() {
      if (drawn) options.write(CLEAR_LINE);
      drawn = false;
    },
  };
}

/**
 * One line of the bar, at most `width` characters.
 *
 * @param done - files audited
 * @param total - files in all
 * @param file - the last file audited
 * @param width - characters available
 * @returns the line, without control characters
 */
export function progressLine(done: number, total: number, file: string, width: number): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const bar = 20;
  const filled = Math.round(share * bar);
  const counts = `${String(done).padStart(String(total).length)}/${total}`;
  const head = `[${"#".repeat(filled)}${".".repeat(bar - filled)}] ${counts} ${String(Math.floor(share * 100)).padStart(3)}%`;
  const room = width - head.length - 2;
  if (room < 4) return head.slice(0, width);
  const name = file.length > room ? `…${file.slice(file.length - room + 1)}` : file;
  return `${head}  ${name}`;
}
