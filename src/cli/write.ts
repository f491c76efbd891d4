import { randomBytes } from "node:crypto";
import { rmSync, type Stats } from "node:fs";
import { chmod, type FileHandle, mkdir, open, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { OutputError } from "./errors.js";

/** Temporary files being written: removed if the process is interrupted before renaming them. */
const pending = new Set<string>();

/**
 * Removes the temporary files of outputs still being written (called on SIGINT and SIGTERM), so
 * an interrupted run leaves neither a half-written output nor a stray temporary file.
 */
export function removePendingOutputs(): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
}

/** What an errno means for a file that cannot be written, in a few words. */
const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is used up",
  EFBIG: "the file would be larger than this system or its limits allow (ulimit -f)",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOTDIR: "a part of the path is a file, not a folder",
  EEXIST: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder",
  ENOENT: "the folder does not exist",
  ENAMETOOLONG: "the name is too long",
  EIO: "an input/output error on the device",
};

/**
 * A one-line reason for an error writing a file.
 *
 * @param error - what the file system threw
 * @returns the reason and the error's code ("no space left on the device (ENOSPC)")
 */
export function writeFailure(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const code = typeof e?.code === "string" ? e.code : undefined;
  const reason = code ? REASONS[code] : undefined;
  if (reason && code) return `${reason} (${code})`;
  return code ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Where an existing file lives, as a key that two names of one file share (hard links, symbolic
 * links, "./a" and "a"): its device and inode.
 *
 * @param info - the file's stat
 * @returns "device:inode"
 */
export function fileIdentity(info: Pick<Stats, "dev" | "ino">): string {
  return `${info.dev}:${info.ino}`;
}

/**
 * Refuses to write onto an input: each output path that exists is compared, by device and inode
 * (not by name), with every input.
 *
 * @param outputs - the paths about to be written
 * @param inputs - each input's identity ({@link fileIdentity}) and name
 * @throws OutputError naming the output and the input it would destroy
 */
export async function refuseOutputsOntoInputs(
  outputs: readonly string[],
  inputs: ReadonlyMap<string, string>,
): Promise<void> {
  if (inputs.size === 0) return;
  for (const out of outputs) {
    const info = await stat(out).catch(() => undefined);
    const input = info && inputs.get(fileIdentity(info));
    if (input !== undefined)
      throw new OutputError(
        `--out ${out} is the same file as ${input === "standard input" ? input : `the input ${input}`}: writing there would destroy it (choose another file)`,
      );
  }
}

/**
 * Writes an output file so that it is never left half-written: the text goes to a temporary file
 * in the same folder, flushed to disk, then renamed over the target, so the target holds either
 * its old content or the whole new one. Missing parent folders are created. A symbolic link is
 * written through (its target is replaced); a device or a named pipe (`/dev/stdout`, a FIFO) is
 * written directly, as it cannot be replaced.
 *
 * @param path - the file to write
 * @param text - its new content
 * @throws OutputError with one line naming the file and the problem (a folder, a full disk…)
 */
export async function writeOutput(path: string, text: string): Promise<void> {
  let info: Stats | undefined;
  try {
    info = await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw cannotWrite(path, error);
  }
  if (info?.isDirectory())
    throw new OutputError(`cannot write ${path}: it is a folder (give a file name)`);
  if (info && !info.isFile()) return writeDirect(path, text);
  const target = info ? await realpath(path) : path;
  try {
    await mkdir(dirname(target), { recursive: true });
  } catch (error) {
    throw cannotWrite(path, error);
  }
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`,
  );
  pending.add(temp);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, "wx");
    await handle.writeFile(text);
    await handle.sync();
    await handle.close();
    handle = undefined;
    // An existing file keeps its permissions.
    if (info) await chmod(temp, info.mode & 0o7777);
    await rename(temp, target);
    pending.delete(temp);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    pending.delete(temp);
    throw cannotWrite(path, error);
  }
}

async function writeDirect(path: string, text: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, "w");
    await handle.writeFile(text);
  } catch (error) {
    throw cannotWrite(path, error);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function cannotWrite(path: string, error: unknown): OutputError {
  return new OutputError(`cannot write ${path}: ${writeFailure(error)}`);
}
