import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { OutputOptions } from "./output.js";
import {
  type AuditReply,
  type AuditSettings,
  type AuditTask,
  type FileJob,
  failureOf,
  replyFor,
} from "./worker.js";

/** One file to audit: its name ("-" for standard input), its key and accepted findings. */
export type FileToAudit = FileJob;

/** Options of {@link auditFiles}. */
export interface AuditFilesOptions {
  /** Rounding and report date. */
  readonly settings: AuditSettings;
  /** How each file's part of the output is written (where the file is audited). */
  readonly output: OutputOptions;
  /** Standard input, read (in the main thread) for the name "-". */
  readonly stdin: AsyncIterable<Uint8Array>;
  /** Worker threads at most (default: the cores available; never more than twice the cores). 1 audits in-process. */
  readonly threads?: number;
  /**
   * The built worker module. Default: `cli-worker.js` beside this module, which exists when
   * running from `dist/cli.js`; from the sources (tests, tsx) it does not, and the files are
   * audited in-process.
   */
  readonly worker?: string | URL;
  /** Input size below which a pool does not pay for its start-up (default 1 MB). */
  readonly minPoolBytes?: number;
}

/** Called after each file is audited: how many are done, of how many, and which one. */
export type ProgressCallback = (done: number, total: number, file: string) => void;

// Starting a worker loads the library again (about 0.1-0.2 s of one core) while one core audits
// about a megabyte a second: below a megabyte of text one thread is done before a pool helps.
const MIN_POOL_BYTES = 1_000_000;

/**
 * Audits many reports, on every core when that pays: each file is read, audited and rendered
 * (its part of the output) by a worker thread (a `tinypool` pool), and the parts come back in
 * the order of `files`. A small batch
 * (one file, or less text than `minPoolBytes`) is audited in-process, as is every batch when the
 * built worker is not found (running from the sources). Standard input ("-") is read in the main
 * thread. A file that cannot be read or audited (even one whose worker dies) is a failed
 * outcome in its place: the others are audited all the same.
 *
 * @param toAudit - the files as expanded from the command line ("-" for standard input)
 * @param options - settings, output, standard input, threads and worker location
 * @param onProgress - called after each file, in completion order
 * @returns one outcome per input, in input order
 */
export async function auditFiles(
  toAudit: readonly FileToAudit[],
  options: AuditFilesOptions,
  onProgress?: ProgressCallback,
): Promise<AuditReply[]> {
  const files = toAudit.map((f) => f.name);
  // Never more threads than files, nor than twice the cores (each thread loads the library).
  const cores = availableParallelism();
  const threads = Math.min(options.threads ?? cores, files.length, 2 * cores);
  const worker = workerPath(options.worker);
  const onDisk = files.filter((f) => f !== "-");
  const usePool =
    worker !== undefined &&
    threads > 1 &&
    onDisk.length > 1 &&
    (await totalBytes(onDisk)) >= (options.minPoolBytes ?? MIN_POOL_BYTES);
  let done = 0;
  const finish = (file: string, reply: AuditReply): AuditReply => {
    done++;
    onProgress?.(done, files.length, file);
    return reply;
  };
  const replies: AuditReply[] = [];
  const inProcess = (job: FileToAudit) =>
    replyFor(job, options.stdin, options.settings, options.output);
  if (usePool) {
    // Loaded only here: `baocao --version` and single-file audits never pay for it.
    const { Tinypool } = await import("tinypool");
    const pool = new Tinypool({ filename: worker, minThreads: threads, maxThreads: threads });
    try {
      const pending = toAudit.map((input) => {
        const { name } = input;
        const task: AuditTask = {
          file: name,
          walked: input.walked,
          key: input.key,
          accepted: input.accepted,
          settings: options.settings,
          output: options.output,
        };
        const reply: Promise<AuditReply> =
          name === "-"
            ? inProcess(input)
            : // A worker that dies (out of memory) fails its file only.
              pool.run(task).catch((error: unknown) => ({
                ok: false,
                failed: failureOf(name, input.key, error),
              }));
        return reply.then((r) => finish(name, r));
      });
      replies.push(...(await Promise.all(pending)));
    } finally {
      await pool.destroy();
    }
  } else {
    for (const input of toAudit) replies.push(finish(input.name, await inProcess(input)));
  }
  return replies;
}

/**
 * The worker module to load, or undefined when there is none to load (running from the
 * sources, where only the TypeScript exists and a worker thread could not import it).
 */
function workerPath(given: string | URL | undefined): string | undefined {
  if (given !== undefined) return given instanceof URL ? fileURLToPath(given) : given;
  const beside = fileURLToPath(new URL("./cli-worker.js", import.meta.url));
  return existsSync(beside) ? beside : undefined;
}

async function totalBytes(files: readonly string[]): Promise<number> {
  const sizes = await Promise.all(
    files.map((f) =>
      stat(f).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return sizes.reduce((a, b) => a + b, 0);
}
